"""Editing a client's contact points: a short table (a client has a handful, not thousands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.texts import channel_name, label_code, label_name

if TYPE_CHECKING:
    from planner.services.views import ContactPointInput, ContactPointView

CHANNELS = ("call", "email", "sms", "whatsapp", "telegram", "viber", "meeting", "video", "letter")
BAD_ROW = QColor(200, 60, 60, 60)  # translucent red: visible on light and dark palettes


class ContactsEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c in (0, 3, 4):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, self.fontMetrics().horizontalAdvance("M") * 8)
        self.table.setMinimumHeight(130)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_row("call", "", None, False, True))
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Channel"),
                self.tr("Value"),
                self.tr("Label"),
                self.tr("Preferred"),
                self.tr("Consent"),
            ]
        )
        self.add_button.setText(self.tr("Add contact"))
        self.remove_button.setText(self.tr("Remove"))
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            if isinstance(combo, QComboBox):
                for i, code in enumerate(CHANNELS):
                    combo.setItemText(i, channel_name(code))

    def set_contacts(self, contacts: tuple[ContactPointView, ...]) -> None:
        self.table.setRowCount(0)
        for p in contacts:
            self.add_row(p.channel, p.value, p.label, p.preferred, p.consent)

    def add_row(
        self, channel: str, value: str, label: str | None, preferred: bool, consent: bool
    ) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        for code in CHANNELS:
            combo.addItem(channel_name(code), code)
        combo.setCurrentIndex(max(0, combo.findData(channel)))
        self.table.setCellWidget(row, 0, combo)
        self.table.setItem(row, 1, QTableWidgetItem(value))
        self.table.setItem(row, 2, QTableWidgetItem(label_name(label) if label else ""))
        for col, on in ((3, preferred), (4, consent)):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.table.setItem(row, col, item)
        if not value:
            self.table.setCurrentCell(row, 1)
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:  # every cell of a row is made by add_row
            item = QTableWidgetItem()
            self.table.setItem(row, column, item)
        return item

    def set_value(self, row: int, value: str) -> None:
        self._item(row, 1).setText(value)

    def contacts(self) -> tuple[ContactPointInput, ...]:
        from planner.services.views import ContactPointInput

        out = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            channel = combo.currentData() if isinstance(combo, QComboBox) else "call"
            value = self._item(row, 1).text().strip()
            label = label_code(self._item(row, 2).text().strip()) or None
            preferred = self._item(row, 3).checkState() == Qt.CheckState.Checked
            consent = self._item(row, 4).checkState() == Qt.CheckState.Checked
            if value or label:
                out.append(ContactPointInput(channel, value, label, preferred, consent))
        return tuple(out)

    def source_rows(self) -> list[int]:
        """Table rows in the order `contacts()` lists them (empty rows are skipped)."""
        rows = []
        for row in range(self.table.rowCount()):
            if self._item(row, 1).text().strip() or self._item(row, 2).text().strip():
                rows.append(row)
        return rows

    def mark_rows(self, bad: set[int]) -> None:
        for row in range(self.table.rowCount()):
            for col in (1, 2):
                item = self.table.item(row, col)
                if item is not None:
                    item.setBackground(QBrush(BAD_ROW) if row in bad else QBrush())
