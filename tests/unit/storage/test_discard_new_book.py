"""A failed command removes the book it created, but never one another process opened
meanwhile: deleting a book's -wal and -shm under open connections corrupts their reads."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from planner.app import Services
from planner.cli.app import App
from planner.db import Book, in_use_elsewhere
from planner.services.views import ClientInput
from tests.conftest import fixed_clock

HOLD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
print("open", flush=True)
sys.stdin.readline()
"""


def created_book(path: Path) -> App:
    app = App(path, fixed_clock(), as_json=False)
    app.services(create=True)
    assert app.created
    app.close()
    return app


def files(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir() if p.name.startswith(path.name)}


def test_a_new_book_nobody_opened_is_removed(tmp_path: Path) -> None:
    book = tmp_path / "new.sqlite"
    app = created_book(book)
    assert not in_use_elsewhere(book)
    app.discard_new_book()
    assert files(book) == set()


def test_a_new_book_another_process_opened_is_kept_with_its_wal(tmp_path: Path) -> None:
    book = tmp_path / "new.sqlite"
    app = created_book(book)
    other = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(book)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert other.stdin is not None
    assert other.stdout is not None
    try:
        assert other.stdout.readline().strip() == "open"
        assert in_use_elsewhere(book)
        app.discard_new_book()
        assert "new.sqlite" in files(book)
        with closing(sqlite3.connect(book)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        other.stdin.write("done\n")
        other.stdin.flush()
        other.wait(timeout=60)


def test_a_new_book_someone_wrote_clients_into_is_kept(tmp_path: Path) -> None:
    book = tmp_path / "new.sqlite"
    app = created_book(book)
    other = Services(Book(book), fixed_clock())  # e.g. the app, closed again since
    other.clients.add(ClientInput(name="Jan"))
    other.close()
    app.discard_new_book()
    assert "new.sqlite" in files(book)
