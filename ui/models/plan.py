"""Planning's data: load per day and channel against capacity, and one day's touches.

`DayTouchModel` lists one day's touches and is the source and the target of drag and
drop; `MonthModel` is a 6 x 7 grid of days that accepts drops onto a day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ui.reasons import reason_text
from ui.texts import channel_name, purpose_name

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from planner.app import Services
    from planner.services.views import DayLoad, TouchView

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-contact-planner-touches"
ACCENT_OVER = QColor(200, 60, 60)


@dataclass(slots=True)
class DayInfo:
    day: date
    working: bool
    why: str | None = None  # "weekend" | "holiday" | "day-off" when not working
    holiday: str | None = None
    override: str | None = None  # "off" | "work" set by the salesperson
    loads: list[DayLoad] = field(default_factory=list)

    @property
    def overbooked(self) -> bool:
        return any(is_over(ld) for ld in self.loads)

    @property
    def planned(self) -> int:
        return sum(ld.planned for ld in self.loads)


def is_over(load: DayLoad) -> bool:
    return load.overbooked > 0 or (load.capacity is not None and load.planned > load.capacity)


@dataclass(slots=True)
class PlanData:
    start: date
    end: date
    today: date
    days: dict[date, DayInfo]
    touches: dict[date, list[TouchView]]


HOLIDAY_LANGUAGE = {"en": "en_US", "ru": "ru", "pl": "pl"}


def load_plan(
    services: Services,
    start: date,
    end: date,
    touches_from: date | None,
    touches_to: date | None,
    language: str = "en",
) -> PlanData:
    """Runs on the worker: the period's calendar and load, and touches of a sub-period."""
    from planner.scheduling import WorkingCalendar

    today = services.uiextras.today()
    rules = services.planning.calendar().rules
    # Holiday names in the UI language where the holiday library has them.
    calendar = WorkingCalendar(rules, holiday_language=HOLIDAY_LANGUAGE.get(language, "en_US"))
    overrides = {d: kind for d, kind, _note in services.planning.days()}
    days: dict[date, DayInfo] = {}
    d = start
    while d <= end:
        why = calendar.why_not_working(d)
        days[d] = DayInfo(
            day=d,
            working=why is None,
            why=why.code if why is not None else None,
            holiday=calendar.holiday_name(d),
            override=overrides.get(d),
        )
        d += timedelta(days=1)
    for load in services.planning.load(start, end):
        if load.day in days:
            days[load.day].loads.append(load)
    by_day: dict[date, list[TouchView]] = {}
    if touches_from is not None and touches_to is not None:
        for t in services.planning.plan(touches_from, touches_to):
            by_day.setdefault(t.due, []).append(t)
    return PlanData(start, end, today, days, by_day)


def touch_line(t: TouchView) -> str:
    """Two short lines fit a narrow day column: who, then how and why."""
    return f"{t.client} ({t.tier})\n{channel_name(t.channel)} · {purpose_name(t.purpose)}"


class DayTouchModel(QAbstractListModel):
    """One day's touches; drag them out, drop touches in to move them to this day."""

    TouchRole = Qt.ItemDataRole.UserRole + 1
    dropped = Signal(list, object)  # touch ids, day

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.day: date | None = None
        self.items: list[TouchView] = []
        self.accept_drops = True

    def set_touches(self, day: date | None, touches: list[TouchView]) -> None:
        self.beginResetModel()
        try:
            self.day = day
            self.items = sorted(touches, key=lambda t: (t.channel, t.due_at or t.due, t.client))
        finally:
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        t = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return touch_line(t)
        if role == Qt.ItemDataRole.ToolTipRole:
            return reason_text(t.reasons, t.reason)
        if role == Qt.ItemDataRole.ForegroundRole and t.overbooked:
            return QBrush(ACCENT_OVER)
        if role == Qt.ItemDataRole.FontRole and t.pinned:
            f = QFont()
            f.setItalic(True)
            return f
        if role == self.TouchRole:
            return t.id
        return None

    def touch_at(self, row: int) -> TouchView | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled if self.accept_drops else Qt.ItemFlag.NoItemFlags
        if not index.isValid():
            return base
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | base
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return touches_mime([self.items[i.row()].id for i in indexes if i.isValid()])

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self.accept_drops and self.day is not None and data.hasFormat(MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = touch_ids(data)
        if not ids or self.day is None or not self.accept_drops:
            return False
        own = {t.id for t in self.items}
        moving = [i for i in ids if i not in own]
        if moving:
            self.dropped.emit(moving, self.day)
        return False  # the view reloads from the book; nothing is removed by hand


def touches_mime(ids: list[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME, QByteArray(",".join(str(i) for i in ids).encode()))
    return mime


def touch_ids(data: QMimeData) -> list[int]:
    if not data.hasFormat(MIME):
        return []
    raw = bytes(data.data(MIME).data()).decode()
    return [int(x) for x in raw.split(",") if x.strip().isdigit()]


class MonthModel(QAbstractTableModel):
    """Six weeks of days from the Monday on or before the 1st; drop a touch on a day."""

    DayRole = Qt.ItemDataRole.UserRole + 1
    InfoRole = Qt.ItemDataRole.UserRole + 2
    dropped = Signal(list, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.month = date(2000, 1, 1)  # set_month() gives the real one
        self.first = self.month
        self.data_: PlanData | None = None

    def set_month(self, month: date, data: PlanData | None) -> None:
        self.beginResetModel()
        try:
            self.month = month.replace(day=1)
            self.first = self.month - timedelta(days=self.month.weekday())
            self.data_ = data
        finally:
            self.endResetModel()

    def day_at(self, index: Index) -> date:
        return self.first + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        n = (day - self.first).days
        return self.index(n // 7, n % 7) if 0 <= n < 42 else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            from ui.texts import weekday_short

            return weekday_short(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day_at(index)
        info = self.data_.days.get(day) if self.data_ else None
        if role == self.DayRole:
            return day
        if role == self.InfoRole:
            return info
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == Qt.ItemDataRole.ToolTipRole and info is not None:
            return day_tooltip(info)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return parent.isValid() and data.hasFormat(MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not parent.isValid():
            return False
        ids = touch_ids(data)
        if ids:
            self.dropped.emit(ids, self.day_at(parent))
        return False


def day_state(info: DayInfo) -> str:
    """Why a day is not a working day, or that it is an extra working day."""
    if info.override == "work" and info.working:
        return translate("Planning", "Extra working day")
    if info.working:
        return ""
    if info.why == "day-off":
        return translate("Planning", "Day off")
    if info.why == "holiday":
        return info.holiday or translate("Planning", "Holiday")
    return translate("Planning", "Weekend")


def load_lines(info: DayInfo) -> list[tuple[str, bool]]:
    """('Calls 18/20', overbooked?) per channel with touches that day."""
    from ui.texts import channel_group

    lines = []
    for ld in sorted(info.loads, key=lambda x: -x.planned):
        cap = f"/{ld.capacity}" if ld.capacity is not None else ""
        lines.append((f"{channel_group(ld.channel)} {ld.planned}{cap}", is_over(ld)))
    return lines


def day_tooltip(info: DayInfo) -> str:
    lines = [t for t, _ in load_lines(info)]
    state = day_state(info)
    if state:
        lines.insert(0, state)
    if info.overbooked:
        lines.append(translate("Planning", "Overbooked: more touches than the capacity allows"))
    return "\n".join(lines) or translate("Planning", "Nothing planned")
