"""The client row keeps the last logged outcome (revision 0016), and the gap rule reads
it: "left a message" disturbed the client, "no answer" did not (issue 8, Deliver 2)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from planner.app import Services
from planner.scheduling.types import DoneTouch
from planner.services.bookstate import _history
from planner.services.views import ClientInput, ContactPointInput
from planner.vocabulary import Channel, Outcome, Purpose, TouchKind

TODAY = date(2026, 11, 26)  # Thursday, the fixed clock of tests/conftest.py


def add(services: Services, name: str, tier: str = "B") -> int:
    contacts = (
        ContactPointInput("call", "+48601234567", preferred=True),
        ContactPointInput("email", "c@example.com"),
    )
    cid = services.clients.add(ClientInput(name=name, tier=tier, contacts=contacts)).value
    return cid


def first(services: Services, cid: int, kind: str) -> int:
    return next(t.id for t in services.clients.get(cid).planned if t.kind == kind)


def stored(path: Path, cid: int) -> tuple[str | None, str | None]:
    with sqlite3.connect(path) as db:
        row = db.execute(
            "SELECT last_outcome, last_outcome_on FROM client WHERE id = ?", (cid,)
        ).fetchone()
    return row[0], row[1]


def retry_of(services: Services, cid: int) -> tuple[date, list[tuple[str, dict[str, str]]]]:
    (r,) = [t for t in services.clients.get(cid).planned if t.kind == "retry"]
    return r.due, [(code, dict(args)) for code, args in r.reasons]


def test_logging_an_outcome_stores_it_with_its_day(services: Services, book_path: Path) -> None:
    cid = add(services, "Anna")
    assert stored(book_path, cid) == (None, None)
    services.planning.log_outcome(first(services, cid, "sequence"), Outcome.LEFT_MESSAGE)
    assert stored(book_path, cid) == ("left-message", "2026-11-26")
    services.planning.log_outcome(first(services, cid, "retry"), Outcome.NO_ANSWER)
    assert stored(book_path, cid) == ("no-answer", "2026-11-26")


def test_undo_of_an_outcome_restores_the_last_outcome(services: Services, book_path: Path) -> None:
    cid = add(services, "Anna")
    services.planning.log_outcome(first(services, cid, "sequence"), Outcome.LEFT_MESSAGE)
    services.planning.log_outcome(first(services, cid, "retry"), Outcome.REACHED)
    assert stored(book_path, cid) == ("reached", "2026-11-26")
    services.undo()
    assert stored(book_path, cid) == ("left-message", "2026-11-26")
    services.undo()
    assert stored(book_path, cid) == (None, None)
    services.redo()
    assert stored(book_path, cid) == ("left-message", "2026-11-26")


def test_a_merge_keeps_the_newer_outcome(book_path: Path) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from planner.db import Book

    day = {"now": datetime(2026, 11, 26, 10, 0, tzinfo=ZoneInfo("Europe/Warsaw"))}
    services = Services(Book(book_path), lambda: day["now"])
    try:
        keep, other = add(services, "Anna Nowak"), add(services, "Anna Nowak")
        services.planning.log_outcome(first(services, keep, "sequence"), Outcome.REACHED)
        day["now"] = datetime(2026, 11, 27, 10, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
        services.planning.log_outcome(first(services, other, "sequence"), Outcome.LEFT_MESSAGE)
        services.merge.merge(keep, other)
        assert stored(book_path, keep) == ("left-message", "2026-11-27")
    finally:
        services.close()


def test_the_history_the_planner_reads_tells_the_outcomes_apart() -> None:
    """Client row (last reached, last done, last outcome, its day) -> the history."""
    older, day = date(2026, 11, 2), date(2026, 11, 26)

    def last(*row: object) -> DoneTouch:
        return _history(row)[-1]  # type: ignore[arg-type]

    assert last(older, day, "left-message", day).outcome is Outcome.LEFT_MESSAGE
    assert last(older, day, "no-answer", day).outcome is Outcome.NO_ANSWER
    assert last(older, day, "do-not-contact", day).outcome is Outcome.DO_NOT_CONTACT
    # a price list sent after the last outcome: a message left, the client disturbed
    assert last(older, day, "reached", older).outcome is Outcome.LEFT_MESSAGE
    # a book that never stored an outcome reads as before
    assert last(older, day, None, None).outcome is Outcome.NO_ANSWER
    reached = last(day, day, "order", day)
    assert (reached.day, reached.outcome) == (day, Outcome.REACHED)
    assert _history((None, None, None, None)) == ()
    assert last(None, day, "left-message", day) == DoneTouch(
        day, Channel.CALL, Purpose.CHECK_IN, TouchKind.CADENCE, Outcome.LEFT_MESSAGE
    )


def test_a_wider_gap_moves_the_retry_after_a_message_not_after_no_answer(
    services: Services,
) -> None:
    """Thursday 26 Nov, gap 2 days, tier B retries after 2 working days: both retries
    on Monday 30 Nov. The gap is then set to 6 days: the client who got a message must
    not hear from us before Wednesday 2 Dec (the gap from Thursday, with its reason); the
    one who did not answer was not disturbed and keeps Monday (the retry delay alone).
    Before the last outcome was stored, both read as "not reached" and kept Monday."""
    services.settings.set_many({"gap.days": "2"})
    quiet, disturbed = add(services, "Quiet"), add(services, "Disturbed")
    services.planning.log_outcome(first(services, quiet, "sequence"), Outcome.NO_ANSWER)
    services.planning.log_outcome(first(services, disturbed, "sequence"), Outcome.LEFT_MESSAGE)
    assert retry_of(services, quiet)[0] == date(2026, 11, 30)
    assert retry_of(services, disturbed)[0] == date(2026, 11, 30)
    services.settings.set_many({"gap.days": "6"})
    services.planning.replan_all()
    due, reasons = retry_of(services, disturbed)
    assert due == date(2026, 12, 2)
    assert ("gap", {"from": "2026-11-30", "apart": "2026-11-26"}) in reasons
    due, reasons = retry_of(services, quiet)
    assert due == date(2026, 11, 30)
    assert not any(code == "gap" for code, _ in reasons)
