"""Search on PostgreSQL: the same folded `client.search_text` as SQLite (ё = е, ł = l,
case, phones as digit runs), behind the same `planner.search.client_ids`.

A `pg_trgm` GIN index on the folded text serves the prefix patterns that function sends
(`tok%` and `% tok%`), so typing stays an index lookup on a team-sized book. Frozen as of
revision 0011; SQLite books skip it (they have FTS5, `planner.migrations.search_adapter`).
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS ix_client_search_trgm ON client "
    "USING gin (search_text gin_trgm_ops)",
]
DROP = ["DROP INDEX IF EXISTS ix_client_search_trgm"]


def create(bind: Connection) -> None:
    if bind.dialect.name != "postgresql":
        return
    for sql in CREATE:
        bind.exec_driver_sql(sql)


def drop(bind: Connection) -> None:
    if bind.dialect.name != "postgresql":
        return
    for sql in DROP:
        bind.exec_driver_sql(sql)
