"""Today's agenda as a two-level model: channels ("Calls 12/20"), then their touches."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ui.formats import day_text, local_time_text, set_zone
from ui.reasons import reason_text
from ui.texts import channel_group, purpose_name

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from planner.services.views import TouchView

Index = QModelIndex | QPersistentModelIndex
ACCENT_OVERDUE = QColor(214, 90, 49)
ACCENT_OVER = QColor(200, 60, 60)
CHANNEL_ORDER = (
    "meeting",
    "video",
    "call",
    "sms",
    "whatsapp",
    "viber",
    "telegram",
    "email",
    "letter",
)


@dataclass(slots=True)
class TodayData:
    """What Today shows, read in one go on the worker thread."""

    today: date
    due: list[TouchView]
    done: list[TouchView]
    capacity: dict[str, int]
    clients: int = 0
    work_start: str = "09:00"  # for the reminders, read in the same go
    working: bool = True
    timezone: str = "UTC"


@dataclass(slots=True)
class Group:
    channel: str
    touches: list[TouchView] = field(default_factory=list)
    used: int = 0
    capacity: int | None = None

    @property
    def over(self) -> bool:
        return self.capacity is not None and self.used > self.capacity


def load_today(services: Any) -> TodayData:
    """Runs on the worker thread: agenda, what was done today, and the capacities."""
    today = services.uiextras.today()
    values = services.settings.all()
    capacity = {k.split(".", 1)[1]: int(v) for k, v in values.items() if k.startswith("capacity.")}
    return TodayData(
        today=today,
        due=services.planning.agenda(today),
        done=services.uiextras.done_on(today),
        capacity=capacity,
        clients=services.clients.count(),
        work_start=values["calendar.work_start"],
        working=services.planning.calendar().is_working(today),
        timezone=values["calendar.timezone"],
    )


class AgendaModel(QAbstractItemModel):
    TouchRole = Qt.ItemDataRole.UserRole + 1
    COLUMNS = ("client", "tier", "purpose", "due", "reason")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.groups: list[Group] = []
        self.today: date | None = None

    def set_data(self, data: TodayData) -> None:
        self.beginResetModel()
        try:
            set_zone(data.timezone)
            self.today = data.today
            groups: dict[str, Group] = {}
            for t in data.due:
                groups.setdefault(t.channel, Group(t.channel)).touches.append(t)
            for t in data.done:
                if t.channel in groups or t.channel in data.capacity:
                    groups.setdefault(t.channel, Group(t.channel)).used += 1
            for g in groups.values():
                g.used += len(g.touches)
                g.capacity = data.capacity.get(g.channel)
                g.touches.sort(key=lambda t: (t.due, t.due_at or t.due, t.tier, t.client))
            order = {c: i for i, c in enumerate(CHANNEL_ORDER)}
            self.groups = sorted(
                (g for g in groups.values() if g.touches),
                key=lambda g: order.get(g.channel, 99),
            )
        finally:
            self.endResetModel()

    def touches(self) -> list[TouchView]:
        return [t for g in self.groups for t in g.touches]

    def index_of(self, touch_id: int) -> QModelIndex:
        for gi, g in enumerate(self.groups):
            for ti, t in enumerate(g.touches):
                if t.id == touch_id:
                    return self.index(ti, 0, self.index(gi, 0))
        return QModelIndex()

    def touch_at(self, index: Index) -> TouchView | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        g = self.groups[index.internalId() - 1]
        return g.touches[index.row()] if index.row() < len(g.touches) else None

    # --- Qt model API ------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()].touches)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("AgendaModel", "Client"),
            translate("AgendaModel", "Tier"),
            translate("AgendaModel", "Purpose"),
            translate("AgendaModel", "Due"),
            translate("AgendaModel", "Why"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self.groups[index.row()], index.column(), role)
        t = self.touch_at(index)
        if t is None:
            return None
        if role == self.TouchRole:
            return t.id
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._touch_text(t, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "reason":
                return reason_text(t.reasons, t.reason)
            if col == "client" and t.company:
                return f"{t.client} — {t.company}"
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == "due" and self._overdue(t):
            return QBrush(ACCENT_OVERDUE)
        return None

    def _overdue(self, t: TouchView) -> bool:
        return self.today is not None and t.due < self.today

    def _touch_text(self, t: TouchView, col: str) -> str:
        if col == "client":
            return t.client  # the company is in the tooltip and on the card
        if col == "tier":
            return t.tier
        if col == "purpose":
            return purpose_name(t.purpose)
        if col == "due":
            if self.today is not None and t.due < self.today:
                days = (self.today - t.due).days
                return QCoreApplication.translate("AgendaModel", "%n day(s) overdue", "", days)
            if t.due_at is not None:
                return local_time_text(t.due_at)
            return translate("AgendaModel", "today") if t.due == self.today else day_text(t.due)
        return reason_text(t.reasons, t.reason)

    def _group_data(self, g: Group, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            if g.capacity is None:
                return f"{channel_group(g.channel)}  {g.used}"
            return f"{channel_group(g.channel)}  {g.used}/{g.capacity}"
        if role == Qt.ItemDataRole.FontRole and column == 0:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and g.over:
            return QBrush(ACCENT_OVER)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return translate(
                "AgendaModel", "Touches today (due and done) against the channel's daily capacity"
            )
        return None
