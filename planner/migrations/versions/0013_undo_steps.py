"""undo in the core: one row per undoable action with its row snapshots

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-02

`undo_step` holds, for each undoable action (a client edit, a move, a delete, an
outcome, a merge), the JSON snapshots of the rows it changed before and after, so
Edit → Undo restores them exactly (planner/services/undo.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "undo_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("args", sa.Text(), nullable=False),
        sa.Column("clients", sa.Text(), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.Column("undone", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_undo_step")),
    )


def downgrade() -> None:
    op.drop_table("undo_step")
