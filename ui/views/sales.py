"""Sales: every sale of a period, newest first, with its lines; record a sale, review the
suggested tiers."""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.formats import day_text, pydate, qdate
from ui.models.sales import SalesModel
from ui.money import money_text, quantity_text, unit_label
from ui.ops import sales as sales_ops
from ui.texts import price_source_name
from ui.views.catalog import title_font_label
from ui.views.page import Page

if TYPE_CHECKING:
    from planner.services.salesviews import SaleView
    from planner.services.views import Changes
    from ui.operations import Operations

translate = QCoreApplication.translate
LIMIT = 2000  # newest sales shown; the footer says when a period holds more
PRESETS = ("month", "last-month", "30", "90", "year", "all", "custom")


def preset_period(preset: str, today: date) -> tuple[date | None, date | None]:
    if preset == "month":
        return today.replace(day=1), today
    if preset == "last-month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if preset in ("30", "90"):
        return today - timedelta(days=int(preset) - 1), today
    if preset == "year":
        return today.replace(month=1, day=1), today
    return None, None


class SalesView(Page):
    loaded = Signal()
    record_requested = Signal()
    suggestions_requested = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.today: date | None = None
        self.truncated = False
        self._generation = 0

        self.title = title_font_label()
        self.preset = QComboBox()
        for _ in PRESETS:
            self.preset.addItem("")
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.start = QDateEdit()
        self.end = QDateEdit()
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.dateChanged.connect(lambda _d: self._dates_edited())
        self.dash = QLabel("—")
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.record_requested)
        self.suggest_button = QPushButton()
        self.suggest_button.clicked.connect(self.suggestions_requested)
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addSpacing(12)
        bar.addWidget(self.preset)
        bar.addWidget(self.start)
        bar.addWidget(self.dash)
        bar.addWidget(self.end)
        bar.addStretch(1)
        bar.addWidget(self.suggest_button)
        bar.addWidget(self.record_button)

        self.model = SalesModel(self)
        self.table = QTableView()
        self.table.setObjectName("sales-table")
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
        for col, width in enumerate((100, 200, 330, 120)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail = QTextBrowser()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("sales-splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([880, 320])
        self.footer = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.footer)
        self.retranslate()

    # --- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sales"))
        names = (
            self.tr("This month"),
            self.tr("Last month"),
            self.tr("Last 30 days"),
            self.tr("Last 90 days"),
            self.tr("This year"),
            self.tr("All time"),
            self.tr("Custom period"),
        )
        for i, name in enumerate(names):
            self.preset.setItemText(i, name)
        self.record_button.setText(self.tr("Record a sale…"))
        self.suggest_button.setText(self.tr("Suggested tiers…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self.model.layoutChanged.emit()
        self._update_footer()
        self._show(self.current_sale())

    def _update_footer(self) -> None:
        sales = self.model.sales
        if not sales:
            self.footer.setText(self.tr("No sales in this period."))
            return
        total = sum(s.total_minor for s in sales)
        text = (
            self.tr("%n sale(s)", "", len(sales))
            + " · "
            + self.tr("total {amount}").format(amount=money_text(total, sales[0].currency))
        )
        if self.truncated:
            text += " · " + self.tr("showing the newest {n}; choose a shorter period").format(
                n=LIMIT
            )
        self.footer.setText(text)

    # --- the period --------------------------------------------------------------------------
    def period(self) -> tuple[date | None, date | None]:
        preset = PRESETS[self.preset.currentIndex()]
        if preset == "custom":
            return pydate(self.start.date()), pydate(self.end.date())
        return preset_period(preset, self.today) if self.today else (None, None)

    def _preset_changed(self, _index: int) -> None:
        custom = PRESETS[self.preset.currentIndex()] == "custom"
        start, end = self.period() if not custom else (None, None)
        for d, value in ((self.start, start), (self.end, end)):
            d.blockSignals(True)
            if value is not None:
                d.setDate(qdate(value))
            d.blockSignals(False)
        all_time = PRESETS[self.preset.currentIndex()] == "all"
        for w in (self.start, self.end, self.dash):
            w.setVisible(not all_time)
        self.requery()

    def _dates_edited(self) -> None:
        if PRESETS[self.preset.currentIndex()] != "custom":
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(PRESETS.index("custom"))
            self.preset.blockSignals(False)
        self.requery()

    def set_period(self, start: date, end: date) -> None:
        self.preset.setCurrentIndex(PRESETS.index("custom"))
        self.start.setDate(qdate(start))
        self.end.setDate(qdate(end))

    # --- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        if self.today is None:

            def got(today: date) -> None:
                self.today = today
                self._preset_changed(self.preset.currentIndex())

            sales_ops.today(self.ops, got)
            return
        self.requery()

    def requery(self) -> None:
        if self.today is None:
            return
        self._generation += 1
        generation = self._generation
        start, end = self.period()
        if start and end and end < start:
            start, end = end, start

        def got(sales: list[SaleView]) -> None:
            if generation != self._generation:
                return
            self.truncated = len(sales) > LIMIT
            current = self.current_sale()
            self.model.set_sales(sales[:LIMIT])
            rows = [i for i, s in enumerate(self.model.sales) if current and s.id == current.id]
            if rows or self.model.sales:
                self.table.selectRow(rows[0] if rows else 0)
            else:
                self._show(None)
            self._update_footer()
            self.loaded.emit()

        sales_ops.sales_of_period(self.ops, start, end, LIMIT + 1, got)

    def concerns(self, changes: Changes) -> bool:
        return bool(changes.sales or changes.catalog or changes.all_clients or changes.clients)

    # --- the selected sale -------------------------------------------------------------------
    def current_sale(self) -> SaleView | None:
        return self.model.sale_at(self.table.currentIndex().row())

    def _current_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        self._show(self.model.sale_at(current.row()) if current.isValid() else None)

    def _show(self, sale: SaleView | None) -> None:
        if sale is None:
            self.detail.setHtml("")
            return
        self.detail.setHtml(sale_html(sale))


def sale_html(sale: SaleView) -> str:
    """One sale as HTML: who, when, each line with its price source, the total."""
    e = html.escape
    rows = []
    for ln in sale.lines:
        unit = money_text(ln.unit_price_minor, sale.currency)
        how = f"{quantity_text(ln.quantity_milli)} {unit_label(ln.unit)} × {unit}"
        rows.append(
            f"<tr><td><b>{e(ln.name)}</b><br><span style='color:gray'>{e(how)} · "
            f"{e(ln.code)} · {e(price_source_name(ln.price_source))}</span></td>"
            f"<td align='right' valign='top'>{e(money_text(ln.amount_minor, sale.currency))}"
            "</td></tr>"
        )
    total = money_text(sale.total_minor, sale.currency)
    total_label = translate("SalesView", "Total")
    note = f"<p><i>{e(sale.note)}</i></p>" if sale.note else ""
    return (
        f"<h3>{e(sale.client)}</h3><p style='color:gray'>{e(day_text(sale.day, long=True))}</p>"
        f"{note}<table width='100%' cellpadding='4'>{''.join(rows)}"
        f"<tr><td><b>{e(total_label)}</b></td>"
        f"<td align='right'><b>{e(total)}</b></td></tr></table>"
    )
