"""Record a sale: items with quantities at the client's tier prices (override allowed), the
day (never in the future) and a note. Saving starts the after-sale touches at once."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.formats import pydate, qdate
from ui.lifetime import while_alive
from ui.money import amount_text, line_amount, money_text, parse_money, parse_quantity
from ui.ops import sales as sales_ops
from ui.problems import field_problems, shown
from ui.texts import error_text
from ui.widgets.client_picker import ClientPicker
from ui.widgets.form import error_label, show_error

if TYPE_CHECKING:
    from planner.app import Services
    from planner.problems import Problem
    from planner.services.result import Result
    from planner.services.salesviews import ItemView, SaleLineInput, SaleResult, TierPriceView
    from ui.operations import Operations

ITEM, QTY, PRICE, AMOUNT = range(4)


@dataclass
class SaleForm:
    items: list[ItemView] = field(default_factory=list)
    prices: list[TierPriceView] = field(default_factory=list)
    today: date = date(2000, 1, 1)
    currency: str = "EUR"

    def tier_price(self, code: str, tier: str | None) -> int | None:
        item = next((i for i in self.items if i.code == code), None)
        if item is None:
            return None
        rule = next((p for p in self.prices if p.code == code and p.tier == tier), None)
        return rule.effective_minor if rule is not None else item.price_minor


def load_sale_form(s: Services) -> SaleForm:
    return SaleForm(
        items=s.catalog.items(),
        prices=s.catalog.price_book(),
        today=s.sales.today(),
        currency=str(s.settings.get("book.currency")),
    )


class SaleDialog(QDialog):
    recorded = Signal(object)  # SaleResult

    def __init__(
        self,
        ops: Operations,
        client: tuple[int, str, str] | None = None,  # (id, name, tier)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("record-sale")
        self.ops = ops
        self.form_data = SaleForm()
        self.client_id: int | None = client[0] if client else None
        self.tier: str | None = client[2] if client else None
        self.loaded = False
        self.setMinimumSize(760, 460)

        self.client_label = QLabel(
            f"<b>{html.escape(client[1])}</b> · {html.escape(client[2])}" if client else ""
        )
        self.picker = ClientPicker(ops)
        self.picker.chosen.connect(self._client_chosen)
        self.picker.setVisible(client is None)
        self.client_label.setVisible(client is not None)
        client_box = QHBoxLayout()
        client_box.addWidget(self.client_label)
        client_box.addWidget(self.picker, 1)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setMinimumWidth(140)
        self.day.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.note = QLineEdit()
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        for col, width in ((QTY, 90), (PRICE, 130), (AMOUNT, 130)):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button.clicked.connect(self.remove_line)
        self.total = QLabel()
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_button)
        line_buttons.addWidget(self.remove_button)
        line_buttons.addStretch(1)
        line_buttons.addWidget(self.total)
        add = QShortcut(QKeySequence("Ctrl+Shift+A"), self)
        add.activated.connect(lambda: self.add_line())

        self.labels = {k: QLabel() for k in ("client", "day", "note")}
        self.errors = {k: error_label(k) for k in ("client", "day", "lines", "general")}
        form = QFormLayout()
        for key, w in (("client", client_box), ("day", self.day), ("note", self.note)):
            box = QVBoxLayout()
            box.setSpacing(2)
            if isinstance(w, QHBoxLayout):
                box.addLayout(w)
            else:
                box.addWidget(w)
            if key in self.errors:
                box.addWidget(self.errors[key])
            form.addRow(self.labels[key], box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(line_buttons)
        layout.addWidget(self.errors["lines"])
        layout.addWidget(self.errors["general"])
        layout.addWidget(self.buttons)
        self.retranslate()
        ops.query(load_sale_form, while_alive(self, self._loaded))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a sale"))
        self.labels["client"].setText(self.tr("Client"))
        self.labels["day"].setText(self.tr("&Date"))
        self.labels["day"].setBuddy(self.day)
        self.labels["note"].setText(self.tr("N&ote"))
        self.labels["note"].setBuddy(self.note)
        self.note.setPlaceholderText(self.tr("Optional: order number, what was agreed…"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Quantity"), self.tr("Unit price"), self.tr("Amount")]
        )
        self.add_button.setText(self.tr("&Add item"))
        self.add_button.setToolTip(self.tr("Add a line (Ctrl+Shift+A)"))
        self.remove_button.setText(self.tr("&Remove item"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Record sale"))
        self.update_amounts()

    # --- data --------------------------------------------------------------------------------
    def _loaded(self, data: SaleForm) -> None:
        self.form_data = data
        self.day.setMaximumDate(qdate(data.today))
        self.day.setDate(qdate(data.today))
        self.loaded = True
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        if not data.items:
            show_error(
                self.errors["general"],
                self.tr("The catalog is empty: add items in Catalog before recording sales."),
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        self.add_line()

    def _client_chosen(self, client_id: int) -> None:
        self.client_id = client_id

        def got(summary: Any) -> None:
            if self.client_id == summary.id:
                self.tier = summary.tier
                self.update_amounts()

        sales_ops.client_summary(self.ops, client_id, while_alive(self, got))

    def set_day(self, day: date) -> None:
        self.day.setMaximumDate(QDate(9999, 12, 31))  # tests: try a day after today
        self.day.setDate(qdate(day))

    # --- lines -------------------------------------------------------------------------------
    def add_line(self, code: str | None = None, quantity: str = "1", price: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for it in self.form_data.items:
            combo.addItem(f"{it.name} ({it.code})", it.code)
        completer, line = combo.completer(), combo.lineEdit()  # an editable combo has both
        assert completer is not None
        assert line is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCurrentIndex(combo.findData(code) if code is not None else -1)
        line.setPlaceholderText(self.tr("Type to find an item…"))
        combo.currentIndexChanged.connect(lambda _i: self.update_amounts())
        qty = QLineEdit(quantity)
        unit_price = QLineEdit(price)
        qty.textChanged.connect(lambda _t: self.update_amounts())
        unit_price.textChanged.connect(lambda _t: self.update_amounts())
        self.table.setCellWidget(row, ITEM, combo)
        self.table.setCellWidget(row, QTY, qty)
        self.table.setCellWidget(row, PRICE, unit_price)
        amount = QTableWidgetItem("")
        amount.setFlags(Qt.ItemFlag.ItemIsEnabled)
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, AMOUNT, amount)
        self.table.setCurrentCell(row, ITEM)
        combo.setFocus()
        self.update_amounts()
        return row

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.update_amounts()

    def _widgets(self, row: int) -> tuple[QComboBox, QLineEdit, QLineEdit]:
        combo, qty, price = (self.table.cellWidget(row, c) for c in (ITEM, QTY, PRICE))
        assert isinstance(combo, QComboBox)
        assert isinstance(qty, QLineEdit)
        assert isinstance(price, QLineEdit)
        return combo, qty, price

    def line_code(self, row: int) -> str | None:
        combo = self._widgets(row)[0]
        index = combo.findText(combo.currentText())
        return combo.itemData(index) if index >= 0 else None

    def update_amounts(self) -> None:
        cur = self.form_data.currency
        total = 0
        for row in range(self.table.rowCount()):
            _combo, qty, price = self._widgets(row)
            code = self.line_code(row)
            tier_price = self.form_data.tier_price(code, self.tier) if code else None
            price.setPlaceholderText(amount_text(tier_price, cur) if tier_price is not None else "")
            price.setToolTip(self.tr("Empty: the client's tier price. Type a price to override."))
            try:
                unit = parse_money(price.text(), cur) if price.text().strip() else tier_price
                amount = line_amount(unit, parse_quantity(qty.text())) if unit is not None else None
            except ValueError:
                amount = None
            cell = self.table.item(row, AMOUNT)
            if cell is not None:
                cell.setText(money_text(amount, cur) if amount is not None else "—")
            total += amount or 0
        self.total.setText(self.tr("Total: {amount}").format(amount=money_text(total, cur)))

    def lines(self) -> list[SaleLineInput]:
        from planner.services.salesviews import SaleLineInput

        out = []
        self._sent_rows: list[int] = []  # table row of each line sent (problems name lines)
        for row in range(self.table.rowCount()):
            combo, qty, price = self._widgets(row)
            code = self.line_code(row) or combo.currentText().strip()
            if not code:
                continue  # an empty line: nothing chosen yet
            self._sent_rows.append(row)
            out.append(SaleLineInput(code, qty.text(), price.text().strip() or None))
        return out

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        if self.client_id is None:
            self._show_problems({"client": self.tr("Choose the client who bought.")})
            self.picker.setFocus()
            return
        client_id, day, lines = self.client_id, pydate(self.day.date()), self.lines()
        note = self.note.text()
        self.buttons.setEnabled(False)

        def done(outcome: Result[SaleResult]) -> None:
            result = outcome.value
            self.buttons.setEnabled(True)
            self.recorded.emit(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            problems = field_problems(exc)
            self._show_problems(dict(problems) if problems else {"": error_text(exc)})

        sales_ops.record_sale(
            self.ops,
            client_id,
            day,
            lines,
            note,
            while_alive(self, done),
            while_alive(self, failed),
        )

    def _show_problems(self, problems: dict[str, Problem | str]) -> None:
        texts: dict[str, list[str]] = {}
        for key, message in problems.items():
            text = shown(message)
            field, _, index = key.partition(".")
            if field == "lines" and index.isdigit():
                rows = getattr(self, "_sent_rows", [])
                row = rows[int(index)] if int(index) < len(rows) else int(index)
                text = self.tr("Line {n}: {problem}").format(n=row + 1, problem=text)
            texts.setdefault(field if field in self.errors else "general", []).append(text)
        for key, label in self.errors.items():
            show_error(label, "\n".join(texts.get(key, [])))

    def error_text(self, key: str) -> str:
        label = self.errors[key]
        return label.text() if not label.isHidden() else ""
