"""search: prefix indexes up to six characters, for a first page of results at once

Revision ID: 0019
Revises: 0015
Create Date: 2026-12-02

The FTS5 index over `client.search_text` is created again with `prefix='1 2 3 4 5 6'`
and filled from the clients (about 30 s on a 100,000-client book). SQLite only; another
database has no FTS5 index (search falls back to LIKE there).
"""

from __future__ import annotations

from alembic import op

from planner.migrations import search_adapter

revision = "0019"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search_adapter.reprefix(op.get_bind(), search_adapter.PREFIX_0019)


def downgrade() -> None:
    search_adapter.reprefix(op.get_bind(), search_adapter.PREFIX_0002)
