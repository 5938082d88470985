"""The working calendar: weekends, public holidays, personal days off, hours across zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sched_builders import calendar

from planner.scheduling import WorkingCalendar
from planner.scheduling.types import CalendarRules, Reason


def utc(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=UTC)


# -- working days ------------------------------------------------------------------------


def test_weekend_days_are_not_working_and_the_weekend_is_configurable() -> None:
    cal = calendar()
    assert cal.is_working(date(2026, 3, 6))  # Friday
    assert not cal.is_working(date(2026, 3, 7))  # Saturday
    assert not cal.is_working(date(2026, 3, 8))  # Sunday
    fri_sat = calendar(weekend=frozenset({4, 5}))
    assert not fri_sat.is_working(date(2026, 3, 6))
    assert fri_sat.is_working(date(2026, 3, 8))


@pytest.mark.parametrize(
    ("day", "name"),
    [(date(2026, 4, 6), "Easter Monday"), (date(2026, 6, 4), "Corpus Christi")],
)
def test_polish_movable_holidays_of_2026_are_not_working_days(day: date, name: str) -> None:
    cal = calendar(country="PL")
    assert not cal.is_working(day)
    assert cal.holiday_name(day) == name
    assert cal.why_not_working(day) == Reason("holiday", (("day", day.isoformat()), ("name", name)))
    assert cal.is_working(date(2026, 4, 7))
    assert cal.is_working(date(2026, 6, 5))


def test_russian_new_year_holidays_run_from_1_to_8_january_2026() -> None:
    cal = calendar(country="RU")
    for d in range(1, 9):
        assert not cal.is_working(date(2026, 1, d)), d
    # 9 January 2026 is a transferred day off in the library's data; the 12th is Monday.
    assert cal.is_working(date(2026, 1, 12))
    assert cal.next_working(date(2026, 1, 1)) == date(2026, 1, 12)


def test_a_us_state_holiday_counts_only_in_that_state() -> None:
    patriots_day = date(2026, 4, 20)  # third Monday of April, Massachusetts only
    assert not calendar(country="US", subdivision="MA").is_working(patriots_day)
    assert calendar(country="US", subdivision="MA").holiday_name(patriots_day) == "Patriots' Day"
    assert calendar(country="US", subdivision="NY").is_working(patriots_day)
    assert calendar(country="US").is_working(patriots_day)


def test_an_extra_working_day_overrides_a_holiday_and_a_weekend() -> None:
    easter_monday, saturday = date(2026, 4, 6), date(2026, 4, 11)
    cal = calendar(country="PL", extra_working_days=frozenset({easter_monday, saturday}))
    assert cal.is_working(easter_monday)
    assert cal.is_working(saturday)
    assert cal.holiday_name(easter_monday) == "Easter Monday"  # still a holiday, but worked
    assert cal.why_not_working(easter_monday) is None


def test_personal_days_off_are_not_working_even_on_an_extra_working_day() -> None:
    tuesday, saturday = date(2026, 3, 3), date(2026, 3, 7)
    cal = calendar(
        days_off=frozenset({tuesday, saturday}), extra_working_days=frozenset({saturday})
    )
    assert not cal.is_working(tuesday)
    assert not cal.is_working(saturday)
    assert cal.why_not_working(tuesday) == Reason("day-off", (("day", "2026-03-03"),))
    assert cal.why_not_working(saturday) == Reason("day-off", (("day", "2026-03-07"),))


def test_why_not_working_names_the_most_general_rule() -> None:
    cal = calendar(country="PL", days_off=frozenset({date(2026, 4, 5)}))
    # Easter Sunday: a weekend day, a holiday and a day off at once -> weekend
    assert cal.why_not_working(date(2026, 4, 5)) == Reason("weekend", (("day", "2026-04-05"),))
    assert cal.why_not_working(date(2026, 4, 3)) is None


def test_next_working_and_add_working_days_skip_weekends_and_holidays() -> None:
    cal = calendar(country="PL")
    assert cal.next_working(date(2026, 4, 2)) == date(2026, 4, 2)
    assert cal.next_working(date(2026, 4, 4)) == date(2026, 4, 7)  # Sat, Easter Sun+Mon
    assert cal.add_working_days(date(2026, 4, 2), 0) == date(2026, 4, 2)
    assert cal.add_working_days(date(2026, 4, 4), 0) == date(2026, 4, 7)
    assert cal.add_working_days(date(2026, 4, 2), 1) == date(2026, 4, 3)
    assert cal.add_working_days(date(2026, 4, 2), 2) == date(2026, 4, 7)
    assert cal.add_working_days(date(2026, 4, 4), 1) == date(2026, 4, 7)
    with pytest.raises(ValueError, match="n must be"):
        cal.add_working_days(date(2026, 4, 2), -1)


def test_working_days_between_counts_the_half_open_interval() -> None:
    cal = calendar(country="PL")
    assert cal.working_days_between(date(2026, 4, 2), date(2026, 4, 7)) == 2
    assert cal.working_days_between(date(2026, 4, 7), date(2026, 4, 2)) == -2
    assert cal.working_days_between(date(2026, 4, 2), date(2026, 4, 2)) == 0
    for n in range(1, 12):
        start = date(2026, 4, 1)
        assert cal.working_days_between(start, cal.add_working_days(start, n)) == n


def test_settle_gives_one_reason_per_rule_naming_the_skipped_days() -> None:
    cal = calendar(country="PL", days_off=frozenset({date(2026, 4, 7)}))
    day, reasons = cal.settle(date(2026, 4, 4))  # Sat, Easter Sun, Easter Mon, day off
    assert day == date(2026, 4, 8)
    assert reasons == (
        Reason("weekend", (("from", "2026-04-04"), ("days", "2026-04-04,2026-04-05"))),
        Reason(
            "holiday", (("from", "2026-04-06"), ("days", "2026-04-06"), ("name", "Easter Monday"))
        ),
        Reason("day-off", (("from", "2026-04-07"), ("days", "2026-04-07"))),
    )
    assert cal.settle(date(2026, 4, 8)) == (date(2026, 4, 8), ())


def test_bad_settings_fail_when_the_calendar_is_made() -> None:
    with pytest.raises(ValueError, match="XX"):
        calendar(country="XX")
    with pytest.raises(ValueError, match="ZZ"):
        calendar(country="US", subdivision="ZZ")
    with pytest.raises(ValueError, match="time zone"):
        calendar(timezone="Mars/Olympus")
    with pytest.raises(ValueError, match="no working day"):
        calendar(weekend=frozenset(range(7)))


def test_answers_are_memoised_per_date() -> None:
    cal = calendar(country="PL")
    assert cal.is_working(date(2026, 5, 4)) is cal.is_working(date(2026, 5, 4))
    assert cal.settle(date(2026, 5, 2)) is cal.settle(date(2026, 5, 2))


# -- working hours -------------------------------------------------------------------------

WARSAW = CalendarRules(timezone="Europe/Warsaw", work_start=time(9), work_end=time(18))


@pytest.mark.parametrize(
    ("day", "window"),
    [
        # both on winter time: Warsaw 08-17 UTC, New York 14-23 UTC
        (date(2026, 3, 6), (utc(2026, 3, 6, 14), utc(2026, 3, 6, 17))),
        # the US switched on 8 March, Europe not yet: New York 13-22 UTC
        (date(2026, 3, 9), (utc(2026, 3, 9, 13), utc(2026, 3, 9, 17))),
        (date(2026, 3, 27), (utc(2026, 3, 27, 13), utc(2026, 3, 27, 17))),
        # Europe switched on 29 March: Warsaw 07-16 UTC
        (date(2026, 3, 30), (utc(2026, 3, 30, 13), utc(2026, 3, 30, 16))),
        # autumn: Europe back on 25 October, the US only on 1 November
        (date(2026, 10, 26), (utc(2026, 10, 26, 13), utc(2026, 10, 26, 17))),
        (date(2026, 11, 2), (utc(2026, 11, 2, 14), utc(2026, 11, 2, 17))),
    ],
)
def test_live_window_with_a_new_york_client_follows_both_dst_changes(
    day: date, window: tuple[datetime, datetime]
) -> None:
    got = WorkingCalendar(WARSAW).live_window(day, "America/New_York")
    assert got == window
    assert got is not None
    assert got[0].tzinfo is UTC


def test_live_window_reaches_into_the_clients_next_or_previous_day() -> None:
    cal = WorkingCalendar(WARSAW)
    # Tokyo 9-18 is 00-09 UTC: one winter hour overlaps Warsaw's 08-17 UTC
    assert cal.live_window(date(2026, 3, 6), "Asia/Tokyo") == (
        utc(2026, 3, 6, 8),
        utc(2026, 3, 6, 9),
    )
    assert cal.live_window(date(2026, 7, 6), "Asia/Tokyo") == (
        utc(2026, 7, 6, 7),
        utc(2026, 7, 6, 9),
    )
    # Honolulu 9-18 is 19-04 UTC: never inside Warsaw's hours
    assert cal.live_window(date(2026, 3, 6), "Pacific/Honolulu") is None


def test_live_window_in_the_salespersons_own_zone_or_an_unknown_one() -> None:
    cal = WorkingCalendar(WARSAW)
    own = (utc(2026, 3, 6, 8), utc(2026, 3, 6, 17))
    assert cal.live_window(date(2026, 3, 6), None) == own
    assert cal.live_window(date(2026, 3, 6), "Europe/Warsaw") == own
    assert cal.live_window(date(2026, 3, 6), "Not/AZone") == own
    summer = cal.live_window(date(2026, 7, 6), None)
    assert summer == (utc(2026, 7, 6, 7), utc(2026, 7, 6, 16))


def test_first_live_day_looks_ahead_only_so_far() -> None:
    cal = WorkingCalendar(WARSAW)
    assert cal.first_live_day(date(2026, 3, 7), None, 14) == date(2026, 3, 9)
    assert cal.first_live_day(date(2026, 3, 6), "Pacific/Honolulu", 14) is None


def test_holiday_names_do_not_depend_on_the_machines_locale() -> None:
    christmas = date(2026, 1, 7)
    assert calendar(country="RU").holiday_name(christmas) == "Christmas Day"
    russian = WorkingCalendar(CalendarRules(country="RU"), holiday_language="ru")
    assert russian.holiday_name(christmas) == "Рождество Христово"


def test_hours_that_end_before_they_start_give_no_window() -> None:
    cal = WorkingCalendar(CalendarRules(work_start=time(18), work_end=time(9)))
    assert cal.live_window(date(2026, 3, 6), None) is None
    assert cal.live_window(date(2026, 3, 6), "Asia/Tokyo") is None


# -- a change of working hours -------------------------------------------------------------


def test_a_calendar_with_other_hours_shares_the_days_and_has_its_own_windows() -> None:
    """`with_hours` (a change of working hours keeps what is known of the days) answers
    as a calendar built afresh from the same rules would."""
    from dataclasses import replace

    rules = CalendarRules(country="PL", timezone="Europe/Warsaw")
    first = WorkingCalendar(rules)
    days = [date(2026, 4, 3) + timedelta(days=n) for n in range(40)]
    for day in days:
        first.settle(day)
        first.live_window(day, "America/New_York")
    shorter = replace(rules, work_end=time(17, 0))
    shared, fresh = first.with_hours(shorter), WorkingCalendar(shorter)
    for day in days:
        assert shared.is_working(day) == fresh.is_working(day)
        assert shared.settle(day) == fresh.settle(day)
        assert shared.add_working_days(day, 3) == fresh.add_working_days(day, 3)
        for zone in (None, "America/New_York", "Asia/Tokyo"):
            assert shared.live_window(day, zone) == fresh.live_window(day, zone)
    assert shared.live_window(date(2026, 4, 7), None) != first.live_window(date(2026, 4, 7), None)
    with pytest.raises(ValueError, match="other working days"):
        first.with_hours(replace(rules, days_off=frozenset({date(2026, 4, 7)})))


def test_the_holiday_tables_load_when_a_calendar_needs_them() -> None:
    """Today's first screen formats reasons (explain) before the book is open; the holiday
    library (a tenth of that start) loads only when a calendar with a country is made."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "import planner.scheduling.explain\n"
        "from planner.scheduling.calendar import WorkingCalendar\n"
        "from planner.scheduling.types import CalendarRules\n"
        "before = 'holidays' in sys.modules\n"
        "WorkingCalendar(CalendarRules(country=None))\n"
        "without_country = 'holidays' in sys.modules\n"
        "WorkingCalendar(CalendarRules(country='PL'))\n"
        "print(before, without_country, 'holidays' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=root, check=False
    )
    assert done.stdout.split() == ["False", "False", "True"], done.stderr
