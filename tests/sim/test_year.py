"""A seeded year of daily use through the services (issue 8, Deliver 8).

A book of clients on the Polish calendar; every working day the daily planning step
runs, the salesperson works the Today list and logs an outcome drawn from a seeded mix,
and the clock moves on. After every day the invariants are read back from the book file
with the sqlite3 module: no planned touch in the past or on a non-working day, the
minimum gap, capacity, consent; at the end every birthday was greeted, tier-A cadence
touches were done within one working day, the backlog stayed bounded, and two runs of
the same seed wrote the same book.
"""

from __future__ import annotations

import os
import random
import sqlite3
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from itertools import combinations
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.app import Services
from planner.db import Book
from planner.scheduling import WorkingCalendar
from planner.services.views import ClientInput, ContactPointInput
from planner.vocabulary import Outcome

START = date(2026, 1, 5)
GAP = 2
CAPACITY = {"call": 4, "email": 6, "meeting": 1}  # the CI book: 40 clients
FULL_CAPACITY = {"call": 15, "email": 40, "meeting": 2}  # the issue's 2,000-client book
MIX = [
    (Outcome.REACHED, 55),
    (Outcome.NO_ANSWER, 20),
    (Outcome.LEFT_MESSAGE, 10),
    (Outcome.RESCHEDULED, 5),
    (Outcome.ORDER, 4),
    (Outcome.NOT_INTERESTED, 3),
    (Outcome.COMPLAINT, 1),
    (Outcome.DO_NOT_CONTACT, 2),
]


class Clock:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> datetime:
        return datetime.combine(self.day, datetime.min.time().replace(hour=10)).replace(
            tzinfo=ZoneInfo("Europe/Warsaw")
        )


def build(
    path: Path, clients: int, seed: int, capacity: dict[str, int]
) -> tuple[Services, Clock, random.Random]:
    clock = Clock(START)
    services = Services(Book(path), clock)
    services.settings.set_many(
        {
            "calendar.country": "PL",
            "calendar.timezone": "Europe/Warsaw",
            "gap.days": str(GAP),
            **{f"capacity.{k}": str(v) for k, v in capacity.items()},
        }
    )
    rnd = random.Random(seed)
    for n in range(clients):
        tier = rnd.choices("ABC", weights=(15, 40, 45))[0]
        birthday = (None, rnd.randint(1, 12), rnd.randint(1, 28))
        services.clients.add(
            ClientInput(
                name=f"Client {n}",
                tier=tier,
                birthday=birthday,
                contacts=(
                    ContactPointInput("call", f"+4860100{n:04d}", preferred=True),
                    ContactPointInput("email", f"c{n}@example.com"),
                ),
            )
        )
    return services, clock, rnd


def run(
    path: Path, clients: int, days: int, seed: int, capacity: dict[str, int] = CAPACITY
) -> dict[str, float]:
    services, clock, rnd = build(path, clients, seed, capacity)
    outcomes, weights = zip(*MIX, strict=True)
    cal = services.planning.calendar()
    stats: dict[str, float] = {"backlog_max": 0}
    stats["fits"] = float(services.planning.forecast().fits)  # the fit check's verdict
    try:
        for n in range(days):
            clock.day = START + timedelta(days=n)
            if not cal.is_working(clock.day):
                # a greeting on the birthday itself (an e-mail on a weekend, per
                # birthday.on_weekend) goes out that day: the app sends it as planned
                for touch in services.planning.agenda():
                    if touch.due == clock.day and touch.purpose == "birthday":
                        services.planning.log_outcome(touch.id, Outcome.REACHED)
                continue
            services.planning.daily()
            for touch in services.planning.agenda():
                outcome = rnd.choices(outcomes, weights)[0]
                kw: dict[str, object] = {}
                if outcome is Outcome.RESCHEDULED:
                    kw["reschedule_to"] = cal.add_working_days(clock.day, rnd.randint(1, 8))
                services.planning.log_outcome(touch.id, outcome, **kw)  # type: ignore[arg-type]
            backlog = check_day(path, clock.day, cal, capacity)
            stats["backlog_max"] = max(stats["backlog_max"], backlog)
    finally:
        services.close()
    stats.update(check_year(path, cal, START, START + timedelta(days=days - 1)))
    return stats


