"""The catalog as a table model over the plain `ItemView`s the catalog service returns.

A catalog holds tens to a few thousand items, read in one service call: rows are plain
data kept in a list, never one widget item per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ui.money import money_text, unit_label
from ui.texts import related_kind_name

if TYPE_CHECKING:
    from planner.app import Services
    from planner.services.salesviews import ItemView, TierPriceView
    from planner.services.views import TierView

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("code", "name", "category", "unit", "price", "warranty", "related")
GREY = QColor(128, 128, 128)


def column_title(key: str) -> str:
    titles = {
        "code": translate("CatalogModel", "Code"),
        "name": translate("CatalogModel", "Name"),
        "category": translate("CatalogModel", "Category"),
        "unit": translate("CatalogModel", "Unit"),
        "price": translate("CatalogModel", "List price"),
        "warranty": translate("CatalogModel", "Warranty"),
        "related": translate("CatalogModel", "Goes with"),
    }
    return titles.get(key, key)


def warranty_text(months: int | None) -> str:
    if not months:
        return ""
    return translate("CatalogModel", "%n month(s)", "", months)


@dataclass
class CatalogData:
    """What the catalog screens need, read in one service call."""

    items: list[ItemView] = field(default_factory=list)
    prices: list[TierPriceView] = field(default_factory=list)
    tiers: list[TierView] = field(default_factory=list)
    currency: str = "EUR"

    def prices_of(self, code: str) -> dict[str, TierPriceView]:
        return {p.tier: p for p in self.prices if p.code == code}


def load_catalog(s: Services) -> CatalogData:
    return CatalogData(
        items=s.catalog.items(include_inactive=True),
        prices=s.catalog.price_book(),
        tiers=s.settings.tiers(),
        currency=str(s.settings.get("book.currency")),
    )


class CatalogModel(QAbstractTableModel):
    CodeRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[ItemView] = []

    def set_items(self, items: Sequence[ItemView]) -> None:
        self.beginResetModel()
        try:
            self.items = list(items)
        finally:
            self.endResetModel()

    def item_at(self, row: int) -> ItemView | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, code: str) -> int | None:
        return next((i for i, it in enumerate(self.items) if it.code == code), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        key = COLUMNS[index.column()]
        if role == self.CodeRole:
            return item.code
        if role == Qt.ItemDataRole.ForegroundRole:
            return GREY if not item.active else None
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "price":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and not item.active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if not item.active:
                return translate("CatalogModel", "Not sold any more: kept for past sales")
            if key == "related" and item.related:
                return "\n".join(f"{r.name} ({related_kind_name(r.kind)})" for r in item.related)
            if key == "name" and item.benefits:
                return item.benefits
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if key == "price":
            return money_text(item.price_minor, item.currency)
        if key == "warranty":
            return warranty_text(item.warranty_months)
        if key == "related":
            return ", ".join(r.name for r in item.related)
        if key == "unit":
            return unit_label(item.unit)
        value = getattr(item, key)
        return "" if value is None else str(value)
