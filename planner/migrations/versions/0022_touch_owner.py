"""a touch carries its client's owner: row-level security and Today read one salesperson's

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03

Every book gets `touch.owner_id`, so the model is the same on both engines. On a laptop
book (SQLite) it stays NULL, as `client.owner_id` does there: a laptop book has no
salespeople, and nothing on SQLite would keep a copied owner right. On PostgreSQL the
existing touches get their client's owner, the database keeps it right from then on
(triggers), the touch policies compare it directly instead of looking up the client for
every row, and two indexes lead with it (planner/team/security_0022.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.team import security_0022

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("touch", sa.Column("owner_id", sa.Integer(), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        security_0022.fill(bind)
        for name, columns in security_0022.INDEXES.items():
            op.create_index(name, "touch", list(columns))
    security_0022.create(bind)


def downgrade() -> None:
    bind = op.get_bind()
    security_0022.drop(bind)
    if bind.dialect.name == "sqlite":
        op.execute("ALTER TABLE touch DROP COLUMN owner_id")  # SQLite 3.35+
    else:
        for name in security_0022.INDEXES:
            op.drop_index(name, table_name="touch")
        op.drop_column("touch", "owner_id")
