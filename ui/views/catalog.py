"""Catalog: the products and services, their related items and tier prices; add, edit,
stop selling. Sales and price lists read from here."""

from __future__ import annotations

import html
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import ask
from ui.models.catalog import CatalogData, CatalogModel, warranty_text
from ui.money import amount_text, money_text, percent_text, unit_label
from ui.ops import catalog as catalog_ops
from ui.texts import error_text, related_kind_name, tier_name
from ui.views.page import Page

if TYPE_CHECKING:
    from planner.services.result import Result
    from planner.services.salesviews import ItemInput, ItemView
    from planner.services.views import Changes
    from ui.operations import Operations


def title_font_label() -> QLabel:
    label = QLabel()
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * 1.4)
    f.setBold(True)
    label.setFont(f)
    return label


class CatalogView(Page):
    loaded = Signal()
    status = Signal(str)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.data = CatalogData()
        self.item_dialog: Any = None

        self.title = title_font_label()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._apply_filter())
        self.inactive = QCheckBox()
        self.inactive.toggled.connect(lambda _b: self._apply_filter())
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addSpacing(12)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.inactive)
        bar.addStretch(1)
        bar.addWidget(self.count)

        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.active_button = QPushButton()
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.active_button.clicked.connect(self.toggle_active)
        actions = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.active_button):
            actions.addWidget(b)
        actions.addStretch(1)

        self.model = CatalogModel(self)
        self.table = QTableView()
        self.table.setObjectName("catalog-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((80, 220, 120, 50, 110, 90)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _i: self.edit_item())  # Enter or double-click
        new = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_item)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("catalog-splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([860, 340])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        self.retranslate()
        self._show(None)

    # --- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Catalog"))
        self.search.setPlaceholderText(self.tr("Filter by code, name or category…"))
        self.inactive.setText(self.tr("Show items no longer sold"))
        self.new_button.setText(self.tr("New item…"))
        self.new_button.setToolTip(self.tr("Add a product or service (Insert)"))
        self.edit_button.setText(self.tr("Edit…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self.model.layoutChanged.emit()
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount() - 1):  # never narrower than the title
            needed = header.sectionSizeFromContents(col).width()
            if self.table.columnWidth(col) < needed:
                self.table.setColumnWidth(col, needed)
        self._update_count()
        self._show(self.current_item())

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n item(s)", "", self.model.rowCount()))

    # --- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        catalog_ops.load(self.ops, self._loaded)

    def concerns(self, changes: Changes) -> bool:
        return changes.catalog or changes.settings

    def _loaded(self, data: CatalogData) -> None:
        self.data = data
        code, self._select_after = self._select_after, None
        if code and not self.inactive.isChecked():
            saved = next((it for it in data.items if it.code == code), None)
            if saved is not None and not saved.active:
                self.inactive.blockSignals(True)
                self.inactive.setChecked(True)
                self.inactive.blockSignals(False)
        self._apply_filter(code)
        self.loaded.emit()

    _select_after: str | None = None

    def _apply_filter(self, select: str | None = None) -> None:
        item = self.current_item()
        current = select or (item.code if item is not None else None)
        needle = self.search.text().strip().casefold()
        shown = [
            it
            for it in self.data.items
            if (it.active or self.inactive.isChecked())
            and (not needle or needle in f"{it.code} {it.name} {it.category or ''}".casefold())
        ]
        self.model.set_items(shown)
        self._update_count()
        row = self.model.row_of(current) if current else None
        if row is None and shown:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        else:
            self._show(None)

    # --- selection ---------------------------------------------------------------------------
    def current_item(self) -> ItemView | None:
        return self.model.item_at(self.table.currentIndex().row())

    def select_code(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row is not None:
            self.table.selectRow(row)
        return row is not None

    def _current_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        self._show(self.model.item_at(current.row()) if current.isValid() else None)

    def _show(self, item: ItemView | None) -> None:
        self.edit_button.setEnabled(item is not None)
        self.active_button.setEnabled(item is not None)
        sold = item is None or item.active
        self.active_button.setText(self.tr("Stop selling") if sold else self.tr("Sell again"))
        if item is None:
            empty = self.tr("The catalog is empty. Add the products and services you sell.")
            text = self.tr("Select an item.") if self.data.items else empty
            self.detail.setHtml(f"<p style='color:gray'>{html.escape(text)}</p>")
            return
        self.detail.setHtml(self.detail_html(item))

    def detail_html(self, item: ItemView) -> str:
        e = html.escape
        parts = [f"<h3>{e(item.name)}</h3>", f"<p style='color:gray'>{e(item.code)}"]
        if item.category:
            parts.append(f" · {e(item.category)}")
        parts.append("</p>")
        price = money_text(item.price_minor, item.currency)
        label_price, label_benefits = self.tr("List price"), self.tr("Benefits")
        label_related, label_tiers = self.tr("Goes with"), self.tr("Price by tier")
        parts.append(f"<p><b>{e(label_price)}:</b> {e(price)} / {e(unit_label(item.unit))}")
        if item.warranty_months:
            label = self.tr("Warranty")
            parts.append(f"<br><b>{e(label)}:</b> {e(warranty_text(item.warranty_months))}")
        parts.append("</p>")
        if item.benefits:
            parts.append(f"<p><b>{e(label_benefits)}</b><br>{e(item.benefits)}</p>")
        if item.related:
            parts.append(f"<p><b>{e(label_related)}</b></p><ul>")
            for r in item.related:
                parts.append(f"<li>{e(r.name)} <i>({e(related_kind_name(r.kind))})</i></li>")
            parts.append("</ul>")
        parts.append(f"<p><b>{e(label_tiers)}</b></p><table cellpadding='2'>")
        rules = self.data.prices_of(item.code)
        for t in self.data.tiers:
            rule = rules.get(t.code)
            if rule is None:
                how, effective = self.tr("list price"), item.price_minor
            elif rule.price_minor is not None:
                how, effective = self.tr("own price"), rule.effective_minor
            else:
                how = self.tr("{discount} off").format(discount=percent_text(rule.discount_bp or 0))
                effective = rule.effective_minor
            parts.append(
                f"<tr><td>{e(t.code)} · {e(tier_name(t.name))}</td>"
                f"<td align='right'><b>{e(money_text(effective, item.currency))}</b></td>"
                f"<td style='color:gray'>{e(how)}</td></tr>"
            )
        parts.append("</table>")
        return "".join(parts)

    # --- changes -----------------------------------------------------------------------------
    def new_item(self) -> None:
        self._open_dialog(None)

    def edit_item(self) -> None:
        item = self.current_item()
        if item is not None:
            self._open_dialog(item)

    def _open_dialog(self, item: ItemView | None) -> None:
        from ui.dialogs.catalog_item import ItemDialog

        dlg = ItemDialog(self.ops, self.data, item, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.saved.connect(self._saved)
        dlg.finished.connect(lambda _r: setattr(self, "item_dialog", None))
        self.item_dialog = dlg
        dlg.open()

    def _saved(self, code: str) -> None:
        """The dialog saved; the catalog change that follows reloads and selects the item."""
        self._select_after = code
        self.status.emit(self.tr("Catalog item {code} saved.").format(code=code))

    def toggle_active(self) -> None:
        item = self.current_item()
        if item is None:
            return
        code = item.code
        data: ItemInput | None = None
        if item.active:
            text = self.tr("{name} is no longer sold; past sales keep it.")
        else:
            data = replace(item.to_input(amount_text(item.price_minor, item.currency)), active=True)
            text = self.tr("{name} is sold again.")

        def failed(exc: BaseException) -> None:
            ask.warn(self, self.tr("Could not save"), error_text(exc))

        def done(_result: Result[None]) -> None:
            self.status.emit(text.format(name=item.name))

        catalog_ops.set_item_active(self.ops, code, data, done, failed)
