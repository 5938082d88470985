"""client: the last logged outcome and its day (the gap rule tells "no answer" apart)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02

The client row kept only the last done and the last reached day, so a re-plan could not
tell an attempt that disturbed the client ("left a message", "do-not-contact", a
rescheduled call) from one that did not ("no answer"): only a retry after "no answer"
may come sooner than the minimum gap. `client.last_outcome` and `last_outcome_on` keep
the newest logged outcome, backfilled here from the history (the newest done touch with
an outcome: the latest `done_on`, then the highest id). Plain ADD COLUMN, one read of
the done touches and updates by key: the same SQL on SQLite and PostgreSQL, and no
re-created `client` table (batch mode would cascade-delete its contacts and touches on
SQLite).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_DONE = sa.text(
    "SELECT client_id, done_on, id, outcome FROM touch"
    " WHERE status = 'done' AND outcome IS NOT NULL AND done_on IS NOT NULL"
)
_SET = sa.text("UPDATE client SET last_outcome = :o, last_outcome_on = :d WHERE id = :c")
BATCH = 5_000


def upgrade() -> None:
    op.add_column("client", sa.Column("last_outcome", sa.String(length=20), nullable=True))
    op.add_column("client", sa.Column("last_outcome_on", sa.Date(), nullable=True))
    # One pass over the done touches and updates by key: a correlated subquery per client
    # let SQLite walk the status index for every client (hours on a 100,000-client book).
    bind = op.get_bind()
    newest: dict[int, tuple[object, int, str]] = {}
    for cid, done_on, tid, outcome in bind.execute(_DONE):
        key = (str(done_on), tid)
        seen = newest.get(cid)
        if seen is None or key > (str(seen[0]), seen[1]):
            newest[cid] = (done_on, tid, outcome)
    rows = [{"c": cid, "o": o, "d": d} for cid, (d, _, o) in sorted(newest.items())]
    for i in range(0, len(rows), BATCH):
        bind.execute(_SET, rows[i : i + BATCH])


def downgrade() -> None:
    for name in ("last_outcome_on", "last_outcome"):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE client DROP COLUMN {name}")  # SQLite 3.35+
        else:
            op.drop_column("client", name)
