"""Find duplicates: pairs of clients that look like one, side by side, merged in one step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import ask
from ui.formats import day_text
from ui.i18n import language_name
from ui.ops.merge import compare, duplicate_pairs, merge_clients
from ui.texts import channel_name, contact_kind_name, error_text, label_name, status_name

if TYPE_CHECKING:
    from planner.services.merge import DuplicatePair, MergeResult, MergeSide
    from planner.services.views import ClientDetail
    from ui.operations import Operations
    from ui.undo import UndoActions

LEFT, RIGHT = 0, 1


class DuplicatesDialog(QDialog):
    merged = Signal(object)  # MergeResult
    loaded = Signal(int)  # pairs listed
    compared = Signal()

    def __init__(
        self, ops: Operations, parent: QWidget | None = None, undo: UndoActions | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates-dialog")
        self.ops = ops
        self.undo = undo  # a merge lands on the window's Edit → Undo
        self.pairs: list[DuplicatePair] = []
        self.sides: tuple[MergeSide, MergeSide] | None = None
        self.resize(960, 600)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("duplicate-pairs")
        self.list.currentRowChanged.connect(self._pair_changed)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("duplicate-comparison")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_left = QPushButton()
        self.keep_right = QPushButton()
        self.keep_left.clicked.connect(lambda: self.merge(LEFT))
        self.keep_right.clicked.connect(lambda: self.merge(RIGHT))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.status = QLabel()
        self.status.setWordWrap(True)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_left)
        buttons.addWidget(self.keep_right)
        buttons.addStretch(1)
        rl.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([320, 640])
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.retranslate()
        self._enable(False)
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find duplicates"))
        self.intro.setText(
            self.tr(
                "Clients with the same phone or e-mail are duplicates; the same name alone "
                "makes a possible one. Compare the two, then merge: the kept client gains "
                "every contact point, tag, note, touch, sale and offer of the other."
            )
        )
        self.keep_left.setText(self.tr("Merge into &left"))
        self.keep_right.setText(self.tr("Merge into &right"))
        self.close_button.setText(self.tr("Close"))
        self._fill_list()
        self._fill_table()

    # --- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        def got(pairs: list[DuplicatePair]) -> None:
            self.pairs = pairs
            self._fill_list()
            if pairs:
                self.list.setCurrentRow(0)
            else:
                self.sides = None
                self._fill_table()
                self._enable(False)
            self.loaded.emit(len(pairs))

        duplicate_pairs(self.ops, got, self._failed)

    def _rule_text(self, pair: DuplicatePair) -> str:
        if pair.rule == "phone":
            return self.tr("same phone {value}").format(value=pair.key)
        if pair.rule == "email":
            return self.tr("same e-mail {value}").format(value=pair.key)
        return self.tr("similar name (possible duplicate)")

    def _fill_list(self) -> None:
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for pair in self.pairs:
            item = QListWidgetItem(
                f"{pair.left_name}  ↔  {pair.right_name}\n{self._rule_text(pair)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, (pair.left, pair.right))
            self.list.addItem(item)
        self.list.setCurrentRow(min(current, self.list.count() - 1))
        self.list.blockSignals(False)
        if not self.pairs:
            self.status.setText(self.tr("No duplicates found."))
        else:
            self.status.setText(self.tr("%n pair(s) to review.", "", len(self.pairs)))

    def select_pair(self, left: int, right: int) -> bool:
        for row, pair in enumerate(self.pairs):
            if (pair.left, pair.right) == (left, right):
                if self.list.currentRow() == row:
                    self._pair_changed(row)  # compare again: the clients may have changed
                else:
                    self.list.setCurrentRow(row)
                return True
        return False

    def _pair_changed(self, row: int) -> None:
        if not 0 <= row < len(self.pairs):
            return
        pair = self.pairs[row]
        self._enable(False)

        def got(sides: tuple[MergeSide, MergeSide]) -> None:
            if self.current_pair() != (pair.left, pair.right):
                return  # another pair was chosen meanwhile
            self.sides = sides
            self._fill_table()
            self._enable(True)
            self.compared.emit()

        compare(self.ops, pair.left, pair.right, got, self._failed)

    def current_pair(self) -> tuple[int, int] | None:
        row = self.list.currentRow()
        return (self.pairs[row].left, self.pairs[row].right) if 0 <= row < len(self.pairs) else None

    # --- the comparison ----------------------------------------------------------------
    def _rows(self, side: MergeSide) -> list[tuple[str, str]]:
        d: ClientDetail = side.detail
        birthday = ""
        if d.birthday:
            year, month, day = d.birthday
            birthday = f"{day:02d}.{month:02d}." + (str(year) if year else "")
        points = []
        for p in d.contacts:
            what = channel_name(p.channel) if p.kind == "voice" else contact_kind_name(p.kind)
            text = f"{what}: {p.value}"
            if p.extension:
                text += " " + self.tr("ext. {n}").format(n=p.extension)
            if p.label:
                text += f" ({label_name(p.label)})"
            if p.preferred:
                text += " ★"
            points.append(text)
        return [
            (self.tr("ID"), str(d.id)),
            (self.tr("Name"), d.name),
            (self.tr("Company"), d.company or ""),
            (self.tr("Tier"), d.tier),
            (self.tr("Status"), status_name(d.status)),
            (self.tr("Client since"), day_text(d.created_on)),
            (self.tr("Birthday"), birthday),
            (self.tr("Language"), language_name(d.language) if d.language else ""),
            (self.tr("Time zone"), d.timezone or ""),
            (self.tr("Contact points"), "\n".join(points)),
            (self.tr("Tags"), ", ".join(d.tags)),
            (self.tr("Notes"), d.notes or ""),
            (self.tr("Touches"), str(side.touches)),
            (self.tr("Sales"), str(side.sales)),
            (self.tr("Offers"), str(side.offers)),
        ]

    def _fill_table(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Left"), self.tr("Right")])
        if self.sides is None:
            self.table.setRowCount(0)
            return
        left, right = (self._rows(side) for side in self.sides)
        self.table.setRowCount(len(left))
        self.table.setVerticalHeaderLabels([title for title, _ in left])
        for row, ((_, a), (_, b)) in enumerate(zip(left, right, strict=True)):
            for col, text in ((LEFT, a), (RIGHT, b)):
                item = QTableWidgetItem(text)
                if a != b and row > 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()

    def cell(self, row_title: str, column: int) -> str:
        for row in range(self.table.rowCount()):
            header = self.table.verticalHeaderItem(row)
            if header is not None and header.text() == row_title:
                item = self.table.item(row, column)
                return item.text() if item is not None else ""
        return ""

    def _enable(self, on: bool) -> None:
        for b in (self.keep_left, self.keep_right):
            b.setEnabled(on)

    # --- merging -----------------------------------------------------------------------
    def merge(self, keep: int) -> None:
        pair = self.current_pair()
        if pair is None or self.sides is None:
            return
        keep_id, other_id = (pair[0], pair[1]) if keep == LEFT else (pair[1], pair[0])
        self._enable(False)

        def done(result: MergeResult) -> None:
            self.status.setText(
                self.tr("Merged: client {other} is now part of client {keep}.").format(
                    other=result.removed, keep=result.kept
                )
            )
            self.merged.emit(result)
            self.reload()

        text = self.tr("Merge client {other} into {keep}").format(other=other_id, keep=keep_id)
        merge_clients(self.ops, keep_id, other_id, done, self._failed, self.undo, text)

    def _failed(self, exc: BaseException) -> None:
        self._enable(self.sides is not None)
        ask.warn(self, self.tr("Could not merge"), error_text(exc))
