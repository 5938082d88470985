"""A re-plan on a team book writes its touches in bulk (COPY, one UPDATE … FROM, one
INSERT … SELECT; planner.team.bulk_write): the same rows as row by row and as the same
book on SQLite, and row-level security still decides which rows it may write."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import ProgrammingError

from benchmarks.team_book import build, drop_database, fresh_database, login
from planner.app import Services
from planner.db import Book
from planner.demo import generate
from planner.models import Touch
from planner.services import bookstate
from planner.team.bulk_write import write_bulk
from tests.conftest import FIXED_NOW, fixed_clock

LATER = fixed_clock(FIXED_NOW + timedelta(days=9))  # a backlog to carry, new cadences
# Every column but the owner, which only a team book's touches carry (revision 0022).
COLUMNS = [c for c in Touch.__table__.c.keys() if c != "owner_id"]  # noqa: SIM118


@pytest.fixture(scope="module")
def laptop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("laptop") / "laptop.sqlite"
    Services(Book(path), fixed_clock()).close()
    book = Book(path)
    generate(book, 60, seed=5, locale="pl", today=FIXED_NOW.date(), catalog=False)
    book.close()
    with closing(sqlite3.connect(path)) as conn:  # all in the file: the tests copy it
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def team_of(pg_admin_url: str, laptop: Path) -> Iterator[Any]:
    made: list[str] = []

    def make(salespeople: int) -> str:
        url = fresh_database(pg_admin_url)
        made.append(url)
        build(url, laptop, salespeople)
        return url

    yield make
    for url in made:
        drop_database(pg_admin_url, url)


def touches(book: Book) -> list[tuple[Any, ...]]:
    with book.reading() as session:
        rows = session.execute(select(*(Touch.__table__.c[c] for c in COLUMNS)).order_by(Touch.id))
        return [tuple(r) for r in rows]


def replan_team(url: str) -> list[tuple[Any, ...]]:
    services = Services(Book(url), LATER)
    try:
        services.team.replan()
        return touches(services.book)
    finally:
        services.close()


def test_bulk_write_stores_the_same_rows_as_row_by_row(
    team_of: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = team_of(2), team_of(2)
    monkeypatch.setattr(bookstate, "PG_BULK", False)
    row_by_row = replan_team(one)
    monkeypatch.setattr(bookstate, "PG_BULK", True)
    monkeypatch.setattr(bookstate, "PG_BULK_ROWS", 1)  # every re-plan of this small book
    calls: list[int] = []
    original = write_bulk

    def counted(connection: Any, changes: Any) -> tuple[int, int]:
        found = original(connection, changes)
        calls.append(sum(found))
        return found

    monkeypatch.setattr("planner.team.bulk_write.write_bulk", counted)
    bulk = replan_team(two)
    assert len(calls) == 2, "each salesperson's plan went through COPY"
    assert all(calls)
    assert bulk == row_by_row


def test_a_team_books_plan_is_the_laptop_books_plan(
    team_of: Any, laptop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bookstate, "PG_BULK_ROWS", 1)
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(laptop, copy)
    lite = Services(Book(copy), LATER)
    result = lite.planning.replan_all().value
    assert result.created + result.updated > 0, "the later day changes the plan"
    expected = touches(lite.book)
    lite.close()
    assert replan_team(team_of(1)) == expected


def test_row_level_security_holds_in_the_bulk_write(
    team_of: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = team_of(2)
    admin = Services(Book(url), LATER)
    with admin.book.reading() as session:
        owner_of = dict(
            session.execute(
                text(
                    "SELECT t.id, s.login FROM touch t JOIN client c ON c.id = t.client_id "
                    "JOIN salesperson s ON s.id = c.owner_id WHERE t.status = 'planned'"
                )
            ).all()
        )
        clients = dict(
            session.execute(
                text("SELECT s.login, min(c.id) FROM client c JOIN salesperson s "
                     "ON s.id = c.owner_id GROUP BY s.login")
            ).all()
        )  # fmt: skip
    mine = min(t for t, who in owner_of.items() if who == login(0))
    theirs = min(t for t, who in owner_of.items() if who == login(1))
    before = touches(admin.book)

    def row() -> dict[str, Any]:
        return {
            "due": FIXED_NOW.date() + timedelta(days=30), "base_due": FIXED_NOW.date(),
            "channel": "email", "overbooked": False, "reason": "[]", "due_at": None,
            "due_until": None, "attempt": 0, "rank": 0, "client_id": clients[login(1)],
            "kind": "manual", "purpose": "check-in", "status": "planned", "pinned": True,
            "sequence_code": None, "step": None,
        }  # fmt: skip

    with admin.book.acting_as(login(0)), admin.book.transaction() as session:
        created, updated = write_bulk(session.connection(), [(mine, row()), (theirs, row())])
    assert (created, updated) == (0, 1), "a colleague's touch is not the salesperson's to write"
    after = {r[0]: r for r in touches(admin.book)}
    assert after[theirs] == next(r for r in before if r[0] == theirs)
    assert after[mine] != next(r for r in before if r[0] == mine)

    refused = pytest.raises(ProgrammingError, match="row-level security")
    with refused, admin.book.acting_as(login(0)), admin.book.transaction() as session:
        write_bulk(session.connection(), [(None, row())])  # a touch for their client
    assert len(touches(admin.book)) == len(before)

    # A salesperson's own login re-plans in bulk and leaves the colleague's rows alone.
    theirs_before = [r for r in touches(admin.book) if owner_of.get(r[0]) == login(1)]
    member = Services(Book(url.replace("cp_admin@", f"{login(0)}@", 1)), LATER)
    try:
        monkeypatch.setattr(bookstate, "PG_BULK_ROWS", 1)
        result = member.planning.replan_all().value
        assert result.created + result.updated > 0
    finally:
        member.close()
    assert [r for r in touches(admin.book) if owner_of.get(r[0]) == login(1)] == theirs_before
    admin.close()
