"""touches and contact points carry their client's owner: row-level security by index

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03

Every book gets `touch.owner_id` and `contact_point.owner_id`, so the model is the same
on both engines. On a laptop book (SQLite) they stay NULL, as `client.owner_id` does
there: a laptop book has no salespeople, and nothing on SQLite would keep a copied owner
right. On PostgreSQL the
existing rows get their client's owner, the database keeps it right from then on
(triggers), the two tables' policies compare it directly instead of looking up the client
for every row, and four indexes lead with it (planner/team/security_0022.py).
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
    for table in security_0022.OWNED:
        op.add_column(table, sa.Column("owner_id", sa.Integer(), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        security_0022.fill(bind)
        for name, (table, columns) in security_0022.INDEXES.items():
            op.create_index(name, table, list(columns))
    security_0022.create(bind)


def downgrade() -> None:
    bind = op.get_bind()
    security_0022.drop(bind)
    if bind.dialect.name == "postgresql":
        for name, (table, _) in security_0022.INDEXES.items():
            op.drop_index(name, table_name=table)
    for table in security_0022.OWNED:
        if bind.dialect.name == "sqlite":
            op.execute(f"ALTER TABLE {table} DROP COLUMN owner_id")  # SQLite 3.35+
        else:
            op.drop_column(table, "owner_id")
