"""The fit check (issue 8, Deliver 4): projected demand per week and channel, verdicts."""

from __future__ import annotations

from datetime import date

from sched_builders import client, contacts, tier

from planner.scheduling import WorkingCalendar
from planner.scheduling.forecast import forecast
from planner.scheduling.types import CalendarRules, Reason
from planner.vocabulary import Channel, IntervalUnit

CALL, EMAIL = Channel.CALL, Channel.EMAIL
MONDAY = date(2026, 3, 2)
PLAIN = WorkingCalendar(CalendarRules(timezone="UTC"))  # Mon-Fri, no holidays: 60 days
WEEKLY_C = {"C": tier("C", IntervalUnit.WEEK, 1, (CALL, EMAIL), priority=3)}


def book(n: int) -> list:  # type: ignore[type-arg]
    by_phone = contacts(CALL, EMAIL, preferred=CALL)
    return [client(cid, tier_code="C", created_on=MONDAY, reach=by_phone) for cid in range(n)]


def test_a_weekly_tier_that_needs_more_calls_than_capacity_gets_a_plain_verdict() -> None:
    # 20 clients created Mon 2 Mar, a call every week from Mon 9 Mar: 11 each in the 12
    # weeks to Sun 24 May, 220 calls over 60 working days = 3.67 a day; 3 a day fit.
    got = forecast(book(20), WEEKLY_C, PLAIN, {CALL: 3, EMAIL: 10}, MONDAY)
    assert (got.first, got.last, got.working_days) == (MONDAY, date(2026, 5, 24), 60)
    assert [w.need.get(CALL, 0) for w in got.weeks] == [0] + [20] * 11
    assert got.weeks[1].capacity[CALL] == 15
    assert got.weeks[1].over(CALL)
    assert not got.weeks[0].over(CALL)
    assert not got.fits
    (verdict,) = got.verdicts
    assert verdict.code == "tier-overloads-channel"
    assert dict(verdict.args) == {
        "tier": "C",
        "channel": "call",
        "need": "4",
        "have": "3",
        "tier_need": "4",
    }
    assert verdict.suggest == (
        Reason("move-tier-to", (("tier", "C"), ("channel", "email"))),
        Reason("lengthen-cadence", (("tier", "C"), ("count", "2"), ("unit", "week"))),
        Reason("raise-capacity", (("channel", "call"), ("to", "4"))),
    )


def test_a_book_within_capacity_fits() -> None:
    got = forecast(book(15), WEEKLY_C, PLAIN, {CALL: 3, EMAIL: 10}, MONDAY)
    assert got.fits  # 165 calls / 60 days = 2.75 a day
    assert [v.code for v in got.verdicts] == ["book-fits"]
    assert round(got.need_per_day[CALL], 2) == 2.75


def test_no_move_to_a_channel_without_room_and_unlimited_channels_never_overload() -> None:
    got = forecast(book(20), WEEKLY_C, PLAIN, {CALL: 3, EMAIL: 2}, MONDAY)
    codes = [s.code for s in got.verdicts[0].suggest]
    assert codes == ["lengthen-cadence", "raise-capacity"]  # e-mail has 2 a day, needs 4
    assert forecast(book(20), WEEKLY_C, PLAIN, {}, MONDAY).fits


def test_birthdays_and_planned_sequence_steps_count_in_their_weeks() -> None:
    # a monthly tier-C client (e-mails Thu 2 Apr, Sat 2 May), born 15 March (a Sunday: the
    # greeting counts on Monday 16 March, by the client's e-mail), and two planned steps
    monthly = {"C": tier("C", IntervalUnit.MONTH, 1, (EMAIL, CALL), priority=3)}
    one = client(1, tier_code="C", created_on=MONDAY, reach=contacts(EMAIL))
    steps = [(date(2026, 3, 3), CALL), (date(2026, 3, 12), EMAIL)]
    got = forecast([one], monthly, PLAIN, {}, MONDAY, birthdays={1: (3, 15)}, sequence_steps=steps)
    weeks = {w.start: dict(w.need) for w in got.weeks if w.need}
    assert weeks == {
        date(2026, 3, 2): {CALL: 1},
        date(2026, 3, 9): {EMAIL: 1},
        date(2026, 3, 16): {EMAIL: 1},
        date(2026, 3, 30): {EMAIL: 1},
        date(2026, 5, 4): {EMAIL: 1},  # Sat 2 May: Monday 4 May
    }


def test_a_week_with_a_holiday_has_fewer_working_days_of_capacity() -> None:
    polish = WorkingCalendar(CalendarRules(country="PL", timezone="Europe/Warsaw"))
    got = forecast([], WEEKLY_C, polish, {CALL: 3}, MONDAY)
    easter_week = next(w for w in got.weeks if w.start == date(2026, 4, 6))
    assert (easter_week.working_days, easter_week.capacity[CALL]) == (4, 12)
    assert got.working_days == 58  # Easter Monday and 1 May
