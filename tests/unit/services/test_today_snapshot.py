"""Today's first screen is one state of the book, even while another connection commits.

The commit is made from a second sqlite3 connection (another window or process) at the
start of the screen's second statement, after its first read began: a screen read in
one snapshot does not see it anywhere; one read in two would show it in part."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from planner.app import Services
from planner.db import Book
from planner.demo import generate
from planner.services.agenda import TodayScreen
from tests.conftest import fixed_clock

TODAY = date(2026, 11, 26)


@pytest.fixture
def demo(book_path: Path) -> Iterator[Services]:
    generate(Book(book_path), 60, seed=3, locale="pl", today=TODAY)
    services = Services(Book(book_path), fixed_clock())
    yield services
    services.close()


def columns(conn: sqlite3.Connection, table: str) -> str:
    names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "id"]
    return ", ".join(names)


def add_client_with_a_call_due(conn: sqlite3.Connection, day: date) -> None:
    """A copy of a client with a call due on `day`, with a copy of that touch: one more
    client and one more due touch, in one commit."""
    (touch_id, client_id) = conn.execute(
        "SELECT id, client_id FROM touch WHERE status = 'planned' AND channel = 'call' "
        "AND due = ? ORDER BY id LIMIT 1",
        (day.isoformat(),),
    ).fetchone()
    conn.execute("BEGIN IMMEDIATE")
    cols = columns(conn, "client")
    conn.execute(
        f"INSERT INTO client ({cols}) SELECT {cols} FROM client WHERE id = ?", (client_id,)
    )
    new_client = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
    cols = columns(conn, "touch").replace("client_id", "?")
    conn.execute(
        f"INSERT INTO touch ({columns(conn, 'touch')}) SELECT {cols} FROM touch WHERE id = ?",
        (new_client, touch_id),
    )
    conn.execute("COMMIT")


@contextmanager
def commit_after_the_first_read(book: Book, other: sqlite3.Connection) -> Iterator[list[str]]:
    """While inside: every connection the book hands out commits `other`'s change at the
    start of its second SELECT (once). Yields the statements seen, for the test to check
    the commit happened during the call."""
    seen: list[str] = []
    day = TODAY

    def trace(statement: str) -> None:
        if not statement.lstrip().upper().startswith("SELECT"):
            return
        seen.append(statement)
        if len(seen) == 2:
            add_client_with_a_call_due(other, day)

    def checkout(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        dbapi_conn.set_trace_callback(trace)

    def checkin(dbapi_conn: Any, _record: Any) -> None:
        if dbapi_conn is not None:
            dbapi_conn.set_trace_callback(None)

    event.listen(book.engine, "checkout", checkout)
    event.listen(book.engine, "checkin", checkin)
    try:
        yield seen
    finally:
        event.remove(book.engine, "checkout", checkout)
        event.remove(book.engine, "checkin", checkin)


def state(found: TodayScreen) -> tuple[int, int, dict[str, int]]:
    return found.clients, found.screen.due, {c.channel: c.due for c in found.screen.channels}


def test_today_is_one_state_of_the_book_while_another_connection_commits(
    demo: Services, book_path: Path
) -> None:
    before = demo.agenda.today()
    assert before.day == TODAY
    assert before.clients > 0
    assert before.screen.due > 0
    with closing(sqlite3.connect(book_path, isolation_level=None)) as other:
        with commit_after_the_first_read(demo.book, other) as seen:
            during = demo.agenda.today()
        assert len(seen) > 2  # the commit came before the call's later reads
    assert state(during) == state(before)
    assert during.screen.pages == before.screen.pages
    after = demo.agenda.today()  # the next screen sees the whole commit
    clients, due, channels = state(before)
    assert state(after) == (clients + 1, due + 1, {**channels, "call": channels["call"] + 1})
