"""sales: catalog, tier price book, sales log, script templates, offers

Only new tables: books of earlier revisions keep every row as it was.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "catalog_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=True),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("price_minor", sa.Integer(), nullable=False),
        sa.Column("benefits", sa.Text(), nullable=True),
        sa.Column("warranty_months", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalog_item")),
        sa.UniqueConstraint("code", name=op.f("uq_catalog_item_code")),
    )
    with op.batch_alter_table("catalog_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_catalog_item_active"), ["active"], unique=False)

    op.create_table(
        "script_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("tier", sa.String(length=8), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_script_template")),
        sa.UniqueConstraint(
            "kind", "tier", "purpose", "language", name=op.f("uq_script_template_kind")
        ),
    )
    op.create_table(
        "related_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("related_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("item_id != related_id", name=op.f("ck_related_item_not_itself")),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["catalog_item.id"],
            name=op.f("fk_related_item_item_id_catalog_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["related_id"],
            ["catalog_item.id"],
            name=op.f("fk_related_item_related_id_catalog_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_related_item")),
        sa.UniqueConstraint("item_id", "related_id", name=op.f("uq_related_item_item_id")),
    )
    with op.batch_alter_table("related_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_related_item_related_id"), ["related_id"], unique=False
        )

    op.create_table(
        "tier_price",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tier_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("price_minor", sa.Integer(), nullable=True),
        sa.Column("discount_bp", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(price_minor IS NULL) <> (discount_bp IS NULL)",
            name=op.f("ck_tier_price_price_or_discount"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["catalog_item.id"],
            name=op.f("fk_tier_price_item_id_catalog_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tier_id"], ["tier.id"], name=op.f("fk_tier_price_tier_id_tier"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_price")),
        sa.UniqueConstraint("tier_id", "item_id", name=op.f("uq_tier_price_tier_id")),
    )
    with op.batch_alter_table("tier_price", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tier_price_item_id"), ["item_id"], unique=False)

    op.create_table(
        "sale",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("total_minor", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_sale_client_id_client"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale")),
    )
    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sale_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sale_day"), ["day"], unique=False)

    op.create_table(
        "offer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("discount_bp", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("total_minor", sa.Integer(), nullable=False),
        sa.Column("discounted_total_minor", sa.Integer(), nullable=False),
        sa.Column("file_path", sa.Text(), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("touch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_offer_client_id_client"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["touch_id"], ["touch.id"], name=op.f("fk_offer_touch_id_touch"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offer")),
    )
    with op.batch_alter_table("offer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_offer_client_id"), ["client_id"], unique=False)

    op.create_table(
        "sale_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("quantity_milli", sa.Integer(), nullable=False),
        sa.Column("unit_price_minor", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("price_source", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["catalog_item.id"], name=op.f("fk_sale_line_item_id_catalog_item")
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sale.id"], name=op.f("fk_sale_line_sale_id_sale"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_line")),
    )
    with op.batch_alter_table("sale_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sale_line_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sale_line_sale_id"), ["sale_id"], unique=False)

    op.create_table(
        "offer_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("offer_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=12), nullable=False),
        sa.Column("price_minor", sa.Integer(), nullable=False),
        sa.Column("discounted_minor", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["catalog_item.id"], name=op.f("fk_offer_line_item_id_catalog_item")
        ),
        sa.ForeignKeyConstraint(
            ["offer_id"],
            ["offer.id"],
            name=op.f("fk_offer_line_offer_id_offer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offer_line")),
    )
    with op.batch_alter_table("offer_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_offer_line_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_offer_line_offer_id"), ["offer_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("offer_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offer_line_offer_id"))
        batch_op.drop_index(batch_op.f("ix_offer_line_item_id"))

    op.drop_table("offer_line")
    with op.batch_alter_table("sale_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sale_line_sale_id"))
        batch_op.drop_index(batch_op.f("ix_sale_line_item_id"))

    op.drop_table("sale_line")
    with op.batch_alter_table("offer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offer_client_id"))

    op.drop_table("offer")
    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sale_day"))
        batch_op.drop_index(batch_op.f("ix_sale_client_id"))

    op.drop_table("sale")
    with op.batch_alter_table("tier_price", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tier_price_item_id"))

    op.drop_table("tier_price")
    with op.batch_alter_table("related_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_related_item_related_id"))

    op.drop_table("related_item")
    op.drop_table("script_template")
    with op.batch_alter_table("catalog_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_catalog_item_active"))

    op.drop_table("catalog_item")
