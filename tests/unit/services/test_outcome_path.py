"""The outcome path (issue 8): one client re-planned against the others' counts gives
what a whole-book re-plan gives that client; "left a message" keeps the gap."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.app import Services
from planner.db import Book
from planner.services.views import ClientInput, ContactPointInput
from planner.vocabulary import Outcome

TODAY = date(2026, 11, 26)  # a Thursday (the fixed clock)
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=ZoneInfo("Europe/Warsaw"))


def fixed_clock() -> datetime:
    return NOW


def add(services: Services, name: str, tier: str = "B") -> int:
    contacts = (
        ContactPointInput("call", "+48601234567", preferred=True),
        ContactPointInput("email", "c@example.com"),
    )
    cid = services.clients.add(ClientInput(name=name, tier=tier, contacts=contacts)).value
    return cid


def plan_of(services: Services, cid: int) -> list[tuple[object, ...]]:
    return sorted(
        (t.kind, t.purpose, t.channel, t.due, t.overbooked, t.attempt, t.reason_data)
        for t in services.clients.get(cid).planned
    )


def first(services: Services, cid: int, kind: str) -> int:
    return next(t.id for t in services.clients.get(cid).planned if t.kind == kind)


@pytest.mark.parametrize(
    "outcome", [Outcome.REACHED, Outcome.NO_ANSWER, Outcome.LEFT_MESSAGE, Outcome.ORDER]
)
def test_the_outcome_path_plans_the_client_as_a_whole_book_re_plan_would(
    tmp_path: Path, outcome: Outcome
) -> None:
    """With capacity to spare (the rule: levelling then changes no one else), the one
    client the outcome re-planned reads the same as after re-planning the whole book."""
    path = tmp_path / "book.sqlite"
    services = Services(Book(path), fixed_clock)
    services.settings.set_many({"capacity.call": "40", "capacity.email": "40", "gap.days": "3"})
    ids = [add(services, f"Client {n}", "ABC"[n % 3]) for n in range(12)]
    cid = ids[4]
    services.planning.log_outcome(first(services, cid, "sequence"), outcome)
    fast = plan_of(services, cid)
    services.close()
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(path, copy)
    again = Services(Book(copy), fixed_clock)
    again.planning.replan_all()
    assert plan_of(again, cid) == fast
    again.close()


def test_the_outcome_path_levels_against_the_other_clients(services: Services) -> None:
    """Two calls a day: a client re-planned by an outcome finds the days the others
    fill, like the whole-book plan would, and does not take their seats."""
    services.settings.set_many({"capacity.call": "1", "capacity.email": "0"})
    a, b = add(services, "One", "A"), add(services, "Two", "A")
    services.planning.replan_all()
    before = {cid: plan_of(services, cid) for cid in (a, b)}
    services.planning.log_outcome(first(services, a, "cadence"), Outcome.REACHED)
    assert plan_of(services, b) == before[b]  # nobody else moved
    days = [t.due for cid in (a, b) for t in services.clients.get(cid).planned if not t.overbooked]
    calls = [
        t.due
        for cid in (a, b)
        for t in services.clients.get(cid).planned
        if t.channel == "call" and not t.overbooked
    ]
    assert len(calls) == len(set(calls)), days  # one call a day at most


def test_left_a_message_keeps_the_gap_no_answer_follows_the_retry_delay(
    services: Services,
) -> None:
    """Tier B retries after 2 working days; the gap is 6 days. "No answer" did not
    disturb the client: the retry is Monday 30 Nov. "Left a message" did: the retry
    waits for the gap, Wednesday 2 Dec, and says so."""
    services.settings.set_many({"gap.days": "6"})
    quiet, disturbed = add(services, "Quiet"), add(services, "Disturbed")
    services.planning.log_outcome(first(services, quiet, "sequence"), Outcome.NO_ANSWER)
    services.planning.log_outcome(first(services, disturbed, "sequence"), Outcome.LEFT_MESSAGE)
    (q,) = [t for t in services.clients.get(quiet).planned if t.kind == "retry"]
    (d,) = [t for t in services.clients.get(disturbed).planned if t.kind == "retry"]
    assert (q.due, q.attempt) == (date(2026, 11, 30), 1)
    assert (d.due, d.attempt) == (date(2026, 12, 2), 1)
    assert ("gap", {"from": "2026-11-30", "apart": "2026-11-26"}) in d.reasons
    assert not any(code == "gap" for code, _ in q.reasons)
    # the next day's planning keeps both where they are
    services.planning.daily()
    (d2,) = [t for t in services.clients.get(disturbed).planned if t.kind == "retry"]
    (q2,) = [t for t in services.clients.get(quiet).planned if t.kind == "retry"]
    assert (q2.due, d2.due) == (date(2026, 11, 30), date(2026, 12, 2))


def test_no_statement_of_the_outcome_path_scans_the_book(tmp_path: Path) -> None:
    """Every statement logging an outcome runs is asked for its SQLite query plan: none
    reads the client or touch table whole (`SCAN`), each searches an index or a key."""
    from sqlalchemy import event

    path = tmp_path / "book.sqlite"
    services = Services(Book(path), fixed_clock)
    services.settings.set_many({"capacity.call": "2", "capacity.email": "3"})
    ids = [add(services, f"Client {n}", "ABC"[n % 3]) for n in range(30)]
    seen: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append((statement, parameters[0] if executemany else parameters))

    engine = services.ctx.book.engine
    event.listen(engine, "before_cursor_execute", record)
    for n, outcome in enumerate((Outcome.REACHED, Outcome.NO_ANSWER, Outcome.LEFT_MESSAGE)):
        services.planning.log_outcome(first(services, ids[n], "sequence"), outcome)
    event.remove(engine, "before_cursor_execute", record)
    services.close()
    assert seen
    scans = []
    with sqlite3.connect(path) as db:
        for statement, params in seen:
            if not statement.lstrip().upper().startswith(("SELECT", "UPDATE", "INSERT")):
                continue
            plan = db.execute("EXPLAIN QUERY PLAN " + statement, params or ()).fetchall()
            for row in plan:
                detail = row[-1]
                if re.match(r"SCAN (touch|client|contact_point)\b", detail):
                    scans.append((statement, detail))
    assert scans == []


# Statements one logged outcome runs (transaction, whether the kept rules still hold,
# the touch, the undo step's "before", the writes, the re-plan of the client, the undo
# step), measured 17 (reached), 22 (no answer: the retry, whose re-plan reads the open
# touches again), 21 (left a message: the load of the channel its rule asked for is
# read too, since the re-plan may give a switched touch its channel back); they were
# 22 / 29 / 28 before the rules were kept between transactions (issue 8); one more
# since the re-plan counts the touches done today per channel (seats of today's
# capacity already used, one range of the (status, done_on, channel) index). The next
# touches it returns are read on the raw DBAPI cursor (touchviews.planned_of_client),
# which this listener does not see. An upper bound, so the count cannot creep back.
MAX_STATEMENTS = {Outcome.REACHED: 18, Outcome.NO_ANSWER: 23, Outcome.LEFT_MESSAGE: 22}


def test_an_outcome_runs_a_bounded_number_of_statements(tmp_path: Path) -> None:
    from sqlalchemy import event

    services = Services(Book(tmp_path / "book.sqlite"), fixed_clock)
    services.settings.set_many({"capacity.call": "2", "capacity.email": "3"})
    ids = [add(services, f"Client {n}", "ABC"[n % 3]) for n in range(20)]
    counts: dict[Outcome, int] = {}
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append(statement)

    engine = services.ctx.book.engine
    try:
        for n, outcome in enumerate(MAX_STATEMENTS):
            tid = first(services, ids[n], "sequence")
            seen.clear()
            event.listen(engine, "before_cursor_execute", record)
            services.planning.log_outcome(tid, outcome)
            event.remove(engine, "before_cursor_execute", record)
            counts[outcome] = len(seen)
    finally:
        services.close()
    assert all(counts[o] <= bound for o, bound in MAX_STATEMENTS.items()), counts


def test_undo_of_a_stop_on_one_channel_gives_the_consent_back(services: Services) -> None:
    cid = add(services, "Ewa")
    touch = next(t for t in services.clients.get(cid).planned if t.kind == "sequence")
    services.planning.log_outcome(touch.id, Outcome.DO_NOT_CONTACT)
    consent = {p.channel: p.consent for p in services.clients.get(cid).contacts}
    assert consent[touch.channel] is False  # that channel only
    services.undo()
    assert all(p.consent for p in services.clients.get(cid).contacts)
