"""A birthday greeting stays on its day (issue 8, Deliver 5 / 8).

The case the 2,000-client year missed (client 205 of seed 8): a client reachable only by
phone, born on Saturday 14 February, so greeted by a call on Friday the 13th, whose
onboarding check-in had been carried for weeks on a book that does not fit its capacity.
Every morning the late check-in stood on today in the gap rule and pushed the greeting
two days on, past the birthday; levelling then carried the check-in away again, and the
next morning the same happened: the greeting was never due on a day the salesperson
worked, and the birthday went by. A greeting has its day; a late touch has none.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from planner.app import Services
from planner.db import Book
from planner.services.views import ClientInput, ContactPointInput, TouchView
from planner.vocabulary import Channel, Outcome, Purpose

WARSAW = ZoneInfo("Europe/Warsaw")


class Clock:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> datetime:
        return datetime(self.day.year, self.day.month, self.day.day, 10, tzinfo=WARSAW)


def phone_only_client(
    path: Path, clock: Clock, birthday: tuple[None, int, int]
) -> tuple[Services, int]:
    services = Services(Book(path), clock)
    services.settings.set_many(
        {"calendar.country": "PL", "calendar.timezone": "Europe/Warsaw", "gap.days": "2"}
    )
    cid = services.clients.add(
        ClientInput(
            name="Phone only",
            tier="C",
            birthday=birthday,
            contacts=(
                ContactPointInput("call", "+48601000205", preferred=True),
                ContactPointInput("email", "c205@example.com", consent=False),
            ),
        )
    ).value
    return services, cid


def planned(services: Services, cid: int) -> list[TouchView]:
    return list(services.clients.get(cid).planned)


def greetings(services: Services, cid: int) -> list[tuple[str, date]]:
    return [(t.channel, t.due) for t in planned(services, cid) if t.purpose == "birthday"]


def test_a_late_touch_does_not_push_the_greeting_past_the_birthday(tmp_path: Path) -> None:
    clock = Clock(date(2026, 1, 5))
    services, cid = phone_only_client(tmp_path / "book.sqlite", clock, (None, 2, 14))
    try:
        clock.day = date(2026, 2, 12)  # Thursday: the onboarding touches are weeks late
        services.planning.daily()
        late = [t for t in planned(services, cid) if t.purpose in ("onboarding", "check-in")]
        assert late
        assert all(t.due >= clock.day for t in late)
        # the greeting keeps Friday, the working day before the birthday (a call)
        assert greetings(services, cid) == [("call", date(2026, 2, 13))]
        assert all(abs((t.due - date(2026, 2, 13)).days) >= 2 for t in late)  # the gap holds
        clock.day = date(2026, 2, 13)  # and the next morning it is still today's
        services.planning.daily()
        today = [t for t in services.planning.agenda() if t.purpose == "birthday"]
        assert [t.due for t in today] == [date(2026, 2, 13)]
        services.planning.log_outcome(today[0].id, Outcome.REACHED)
        clock.day = date(2026, 2, 16)
        services.planning.daily()
        assert greetings(services, cid) == []
    finally:
        services.close()


def test_a_call_greeting_whose_day_passed_is_not_made_days_later(tmp_path: Path) -> None:
    """Opened on the birthday itself (a Saturday), the call greeting's Friday is gone:
    no call on Monday about Saturday's birthday."""
    clock = Clock(date(2026, 2, 2))
    services, cid = phone_only_client(tmp_path / "book.sqlite", clock, (None, 2, 14))
    try:
        clock.day = date(2026, 1, 20)
        services.planning.daily()
        assert greetings(services, cid) == [("call", date(2026, 2, 13))]
        clock.day = date(2026, 2, 14)  # Friday was not worked: the app opens on Saturday
        services.planning.daily()
        assert greetings(services, cid) == []
    finally:
        services.close()


def _reason(touch: TouchView, code: str) -> dict[str, str] | None:
    return next((args for c, args in touch.reasons if c == code), None)


def test_a_touch_done_the_day_before_does_not_push_the_greeting_past_the_birthday(
    tmp_path: Path,
) -> None:
    """The salesperson called on Tuesday 10 March (by hand); the birthday is Wednesday
    the 11th and the gap is two days. The done call cannot move, and a greeting moved to
    Thursday would be late: it keeps its day and says why."""
    clock = Clock(date(2026, 3, 2))
    services, cid = phone_only_client(tmp_path / "book.sqlite", clock, (None, 3, 11))
    try:
        services.planning.daily()
        assert greetings(services, cid) == [("call", date(2026, 3, 11))]
        clock.day = date(2026, 3, 10)
        services.planning.daily()
        call = services.planning.add_touch(
            cid, clock.day, Channel.CALL, Purpose.CHECK_IN, None
        ).value
        services.planning.log_outcome(call, Outcome.REACHED)
        clock.day = date(2026, 3, 11)
        services.planning.daily()
        [greeting] = [t for t in planned(services, cid) if t.purpose == "birthday"]
        assert (greeting.channel, greeting.due) == ("call", date(2026, 3, 11))
        assert _reason(greeting, "greeting-kept") == {"day": "2026-03-11", "apart": "2026-03-10"}
        others = [t for t in planned(services, cid) if t.purpose != "birthday"]
        assert all(t.due >= date(2026, 3, 13) for t in others)  # every other keeps the gap
        assert [t.id for t in services.planning.agenda()] == [greeting.id]
    finally:
        services.close()


def test_a_day_the_client_asked_for_next_to_the_birthday_keeps_both(tmp_path: Path) -> None:
    """A touch moved by hand onto Thursday 12 March (pinned), the day after the birthday:
    neither moves. The greeting stays on Wednesday the 11th, the pinned touch on the
    12th, and a cadence touch keeps the gap from both."""
    clock = Clock(date(2026, 3, 2))
    services, cid = phone_only_client(tmp_path / "book.sqlite", clock, (None, 3, 11))
    try:
        services.planning.daily()
        other = next(t for t in planned(services, cid) if t.purpose != "birthday")
        services.planning.move(other.id, date(2026, 3, 12))
        [greeting] = [t for t in planned(services, cid) if t.purpose == "birthday"]
        assert greeting.due == date(2026, 3, 11)
        assert _reason(greeting, "greeting-kept") == {"day": "2026-03-11", "apart": "2026-03-12"}
        pinned = next(t for t in planned(services, cid) if t.id == other.id)
        assert pinned.due == date(2026, 3, 12)
        rest = [t for t in planned(services, cid) if t.id not in (greeting.id, other.id)]
        for touch in rest:
            assert abs((touch.due - date(2026, 3, 11)).days) >= 2
            assert abs((touch.due - date(2026, 3, 12)).days) >= 2
        assert "despite the gap" in greeting.reason  # the English the CLI prints
    finally:
        services.close()
