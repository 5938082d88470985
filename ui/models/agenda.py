"""Today's agenda as a two-level model: channels ("Calls 12/20"), then their touches, a page
at a time in the planner's priority order (the services' `agenda.screen` and `agenda.page`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont

from planner.services.agenda_views import ORDER
from ui.formats import day_text, local_time_text, set_zone
from ui.reasons import reason_text
from ui.texts import channel_group, purpose_name

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from planner.app import Services
    from planner.services.agenda_views import AgendaKey, AgendaPage, AgendaScreen
    from planner.services.first_look import FirstLook
    from planner.services.views import TouchView
    from ui.operations import Operations

Index = QModelIndex | QPersistentModelIndex
PAGE = 50  # touches per channel and page
NEAR_END = 10  # showing one of a channel's last rows reads its next page
ACCENT_OVERDUE = QColor(214, 90, 49)
ACCENT_OVER = QColor(200, 60, 60)
CHANNEL_ORDER = ORDER  # the services read the first pages in the order shown


@dataclass(slots=True)
class TodayData:
    """What Today shows first, from one service call (`AgendaService.today`) on the worker
    thread: counts against capacity and first pages, the day and its hours."""

    today: date
    screen: AgendaScreen
    clients: int = 0
    work_start: str = "09:00"  # for the reminders, read in the same go
    working: bool = True
    timezone: str = "UTC"
    # Read from the book's file before the book was opened (planner.services.first_look):
    # shown at once, then replaced by the real load.
    first_look: bool = False

    @classmethod
    def from_first_look(cls, look: FirstLook) -> TodayData:
        # `working` is the calendar's (holidays) and only the reminders read it; they
        # start after the real load, which brings the calendar's answer.
        return cls(
            today=look.today,
            screen=look.screen,
            clients=look.clients,
            work_start=look.work_start,
            timezone=look.timezone,
            first_look=True,
        )

    @property
    def due(self) -> list[TouchView]:
        """The touches of the first pages (the rest is read as the list scrolls)."""
        return [t for page in self.screen.pages.values() for t in page.touches]


@dataclass(slots=True)
class Group:
    channel: str
    touches: list[TouchView] = field(default_factory=list)
    used: int = 0
    capacity: int | None = None
    due: int = 0  # due and overdue planned touches, loaded or not
    next: AgendaKey | None = None  # where the next page starts; None: all loaded
    started: bool = True  # False: not one page read yet (the first screen had enough)
    asked: bool = False  # a page is on its way

    @property
    def over(self) -> bool:
        return self.capacity is not None and self.used > self.capacity


def load_today(services: Services) -> TodayData:
    """Runs on the worker thread: one service call, everything Today shows first."""
    found = services.agenda.today()
    return TodayData(
        today=found.day,
        screen=found.screen,
        clients=found.clients,
        work_start=found.work_start,
        working=found.working,
        timezone=found.timezone,
    )


class AgendaModel(QAbstractItemModel):
    """Channels, then their touches; a channel's further pages are read when its last
    loaded rows are shown (as the list scrolls), on the worker, like the Book's table."""

    TouchRole = Qt.ItemDataRole.UserRole + 1
    COLUMNS = ("client", "tier", "purpose", "due", "reason")

    def __init__(self, ops: Operations | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.groups: list[Group] = []
        self.today: date | None = None
        self._generation = 0
        self._wanted: set[str] = set()
        self._seeking: tuple[int, str, int, Callable[[QModelIndex], None]] | None = None
        self.on_page: Callable[[], None] | None = None  # tests: a page arrived

    def clear(self) -> None:
        """No rows: what Today shows after a failed load (never rows it cannot vouch for)."""
        self.beginResetModel()
        self._generation += 1  # pages still on their way belong to the old rows
        self.groups = []
        self.endResetModel()

    def set_data(self, data: TodayData) -> None:
        self.beginResetModel()
        try:
            set_zone(data.timezone)
            self._generation += 1
            self.today = data.today
            groups = []
            for c in data.screen.channels:
                if not c.due:
                    continue
                page = data.screen.pages.get(c.channel)
                groups.append(
                    Group(
                        c.channel,
                        list(page.touches) if page else [],
                        used=c.due + c.done,
                        capacity=c.capacity,
                        due=c.due,
                        next=page.next if page else None,
                        started=page is not None,
                    )
                )
            order = {c: i for i, c in enumerate(CHANNEL_ORDER)}
            self.groups = sorted(groups, key=lambda g: order.get(g.channel, 99))
        finally:
            self.endResetModel()

    def touches(self) -> list[TouchView]:
        """The touches loaded so far, group by group."""
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

    # --- lazy pages --------------------------------------------------------------------------
    def canFetchMore(self, parent: Index) -> bool:
        g = self._group(parent)
        return g is not None and (g.next is not None or not g.started) and not g.asked

    def fetchMore(self, parent: Index) -> None:
        g = self._group(parent)
        if g is None or not self.canFetchMore(parent) or self.ops is None or self.today is None:
            return
        g.asked = True
        generation, day, channel, after = self._generation, self.today, g.channel, g.next

        def fetch(services: Services) -> AgendaPage:
            return services.agenda.page(day, channel, after, PAGE)

        def failed(_exc: BaseException) -> None:
            g.asked = False

        self.ops.query(fetch, lambda page: self._arrived(generation, g, page), failed)

    def _arrived(self, generation: int, g: Group, page: AgendaPage) -> None:
        if generation != self._generation or g not in self.groups:
            return  # a newer agenda replaced this one: its answer is stale
        g.asked = False
        g.started = True
        g.next = page.next
        if page.touches:
            parent = self.index(self.groups.index(g), 0)
            first = len(g.touches)
            self.beginInsertRows(parent, first, first + len(page.touches) - 1)
            g.touches.extend(page.touches)
            self.endInsertRows()
        self._seek()
        if self.on_page is not None:
            self.on_page()

    def find(self, touch_id: int, channel: str, found: Callable[[QModelIndex], None]) -> None:
        """Read `channel`'s pages until `touch_id` is among its rows, then `found(index)`;
        nothing if its rows run out first (the touch is no longer due) or these rows are
        replaced meanwhile."""
        self._seeking = (touch_id, channel, self._generation, found)
        self._seek()

    def _seek(self) -> None:
        if self._seeking is None:
            return
        touch_id, channel, generation, found = self._seeking
        row = next((i for i, g in enumerate(self.groups) if g.channel == channel), None)
        if generation != self._generation or row is None:
            self._seeking = None
            return
        index = self.index_of(touch_id)
        if index.isValid():
            self._seeking = None
            found(index)
        elif self.canFetchMore(self.index(row, 0)):
            self.fetchMore(self.index(row, 0))
        elif not self.groups[row].asked:
            self._seeking = None  # every row of the channel is read: the touch is gone

    def _group(self, parent: Index) -> Group | None:
        if not parent.isValid() or parent.internalId() != 0 or parent.row() >= len(self.groups):
            return None
        return self.groups[parent.row()]

    def _near_end(self, index: Index) -> None:
        g = self.groups[index.internalId() - 1]
        if g.next is None or g.asked or index.row() < len(g.touches) - NEAR_END:
            return
        self._wish(g)

    def _wish(self, g: Group) -> None:
        if g.asked or g.channel in self._wanted:
            return
        if not self._wanted:
            QTimer.singleShot(0, self._fetch_wanted)  # after this paint, never inside data()
        self._wanted.add(g.channel)

    def _fetch_wanted(self) -> None:
        wanted, self._wanted = self._wanted, set()
        for row, g in enumerate(self.groups):
            if g.channel in wanted:
                self.fetchMore(self.index(row, 0))

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
            g = self.groups[index.row()]
            if not g.started and role == Qt.ItemDataRole.DisplayRole:
                self._wish(g)  # a channel shown without its first page: read it now
            return self._group_data(g, index.column(), role)
        t = self.touch_at(index)
        if t is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            self._near_end(index)
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
