"""A SQLite file that is not a Contact Planner book is refused with one message and left
byte for byte as it was; books of this app (of any revision) are recognised."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from planner.app import Services
from planner.cli import main
from planner.db import APPLICATION_ID, Book, current_revision, head_revision
from planner.errors import BookError
from tests.conftest import fixed_clock


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def foreign_db(path: Path, sql: str, app_id: int = 0) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(sql)
        if app_id:
            conn.execute(f"PRAGMA application_id = {app_id}")
        conn.commit()
    return path


FOREIGN = {
    "contacts-app": "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT);"
    "INSERT INTO contacts (name) VALUES ('Anna');",
    "has-a-client-table": "CREATE TABLE client (id INTEGER PRIMARY KEY, name TEXT);"
    "INSERT INTO client (name) VALUES ('Anna');",
    "other-alembic-app": "CREATE TABLE alembic_version (version_num TEXT);"
    "INSERT INTO alembic_version VALUES ('abc123'); CREATE TABLE invoice (id INTEGER);",
}


@pytest.mark.parametrize("kind", sorted(FOREIGN))
def test_foreign_database_is_refused_and_untouched(tmp_path: Path, kind: str) -> None:
    path = foreign_db(tmp_path / "other.db", FOREIGN[kind])
    before = digest(path)
    with pytest.raises(BookError) as caught:
        Book(path)
    assert caught.value.code == "not-a-book"
    assert "not a Contact Planner book" in caught.value.message
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]  # no -wal, no backups


def test_another_programs_application_id_is_refused(tmp_path: Path) -> None:
    path = foreign_db(tmp_path / "geo.gpkg", "CREATE TABLE t (x);", app_id=0x47504B47)
    before = digest(path)
    with pytest.raises(BookError) as caught:
        Book(path)
    assert caught.value.code == "not-a-book"
    assert digest(path) == before


def test_a_text_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database at all\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(BookError) as caught:
        Book(path)
    assert caught.value.code == "not-a-book"
    assert digest(path) == before


def test_cli_check_on_a_foreign_database_fails_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = foreign_db(tmp_path / "other.db", FOREIGN["contacts-app"])
    before = digest(path)
    code = main(["--db", str(path), "check"], clock=fixed_clock())
    err = capsys.readouterr().err
    assert code != 0
    assert "not a Contact Planner book" in err
    assert "Traceback" not in err
    assert "sqlalche.me" not in err
    assert len(err.strip().splitlines()) == 1
    assert digest(path) == before


def test_a_newer_books_revision_is_refused_untouched(tmp_path: Path, book_path: Path) -> None:
    with closing(sqlite3.connect(book_path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
        conn.commit()
    before = digest(book_path)
    with pytest.raises(BookError) as caught:
        Book(book_path)
    assert caught.value.code == "newer-book"
    assert digest(book_path) == before


def test_new_books_carry_the_application_id(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    Services(Book(path), fixed_clock()).close()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_an_earlier_book_without_the_id_is_recognised_and_stamped(book_path: Path) -> None:
    with closing(sqlite3.connect(book_path)) as conn:
        conn.execute("PRAGMA application_id = 0")
        conn.commit()
    book = Book(book_path)
    assert current_revision(book.engine) == head_revision()
    book.close()
    with closing(sqlite3.connect(book_path)) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_an_empty_sqlite_file_becomes_a_book(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(path).close()  # zero bytes, or a header with no tables
    Services(Book(path), fixed_clock()).close()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM tier").fetchone()[0] == 4
