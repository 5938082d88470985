"""Reminders: the number of due touches, a note at the start of the working day, and one
a few minutes before each meeting. The clock is injected, so tests set the time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ui.formats import time_text

if TYPE_CHECKING:
    from planner.app import Services
    from planner.services.views import TouchView
    from ui.operations import Operations

CHECK_EVERY_MS = 30_000
MINUTES_BEFORE = 15


@dataclass(slots=True)
class ReminderData:
    """The day as the reminders see it: how many touches are due, and only the meetings
    and video calls still ahead (calls are many and short: the agenda covers them)."""

    today: date
    count: int
    ahead: tuple[TouchView, ...]
    work_start: time
    working: bool
    timezone: str
    work_end: time


def parse_hhmm(text: str) -> time:
    h, m = (int(x) for x in text.split(":"))
    return time(h, m)


def load_reminders(services: Services) -> ReminderData:
    """On the worker: one service call, one read of the book (never the day's touches)."""
    found = services.agenda.reminders()
    return ReminderData(
        today=found.day,
        count=found.due,
        ahead=found.ahead,
        work_start=parse_hhmm(found.work_start),
        working=found.working,
        timezone=found.timezone,
        work_end=parse_hhmm(found.work_end),
    )


class Reminders(QObject):
    notify = Signal(str, str)  # title, message
    count_changed = Signal(int)

    def __init__(
        self,
        ops: Operations,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
        minutes_before: int = MINUTES_BEFORE,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.clock = clock
        self.minutes_before = minutes_before
        self.data: ReminderData | None = None
        self.morning_done: date | None = None
        self._asked_for: date | None = None  # the new day whose agenda was asked for
        self.notified: set[int] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    new_day = Signal()  # the date changed: whoever feeds the reminders should reload

    def start(self, *, load: bool = True) -> None:
        """Start checking; `load=False` when the window feeds Today's data instead (it
        does so after each Today load; `new_day` is for a change of date only: it also
        runs the daily planning step)."""
        self.timer.start()
        self.self_loading = load
        if load:
            self.reload()

    self_loading = True

    def forget_book(self) -> None:
        """Another book was opened: what was said of the last one does not hold for it
        (its morning note, the meetings announced: touch ids are the book's own), and its
        data goes until the new book's arrives."""
        self.data = None
        self.morning_done = None
        self._asked_for = None
        self.notified.clear()

    def reload(self) -> None:
        if not self.self_loading:
            self.new_day.emit()
        elif self.ops.has_book:
            self.ops.query(load_reminders, self.feed, self._failed)

    def _failed(self, _exc: BaseException) -> None:
        self._asked_for = None  # the next check asks again

    def feed(self, data: ReminderData) -> None:
        """New agenda data (from our own query, or from the Today view's)."""
        self._loaded(data)

    def _loaded(self, data: ReminderData) -> None:
        self.data = data
        self.count_changed.emit(data.count)
        self.check()

    def _local_now(self) -> datetime:
        now = self.clock()
        if self.data is not None:
            from zoneinfo import ZoneInfo

            now = now.astimezone(ZoneInfo(self.data.timezone))
        return now

    def check(self) -> None:
        data = self.data
        if data is None:
            return
        now = self._local_now()
        if now.date() != data.today:
            if self._asked_for != now.date():  # once: the window's reload may take a while
                self._asked_for = now.date()
                self.reload()  # a new day: read the new agenda first
            return
        if data.working and self.morning_done != data.today and now.time() >= data.work_start:
            self.morning_done = data.today
            if now.time() < data.work_end:  # not once the working day is over
                self.notify.emit(
                    self.tr("Good morning"),
                    self.tr("%n touch(es) due today.", "", data.count),
                )
        now_utc = self.clock().astimezone(UTC).replace(tzinfo=None)
        window = timedelta(minutes=self.minutes_before)
        for t in data.ahead:
            if t.due_at is None or t.id in self.notified:
                continue
            ahead = t.due_at - now_utc
            if timedelta(0) <= ahead <= window:
                self.notified.add(t.id)
                from ui.texts import channel_name

                local = t.due_at.replace(tzinfo=UTC).astimezone(now.tzinfo)
                self.notify.emit(
                    self.tr("Coming up: {channel}").format(channel=channel_name(t.channel)),
                    self.tr("{client} at {time}").format(client=t.client, time=time_text(local)),
                )


def badge_icon(base: QIcon, count: int) -> QIcon:
    """The app icon with the number of due touches in a corner."""
    pm = base.pixmap(64, 64)
    if pm.isNull():
        pm = QPixmap(64, 64)
        pm.fill(QColor(40, 110, 200))
    if count > 0:
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor(208, 60, 60))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(28, 0, 36, 36)
        p.setPen(QColor(255, 255, 255))
        f = QFont()
        f.setBold(True)
        f.setPixelSize(20 if count < 100 else 14)
        p.setFont(f)
        p.drawText(
            28, 0, 36, 36, Qt.AlignmentFlag.AlignCenter, str(count) if count < 1000 else "999+"
        )
        p.end()
    return QIcon(pm)


class Tray(QObject):
    """The system tray icon, only where the desktop has a tray."""

    def __init__(self, reminders: Reminders, icon: QIcon, window: Any) -> None:
        super().__init__(window)
        self.icon = QSystemTrayIcon(icon, self)
        self.base_icon = icon
        self.window = window
        menu = QMenu()
        self.show_action = menu.addAction("")
        self.show_action.triggered.connect(self._show_window)
        menu.addSeparator()
        self.quit_action = menu.addAction("")
        self.quit_action.triggered.connect(window.close)
        self.menu = menu
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._activated)
        reminders.notify.connect(self._notify)
        reminders.count_changed.connect(self._count)
        self.retranslate()
        self.icon.show()

    def retranslate(self) -> None:
        self.show_action.setText(self.tr("Show Contact Planner"))
        self.quit_action.setText(self.tr("Quit"))

    def _count(self, n: int) -> None:
        self.icon.setIcon(badge_icon(self.base_icon, n))
        self.icon.setToolTip(self.tr("Contact Planner: %n touch(es) due today", "", n))

    def _notify(self, title: str, message: str) -> None:
        self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 10_000)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._show_window()

    def _show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        if hasattr(self.window, "show_view"):
            self.window.show_view("today")
