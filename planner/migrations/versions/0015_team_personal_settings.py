"""team book: who changed a client last, per-salesperson settings, a manager's scope

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02

Every book gets `client.updated_by` (the login of whoever wrote the row last; NULL on a
laptop book). On PostgreSQL the database stamps it itself (a trigger), a salesperson may
change the `settings` of their own `salesperson` row and no other, and a manager's
connection may narrow what it sees to one salesperson for the rest of a transaction
(`SET LOCAL cp.scope`), so a handover re-levels into the receiver's capacity alone.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.team import security_0015

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN on both engines: re-creating `client` (batch mode) would
    # cascade-delete its contacts and touches on SQLite.
    op.add_column("client", sa.Column("updated_by", sa.String(length=63), nullable=True))
    security_0015.create(op.get_bind())


def downgrade() -> None:
    security_0015.drop(op.get_bind())
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE client DROP COLUMN updated_by")  # SQLite 3.35+
    else:
        op.drop_column("client", "updated_by")
