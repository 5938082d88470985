"""Revision 0019 re-creates the search index with prefix indexes of 1-6 characters: a
book of 0015 (or 0016) keeps finding its clients by every prefix, and a downgrade gives 0002's."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command

from planner.app import Services
from planner.db import Book, alembic_config, make_engine
from tests.conftest import fixed_clock
from tests.unit.storage.test_migrations import _populate_0003, at_revision


def _fts(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        row = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'client_fts'").fetchone()
    return str(row[0])


def test_an_older_book_is_reindexed_with_longer_prefixes(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    at_revision(path, "0015")
    with closing(sqlite3.connect(path)) as conn, conn:
        _populate_0003(conn)
        conn.execute(
            "INSERT INTO client (id, name, tier_id, status, created_on, updated_at, "
            "value_minor, at_risk, search_text, version, reached_cadence) VALUES "
            "(2, 'Anna Kowalska', 1, 'active', '2026-01-05', '2026-01-05 10:00:00', 0, 0, "
            "'anna kowalska', 1, 0)"
        )
    assert "prefix='1 2 3'" in _fts(path)
    services = Services(Book(path), fixed_clock())
    try:
        assert "prefix='1 2 3 4 5 6'" in _fts(path)
        for typed in ("k", "kowa", "kowal", "kowals", "kowalsk", "KOWALSKA", "ann kowal"):
            assert services.clients.search(typed) == [2], typed
            assert services.clients.search(typed, limit=1) == [2], typed
        assert services.clients.search("ёлки") == [1]  # the 0003 client, folded
        # The triggers came back: an edit and a new client are found at once.
        with closing(sqlite3.connect(path)) as conn, conn:
            conn.execute("UPDATE client SET search_text = 'anna nowak' WHERE id = 2")
        assert services.clients.search("kowal") == []
        assert services.clients.search("nowak") == [2]
    finally:
        services.close()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # FTS5 compares the index with the clients' text and raises if they differ.
        conn.execute("INSERT INTO client_fts(client_fts, rank) VALUES ('integrity-check', 1)")


def test_downgrade_gives_the_old_index_back(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite"
    at_revision(path, "0019")
    engine = make_engine(path)
    try:
        command.downgrade(alembic_config(engine), "0016")
    finally:
        engine.dispose()
    assert "prefix='1 2 3')" in _fts(path)
