"""The item dialog's two tables: what goes with an item, and its price per tier."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.errors import Invalid
from planner.problems import Problem
from planner.services.salesviews import RELATED_KINDS
from ui.money import amount_text, discounted, money_text, parse_money, parse_percent, percent_text
from ui.problems import problem_message
from ui.texts import related_kind_name, tier_name
from ui.widgets.form import error_label, show_error

if TYPE_CHECKING:
    from planner.services.salesviews import ItemView, RelatedView, TierPriceView
    from planner.services.views import TierView

RULES = ("list", "price", "discount")


class RelatedEditor(QWidget):
    """Rows of (catalog item, kind): consumables, services and accessories to offer next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: list[ItemView] = []
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_row(None, "consumable"))
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.error = error_label("related")
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "What a client who bought this item will need next. Price lists and call "
                "scripts recommend these first."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Kind")])
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))

    def set_related(self, choices: Sequence[ItemView], related: Sequence[RelatedView]) -> None:
        self.choices = list(choices)
        self.table.setRowCount(0)
        for r in related:
            self.add_row(r.code, r.kind)
        self.add_button.setEnabled(bool(self.choices))

    def add_row(self, code: str | None, kind: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QComboBox()
        for it in self.choices:
            item.addItem(f"{it.name} ({it.code})", it.code)
        if code is not None:
            item.setCurrentIndex(max(0, item.findData(code)))
        kinds = QComboBox()
        for k in RELATED_KINDS:
            kinds.addItem(related_kind_name(k), k)
        kinds.setCurrentIndex(max(0, kinds.findData(kind)))
        self.table.setCellWidget(row, 0, item)
        self.table.setCellWidget(row, 1, kinds)
        if code is None:
            self.table.setCurrentCell(row, 0)
            item.setFocus()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def pairs(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for row in range(self.table.rowCount()):
            item = self.table.cellWidget(row, 0)
            kind = self.table.cellWidget(row, 1)
            assert isinstance(item, QComboBox)
            assert isinstance(kind, QComboBox)
            if item.currentData() is not None:
                out.append((str(item.currentData()), str(kind.currentData())))
        return out


class TierPriceEditor(QWidget):
    """One row per tier: the list price, the tier's own price, or a discount off the list."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = "EUR"
        self.list_price: int | None = None
        self.tiers: list[TierView] = []
        self.original: dict[str, tuple[str, str]] = {}
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.error = error_label("tier-prices")
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Each tier pays the list price unless you give it its own price or a "
                "discount (in %) off the list price."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tier"), self.tr("Rule"), self.tr("Price or discount"), self.tr("Result")]
        )
        for row in range(self.table.rowCount()):
            combo = self.rule(row)
            for i, text in enumerate(self._rule_names()):
                combo.setItemText(i, text)
        self.update_results()

    def _rule_names(self) -> tuple[str, str, str]:
        return (self.tr("List price"), self.tr("Own price"), self.tr("Discount, %"))

    def set_rules(
        self, tiers: Sequence[TierView], rules: dict[str, TierPriceView], currency: str
    ) -> None:
        self.currency = currency
        self.tiers = list(tiers)
        self.table.setRowCount(0)
        self.original = {}
        for t in tiers:
            rule = rules.get(t.code)
            if rule is None:
                kind, text = "list", ""
            elif rule.price_minor is not None:
                kind, text = "price", amount_text(rule.price_minor, currency)
            else:
                kind, text = "discount", percent_text(rule.discount_bp or 0).replace("\u00a0%", "")
            self.original[t.code] = (kind, text)
            row = self.table.rowCount()
            self.table.insertRow(row)
            label = QTableWidgetItem(f"{t.code} · {tier_name(t.name)}")
            self.table.setItem(row, 0, label)
            combo = QComboBox()
            for code, name in zip(RULES, self._rule_names(), strict=True):
                combo.addItem(name, code)
            combo.setCurrentIndex(RULES.index(kind))
            value = QLineEdit(text)
            value.setEnabled(kind != "list")
            combo.currentIndexChanged.connect(lambda _i, row=row: self._rule_changed(row))
            value.textChanged.connect(lambda _t: self.update_results())
            self.table.setCellWidget(row, 1, combo)
            self.table.setCellWidget(row, 2, value)
            self.table.setItem(row, 3, QTableWidgetItem(""))
        self.update_results()

    def rule(self, row: int) -> QComboBox:
        w = self.table.cellWidget(row, 1)
        assert isinstance(w, QComboBox)
        return w

    def value(self, row: int) -> QLineEdit:
        w = self.table.cellWidget(row, 2)
        assert isinstance(w, QLineEdit)
        return w

    def set_rule(self, tier: str, kind: str, text: str = "") -> None:
        """Tests and keyboard users: choose a tier's rule and type its value."""
        row = next(i for i, t in enumerate(self.tiers) if t.code == tier)
        self.rule(row).setCurrentIndex(RULES.index(kind))
        self.value(row).setText(text)

    def _rule_changed(self, row: int) -> None:
        kind = self.rule(row).currentData()
        self.value(row).setEnabled(kind != "list")
        if kind == "list":
            self.value(row).clear()
        else:
            self.value(row).setFocus()
        self.update_results()
        self.edited.emit()

    def set_list_price(self, minor: int | None) -> None:
        self.list_price = minor
        self.update_results()

    def _result(self, kind: str, text: str) -> int | None:
        """The tier's price in minor units; raises ValueError for text that does not parse."""
        if kind == "price":
            return parse_money(text, self.currency)
        if self.list_price is None:
            return None
        if kind == "discount":
            return discounted(self.list_price, parse_percent(text))
        return self.list_price

    def update_results(self) -> None:
        for row in range(self.table.rowCount()):
            kind = str(self.rule(row).currentData())
            try:
                minor = self._result(kind, self.value(row).text())
                text = money_text(minor, self.currency) if minor is not None else "—"
            except ValueError:
                text = "?"
            cell = self.table.item(row, 3)
            if cell is not None:
                cell.setText(text)

    def problems(self) -> dict[str, str]:
        """tier code -> what is wrong with its value (translated); empty when all parse."""
        out: dict[str, str] = {}
        for row, t in enumerate(self.tiers):
            kind = str(self.rule(row).currentData())
            if kind == "list":
                continue
            try:
                minor = self._result(kind, self.value(row).text())
            except Invalid as exc:
                out[t.code] = problem_message(exc.problem)
                continue
            if kind == "price" and minor is not None and minor < 0:
                out[t.code] = problem_message(Problem.of("price.negative"))
        lines = [
            self.tr("Tier {tier}: {problem}").format(tier=tier, problem=text)
            for tier, text in out.items()
        ]
        show_error(self.error, "\n".join(lines))
        return out

    def changes(self) -> list[tuple[str, str | None, str | None]]:
        """(tier, price text, discount text) for each tier whose rule was changed."""
        out: list[tuple[str, str | None, str | None]] = []
        for row, t in enumerate(self.tiers):
            kind = str(self.rule(row).currentData())
            text = self.value(row).text().strip() if kind != "list" else ""
            if (kind, text) == self.original.get(t.code, ("list", "")):
                continue
            out.append(
                (
                    t.code,
                    text if kind == "price" else None,
                    text if kind == "discount" else None,
                )
            )
        return out
