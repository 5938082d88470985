"""client salutation: how letters and scripts address the client ("Уважаемая Анна Петровна!")

Revision ID: 0008
Revises: 0004
Create Date: 2026-12-02

Empty (NULL) means the default of the client's language, computed when a document or a
script needs it (`planner.sales.salutation`); the user writes one only to override it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("client") as batch:
        batch.add_column(sa.Column("salutation", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("client") as batch:
        batch.drop_column("salutation")
