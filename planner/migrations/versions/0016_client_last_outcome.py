"""client: the last logged outcome and its day (the gap rule tells "no answer" apart)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02

The client row kept only the last done and the last reached day, so a re-plan could not
tell an attempt that disturbed the client ("left a message", "do-not-contact", a
rescheduled call) from one that did not ("no answer"): only a retry after "no answer"
may come sooner than the minimum gap. `client.last_outcome` and `last_outcome_on` keep
the newest logged outcome, backfilled here from the history (the newest done touch with
an outcome: the latest `done_on`, then the highest id). Plain ADD COLUMN and one UPDATE
with correlated subqueries: the same SQL on SQLite and PostgreSQL, and no re-created
`client` table (batch mode would cascade-delete its contacts and touches on SQLite).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_NEWEST = (
    "FROM touch t WHERE t.client_id = client.id AND t.status = 'done'"
    " AND t.outcome IS NOT NULL AND t.done_on IS NOT NULL"
    " ORDER BY t.done_on DESC, t.id DESC LIMIT 1"
)


def upgrade() -> None:
    op.add_column("client", sa.Column("last_outcome", sa.String(length=20), nullable=True))
    op.add_column("client", sa.Column("last_outcome_on", sa.Date(), nullable=True))
    op.execute(
        f"UPDATE client SET last_outcome = (SELECT t.outcome {_NEWEST}),"
        f" last_outcome_on = (SELECT t.done_on {_NEWEST})"
        " WHERE EXISTS (SELECT 1 FROM touch t WHERE t.client_id = client.id"
        " AND t.status = 'done' AND t.outcome IS NOT NULL)"
    )


def downgrade() -> None:
    for name in ("last_outcome_on", "last_outcome"):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE client DROP COLUMN {name}")  # SQLite 3.35+
        else:
            op.drop_column("client", name)
