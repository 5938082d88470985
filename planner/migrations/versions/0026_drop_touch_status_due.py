"""one index fewer on touch: (status, due) is the head of (status, due, rank)

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-03

Every query that can search `ix_touch_status_due` (status, due) can search
`ix_touch_status_due_rank` (status, due, rank) the same way: its leading columns are
the same, and a range on `due` reads the same entries in the same order. The extra index
was one more B-tree to rewrite for every touch a re-plan moves (a capacity change moves
tens of thousands on a 100,000-client book) and one more for every touch written.
"""

from __future__ import annotations

from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_touch_status_due", table_name="touch")


def downgrade() -> None:
    op.create_index("ix_touch_status_due", "touch", ["status", "due"])
