"""The Book table: a model over client ids that fetches rows a page at a time when shown.

Like Anki's browser table: a search returns ids (sorted in SQL), `data()` asks for the
page a row is on, and pages arrive from the operations layer. No item per client.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor

from ui.formats import day_text
from ui.texts import channel_name, status_name

if TYPE_CHECKING:
    from planner.app import Services
    from planner.services.views import ClientRow
    from ui.operations import Operations

PAGE = 200
ACCENT_RISK = QColor(214, 90, 49)  # readable on light and dark palettes
Index = QModelIndex | QPersistentModelIndex

# column key, header, SQL sort key (None: not sortable in SQL)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("name", "name"),
    ("company", "company"),
    ("tier", "tier"),
    ("status", "status"),
    ("phone", None),
    ("email", None),
    ("next_due", "next_due"),
    ("tags", None),
)


def column_title(key: str) -> str:
    titles = {
        "name": QCoreApplication.translate("ClientTableModel", "Name"),
        "company": QCoreApplication.translate("ClientTableModel", "Company"),
        "tier": QCoreApplication.translate("ClientTableModel", "Tier"),
        "status": QCoreApplication.translate("ClientTableModel", "Status"),
        "phone": QCoreApplication.translate("ClientTableModel", "Phone"),
        "email": QCoreApplication.translate("ClientTableModel", "E-mail"),
        "next_due": QCoreApplication.translate("ClientTableModel", "Next touch"),
        "tags": QCoreApplication.translate("ClientTableModel", "Tags"),
    }
    return titles[key]


class ClientTableModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, ops: Operations, parent: Any = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._ids: list[int] = []
        self._pages: dict[int, list[ClientRow]] = {}
        self._asked: set[int] = set()
        self._wanted: set[int] = set()
        self._generation = 0
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._fetch_wanted)
        self.on_page: Callable[[], None] | None = None  # tests: a page arrived

    # --- the id list -------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[int]) -> None:
        """Show a new id list (a new search, filter or sort). The reset cannot half-fail."""
        self.beginResetModel()
        try:
            self._generation += 1
            self._ids = list(ids)
            self._pages.clear()
            self._asked.clear()
            self._wanted.clear()
        finally:
            self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, client_id: int) -> int | None:
        try:
            return self._ids.index(client_id)
        except ValueError:
            return None

    def invalidate(self, client_ids: Sequence[int] | None = None) -> None:
        """Forget cached rows (of these clients, or all) so they are fetched again."""
        if client_ids is None:
            pages = set(self._pages)
        else:
            wanted = set(client_ids)
            pages = {i // PAGE for i, cid in enumerate(self._ids) if cid in wanted}
        for page in pages:
            self._pages.pop(page, None)
            self._asked.discard(page)
        for page in pages:
            first = page * PAGE
            last = min(len(self._ids), first + PAGE) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def cached_row(self, row: int) -> ClientRow | None:
        page = self._pages.get(row // PAGE)
        if page is None:
            return None
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    # --- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section][0])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if role == self.IdRole:
            return self.id_at(row)
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            return None
        item = self.cached_row(row)
        if item is None:
            self._want(row // PAGE)
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "name" and item.at_risk:
                return QBrush(ACCENT_RISK)
            if item.status != "active":
                return QBrush(QColor(128, 128, 128))
            return None
        if role == Qt.ItemDataRole.FontRole:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "name" and item.at_risk:
                return QCoreApplication.translate(
                    "ClientTableModel", "At risk: long past their usual interval"
                )
            return None
        return self._display(item, key)

    @staticmethod
    def _display(item: ClientRow, key: str) -> str:
        if key == "status":
            return status_name(item.status)
        if key == "next_due":
            if item.next_due is None:
                return ""
            return f"{day_text(item.next_due)} · {channel_name(item.next_channel or '')}"
        value = getattr(item, key)
        if isinstance(value, date):
            return day_text(value)
        return "" if value is None else str(value)

    def sort_key(self, column: int) -> str | None:
        return COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None

    # --- lazy pages --------------------------------------------------------------------------
    def _want(self, page: int) -> None:
        if page in self._asked:
            return
        self._asked.add(page)
        self._wanted.add(page)
        if not self._flush.isActive():
            self._flush.start()  # fetch after this paint, never re-entrantly inside data()

    def _fetch_wanted(self) -> None:
        pages = sorted(self._wanted)
        self._wanted.clear()
        generation = self._generation
        for page in pages:
            ids = self._ids[page * PAGE : (page + 1) * PAGE]

            def fetch(services: Services, ids: list[int] = ids) -> list[ClientRow]:
                rows: list[ClientRow] = services.clients.rows(ids)
                return rows

            def arrived(rows: list[ClientRow], page: int = page) -> None:
                self._page_arrived(generation, page, rows)

            def failed(_exc: BaseException, page: int = page) -> None:
                self._asked.discard(page)

            self.ops.query(fetch, arrived, failed)

    def _page_arrived(self, generation: int, page: int, rows: list[ClientRow]) -> None:
        if generation != self._generation:
            return
        by_id = {r.id: r for r in rows}
        ids = self._ids[page * PAGE : (page + 1) * PAGE]
        # A client deleted meanwhile leaves a hole; keep row positions stable with None.
        self._pages[page] = [by_id.get(cid) for cid in ids]  # type: ignore[misc]
        first = page * PAGE
        last = first + len(ids) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        if self.on_page is not None:
            self.on_page()
