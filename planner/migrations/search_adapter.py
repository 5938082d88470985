"""The SQLite-only part of the schema: an FTS5 index over `client.search_text`.

Kept here (not in the revisions' bodies) so each revision that touches search calls one
function, and another database simply skips it (search then falls back to LIKE).
Frozen as of revision 0002: a later change to the index gets its own function here
(`reprefix`, revision 0019).
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

CREATE = [
    # External-content FTS5: the text lives once, in client.search_text.
    "CREATE VIRTUAL TABLE client_fts USING fts5("
    "search_text, content='client', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')",
    "CREATE TRIGGER client_fts_ai AFTER INSERT ON client BEGIN "
    "INSERT INTO client_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER client_fts_ad AFTER DELETE ON client BEGIN "
    "INSERT INTO client_fts(client_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER client_fts_au AFTER UPDATE OF search_text ON client BEGIN "
    "INSERT INTO client_fts(client_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO client_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
]

DROP = [
    "DROP TRIGGER IF EXISTS client_fts_au",
    "DROP TRIGGER IF EXISTS client_fts_ad",
    "DROP TRIGGER IF EXISTS client_fts_ai",
    "DROP TABLE IF EXISTS client_fts",
]


def create(bind: Connection) -> None:
    if bind.dialect.name != "sqlite":
        return
    for sql in CREATE:
        bind.exec_driver_sql(sql)


def drop(bind: Connection) -> None:
    if bind.dialect.name != "sqlite":
        return
    for sql in DROP:
        bind.exec_driver_sql(sql)


def rebuild(bind: Connection) -> None:
    if bind.dialect.name != "sqlite":
        return
    bind.exec_driver_sql("INSERT INTO client_fts(client_fts) VALUES ('rebuild')")


# Revision 0019: prefix indexes for 1-6 characters (0002 had 1-3). A typed word of 4-6
# letters ("kowal") was answered by merging the doclists of every term it starts, which
# made a first page of 50 cost 0.2-0.7 ms on the 100k book; with its own prefix index it
# is one doclist, 0.04-0.09 ms. The index grows by about a third (about 18 MB of pages
# on that book); longer words match few terms, so the merge stays cheap for them.
PREFIX_0002 = "1 2 3"
PREFIX_0019 = "1 2 3 4 5 6"


def reprefix(bind: Connection, prefix: str) -> None:
    """Re-create the index with other prefix lengths and fill it again from the clients."""
    if bind.dialect.name != "sqlite":
        return
    drop(bind)
    for sql in CREATE:
        bind.exec_driver_sql(sql.replace(f"prefix='{PREFIX_0002}'", f"prefix='{prefix}'"))
    rebuild(bind)
