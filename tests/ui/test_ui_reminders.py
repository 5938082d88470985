"""Reminders: the due count, a note when the working day starts, one before meetings."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QIcon

from planner.services.agenda import REMINDED
from ui.operations import Operations
from ui.tray import Reminders, badge_icon, load_reminders


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


def test_no_morning_note_when_the_app_starts_after_the_working_day(qtbot, book_path):
    """Opened in the evening: the day's start has passed, and so has its end; no "Good
    morning" then (nor later that evening), and the next working morning has one again."""
    clock = Clock(datetime(2026, 3, 12, 12, tzinfo=UTC))
    ops, reminders = make(qtbot, book_path, clock)  # one clock: the services' and theirs
    zone = ZoneInfo(ops._services.settings.get("calendar.timezone"))
    end = ops._services.settings.get("calendar.work_end")
    h, m = (int(x) for x in end.split(":"))
    clock.now = datetime(2026, 3, 12, h, m, tzinfo=zone) + timedelta(hours=1)
    notes: list[tuple[str, str]] = []
    reminders.notify.connect(lambda t, msg: notes.append((t, msg)))
    reminders.start()
    assert reminders.data.working
    clock.now += timedelta(hours=1)
    reminders.check()
    assert [n for n in notes if n[0] == "Good morning"] == []
    clock.now = datetime(2026, 3, 13, 10, tzinfo=zone)  # Friday, in working hours
    reminders.check()  # a new day: read again
    reminders.check()
    assert reminders.data.today == clock.now.date()
    assert [n[0] for n in notes if n[0] == "Good morning"] == ["Good morning"]
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
    assert any(t.id == meeting.id for t in reminders.data.ahead)
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


def calls_all_day(book_path, day) -> int:
    """Every planned touch that is not a meeting or a video call becomes a call due on
    `day`: a day with many calls. Returns how many touches are due on the day."""
    with closing(sqlite3.connect(book_path)) as conn:
        conn.execute(
            "UPDATE touch SET channel = 'call', due = ?, due_at = NULL "
            "WHERE status = 'planned' AND channel NOT IN ('meeting', 'video')",
            (day.isoformat(),),
        )
        conn.commit()
        return int(
            conn.execute(
                "SELECT count(*) FROM touch WHERE status = 'planned' AND due <= ?",
                (day.isoformat(),),
            ).fetchone()[0]
        )


def ahead_the_old_way(services, now: datetime) -> list[int]:
    """What the reminders read before: the whole day's agenda, then its meetings and
    video calls not yet begun (the only ones a reminder can still be due for)."""
    utc = now.astimezone(UTC).replace(tzinfo=None)
    day = services.planning.agenda(services.uiextras.today())
    live = [t for t in day if t.channel in REMINDED and t.due_at is not None and t.due_at >= utc]
    return [t.id for t in sorted(live, key=lambda t: (t.due_at, t.id))]


def test_a_day_of_many_calls_is_counted_not_loaded(qtbot, book_path, monkeypatch):
    """The reminders read the day's count and only the meetings and video calls still
    ahead: hundreds of due calls are counted, none of them is read."""
    clock = Clock(datetime(2026, 3, 12, 8, 0, tzinfo=ZoneInfo("Europe/Warsaw")))
    due = calls_all_day(book_path, clock.now.date())
    ops, reminders = make(qtbot, book_path, clock)
    services = ops._services
    expected = ahead_the_old_way(services, clock.now)
    assert due > 200  # many calls
    assert expected  # and some meetings ahead
    monkeypatch.setattr(type(services.planning), "agenda", lambda *_a: pytest.fail("whole day"))
    counts: list[int] = []
    reminders.count_changed.connect(counts.append)
    reminders.start()
    data = reminders.data
    assert data is not None
    assert counts == [data.count] == [due]
    assert [t.id for t in data.ahead] == expected
    assert {t.channel for t in data.ahead} <= set(REMINDED)
    assert len(data.ahead) < due // 10
    # The service holds to its bound, soonest first.
    assert [t.id for t in services.agenda.reminders(at_most=1).ahead] == expected[:1]
    reminders.timer.stop()
    ops.shutdown()


