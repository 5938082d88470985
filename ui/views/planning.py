"""Planning: week and month of planned touches against capacity; move touches, days off."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import ask
from ui.formats import day_text, month_title
from ui.models.plan import PlanData
from ui.ops import planning as planning_ops
from ui.texts import error_text
from ui.views.fit_check import FitCheckPanel
from ui.views.month import MonthView
from ui.views.page import Page
from ui.views.week import WeekView

if TYPE_CHECKING:
    from planner.services.views import Changes, TouchView
    from ui.operations import Operations
    from ui.undo import UndoActions


def monday_of(d: date) -> date:
    return d - timedelta(days=d.weekday())


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, 1)


def period_bounds(mode: str, anchor: date) -> tuple[date, date]:
    """A week from Monday, or the six weeks that show a month."""
    if mode == "week":
        start = monday_of(anchor)
        return start, start + timedelta(days=6)
    start = monday_of(anchor.replace(day=1))
    return start, start + timedelta(days=41)


class PlanningView(Page):
    loaded = Signal()

    def __init__(self, ops: Operations, undo: UndoActions, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.undo = undo
        self.mode = "week"
        self.anchor: date | None = None  # a day inside the period shown
        self.selected_day: date | None = None
        self.selected_touch: TouchView | None = None
        self.data: PlanData | None = None
        self._generation = 0

        self.week_button = QToolButton()
        self.month_button = QToolButton()
        for b in (self.week_button, self.month_button):
            b.setCheckable(True)
            b.setToolButtonStyle(b.toolButtonStyle())
        self.week_button.setChecked(True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.week_button)
        group.addButton(self.month_button)
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.month_button.clicked.connect(lambda: self.set_mode("month"))
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.today_button = QPushButton()
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.period = QLabel()
        f = self.period.font()
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        self.period.setFont(f)
        self.move_button = QPushButton()
        self.move_button.clicked.connect(self.move_selected)
        self.off_button = QPushButton()
        self.off_button.clicked.connect(lambda: self.set_day_kind("off"))
        self.work_button = QPushButton()
        self.work_button.clicked.connect(lambda: self.set_day_kind("work"))
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(lambda: self.set_day_kind(None))
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.fit_button = QToolButton()
        self.fit_button.setCheckable(True)
        self.fit_button.toggled.connect(self.show_fit_check)
        self.fit = FitCheckPanel(ops)
        self.fit.setVisible(False)

        bar = QHBoxLayout()
        for w in (self.week_button, self.month_button):
            bar.addWidget(w)
        bar.addSpacing(12)
        for step in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(step)
        bar.addSpacing(12)
        bar.addWidget(self.period, 1)
        for push in (self.move_button, self.off_button, self.work_button, self.clear_button):
            bar.addWidget(push)
        bar.addSpacing(12)
        bar.addWidget(self.fit_button)

        self.week = WeekView()
        self.month = MonthView()
        for v in (self.week, self.month):
            v.dropped.connect(self.move_touches)
            v.day_clicked.connect(self.select_day)
            v.touch_selected.connect(self._touch_selected)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.week)
        self.stack.addWidget(self.month)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.fit)
        layout.addWidget(self.legend)
        self.retranslate()
        self._update_buttons()

    # --- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._render()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.week_button.setText(self.tr("Week"))
        self.month_button.setText(self.tr("Month"))
        self.today_button.setText(self.tr("Today"))
        self.prev_button.setToolTip(self.tr("Previous period"))
        self.next_button.setToolTip(self.tr("Next period"))
        self.move_button.setText(self.tr("Move to…"))
        self.move_button.setToolTip(
            self.tr("Move the selected touch to another day (or drag it there)")
        )
        self.off_button.setText(self.tr("Day off"))
        self.off_button.setToolTip(
            self.tr("Mark the selected day as a day off; the plan re-levels")
        )
        self.work_button.setText(self.tr("Working day"))
        self.work_button.setToolTip(self.tr("Make the selected day an extra working day"))
        self.fit_button.setText(self.tr("Fit check"))
        self.fit_button.setToolTip(
            self.tr("Does the book fit its capacity? The load the tiers ask for, per week")
        )
        self.clear_button.setText(self.tr("Normal day"))
        self.clear_button.setToolTip(self.tr("Remove your day off or extra working day"))
        self.legend.setText(
            self.tr(
                "Drag a touch onto another day to move it. Red: more touches than the "
                "channel's capacity. Italic: moved by hand."
            )
        )
        self._update_period()

    # --- navigation --------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.week_button.setChecked(mode == "week")
        self.month_button.setChecked(mode == "month")
        self.stack.setCurrentWidget(self.week if mode == "week" else self.month)
        self.refresh()

    def step(self, n: int) -> None:
        if self.anchor is None:
            return
        if self.mode == "week":
            self.anchor = self.anchor + timedelta(days=7 * n)
        else:
            self.anchor = add_months(self.anchor, n)
        self.selected_day = None
        self.refresh()

    def go_today(self) -> None:
        self.anchor = self.data.today if self.data else None
        self.selected_day = self.anchor
        self.refresh()

    def _update_period(self) -> None:
        if self.anchor is None:
            self.period.setText("")
            return
        if self.mode == "week":
            start, end = period_bounds("week", self.anchor)
            iso = start.isocalendar()[1]
            self.period.setText(
                self.tr("Week {n}: {start} – {end}").format(
                    n=iso, start=day_text(start), end=day_text(end)
                )
            )
        else:
            self.period.setText(month_title(self.anchor))

    # --- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        self._generation += 1
        generation = self._generation
        anchor, mode, selected = self.anchor, self.mode, self.selected_day
        language = QLocale().name()[:2]

        def period(today: date) -> tuple[date, date, date, date]:
            start, end = period_bounds(mode, anchor or today)
            if mode == "week":
                return start, end, start, end
            day = selected or today
            return start, end, day, day

        def got(data: PlanData) -> None:
            if generation != self._generation:
                return
            self.data = data
            if self.anchor is None:
                self.anchor = data.today
            start, end = period_bounds(self.mode, self.anchor)
            if self.selected_day is None and start <= data.today <= end:
                self.selected_day = data.today
            self._render()
            self.loaded.emit()

        planning_ops.load_plan(self.ops, period, language, got)

    def _render(self) -> None:
        self._update_period()
        if self.data is None or self.anchor is None:
            return
        if self.mode == "week":
            self.week.show_week(self.data, monday_of(self.anchor), self.selected_day)
        else:
            self.month.show_month(self.anchor, self.data, self.selected_day)
            day = self.selected_day
            info = self.data.days.get(day) if day else None
            self.month.show_day(day, info, self.data.touches.get(day, []) if day else [])
        self._update_buttons()

    def on_changes(self, changes: Changes) -> None:
        super().on_changes(changes)
        if self.isVisible() and self.fit.isVisible():
            self.fit.refresh()

    def show_fit_check(self, shown: bool) -> None:
        """The fit check panel (fit_check.py), projected when it is opened."""
        self.fit.setVisible(shown)
        if self.fit_button.isChecked() != shown:
            self.fit_button.setChecked(shown)
        if shown and self.ops.has_book:
            self.fit.refresh()

    # --- selection ---------------------------------------------------------------------------
    def select_day(self, day: date) -> None:
        changed = day != self.selected_day
        self.selected_day = day
        if self.mode == "month" and changed:
            self.selected_touch = None
            self.refresh()  # the side list shows that day's touches
        elif self.mode == "week" and changed and self.data is not None:
            self.week.show_week(self.data, monday_of(self.anchor or day), day)
        self._update_buttons()

    def _touch_selected(self, touch: TouchView | None) -> None:
        self.selected_touch = touch
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.move_button.setEnabled(self.selected_touch is not None)
        has_day = self.selected_day is not None and self.data is not None
        info = (
            self.data.days.get(self.selected_day)
            if self.data is not None and self.selected_day is not None
            else None
        )
        self.off_button.setEnabled(has_day and (info is None or info.override != "off"))
        self.work_button.setEnabled(has_day and (info is None or info.override != "work"))
        self.clear_button.setEnabled(info is not None and info.override is not None)

    # --- changes -----------------------------------------------------------------------------
    def move_selected(self) -> None:
        t = self.selected_touch
        if t is None or self.data is None:
            return
        to = ask.pick_date(
            self,
            self.tr("Move touch"),
            self.tr("Move the touch with {client} to:").format(client=t.client),
            t.due,
            self.data.today,
        )
        if to is not None and to != t.due:
            self.move_touches([t.id], to)

    def move_touches(self, ids: list[int], to: date) -> None:
        if self.data is not None and to < self.data.today:
            ask.warn(self, self.tr("Move touch"), self.tr("A touch cannot be moved into the past."))
            return
        for tid in ids:
            self.undo.move_touch(
                self.tr("Move touch to {day}").format(day=day_text(to)),
                tid,
                to,
                on_error=lambda exc: ask.warn(self, self.tr("Move touch"), error_text(exc)),
            )
        self.selected_touch = None

    def set_day_kind(self, kind: str | None) -> None:
        day = self.selected_day
        if day is None:
            return
        titles = {
            "off": self.tr("Marking {day} as a day off and re-planning…"),
            "work": self.tr("Marking {day} as a working day and re-planning…"),
            None: self.tr("Re-planning around {day}…"),
        }
        planning_ops.set_day(
            self.ops,
            titles[kind].format(day=day_text(day)),
            day,
            kind,
            lambda exc: ask.warn(self, self.tr("Days off"), error_text(exc)),
            self,
        )
