"""touch rank: the planner's priority order, so Today reads a page straight off an index

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

`rank` orders planned touches by the levelling priority (tier priority, days overdue,
churn risk, value, a stable tie-break): smaller comes first. Written by the planner on
every re-plan; books of earlier revisions get 0 until their first re-plan on open.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("touch") as batch:
        batch.add_column(sa.Column("rank", sa.BigInteger(), nullable=False, server_default="0"))
    op.create_index("ix_touch_status_due_rank", "touch", ["status", "due", "rank"])


def downgrade() -> None:
    op.drop_index("ix_touch_status_due_rank", table_name="touch")
    with op.batch_alter_table("touch") as batch:
        batch.drop_column("rank")
