"""Today as a page: counts per channel, pages by rank and keyset, the same touches as a scan."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from planner.app import Services
from planner.db import Book
from planner.demo import generate
from planner.services.agenda import ORDER, AgendaPage
from planner.vocabulary import Outcome
from tests.conftest import fixed_clock

TODAY = date(2026, 11, 26)


@pytest.fixture
def demo(book_path: Path) -> Services:
    generate(Book(book_path), 400, seed=5, locale="pl", today=TODAY)
    with closing(sqlite3.connect(book_path)) as conn:  # ranks as a planner would set them
        r = random.Random(1)
        ids = [i for (i,) in conn.execute("SELECT id FROM touch WHERE status = 'planned'")]
        conn.executemany(
            "UPDATE touch SET rank = ? WHERE id = ?", [(r.randrange(5), i) for i in ids]
        )
        conn.commit()
    return Services(Book(book_path), fixed_clock())


def all_pages(s: Services, day: date, channel: str, first: AgendaPage | None) -> list[int]:
    first = first or s.agenda.page(day, channel, None, limit=7)
    ids = [t.id for t in first.touches]
    page = first
    while page.next is not None:
        page = s.agenda.page(day, channel, page.next, limit=7)
        assert len(page.touches) <= 7
        ids += [t.id for t in page.touches]
    return ids


def test_pages_hold_every_due_and_overdue_touch_once_in_rank_order(demo: Services) -> None:
    # The planner carries the backlog forward, so a freshly planned book has no overdue
    # touch: read a later day before its daily re-plan, when the days between are overdue.
    day = TODAY + timedelta(days=3)
    screen = demo.agenda.screen(day, page=7)
    assert screen.day == day
    scan = demo.planning.agenda(day)
    assert screen.due == len(scan) > 0
    assert screen.overdue == sum(1 for t in scan if t.due < day) > 0
    with closing(sqlite3.connect(demo.book.path)) as conn:
        rank = dict(conn.execute("SELECT id, rank FROM touch"))
    for c in screen.channels:
        mine = [t for t in scan if t.channel == c.channel]
        assert c.due == len(mine)
        if not mine:
            assert c.channel not in screen.pages
            continue
        ids = all_pages(demo, day, c.channel, screen.pages.get(c.channel))
        expected = sorted(mine, key=lambda t: (rank[t.id], t.due, t.id))
        assert ids == [t.id for t in expected]
    demo.close()


def test_counts_carry_capacity_and_what_was_done_today(demo: Services) -> None:
    demo.settings.set("capacity.call", "17")
    screen = demo.agenda.screen()
    call = next(c for c in screen.channels if c.channel == "call")
    assert call.capacity == 17
    touch = demo.agenda.page(TODAY, "call").touches[0]
    demo.planning.log_outcome(touch.id, Outcome.REACHED, "")
    after = next(c for c in demo.agenda.screen().channels if c.channel == "call")
    assert after.done == call.done + 1
    assert after.due == call.due - 1
    assert screen.done + 1 == demo.agenda.screen().done == len(demo.uiextras.done_on(TODAY))
    demo.close()


def test_the_first_screen_reads_pages_in_todays_order_until_one_page_is_full(
    demo: Services,
) -> None:
    screen = demo.agenda.screen(page=7)
    shown = [c for c in ORDER if c in screen.pages]
    due = {c.channel: c.due for c in screen.channels}
    assert sum(len(p.touches) for p in screen.pages.values()) >= 7
    assert shown == [c for c in ORDER if due[c]][: len(shown)]
    assert sum(len(screen.pages[c].touches) for c in shown[:-1]) < 7
    demo.close()


def test_a_later_day_includes_what_falls_due_by_then(demo: Services) -> None:
    later = TODAY + timedelta(days=3)
    assert demo.agenda.screen(later).due == len(demo.planning.agenda(later))
    demo.close()


def test_a_capacity_change_is_seen_on_the_next_screen(demo: Services) -> None:
    """Capacities are decoded once per stored value: a change in the book shows next time."""
    before = {c.channel: c.capacity for c in demo.agenda.screen(TODAY).channels}
    demo.settings.set("capacity.call", str((before["call"] or 0) + 3))
    after = {c.channel: c.capacity for c in demo.agenda.screen(TODAY).channels}
    assert after["call"] == (before["call"] or 0) + 3
    assert {k: v for k, v in after.items() if k != "call"} == {
        k: v for k, v in before.items() if k != "call"
    }


def test_a_failing_read_is_a_dbapi_error_and_the_pool_recovers(
    demo: Services, book_path: Path
) -> None:
    """The laptop book's fast path raises what a Core connection would have raised."""
    from sqlalchemy.exc import DBAPIError

    screen = demo.agenda.screen(TODAY)
    with closing(sqlite3.connect(book_path)) as conn:
        conn.execute("ALTER TABLE touch RENAME TO touch_gone")
        conn.commit()
    with pytest.raises(DBAPIError):
        demo.agenda.screen(TODAY)
    with closing(sqlite3.connect(book_path)) as conn:
        conn.execute("ALTER TABLE touch_gone RENAME TO touch")
        conn.commit()
    assert demo.agenda.screen(TODAY) == screen


def test_the_default_day_is_the_books_today_in_its_time_zone(demo: Services) -> None:
    """23:30 UTC on the 26th is 00:30 on the 27th in Warsaw: the salesperson's today."""
    from datetime import UTC, datetime

    demo.settings.set("calendar.timezone", "Europe/Warsaw")
    demo.close()
    late = Services(Book(demo.book.path), fixed_clock(datetime(2026, 11, 26, 23, 30, tzinfo=UTC)))
    try:
        assert late.agenda.today().day == TODAY + timedelta(days=1)
        assert late.agenda.screen().day == TODAY + timedelta(days=1)
        assert late.agenda.screen() == late.agenda.today().screen
        assert late.agenda.ctx.today() == TODAY + timedelta(days=1)  # e.g. a workbook's date
    finally:
        late.close()
