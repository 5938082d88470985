"""The date changes while the window is open: Today, the tray's count and the reminders
move to the new day, the salesperson's day in the book's time zone (not the machine's)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

WARSAW = ZoneInfo("Europe/Warsaw")


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    # Thursday 23:50 in Warsaw, 22:50 UTC.
    return Clock(datetime(2026, 3, 12, 23, 50, tzinfo=WARSAW))


def test_midnight_in_the_books_time_zone_moves_today_and_the_tray(window, qtbot, clock):
    s = window.ops._services
    s.settings.set("calendar.timezone", "Europe/Warsaw")
    window.refresh_views()
    qtbot.waitUntil(lambda: window.reminders is not None and window.reminders.data is not None)
    qtbot.waitUntil(lambda: window.reminders.data.timezone == "Europe/Warsaw")
    thursday = clock.now.date()
    assert window.today.data.today == window.reminders.data.today == thursday
    # 00:20 on Friday in Warsaw is still Thursday in UTC (23:20).
    clock.now = datetime(2026, 3, 13, 0, 20, tzinfo=WARSAW)
    assert clock.now.astimezone(UTC).date() == thursday
    friday = thursday + timedelta(days=1)
    window.reminders.check()
    qtbot.waitUntil(lambda: window.reminders.data.today == friday)
    assert window.today.data.today == friday
    expected = s.agenda.reminders()
    assert expected.day == friday
    data = window.reminders.data
    assert (data.count, data.working, data.ahead) == (expected.due, True, expected.ahead)
    assert window.today.data.screen == s.agenda.today().screen
    nav = f"Today  ({expected.due})" if expected.due else "Today"
    assert window.nav.item(0).text() == nav
