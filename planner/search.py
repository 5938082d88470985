"""Search as you type: FTS5 over the folded `client.search_text` on SQLite, a trigram
index through `cp_search` on PostgreSQL (planner/team/security_0025.py), LIKE elsewhere.

The one small adapter that knows SQLite's full-text index (DESIGN.md section 5).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, Select, column, select, table, text

from planner.models import Client
from planner.text import digits, tokens


def query_tokens(raw: str) -> list[str]:
    """Folded tokens of what was typed; a phone typed with spaces becomes one digit token."""
    toks = tokens(raw)
    if toks and all(t.isdigit() for t in toks):
        return [digits(raw)]
    return toks


_PG_SEARCH = text(
    "SELECT s.id FROM cp_search(CAST(:words AS text[]), CAST(:lim AS integer)) AS s(id)"
)
_MATCH_SQL = "SELECT rowid FROM client_fts WHERE client_fts MATCH ?"
_PAGE_SQL = _MATCH_SQL + " LIMIT ?"


def _match(toks: list[str]) -> str:
    # Every token is a quoted prefix: no FTS5 syntax can be injected from the box.
    return " ".join('"' + t.replace('"', '""') + '"*' for t in toks)


def find(engine: Engine, raw: str, limit: int | None) -> list[int]:
    """`client_ids` on a pooled connection of `engine` (the book's read engine).

    On SQLite this is the key-press path: the DBAPI cursor of a pooled connection runs
    one statement (SQLite's own snapshot; no BEGIN/ROLLBACK round, no Connection object,
    the statement compiled once and cached by sqlite3). The SQLAlchemy Connection's
    set-up and its transaction were most of a first page's time (0.25-0.30 ms of 0.3 ms on
    the 100k book). Other databases go through `client_ids`."""
    if engine.dialect.name != "sqlite":
        with engine.connect() as conn:
            return client_ids(conn, raw, limit)
    toks = query_tokens(raw)
    if not toks:
        return []
    dbapi = engine.raw_connection()
    try:
        cursor = dbapi.cursor()
        try:
            if limit is None:
                cursor.execute(_MATCH_SQL, (_match(toks),))
            else:
                cursor.execute(_PAGE_SQL, (_match(toks), limit))
            return [r[0] for r in cursor.fetchall()]
        finally:
            cursor.close()
    finally:
        dbapi.close()  # back to the pool


def client_ids(conn: Connection, raw: str, limit: int | None) -> list[int]:
    """Matching client ids, in index order. Takes a Connection, not a Session: search runs
    on every key press, and a Session's set-up was most of a first page's time."""
    toks = query_tokens(raw)
    if not toks:
        return []
    if conn.dialect.name == "sqlite":
        match = _match(toks)
        if limit is None:
            rows = conn.exec_driver_sql(_MATCH_SQL, (match,))
        else:
            rows = conn.exec_driver_sql(_MATCH_SQL + " LIMIT ?", (match, limit))
        return [r[0] for r in rows]
    if conn.dialect.name == "postgresql":
        # The policies' answer applied by the database's own functions, so that the
        # trigram index serves the match under row-level security (revision 0025).
        rows = conn.execute(_PG_SEARCH, {"words": toks, "lim": limit})
        return [r[0] for r in rows]
    query = select(Client.id)
    for t in toks:  # portable fallback for other databases
        query = query.where(Client.search_text.like(f"{t}%") | Client.search_text.like(f"% {t}%"))
    if limit is not None:
        query = query.limit(limit)
    return list(conn.scalars(query.order_by(Client.id)))


def matching(dialect: str, raw: str) -> Select[tuple[int]] | None:
    """The ids `client_ids` finds, as a subquery for a larger query (the Book's sorted,
    filtered id list) on SQLite; None elsewhere (the caller asks `client_ids`). A search
    for one letter matches a third of the book: sent as a list of ids, every one was a
    bound parameter (65 ms of a 20,000-client book's 70 ms)."""
    toks = query_tokens(raw)
    if dialect != "sqlite" or not toks:
        return None
    fts = table("client_fts", column("rowid"))
    return select(fts.c.rowid).where(text("client_fts MATCH :match").bindparams(match=_match(toks)))


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
