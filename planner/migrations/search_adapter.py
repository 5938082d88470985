"""The SQLite-only part of the schema: an FTS5 index over `client.search_text`.

Kept here (not in the revisions' bodies) so each revision that touches search calls one
function, and another database simply skips it (search then falls back to LIKE).
Frozen as of revision 0002: a later change to the index gets its own function here.
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
