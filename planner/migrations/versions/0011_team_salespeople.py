"""team book: salespeople, client owners, and (PostgreSQL only) roles and row-level security

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

A laptop book (SQLite) gets the empty `salesperson` table and a NULL `client.owner_id`
and behaves as before. On PostgreSQL the revision also creates the roles `cp_salesperson`
and `cp_manager` and the policies that let a salesperson's connection see and change only
their own clients and what hangs off them, whatever SQL it sends (DESIGN.md §11).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.team import search_pg, security

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "salesperson",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("settings", sa.Text(), nullable=False, server_default="{}"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_salesperson")),
        sa.UniqueConstraint("login", name=op.f("uq_salesperson_login")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # Not batch mode: re-creating `client` would cascade-delete its contacts and
        # touches. SQLite adds a NULL column with its reference in place.
        op.execute(
            "ALTER TABLE client ADD COLUMN owner_id INTEGER "
            "CONSTRAINT fk_client_owner_id_salesperson REFERENCES salesperson (id)"
        )
    else:
        op.add_column("client", sa.Column("owner_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_client_owner_id_salesperson", "client", "salesperson", ["owner_id"], ["id"]
        )
    op.create_index("ix_client_owner_id", "client", ["owner_id"], unique=False)
    op.create_table(
        "team_flag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("other_client_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_team_flag_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["other_client_id"],
            ["client.id"],
            name=op.f("fk_team_flag_other_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_flag")),
    )
    search_pg.create(bind)
    security.create(bind)


def downgrade() -> None:
    security.drop(op.get_bind())
    search_pg.drop(op.get_bind())
    op.drop_table("team_flag")
    op.drop_index("ix_client_owner_id", table_name="client")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE client DROP COLUMN owner_id")  # SQLite 3.35+
    else:
        op.drop_constraint("fk_client_owner_id_salesperson", "client", type_="foreignkey")
        op.drop_column("client", "owner_id")
    op.drop_table("salesperson")
