"""What the seeded year on every path (tests/sim/test_year_paths.py) found, each on exact
dates through the services.

- A touch moved by hand onto a Saturday or a holiday stayed there, pinned: a touch on a
  non-working day (DESIGN.md section 4, "never in the past: ... on a working day"). The
  same for a day the client asked for (a rescheduled outcome) and for a pinned day that
  later became a day off. Seed 14, day 2026-01-23: a move to Saturday 24 January.
- A call for a client in Asia/Tokyo with no common working hours (08:00-16:00 in Warsaw)
  and no consent for an asynchronous channel stayed a call with no time window and no
  word of why (seed 3, 2026-10-08, a working-hours change). It now says "no common
  working hours for call" (nothing is dropped).
- A birthday changed on the client's card left the greeting of the old birthday planned
  beside the new one: two greetings (seed 1, 2026-04-13: 4 May changed to 12 May).
- A client archived and unarchived, or whose consent was withdrawn and given back, in
  the weeks before their birthday was never greeted: the cancelled greeting counted as
  handled (found while checking the sim's year-end birthdays, which leave such clients
  out).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from planner.app import Services
from planner.db import Book
from planner.services.views import ClientInput, ContactPointInput, TouchView
from planner.vocabulary import ClientStatus, Outcome
from tests.unit.services.test_birthday_greeting import Clock

MONDAY = date(2026, 1, 19)
SATURDAY = date(2026, 1, 24)
NEXT_MONDAY = date(2026, 1, 26)
EPIPHANY = date(2026, 1, 6)  # a public holiday in Poland, a Tuesday


def book(path: Path, clock: Clock, **settings: str) -> Services:
    services = Services(Book(path), clock)
    services.settings.set_many(
        {"calendar.country": "PL", "calendar.timezone": "Europe/Warsaw", **settings}
    )
    return services


def client(services: Services, tier: str = "B", **kw: Any) -> int:
    data = ClientInput(
        name="Jan",
        tier=tier,
        contacts=(
            ContactPointInput("call", "+48601000001", preferred=True),
            ContactPointInput("email", "jan@example.com"),
        ),
    )
    return services.clients.add(replace(data, **kw)).value


def regular(services: Services, cid: int) -> TouchView:
    (touch,) = [t for t in services.clients.get(cid).planned if t.kind == "cadence"]
    return touch


def test_a_touch_moved_onto_a_saturday_is_pinned_on_the_next_working_day(
    tmp_path: Path,
) -> None:
    services = book(tmp_path / "b.sqlite", Clock(MONDAY))
    cid = client(services)
    touch = regular(services, cid)
    services.planning.move(touch.id, SATURDAY)
    moved = services.planning.touch(touch.id)
    assert (moved.due, moved.pinned) == (NEXT_MONDAY, True)
    assert moved.reasons[0] == ("pinned", {"kind": "cadence", "day": NEXT_MONDAY.isoformat()})
    services.planning.replan_all()  # the day is kept and so is what it says
    assert services.planning.touch(touch.id).due == NEXT_MONDAY
    assert services.planning.touch(touch.id).reasons[0][0] == "pinned"
    services.close()


def test_a_touch_moved_onto_a_holiday_goes_to_the_next_working_day(tmp_path: Path) -> None:
    services = book(tmp_path / "b.sqlite", Clock(date(2026, 1, 2)))
    cid = client(services)
    touch = regular(services, cid)
    services.planning.move(touch.id, EPIPHANY)
    moved = services.planning.touch(touch.id)
    assert moved.due == date(2026, 1, 7)
    assert moved.pinned
    assert moved.reasons[0] == ("pinned", {"kind": "cadence", "day": "2026-01-07"})
    services.close()


def test_a_rescheduled_saturday_goes_to_monday_and_still_reads_as_rescheduled(
    tmp_path: Path,
) -> None:
    clock = Clock(MONDAY)
    services = book(tmp_path / "b.sqlite", clock)
    cid = client(services)
    touch = regular(services, cid)
    services.planning.move(touch.id, MONDAY)
    services.planning.log_outcome(touch.id, Outcome.RESCHEDULED, reschedule_to=SATURDAY)
    (again,) = [t for t in services.clients.get(cid).planned if t.kind == "cadence"]
    assert (again.due, again.pinned) == (NEXT_MONDAY, True)
    assert again.reasons[0][0] == "rescheduled"
    services.close()


def test_a_pinned_day_that_becomes_a_day_off_moves_on(tmp_path: Path) -> None:
    services = book(tmp_path / "b.sqlite", Clock(MONDAY))
    cid = client(services)
    touch = regular(services, cid)
    services.planning.move(touch.id, date(2026, 1, 22))  # a Thursday
    services.planning.set_day(date(2026, 1, 22), "off")
    moved = services.planning.touch(touch.id)
    assert moved.due == date(2026, 1, 23)
    assert moved.pinned
    services.close()


def test_a_call_with_no_common_hours_and_no_other_channel_says_why(tmp_path: Path) -> None:
    services = book(
        tmp_path / "b.sqlite",
        Clock(MONDAY),
        **{"calendar.work_start": "08:00", "calendar.work_end": "16:00"},
    )
    data = ClientInput(
        name="Tokyo",
        tier="A",  # due in two weeks: winter, when 08:00-16:00 in Warsaw and Tokyo part
        timezone="Asia/Tokyo",
        contacts=(
            ContactPointInput("call", "+81312345678", preferred=True),
            ContactPointInput("email", "t@example.jp", consent=False),
        ),
    )
    cid = services.clients.add(data).value
    touch = regular(services, cid)
    assert touch.channel == "call"  # nothing else may be used: it is kept, not dropped
    assert touch.due_at is None
    assert ("no-common-hours", {"channel": "call"}) in touch.reasons
    services.close()


def test_a_changed_birthday_replaces_the_old_greeting(tmp_path: Path) -> None:
    services = book(tmp_path / "b.sqlite", Clock(date(2026, 4, 10)))
    cid = client(services, birthday=(None, 5, 4))

    services.planning.daily()
    assert greetings(services, cid) == [date(2026, 5, 4)]
    data = services.clients.get(cid).to_input()
    services.clients.edit(cid, replace(data, birthday=(None, 5, 8)))
    assert greetings(services, cid) == [date(2026, 5, 8)]
    services.clients.edit(cid, replace(data, birthday=(None, 5, 4)))
    assert greetings(services, cid) == [date(2026, 5, 4)]  # changed back: greeted on that day again
    services.close()


def test_a_client_archived_and_back_is_still_greeted(tmp_path: Path) -> None:
    """Archiving cancelled the greeting of 20 April, and a cancelled greeting of that day
    counted as handled: unarchived on the same day, the client was never greeted."""
    services = book(tmp_path / "b.sqlite", Clock(date(2026, 4, 10)))
    cid = client(services, birthday=(None, 4, 20))
    assert greetings(services, cid) == [date(2026, 4, 20)]
    services.clients.archive(cid)
    assert greetings(services, cid) == []
    services.clients.set_status(cid, ClientStatus.ACTIVE)
    assert greetings(services, cid) == [date(2026, 4, 20)]
    services.close()


def test_consent_given_back_brings_the_greeting_back(tmp_path: Path) -> None:
    services = book(tmp_path / "b.sqlite", Clock(date(2026, 4, 10)))
    cid = client(services, birthday=(None, 4, 20))
    data = services.clients.get(cid).to_input()
    none = tuple(replace(c, consent=False) for c in data.contacts)
    services.clients.edit(cid, replace(data, contacts=none))
    assert greetings(services, cid) == []
    services.clients.edit(cid, data)
    assert greetings(services, cid) == [date(2026, 4, 20)]
    services.planning.daily()  # and only once
    assert greetings(services, cid) == [date(2026, 4, 20)]
    services.close()


def greetings(services: Services, cid: int) -> list[date]:
    return [t.due for t in services.clients.get(cid).planned if t.purpose == "birthday"]


def test_yesterdays_outcome_undone_today_is_planned_from_today(tmp_path: Path) -> None:
    """Undo writes the rows back exactly: yesterday's touch came back planned for
    yesterday, in the past (seed 13 of the sim, 2026-02-20, the undo of a "reached"
    logged on 19 February). The client is now re-planned: carried to today."""
    clock = Clock(date(2026, 2, 19))
    services = book(tmp_path / "b.sqlite", clock)
    cid = client(services)
    touch = regular(services, cid)
    services.planning.move(touch.id, date(2026, 2, 19))
    services.planning.log_outcome(touch.id, Outcome.REACHED)
    clock.day = date(2026, 2, 20)
    services.undo()
    back = services.planning.touch(touch.id)
    assert back.status == "planned"
    assert back.due == date(2026, 2, 20)
    assert all(t.due >= clock.day for t in services.clients.get(cid).planned)
    services.close()


def test_a_move_undone_onto_a_day_off_set_since_goes_to_a_working_day(tmp_path: Path) -> None:
    """Seed 15 of the sim, 2026-04-22: a touch moved from Mon 4 May to 29 April; 4 May
    was then made a day off; undoing the move put the touch back on 4 May, pinned on a
    day off."""
    services = book(tmp_path / "b.sqlite", Clock(date(2026, 4, 22)))
    cid = client(services)
    touch = regular(services, cid)
    services.planning.move(touch.id, date(2026, 5, 4))
    services.planning.move(touch.id, date(2026, 4, 29))
    services.planning.set_day(date(2026, 5, 4), "off")
    services.undo(services.history.history()[0].id)  # the second move
    back = services.planning.touch(touch.id)
    assert back.pinned
    assert back.due == date(2026, 5, 5)
    services.close()
