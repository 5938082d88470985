"""client search index (FTS5 over the folded search text)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

from planner.migrations import search_adapter

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    search_adapter.create(bind)
    # Books written before this revision already hold clients: index them now.
    search_adapter.rebuild(bind)


def downgrade() -> None:
    search_adapter.drop(op.get_bind())
