"""Opening books: pragmas, default location, refusing strangers, integrity checks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from planner.db import Book, check_integrity, default_book_path
from planner.errors import BookError


def test_pragmas_wal_foreign_keys_busy_timeout(book_path: Path) -> None:
    book = Book(book_path)
    try:
        with book.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        book.close()


def test_default_book_lives_in_the_user_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    path = default_book_path()
    assert path.name == "book.sqlite"
    assert path.parent.name == "contact-planner"


def test_a_file_that_is_not_a_book_is_refused_untouched(tmp_path: Path) -> None:
    stranger = tmp_path / "notes.txt"
    stranger.write_text("hello")
    with pytest.raises(BookError) as err:
        Book(stranger)
    assert "not a Contact Planner book" in err.value.message
    assert stranger.read_text() == "hello"


def test_integrity_check_finds_a_damaged_page(book_path: Path) -> None:
    book = Book(book_path)
    assert check_integrity(book.engine) == []
    with book.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE filler (x TEXT)")
        for i in range(400):
            conn.exec_driver_sql("INSERT INTO filler VALUES (?)", (f"row {i} " * 40,))
        conn.exec_driver_sql("CREATE INDEX ix_filler ON filler(x)")
    book.close()
    with sqlite3.connect(book_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name='ix_filler'"
        ).fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    with book_path.open("r+b") as fh:  # scribble over the index's root page
        fh.seek((root - 1) * page_size)
        fh.write(b"\x07" * page_size)
    damaged = Book(book_path, migrate=False)
    try:
        assert check_integrity(damaged.engine) != []
    finally:
        damaged.close()
