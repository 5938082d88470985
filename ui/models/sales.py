"""Sales as a table model over the plain `SaleView`s of the sales service (newest first)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.formats import day_text
from ui.money import money_text, quantity_text

if TYPE_CHECKING:
    from planner.services.salesviews import SaleView

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("day", "client", "items", "total", "note")


def items_text(sale: SaleView) -> str:
    """'Water filter × 1, Cartridge × 2'."""
    return ", ".join(f"{ln.name} × {quantity_text(ln.quantity_milli)}" for ln in sale.lines)


def column_title(key: str) -> str:
    titles = {
        "day": translate("SalesModel", "Date"),
        "client": translate("SalesModel", "Client"),
        "items": translate("SalesModel", "Items"),
        "total": translate("SalesModel", "Total"),
        "note": translate("SalesModel", "Note"),
    }
    return titles.get(key, key)


class SalesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sales: list[SaleView] = []

    def set_sales(self, sales: Sequence[SaleView]) -> None:
        self.beginResetModel()
        try:
            self.sales = list(sales)
        finally:
            self.endResetModel()

    def sale_at(self, row: int) -> SaleView | None:
        return self.sales[row] if 0 <= row < len(self.sales) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sales)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        sale = self.sale_at(index.row()) if index.isValid() else None
        if sale is None:
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("items", "note"):
            return items_text(sale) if key == "items" else sale.note
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if key == "day":
            return day_text(sale.day)
        if key == "client":
            return sale.client
        if key == "items":
            return items_text(sale)
        if key == "total":
            return money_text(sale.total_minor, sale.currency)
        return sale.note or ""
