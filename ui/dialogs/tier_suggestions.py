"""Suggested tiers: clients whose buying says they belong in another tier; accept some or
all (each client is moved and re-planned), or leave them as they are."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.formats import day_text
from ui.lifetime import while_alive
from ui.money import money_text
from ui.ops import sales as sales_ops
from ui.problems import problem_message
from ui.texts import error_text

if TYPE_CHECKING:
    from planner.app import Services
    from planner.problems import Problem
    from planner.services.result import Result
    from planner.services.salesviews import ClientValue
    from ui.operations import Operations

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("client", "tier", "suggested", "purchases", "value", "last", "why")


@dataclass(frozen=True)
class Suggestion:
    value: ClientValue
    name: str


def load_suggestions(s: Services) -> tuple[list[Suggestion], str]:
    values = s.value.suggestions()
    names = {r.id: r.name for r in s.clients.rows([v.client_id for v in values])}
    found = [Suggestion(v, names.get(v.client_id, "")) for v in values]
    found.sort(key=lambda x: (x.value.suggested_tier or "", x.name.casefold()))
    return found, str(s.settings.get("book.currency"))


def rule_text(rule: Problem) -> str:
    """Why the analytics suggest a tier (a `suggest.*` code), in the UI language."""
    return problem_message(rule)


class SuggestionModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Suggestion] = []
        self.currency = "EUR"

    def set_rows(self, rows: list[Suggestion], currency: str) -> None:
        self.beginResetModel()
        try:
            self.rows, self.currency = rows, currency
        finally:
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            translate("TierSuggestions", "Client"),
            translate("TierSuggestions", "Tier"),
            translate("TierSuggestions", "Suggested"),
            translate("TierSuggestions", "Purchases"),
            translate("TierSuggestions", "Value"),
            translate("TierSuggestions", "Last purchase"),
            translate("TierSuggestions", "Why"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        s = self.rows[index.row()]
        v = s.value
        key = COLUMNS[index.column()]
        if key == "client":
            return s.name
        if key == "tier":
            return v.tier
        if key == "suggested":
            return f"→ {v.suggested_tier}"
        if key == "purchases":
            return str(v.purchases)
        if key == "value":
            return money_text(v.monetary_minor, self.currency)
        if key == "last":
            return day_text(v.last_purchase) if v.last_purchase else ""
        return rule_text(v.rule)


class TierSuggestionsDialog(QDialog):
    loaded = Signal()
    accepted_tiers = Signal(int)  # how many clients were moved

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tier-suggestions")
        self.ops = ops
        self.resize(900, 520)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = SuggestionModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((200, 50, 90, 80, 110, 110)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.accept_button = QPushButton()
        self.accept_all_button = QPushButton()
        self.accept_button.clicked.connect(self.accept_selected)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.accept_button)
        row.addWidget(self.accept_all_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Suggested tiers"))
        self.intro.setText(
            self.tr(
                "These clients buy like another tier: more often or more than their tier "
                "expects, or less. Accepting moves them and re-plans their touches."
            )
        )
        self.accept_button.setText(self.tr("&Accept selected"))
        self.accept_all_button.setText(self.tr("Accept a&ll"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._update_buttons()

    def reload(self) -> None:
        def got(result: tuple[list[Suggestion], str]) -> None:
            self.model.set_rows(*result)
            header = self.table.horizontalHeader()
            header.setResizeContentsPrecision(200)
            for col in range(len(COLUMNS) - 1):  # fit the text, the last column stretches
                self.table.resizeColumnToContents(col)
                self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))
            self._update_buttons()
            self.loaded.emit()

        self.ops.query(load_suggestions, while_alive(self, got))

    def _update_buttons(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        self.accept_button.setEnabled(bool(selected))
        self.accept_all_button.setEnabled(self.model.rowCount() > 0)
        n = self.model.rowCount()
        self.status.setText(
            self.tr("%n client(s) would fit another tier.", "", n)
            if n
            else self.tr("Every client's tier fits how they buy.")
        )

    def accept_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        self._accept([self.model.rows[r] for r in rows])

    def accept_all(self) -> None:
        self._accept(list(self.model.rows))

    def _accept(self, chosen: list[Suggestion]) -> None:
        moves = [
            (s.value.client_id, s.value.suggested_tier) for s in chosen if s.value.suggested_tier
        ]
        if not moves:
            return

        def done(_result: Result[None]) -> None:
            self.accepted_tiers.emit(len(moves))
            self.reload()

        sales_ops.accept_tiers(
            self.ops,
            moves,
            while_alive(self, done),
            while_alive(self, lambda exc: self.status.setText(error_text(exc))),
        )
