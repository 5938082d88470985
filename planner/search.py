"""Search as you type: FTS5 over the folded `client.search_text`, LIKE elsewhere.

The one small adapter that knows SQLite's full-text index (DESIGN.md section 5).
"""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from planner.models import Client
from planner.text import digits, tokens


def query_tokens(raw: str) -> list[str]:
    """Folded tokens of what was typed; a phone typed with spaces becomes one digit token."""
    toks = tokens(raw)
    if toks and all(t.isdigit() for t in toks):
        return [digits(raw)]
    return toks


def client_ids(session: Session, raw: str, limit: int | None) -> list[int]:
    toks = query_tokens(raw)
    if not toks:
        return []
    if session.get_bind().dialect.name == "sqlite":
        # Every token is a quoted prefix: no FTS5 syntax can be injected from the box.
        match = " ".join('"' + t.replace('"', '""') + '"*' for t in toks)
        sql = "SELECT rowid FROM client_fts WHERE client_fts MATCH :m"
        if limit is not None:
            sql += " LIMIT :n"
        return [r[0] for r in session.execute(text(sql), {"m": match, "n": limit})]
    query = select(Client.id)
    for t in toks:  # portable fallback for other databases
        query = query.where(Client.search_text.like(f"{t}%") | Client.search_text.like(f"% {t}%"))
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query.order_by(Client.id)))
