"""Search as you type: FTS5 over the folded `client.search_text`, LIKE elsewhere.

The one small adapter that knows SQLite's full-text index (DESIGN.md section 5).
"""

from __future__ import annotations

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