def test_reminders_load_what_they_remind_of_and_nothing_that_has_begun(qtbot, book_path):
    """A meeting that has begun is not read any more; the count is the whole day's."""
    clock = Clock(datetime(2026, 3, 12, 8, 0, tzinfo=ZoneInfo("Europe/Warsaw")))
    ops, _ = make(qtbot, book_path, clock)
    services = ops._services
    first = load_reminders(services)
    assert first.count == len(services.planning.agenda())
    assert [t.id for t in first.ahead] == ahead_the_old_way(services, clock.now)
    assert first.ahead, "the demo day has meetings or video calls"
    started = first.ahead[0]
    clock.now = started.due_at.replace(tzinfo=UTC) + timedelta(minutes=1)
    later = load_reminders(services)
    assert started.id not in {t.id for t in later.ahead}
    assert [t.id for t in later.ahead] == ahead_the_old_way(services, clock.now)
    assert later.count == first.count
    ops.shutdown()


def test_the_tray_follows_a_change_made_while_today_is_hidden(window, qtbot):
    """Marking today off on the Planning screen moves the day's touches away: the due
    count, the working-day flag and the meetings still ahead follow at once, though
    Today itself (hidden) reads again only when shown."""
    qtbot.waitUntil(lambda: window.reminders is not None and window.reminders.data is not None)
    s = window.ops._services
    before = window.reminders.data
    assert before.count > 0
    assert before.working
    window.show_view("planning")
    assert not window.today.isVisible()
    errors: list[BaseException] = []
    window.ops.mutate(
        lambda services: services.planning.set_day(before.today, "off"),
        lambda _r: None,
        errors.append,
    )
    qtbot.waitUntil(lambda: window.reminders.data is not before)
    assert errors == []
    now = s.agenda.reminders()
    assert now.due < before.count
    data = window.reminders.data
    assert (data.count, data.working, data.ahead) == (now.due, False, now.ahead)
    expected = f"Today  ({now.due})" if now.due else "Today"
    assert window.nav.item(0).text() == expected


def test_a_new_day_is_announced_once_while_its_data_is_on_the_way(qtbot, book_path):
    """The window feeds the reminders after Today's load, queued behind the day's
    planning step; a check every 30 s meanwhile must not ask for the step again."""
    clock = Clock(datetime(2026, 3, 12, 12, tzinfo=UTC))
    ops, reminders = make(qtbot, book_path, clock)
    announced: list[None] = []
    reminders.new_day.connect(lambda: announced.append(None))
    reminders.start(load=False)
    assert announced == []  # starting is no new day
    reminders.feed(load_reminders(ops._services))
    clock.now += timedelta(days=1)
    reminders.check()
    reminders.check()  # 30 s later, the new day's data not there yet
    assert len(announced) == 1
    reminders.feed(load_reminders(ops._services))
    assert reminders.data.today == clock.now.astimezone(ZoneInfo(reminders.data.timezone)).date()
    clock.now += timedelta(days=1)
    reminders.check()
    assert len(announced) == 2  # the next day is announced again
    reminders.timer.stop()
    ops.shutdown()


def test_another_book_gets_its_own_morning_note_and_meetings(
    window, qtbot, demo_template, tmp_path
):
    """What the reminders said of one book (its morning note, the meetings announced, by
    touch id) is forgotten when another book is opened: its ids are its own."""
    from tests.ui.conftest import copy_book

    qtbot.waitUntil(lambda: window.reminders is not None and window.reminders.data is not None)
    reminders = window.reminders
    first = reminders.data
    reminders.morning_done = first.today  # the first book's note was given
    reminders.notified.update(t.id for t in first.ahead)
    reminders.notified.add(1)
    other = copy_book(demo_template, tmp_path / "other.sqlite")
    window.open_book(other)
    qtbot.waitUntil(lambda: reminders.data is not None and reminders.data is not first)
    # the new book's working day has not begun at this hour (its zone): no note yet, and
    # none taken as given for it (before: the first book's note stood for the second)
    assert reminders.morning_done is None
    assert reminders.notified.isdisjoint({1} | {t.id for t in first.ahead})
