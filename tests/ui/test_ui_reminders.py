"""Reminders: the due count, a note when the working day starts, one before meetings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtGui import QIcon

from ui.operations import Operations
from ui.tray import Reminders, badge_icon


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def make(qtbot, book_path, clock):
    ops = Operations(synchronous=True)
    ops.open_book(book_path, clock)
    reminders = Reminders(ops, clock)
    return ops, reminders


def test_morning_reminder_at_the_start_of_the_working_day(qtbot, book_path):
    from ui.i18n import Translations

    english = Translations()  # the English .qm has the plural forms
    english.apply("en")
    ops, _ = make(qtbot, book_path, Clock(datetime(2026, 3, 12, 12, tzinfo=UTC)))
    zone = ZoneInfo(ops._services.settings.get("calendar.timezone"))
    start = ops._services.settings.get("calendar.work_start")
    h, m = (int(x) for x in start.split(":"))
    clock = Clock(datetime(2026, 3, 12, h, m, tzinfo=zone) - timedelta(minutes=5))
    reminders = Reminders(ops, clock)
    notes: list[tuple[str, str]] = []
    counts: list[int] = []
    reminders.notify.connect(lambda t, msg: notes.append((t, msg)))
    reminders.count_changed.connect(counts.append)
    reminders.start()
    due = len(ops._services.planning.agenda())
    assert counts == [due]
    # Five minutes before the working day: no morning note yet (a meeting at the start of
    # the day may already be announced as coming up).
    assert [n for n in notes if n[0] == "Good morning"] == []
    clock.now += timedelta(minutes=6)
    reminders.check()
    assert [n for n in notes if n[0] == "Good morning"] == [
        ("Good morning", f"{due} touches due today.")
    ]
    reminders.check()
    assert len([n for n in notes if n[0] == "Good morning"]) == 1  # once a day
    reminders.timer.stop()
    ops.shutdown()


def test_reminder_before_a_meeting(qtbot, book_path):
    from datetime import date

    clock = Clock(datetime(2026, 3, 12, 12, tzinfo=UTC))
    ops, _ = make(qtbot, book_path, clock)
    meeting = next(
        t
        for t in ops._services.planning.plan(date(2026, 3, 13), date(2026, 5, 1))
        if t.channel in ("meeting", "video") and t.due_at is not None
    )
    starts = meeting.due_at.replace(tzinfo=UTC)
    clock.now = starts - timedelta(minutes=30)  # the services' today moves with it
    reminders = Reminders(ops, clock, minutes_before=15)
    notes: list[tuple[str, str]] = []
    reminders.notify.connect(lambda t, msg: notes.append((t, msg)))
    reminders.start()
    reminders.morning_done = reminders.data.today  # only the meeting reminder matters here
    notes.clear()
    assert any(t.id == meeting.id for t in reminders.data.due)
    reminders.check()
    assert not [n for n in notes if meeting.client in n[1]]  # 30 minutes ahead: not yet
    clock.now = starts - timedelta(minutes=10)
    reminders.check()
    mine = [n for n in notes if meeting.client in n[1]]
    assert len(mine) == 1
    assert mine[0][0].startswith("Coming up")
    reminders.check()
    assert len([n for n in notes if meeting.client in n[1]]) == 1
    reminders.timer.stop()
    ops.shutdown()


def test_badge_icon_draws_the_count(qtbot):
    icon = badge_icon(QIcon(), 7)
    assert not icon.isNull()
    assert not icon.pixmap(32, 32).isNull()


def test_window_shows_the_due_count_in_the_navigation(window, qtbot):
    qtbot.waitUntil(lambda: window.reminders is not None and window.reminders.data is not None)
    due = len(window.ops._services.planning.agenda())
    assert window.nav.item(0).text() == f"Today  ({due})"
    assert window.tray is None  # no tray in tests (and none offscreen)
