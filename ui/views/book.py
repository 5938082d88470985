"""Book: every client in a lazy table, search as you type, filters, detail and editing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import ask
from ui.dialogs.client_edit import ClientEditDialog
from ui.dialogs.duplicates import DuplicatesDialog
from ui.models.clients import ClientTableModel
from ui.ops import book as book_ops
from ui.texts import error_text, status_name, tier_name
from ui.views.client_card import ClientCard
from ui.views.page import Page
from ui.widgets.typing_window import TypingWindow

if TYPE_CHECKING:
    from planner.services.salesviews import SaleView
    from planner.services.views import Changes, ClientDetail, ClientInput, TierView
    from ui.operations import Operations
    from ui.undo import UndoActions

STATUSES = ("active", "archived", "do-not-contact")


class BookView(Page):
    searched = Signal(int)  # a new id list is shown (its length)

    def __init__(self, ops: Operations, undo: UndoActions, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.undo = undo
        self.tiers: list[TierView] = []
        self._tags: list[tuple[str, int]] = []
        self.detail: ClientDetail | None = None
        self.edit_dialog: ClientEditDialog | None = None
        self._generation = 0
        self._sort: tuple[str, bool] = ("name", False)
        self._sort_column = 0

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        # the list follows each key while typing (ui/widgets/typing_window.py)
        self._typing = TypingWindow(lambda: self._ask(), self)
        self.search.textChanged.connect(self._typed)
        self.tier = QComboBox()
        self.status = QComboBox()
        self.tag = QComboBox()
        self.tag.setMinimumContentsLength(10)
        self.overdue = QCheckBox()
        self.at_risk = QCheckBox()
        self.unverified = QCheckBox()  # clients with a phone kept as typed, to fix
        self.unverified.setObjectName("book-unverified")
        for w in (self.tier, self.status, self.tag):
            w.currentIndexChanged.connect(lambda _i: self.requery())
        for c in (self.overdue, self.at_risk, self.unverified):
            c.toggled.connect(lambda _b: self.requery())
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        filters = (self.tier, self.status, self.tag, self.overdue, self.at_risk, self.unverified)
        for widget in filters:
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count)

        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.archive_button = QPushButton()
        self.delete_button = QPushButton()
        self.new_button.clicked.connect(self.new_client)
        self.edit_button.clicked.connect(self.edit_client)
        self.archive_button.clicked.connect(self.archive_client)
        self.delete_button.clicked.connect(self.delete_client)
        self.duplicates_button = QPushButton()
        self.duplicates_button.setObjectName("book-find-duplicates")
        self.duplicates_button.clicked.connect(self.find_duplicates)
        self.duplicates_dialog: DuplicatesDialog | None = None
        actions = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.archive_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.duplicates_button)

        self.model = ClientTableModel(ops, self)
        self.table = QTableView()
        self.table.setObjectName("book-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        h = self.table.horizontalHeader()
        h.setSectionsClickable(True)
        h.setSortIndicatorShown(True)
        h.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        h.setStretchLastSection(True)
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((170, 150, 40, 90, 125, 175, 150)):
            self.table.setColumnWidth(col, width)
        h.sortIndicatorChanged.connect(self._sort_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_client())

        self.card = ClientCard()
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        rl.addWidget(self.card)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("book-splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([880, 320])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self.retranslate()
        self._update_buttons()

    # --- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search name, company, phone, e-mail, tag…  (Ctrl+F)")
        )
        self.overdue.setText(self.tr("Overdue"))
        self.at_risk.setText(self.tr("At risk"))
        self.unverified.setText(self.tr("Unverified numbers"))
        self.unverified.setToolTip(
            self.tr("Clients with a phone number kept as it was typed: open Edit to fix it")
        )
        self.new_button.setText(self.tr("New client…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.archive_button.setText(self.tr("Archive"))
        self.delete_button.setText(self.tr("Delete…"))
        self.duplicates_button.setText(self.tr("Find duplicates…"))
        self.duplicates_button.setToolTip(
            self.tr("Clients with the same phone, e-mail or a similar name: compare and merge")
        )
        self._fill_combos()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self.model.layoutChanged.emit()
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount() - 1):  # never narrower than the title
            needed = header.sectionSizeFromContents(col).width()
            if self.table.columnWidth(col) < needed:
                self.table.setColumnWidth(col, needed)
        self._update_count()

    def _fill_combos(self) -> None:
        def refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

        refill(
            self.tier,
            [(self.tr("All tiers"), None)]
            + [(f"{t.code} · {tier_name(t.name)}", t.code) for t in self.tiers],
        )
        refill(
            self.status, [(self.tr("Any status"), None)] + [(status_name(s), s) for s in STATUSES]
        )
        refill(
            self.tag,
            [(self.tr("Any tag"), None)] + [(f"{name} ({n})", name) for name, n in self._tags],
        )

    def _update_count(self) -> None:
        self.count.setText(self.tr("%Ln client(s)", "", self.model.rowCount()))

    # --- loading -----------------------------------------------------------------------------
    def load(self) -> None:

        def got(result: tuple[list[TierView], list[tuple[str, int]]]) -> None:
            self.tiers, self._tags = result
            self._fill_combos()

        book_ops.tiers_and_tags(self.ops, got)
        self.requery()

    def concerns(self, changes: Changes) -> bool:
        return bool(changes.all_clients or changes.settings or changes.clients)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def filter_args(self) -> dict[str, Any]:
        return {
            "text": self.search.text(),
            "tiers": (self.tier.currentData(),) if self.tier.currentData() else (),
            "statuses": (self.status.currentData(),) if self.status.currentData() else (),
            "overdue": self.overdue.isChecked(),
            "at_risk": self.at_risk.isChecked(),
            "tag": self.tag.currentData(),
            "unverified": self.unverified.isChecked(),
        }

    def _typed(self, _text: str) -> None:
        self._typing.typed()

    def requery(self) -> None:
        """Ask for the id list now (a filter changed, the view opened)."""
        self._typing.now()

    def _ask(self) -> None:
        """Ask for the id list off the UI thread; a newer request wins over an older one."""
        self._generation += 1
        generation = self._generation
        args = self.filter_args()
        sort, descending = self._sort

        def got(ids: list[int]) -> None:
            if generation != self._generation:
                return
            current = self.current_id()
            self.model.set_ids(ids)
            self._update_count()
            row = self.model.row_of(current) if current is not None else None
            if row is not None:
                self.table.selectRow(row)
            else:
                self._show(None)
            self.searched.emit(len(ids))

        from planner.services.clients import ClientFilter

        book_ops.client_ids(self.ops, ClientFilter(**args), sort, descending, got)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        key = self.model.sort_key(column)
        if key is None:  # phone, e-mail, tags: not sortable in SQL
            h = self.table.horizontalHeader()
            h.blockSignals(True)
            previous = (
                Qt.SortOrder.DescendingOrder if self._sort[1] else Qt.SortOrder.AscendingOrder
            )
            h.setSortIndicator(self._sort_column, previous)
            h.blockSignals(False)
            return
        self._sort_column = column
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        self.requery()

    # --- selection and detail ----------------------------------------------------------------
    def current_id(self) -> int | None:
        return self.model.id_at(self.table.currentIndex().row())

    def select_client(self, client_id: int) -> bool:
        row = self.model.row_of(client_id)
        if row is not None:
            self.table.selectRow(row)
        return row is not None

    def _current_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        self._show(self.model.id_at(current.row()) if current.isValid() else None)

    def _show(self, client_id: int | None) -> None:
        self._update_buttons(client_id)
        if client_id is None:
            self.detail = None
            self.card.show_client(None)
            return

        def got(result: tuple[ClientDetail, list[SaleView]]) -> None:
            detail, sales = result
            if self.current_id() == detail.id:
                self.detail = detail
                self.card.show_client(detail)
                self.card.show_sales(sales)
                self._update_buttons(detail.id)

        def failed(_exc: BaseException) -> None:
            pass  # the card stays empty; the next selection asks again

        book_ops.client_card(self.ops, client_id, got, failed)

    def _update_buttons(self, client_id: int | None = None) -> None:
        has = client_id is not None
        for b in (self.edit_button, self.archive_button, self.delete_button):
            b.setEnabled(has)
        archived = self.detail is not None and self.detail.status == "archived"
        self.archive_button.setText(self.tr("Unarchive") if archived else self.tr("Archive"))

    # --- changes -----------------------------------------------------------------------------
    def new_client(self) -> None:
        def saved(data: ClientInput) -> None:
            self.undo.add_client(
                self.tr("Add client {name}").format(name=data.name),
                data,
                on_done=lambda cid: QTimer.singleShot(0, lambda: self.select_client(cid)),
                on_error=lambda exc: ask.warn(self, self.tr("Could not save"), error_text(exc)),
            )

        self._open_editor(None, saved)

    def edit_client(self) -> None:
        detail = self.detail
        if detail is None or detail.id != self.current_id():
            return

        def saved(data: ClientInput) -> None:
            self.undo.edit_client(
                self.tr("Edit {name}").format(name=detail.name),
                detail.id,
                detail.to_input(),
                data,
                on_error=lambda exc: ask.warn(self, self.tr("Could not save"), error_text(exc)),
            )

        self._open_editor(detail, saved)

    def _open_editor(self, detail: ClientDetail | None, saved: Any) -> None:
        dlg = ClientEditDialog(self.ops, self.tiers, detail, saved, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _r: setattr(self, "edit_dialog", None))
        self.edit_dialog = dlg
        dlg.open()

    def find_duplicates(self) -> None:
        """The Find duplicates dialog; a merge refreshes the Book through its Changes."""
        dlg = DuplicatesDialog(self.ops, self, undo=self.undo)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _r: setattr(self, "duplicates_dialog", None))
        self.duplicates_dialog = dlg
        dlg.open()

    def archive_client(self) -> None:
        d = self.detail
        if d is None:
            return
        after = "active" if d.status == "archived" else "archived"
        text = (
            self.tr("Unarchive {name}") if after == "active" else self.tr("Archive {name}")
        ).format(name=d.name)
        self.undo.set_status(text, d.id, d.status, after)

    def delete_client(self) -> None:
        d = self.detail
        if d is None:
            return
        if not ask.confirm(
            self,
            self.tr("Delete client"),
            self.tr(
                "Delete {name} with all their history?\n\n"
                "Edit → Undo brings them back until you close the book."
            ).format(name=d.name),
            self.tr("Delete"),
        ):
            return
        self.undo.delete_client(self.tr("Delete {name}").format(name=d.name), d.id)
