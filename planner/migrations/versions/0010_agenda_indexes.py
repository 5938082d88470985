"""agenda indexes: Today's counts and pages per channel read straight off an index

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-02

`ix_touch_agenda` (status, channel, due, rank) answers "how many planned touches of this
channel are due by this day" by counting index entries, and its first page by rank with a
bounded sort over index entries only. `ix_touch_done_day` (status, done_on, channel) counts
what was done today per channel for the capacity figures without reading any row.
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_touch_agenda", "touch", ["status", "channel", "due", "rank"])
    op.create_index("ix_touch_done_day", "touch", ["status", "done_on", "channel"])


def downgrade() -> None:
    op.drop_index("ix_touch_done_day", table_name="touch")
    op.drop_index("ix_touch_agenda", table_name="touch")
