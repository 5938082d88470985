"""A day's capacity counts the touches already done that day (issue 8, Deliver 3).

The planner levelled each day against the touches still planned on it only: after the
salesperson made calls, a re-plan in the middle of the day (a setting changed, an outcome
logged, the whole book re-planned) gave the day its whole capacity again, on top of the
calls already made, and Today showed more calls in use than the capacity."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from planner.app import Services
from planner.db import Book
from planner.vocabulary import Outcome
from tests.conftest import FIXED_NOW, fixed_clock
from tests.unit.services.over_capacity import over_capacity_book

CALLS = 4  # the day's call capacity
TODAY = FIXED_NOW.date().isoformat()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo book whose every client was last reached long ago: a backlog of calls that
    fills today's capacity and the days after."""
    path = over_capacity_book(tmp_path_factory, "done-today", 60, 7, CALLS, 50)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(
            "UPDATE client SET last_reached_on = '2025-06-02', last_done_on = '2025-06-02', "
            "last_outcome = 'reached', last_outcome_on = '2025-06-02'"
        )
    services = Services(Book(path), fixed_clock())
    try:
        services.planning.replan_all()
    finally:
        services.close()
    return path


def _calls_today(path: Path) -> tuple[int, int]:
    """(calls still planned today, calls done today) as the book holds them."""
    with closing(sqlite3.connect(path)) as conn:
        planned = conn.execute(
            "SELECT count(*) FROM touch WHERE status = 'planned' AND channel = 'call' AND due = ?",
            (TODAY,),
        ).fetchone()[0]
        done = conn.execute(
            "SELECT count(*) FROM touch WHERE status = 'done' AND channel = 'call' AND done_on = ?",
            (TODAY,),
        ).fetchone()[0]
    return int(planned), int(done)


def _today_calls(services: Services) -> list[int]:
    """The first two calls on Today's list."""
    page = services.agenda.today().screen.pages["call"]
    return [t.id for t in page.touches][:2]


@pytest.mark.parametrize("then", ["replan", "setting", "few"])
def test_calls_done_today_take_seats_of_todays_capacity(
    template: Path, tmp_path: Path, then: str
) -> None:
    path = tmp_path / "book.sqlite"
    path.write_bytes(template.read_bytes())
    services = Services(Book(path), fixed_clock())
    try:
        planned, done = _calls_today(path)
        assert (planned, done) == (CALLS, 0)  # a full day: more calls wait behind it
        for touch_id in _today_calls(services):
            services.planning.log_outcome(touch_id, Outcome.REACHED, "rozmowa")
        assert _calls_today(path) == (CALLS - 2, 2)
        if then == "replan":
            services.planning.replan_all()
        elif then == "setting":
            services.settings.set("gap.days", "3")  # re-plans the whole book
        else:  # a few clients re-planned (as after an outcome) against the rest of the day
            with closing(sqlite3.connect(path)) as conn:
                waiting = [
                    cid
                    for (cid,) in conn.execute(
                        "SELECT client_id FROM touch WHERE status = 'planned' "
                        "AND channel = 'call' AND due > ? ORDER BY due, rank LIMIT 3",
                        (TODAY,),
                    )
                ]
            with services.book.transaction() as session:
                services.planning.replan_in(session, waiting)
        planned, done = _calls_today(path)
        assert planned + done == CALLS  # before: CALLS planned on top of the done ones
        assert done == 2
        channels = services.agenda.today().screen.channels
        call = next(c for c in channels if c.channel == "call")
        assert (call.due + call.overdue, call.done) == (planned, done)  # as Today shows it
    finally:
        services.close()
