"""undo steps are each login's own on a team book

Revision ID: 0021
Revises: 0015
Create Date: 2026-12-02

`undo_step.login` names who took the action (NULL on a laptop book). On PostgreSQL the
database stamps it (a trigger) and row-level security shows each connection only its own
steps (planner/team/security_0021.py): the snapshots hold clients' data, and one
salesperson's Edit → Undo must never show or revert another's work. Steps written before
this revision carry no login and are no one's to undo on a team book.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.team import security_0021

revision = "0021"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("undo_step", sa.Column("login", sa.String(length=63), nullable=True))
    security_0021.create(op.get_bind())


def downgrade() -> None:
    security_0021.drop(op.get_bind())
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE undo_step DROP COLUMN login")  # SQLite 3.35+
    else:
        op.drop_column("undo_step", "login")