def check_day(
    path: Path, today: date, cal: WorkingCalendar, capacity: dict[str, int], gap: int = GAP
) -> int:
    """The invariants after a day's work; returns the backlog: planned touches whose
    base due has passed (late work still waiting)."""
    with sqlite3.connect(path) as db:
        planned = db.execute(
            "SELECT t.id, t.client_id, t.due, t.channel, t.kind, t.purpose, t.overbooked,"
            " t.pinned, t.base_due FROM touch t WHERE t.status = 'planned'"
        ).fetchall()
        consent = {
            (cid, ch)
            for cid, ch in db.execute(
                "SELECT client_id, channel FROM contact_point WHERE consent = 1"
            )
        }
        last_done = dict(
            db.execute(
                "SELECT client_id, max(done_on) FROM touch WHERE status = 'done' GROUP BY client_id"
            ).fetchall()
        )
        # the clients whose latest attempt went unanswered, today or days ago (a left
        # message disturbed the client: the gap applies)
        latest: dict[int, str] = {}
        for cid, outcome in db.execute(
            "SELECT client_id, outcome FROM touch WHERE status = 'done' ORDER BY done_on, id"
        ):
            latest[cid] = outcome
        quiet = {cid for cid, outcome in latest.items() if outcome == "no-answer"}
    per_client: dict[int, list[tuple[date, str, bool]]] = defaultdict(list)
    load: Counter[tuple[str, date]] = Counter()
    backlog = 0
    for _tid, cid, due_s, channel, kind, purpose, overbooked, pinned, base_s in planned:
        due = date.fromisoformat(due_s)
        assert due >= today, (today, due, kind, purpose)
        birthday_on_day = purpose == "birthday" and channel not in ("call", "meeting", "video")
        assert cal.is_working(due) or birthday_on_day, (due, kind, purpose)
        assert (cid, channel) in consent, (cid, channel)
        # a greeting on its day (the birthday or the working day before) keeps it
        # against what cannot move: a pinned day and the last done touch
        greeting = purpose == "birthday" and due <= date.fromisoformat(base_s)
        per_client[cid].append((due, kind, bool(pinned) or greeting))
        if date.fromisoformat(base_s) < today and not pinned:
            backlog += 1
        if not overbooked:
            load[(channel, due)] += 1
    for (channel, day), count in load.items():
        assert count <= capacity.get(channel, 10**6), (channel, day, count)
    for cid, touches in per_client.items():
        for (a, ka, pa), (b, kb, pb) in combinations(touches, 2):
            if not (pa and pb):  # two days the client asked for are theirs (or greetings)
                assert abs((a - b).days) >= gap, (cid, a, ka, b, kb)
        done_s = last_done.get(cid)
        if done_s is not None:
            done = date.fromisoformat(done_s)
            for due, kind, pinned_ in touches:
                if (kind == "retry" and cid in quiet) or pinned_:
                    continue  # a retry after no answer follows the retry delay; a day
                    # the client asked for (rescheduled) or set by hand is kept, and
                    # so is a greeting's day
                assert (due - done).days >= gap, (cid, done, due, kind)
    return backlog


def check_year(path: Path, cal: WorkingCalendar, first: date, last: date) -> dict[str, float]:
    with sqlite3.connect(path) as db:
        tier_a = db.execute(
            "SELECT t.due, t.done_on FROM touch t JOIN client c ON c.id = t.client_id"
            " JOIN tier r ON r.id = c.tier_id WHERE r.code = 'A' AND t.kind = 'cadence'"
            " AND t.status = 'done'"
        ).fetchall()
        births = db.execute(
            "SELECT c.id, c.birthday_month, c.birthday_day FROM client c"
            " WHERE c.status = 'active' AND EXISTS (SELECT 1 FROM contact_point p"
            " WHERE p.client_id = c.id AND p.consent = 1)"
        ).fetchall()
        greeted = {
            (cid, date.fromisoformat(base))
            for cid, base, done in db.execute(
                "SELECT client_id, base_due, done_on FROM touch WHERE sequence_code = 'birthday'"
                " AND status = 'done'"
            )
            # on the birthday or the working day before it, never days later
            if cal.previous_working(date.fromisoformat(base))
            <= date.fromisoformat(done)
            <= date.fromisoformat(base)
        }
    on_time = sum(
        1
        for due, done in tier_a
        if date.fromisoformat(done) <= cal.add_working_days(date.fromisoformat(due), 1)
    )
    missed = []
    for cid, month, mday in births:
        bday = date(first.year, month, mday)
        inside = first + timedelta(days=7) <= bday <= last - timedelta(days=7)
        if inside and (cid, bday) not in greeted:
            missed.append((cid, bday))
    return {
        "tier_a_done": len(tier_a),
        "tier_a_on_time": on_time / max(1, len(tier_a)),
        "birthdays_missed": len(missed),
    }


def test_a_year_of_daily_use_keeps_every_rule(tmp_path: Path) -> None:
    stats = run(tmp_path / "year.sqlite", clients=40, days=365, seed=8)
    assert stats["fits"] == 1.0, stats  # the fit check says this book fits its capacity
    assert stats["birthdays_missed"] == 0, stats
    assert stats["tier_a_done"] > 0
    assert stats["tier_a_on_time"] >= 0.95, stats
    print(stats)
    assert stats["backlog_max"] <= 30, stats


def test_two_runs_of_one_seed_write_the_same_book(tmp_path: Path) -> None:
    dumps = []
    for name in ("one", "two"):
        path = tmp_path / f"{name}.sqlite"
        run(path, clients=25, days=45, seed=3)
        with sqlite3.connect(path) as db:
            dumps.append(
                db.execute(
                    "SELECT client_id, kind, channel, purpose, status, base_due, due, outcome,"
                    " done_on, reason, rank FROM touch ORDER BY id"
                ).fetchall()
            )
    assert dumps[0] == dumps[1]


@pytest.mark.slow
@pytest.mark.skipif(
    not os.environ.get("PLANNER_FULL_YEAR"), reason="set PLANNER_FULL_YEAR=1: takes long"
)
def test_the_issues_full_year_of_2000_clients(tmp_path: Path) -> None:
    """The issue's book (2,000 clients, 15 calls / 40 e-mails / 2 meetings a day) over a
    year: the same rules after every day, and the figures printed (run with -s). About
    ten minutes on two cores; it missed 4 birthdays until a greeting went first in the
    gap rule (tests/unit/services/test_birthday_greeting.py)."""
    stats = run(tmp_path / "full.sqlite", clients=2000, days=365, seed=8, capacity=FULL_CAPACITY)
    print(stats)
    assert stats["birthdays_missed"] == 0, stats
    if stats["fits"]:
        assert stats["tier_a_on_time"] >= 0.95, stats
