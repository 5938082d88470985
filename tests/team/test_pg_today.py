"""Today's first screen and the reminders on a team book (real PostgreSQL): the
salesperson's own settings and days off, their own clients, one snapshot."""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import Any

import pytest
from sqlalchemy import event, text

from planner.app import Services
from planner.db import Book
from planner.team.people import add_salesperson
from tests.conftest import fixed_clock
from tests.team.test_pg_personal import add_calls, as_login

LATER = fixed_clock()() + timedelta(days=14)  # a Thursday, the clients' first touches due


@pytest.fixture
def team(pg_url: str) -> str:
    admin = Services(Book(pg_url), fixed_clock())
    add_salesperson(admin.book.engine, "anna", "Anna Nowak")
    add_salesperson(admin.book.engine, "boris", "Boris Brown")
    admin.close()
    return pg_url


def member(team: str, login: str, later: bool = False) -> Services:
    return Services(Book(as_login(team, login)), fixed_clock(LATER) if later else fixed_clock())


def test_today_and_the_reminders_follow_the_salespersons_own_settings(team: str) -> None:
    anna, boris = member(team, "anna"), member(team, "boris")
    try:
        anna.settings.set_many({"capacity.call": "3", "calendar.work_start": "08:15"})
        anna.planning.set_day(LATER.date(), "off")
        add_calls(anna, "Anna's client", 3)
        add_calls(boris, "Boris's client", 5)
    finally:
        anna.close()
        boris.close()
    anna, boris = member(team, "anna", later=True), member(team, "boris", later=True)
    try:
        mine, his = anna.agenda.today(), boris.agenda.today()
        assert mine.day == his.day == LATER.date()
        assert (mine.clients, his.clients) == (3, 5)  # each their own clients
        assert (mine.working, his.working) == (False, True)  # her own day off
        assert (mine.work_start, his.work_start) == ("08:15", "09:00")
        assert {c.channel: c.capacity for c in mine.screen.channels}["call"] == 3
        assert {c.channel: c.capacity for c in his.screen.channels}["call"] == 20
        assert mine.screen.due > 0
        assert his.screen.due > 0
        for services, screen in ((anna, mine), (boris, his)):
            assert screen.screen.due == len(services.planning.agenda(LATER.date()))
            reminders = services.agenda.reminders()
            assert (reminders.day, reminders.due) == (screen.day, screen.screen.due)
            assert reminders.working == screen.working
            assert reminders.ahead == ()  # calls only: nothing to remind of
    finally:
        anna.close()
        boris.close()


def test_today_is_one_snapshot_while_another_window_commits(team: str) -> None:
    """Another window of the same salesperson adds a client (with touches due) right
    after Today's first statement: REPEATABLE READ keeps the whole screen at the state
    before (read in two transactions, the count and the touches disagreed)."""
    other = member(team, "anna")  # plans from the earlier day: its touches are due later
    add_calls(other, "Anna's client", 3)
    anna = member(team, "anna", later=True)
    try:
        before = anna.agenda.today()
        statements: list[str] = []

        def commit_after_the_first(_conn: Any, _cursor: Any, statement: str, *_a: Any) -> None:
            statements.append(statement)
            if len(statements) == 1:
                add_calls(other, "Added meanwhile", 1)

        event.listen(anna.book.engine, "after_cursor_execute", commit_after_the_first)
        try:
            during = anna.agenda.today()
        finally:
            event.remove(anna.book.engine, "after_cursor_execute", commit_after_the_first)
        assert statements  # the commit came inside the call
        assert (during.clients, during.screen.due) == (before.clients, before.screen.due)
        assert during.screen.pages == before.screen.pages
        after = anna.agenda.today()
        assert after.clients == before.clients + 1
        assert after.screen.due > before.screen.due
    finally:
        anna.close()
        other.close()


def anna_later(team: str, clients: int) -> Services:
    """Anna with `clients` clients of her own, on the day their first touches are due."""
    anna = member(team, "anna")
    try:
        add_calls(anna, "Anna's client", clients)
    finally:
        anna.close()
    return member(team, "anna", later=True)


def test_a_team_books_pages_hold_every_due_touch_once_in_rank_order(team: str) -> None:
    """Paging by keyset (rank, due, id) on PostgreSQL, with ties in rank across pages."""
    anna = anna_later(team, 9)
    try:
        with anna.book.transaction() as session:  # equal ranks, so pages split inside a tie
            session.execute(text("UPDATE touch SET rank = id % 2"))
        day = LATER.date() + timedelta(days=30)
        scan = [t for t in anna.planning.agenda(day) if t.channel == "call"]
        assert len(scan) >= 9
        rank = {t.id: t.id % 2 for t in scan}
        expected = [t.id for t in sorted(scan, key=lambda t: (rank[t.id], t.due, t.id))]
        page = anna.agenda.page(day, "call", None, limit=2)
        ids = [t.id for t in page.touches]
        while page.next is not None:
            page = anna.agenda.page(day, "call", page.next, limit=2)
            ids += [t.id for t in page.touches]
        assert ids == expected
    finally:
        anna.close()


def test_a_team_books_reminders_read_the_meetings_still_ahead(team: str) -> None:
    anna = anna_later(team, 3)
    try:
        now = LATER.astimezone(UTC).replace(tzinfo=None)
        day = anna.agenda.today().day
        with anna.book.transaction() as session:
            ids = list(session.scalars(text("SELECT id FROM touch ORDER BY id LIMIT 3")))
            for touch_id, at in zip(ids, (-1, 1, 2), strict=True):
                session.execute(
                    text(
                        "UPDATE touch SET channel = 'meeting', due = :day, due_at = :at "
                        "WHERE id = :id"
                    ),
                    {"day": day, "at": now + timedelta(hours=at), "id": touch_id},
                )
        found = anna.agenda.reminders()
        assert [t.id for t in found.ahead] == ids[1:]  # the one that has begun is not read
    finally:
        anna.close()
