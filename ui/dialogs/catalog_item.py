"""Add or edit a catalog item: the item, what goes with it, and its price per tier.

Saving first validates through the catalog service (and parses the tier prices); every
problem shows under its field and nothing is written until the whole form is clean.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.sales.texts import UNITS as UNIT_NAMES
from ui.dialogs.catalog_parts import RelatedEditor, TierPriceEditor
from ui.lifetime import while_alive
from ui.money import amount_text, parse_money, unit_label
from ui.ops import catalog as catalog_ops
from ui.problems import field_problems, shown
from ui.texts import error_text
from ui.widgets.form import error_label, show_error, shown_error

if TYPE_CHECKING:
    from planner.problems import Problem
    from planner.services.result import Result
    from planner.services.salesviews import ItemInput, ItemView
    from ui.models.catalog import CatalogData
    from ui.operations import Operations

FIELDS = ("code", "name", "price", "category", "unit", "warranty_months", "benefits")
UNITS = ("pcs", "set", "kg", "l", "m", "m²", "h", "month", "year", "visit")


class ItemDialog(QDialog):
    saved = Signal(str)  # the item's code

    def __init__(
        self,
        ops: Operations,
        data: CatalogData,
        item: ItemView | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("catalog-item")
        self.ops = ops
        self.data = data
        self.item = item
        self.problems: dict[str, Problem | str] = {}
        self.setMinimumSize(640, 520)

        self.code = QLineEdit()
        self.name = QLineEdit()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setMinimumContentsLength(24)
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.addItem("")
        self.category.addItems(sorted({i.category for i in data.items if i.category}))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setMinimumContentsLength(10)
        self.unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._units = sorted({*UNITS, *(i.unit for i in data.items)})
        self._fill_units()
        self.price = QLineEdit()
        self.currency = QLabel(data.currency)
        price_row = QHBoxLayout()
        price_row.addWidget(self.price, 1)
        price_row.addWidget(self.currency)
        self.warranty = QSpinBox()
        self.warranty.setRange(0, 600)
        self.benefits = QPlainTextEdit()
        self.benefits.setTabChangesFocus(True)
        self.active = QCheckBox()
        self.active.setChecked(True)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        widgets: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "price": price_row,
            "category": self.category,
            "unit": self.unit,
            "warranty_months": self.warranty,
            "benefits": self.benefits,
        }
        for key, w in widgets.items():
            box = QVBoxLayout()
            box.setSpacing(2)
            if isinstance(w, QHBoxLayout):
                box.addLayout(w)
            else:
                box.addWidget(w)
            self.errors[key] = error_label(key)
            box.addWidget(self.errors[key])
            self.labels[key] = QLabel()
            self.form.addRow(self.labels[key], box)
        self.form.addRow("", self.active)
        item_page = QWidget()
        item_page.setLayout(self.form)

        self.related = RelatedEditor()
        self.related.set_related(
            [i for i in data.items if i.active and (item is None or i.code != item.code)],
            item.related if item is not None else (),
        )
        self.prices = TierPriceEditor()
        self.prices.set_rules(data.tiers, data.prices_of(item.code) if item else {}, data.currency)
        self.price.textChanged.connect(self._price_typed)
        self.tabs = QTabWidget()
        self.tabs.addTab(item_page, "")
        self.tabs.addTab(self.related, "")
        self.tabs.addTab(self.prices, "")

        self.general_error = error_label("general")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._fill()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_units()  # the units' names follow the language
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Edit catalog item") if self.item else self.tr("New catalog item")
        )
        texts = {
            "code": self.tr("&Code"),
            "name": self.tr("&Name"),
            "price": self.tr("List &price"),
            "category": self.tr("C&ategory"),
            "unit": self.tr("&Unit"),
            "warranty_months": self.tr("&Warranty"),
            "benefits": self.tr("&Benefits"),
        }
        buddies = {
            "code": self.code,
            "name": self.name,
            "price": self.price,
            "category": self.category,
            "unit": self.unit,
            "warranty_months": self.warranty,
            "benefits": self.benefits,
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            self.labels[key].setBuddy(buddies[key])
        self.code.setPlaceholderText(self.tr("A short unique code, e.g. FLT-200"))
        example = amount_text(1250, self.data.currency)
        self.price.setPlaceholderText(self.tr("e.g. {example}").format(example=example))
        self.warranty.setSpecialValueText(self.tr("none"))
        self.warranty.setSuffix(self.tr(" months"))
        self.benefits.setPlaceholderText(
            self.tr("Why a client needs it, in their words: price lists and scripts quote this.")
        )
        self.active.setText(self.tr("Sold (offered in sales, price lists and scripts)"))
        self.tabs.setTabText(0, self.tr("Item"))
        self.tabs.setTabText(1, self.tr("Goes with"))
        self.tabs.setTabText(2, self.tr("Tier prices"))
        self._show_problems(self.problems)

    def _fill(self) -> None:
        it = self.item
        if it is None:
            self.set_unit("pcs")
            return
        self.code.setText(it.code)
        self.name.setText(it.name)
        self.category.setCurrentText(it.category or "")
        self.set_unit(it.unit)
        self.price.setText(amount_text(it.price_minor, it.currency))
        self.warranty.setValue(it.warranty_months or 0)
        self.benefits.setPlainText(it.benefits or "")
        self.active.setChecked(it.active)

    def _price_typed(self, text: str) -> None:
        try:
            self.prices.set_list_price(parse_money(text, self.data.currency))
        except ValueError:
            self.prices.set_list_price(None)

    # --- units: shown as the UI language writes them, stored as their codes ------------------
    def _fill_units(self) -> None:
        """The units in the UI language ("шт.", "szt.", "pcs"), each holding its code."""
        current = self.unit_code() if self.unit.count() else None
        self.unit.clear()
        for code in self._units:
            self.unit.addItem(unit_label(code), code)
        if current is not None:
            self.set_unit(current)

    def set_unit(self, code: str) -> None:
        index = self.unit.findData(code)
        if index >= 0:
            self.unit.setCurrentIndex(index)
        else:
            self.unit.setCurrentText(code)  # a unit typed by hand, as it was typed

    def unit_code(self) -> str:
        """The chosen unit's code: a listed unit by its shown name (or its code, or its
        name in another language), anything else as typed."""
        text = self.unit.currentText().strip()
        index = self.unit.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.unit.itemData(index))
        for code, names in UNIT_NAMES.items():
            if text == code or text in names.values():
                return code
        return text

    def item_input(self) -> ItemInput:
        from planner.services.salesviews import ItemInput

        return ItemInput(
            code=self.code.text(),
            name=self.name.text(),
            price=self.price.text(),
            category=self.category.currentText() or None,
            unit=self.unit_code(),
            benefits=self.benefits.toPlainText() or None,
            warranty_months=self.warranty.value() or None,
            active=self.active.isChecked(),
        )

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        """Validate (service + tier prices), then write item, related items and tier prices."""
        data = self.item_input()
        editing = self.item.code if self.item else None
        tier_problems = self.prices.problems()
        self.buttons.setEnabled(False)

        def ok(_clean: ItemInput) -> None:
            if tier_problems:
                self.buttons.setEnabled(True)
                self._show_problems({})
                self.tabs.setCurrentWidget(self.prices)
                return
            self._commit(data)

        def bad(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            problems = field_problems(exc)
            self._show_problems(dict(problems) if problems else {"": error_text(exc)})

        catalog_ops.validate_item(
            self.ops, data, editing, while_alive(self, ok), while_alive(self, bad)
        )

    def _commit(self, data: ItemInput) -> None:
        old = self.item.code if self.item else None
        code = data.code.strip()
        related = self.related.pairs()
        before = [(r.code, r.kind) for r in self.item.related] if self.item else []
        prices = self.prices.changes()

        def done(_result: Result[int]) -> None:
            self.buttons.setEnabled(True)
            self.saved.emit(code)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            problems = field_problems(exc)
            self._show_problems(dict(problems) if problems else {"": error_text(exc)})

        catalog_ops.save_item(
            self.ops,
            old,
            data,
            related if related != before else None,
            prices,
            while_alive(self, done),
            while_alive(self, failed),
        )

    def _show_problems(self, problems: dict[str, Problem | str]) -> None:
        self.problems = problems
        general: list[str] = []
        per_field: dict[str, str] = {}
        for key, message in problems.items():
            field = key.split(".", 1)[0]
            if field in self.errors:
                per_field[field] = shown(message)
            elif field == "related":
                show_error(self.related.error, shown(message))
            else:
                general.append(shown(message))
        for key, label in self.errors.items():
            show_error(label, per_field.get(key))
        show_error(self.general_error, "\n".join(general))
        if per_field:
            self.tabs.setCurrentIndex(0)
            first = next(k for k in FIELDS if k in per_field)
            target = {"code": self.code, "name": self.name, "price": self.price}.get(first)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, field: str) -> str:
        label = self.errors.get(field)
        return shown_error(label) if label is not None else ""
