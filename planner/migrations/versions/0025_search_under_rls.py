"""a team book's search reads the trigram index under row-level security

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-03

`LIKE` is not leakproof, so under a salesperson's row-level security PostgreSQL never
matched the typed words through `ix_client_search_trgm` and filtered all of that
salesperson's clients one by one instead. Two functions now apply the policy's answer
themselves and match through the index (planner/team/security_0025.py). SQLite books
have FTS5 and get nothing here.
"""

from __future__ import annotations

from alembic import op

from planner.team import security_0025

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    security_0025.create(op.get_bind())


def downgrade() -> None:
    security_0025.drop(op.get_bind())
