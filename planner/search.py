"""Search as you type: FTS5 over the folded `client.search_text`, LIKE elsewhere.

The one small adapter that knows SQLite's full-text index (DESIGN.md section 5).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, select

from planner.models import Client
from planner.text import digits, tokens


def query_tokens(raw: str) -> list[str]:
    """Folded tokens of what was typed; a phone typed with spaces becomes one digit token."""
    toks = tokens(raw)
    if toks and all(t.isdigit() for t in toks):
        return [digits(raw)]
    return toks


_MATCH_SQL = "SELECT rowid FROM client_fts WHERE client_fts MATCH ?"


def client_ids(conn: Connection, raw: str, limit: int | None) -> list[int]:
    """Matching client ids, in index order. Takes a Connection, not a Session: search runs
    on every key press, and a Session's set-up was most of a first page's time."""
    toks = query_tokens(raw)
    if not toks:
        return []
    if conn.dialect.name == "sqlite":
        # Every token is a quoted prefix: no FTS5 syntax can be injected from the box.
        match = " ".join('"' + t.replace('"', '""') + '"*' for t in toks)
        if limit is None:
            rows = conn.exec_driver_sql(_MATCH_SQL, (match,))
        else:
            rows = conn.exec_driver_sql(_MATCH_SQL + " LIMIT ?", (match, limit))
        return [r[0] for r in rows]
    query = select(Client.id)
    for t in toks:  # portable fallback for other databases
        query = query.where(Client.search_text.like(f"{t}%") | Client.search_text.like(f"% {t}%"))
    if limit is not None:
        query = query.limit(limit)
    return list(conn.scalars(query.order_by(Client.id)))


# --- bulk writes ------------------------------------------------------------------------------
_TRIGGERS = ("client_fts_ai", "client_fts_au")


@contextmanager
def indexed_after(conn: Connection, first_id: int) -> Iterator[None]:
    """New clients (id >= `first_id`) written inside enter the index in one pass at the end.

    For an import: the per-row insert trigger is dropped and the update trigger limited to
    clients older than `first_id` (a new client is indexed once, with its final text; an
    FTS5 'delete' of a row never indexed would corrupt the index). Both come back as they
    were, inside the caller's transaction: a rollback restores them too. Another database
    (no FTS5 there) and a book without the triggers pass straight through.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    saved: dict[str, str] = dict(
        conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
            _TRIGGERS,
        ).all()
    )
    if len(saved) != len(_TRIGGERS):
        yield
        return
    for name in _TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    head, sep, body = saved["client_fts_au"].partition(" BEGIN ")
    conn.exec_driver_sql(f"{head} WHEN old.id < {int(first_id)}{sep}{body}")
    yield
    conn.exec_driver_sql(
        "INSERT INTO client_fts(rowid, search_text) "
        "SELECT id, search_text FROM client WHERE id >= ?",
        (first_id,),
    )
    conn.exec_driver_sql("DROP TRIGGER client_fts_au")
    for name in _TRIGGERS:
        conn.exec_driver_sql(saved[name])
