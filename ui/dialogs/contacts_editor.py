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

from ui.texts import channel_name, contact_kind_name, label_code, label_name

if TYPE_CHECKING:
    from planner.services.views import ContactPointInput, ContactPointView

CHANNELS = ("call", "email", "sms", "whatsapp", "telegram", "viber", "meeting", "video", "letter")
KINDS = ("voice", "fax", "pager")
BAD_ROW = QColor(200, 60, 60, 60)  # translucent red: visible on light and dark palettes
UNVERIFIED_ROW = QColor(230, 160, 30, 70)  # translucent amber: kept as typed, to fix
# Columns of the table, by name.
CHANNEL, KIND, VALUE, EXTENSION, LABEL, PREFERRED, CONSENT = range(7)
UNVERIFIED_ROLE = Qt.ItemDataRole.UserRole + 1


class ContactsEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 7)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        for c in (CHANNEL, KIND, PREFERRED, CONSENT):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        for c, letters in ((LABEL, 8), (EXTENSION, 5)):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(c, self.fontMetrics().horizontalAdvance("M") * letters)
        self.table.setMinimumHeight(130)
        self.table.itemChanged.connect(self._edited)
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
                self.tr("Kind"),
                self.tr("Value"),
                self.tr("Ext."),
                self.tr("Label"),
                self.tr("Preferred"),
                self.tr("Consent"),
            ]
        )
        header = self.table.horizontalHeaderItem(EXTENSION)
        if header is not None:
            header.setToolTip(self.tr("Extension: dialled after the number"))
        self.add_button.setText(self.tr("Add contact"))
        self.remove_button.setText(self.tr("Remove"))
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, CHANNEL)
            if isinstance(combo, QComboBox):
                for i, code in enumerate(CHANNELS):
                    combo.setItemText(i, channel_name(code))
            kinds = self.table.cellWidget(row, KIND)
            if isinstance(kinds, QComboBox):
                for i, code in enumerate(KINDS):
                    kinds.setItemText(i, contact_kind_name(code))
            self._show_unverified(row)

    def set_contacts(self, contacts: tuple[ContactPointView, ...]) -> None:
        self.table.setRowCount(0)
        for p in contacts:
            self.add_row(
                p.channel, p.value, p.label, p.preferred, p.consent, p.kind, p.extension,
                p.unverified,
            )  # fmt: skip

    def add_row(
        self,
        channel: str,
        value: str,
        label: str | None,
        preferred: bool,
        consent: bool,
        kind: str = "voice",
        extension: str | None = None,
        unverified: bool = False,
    ) -> int:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        for code in CHANNELS:
            combo.addItem(channel_name(code), code)
        combo.setCurrentIndex(max(0, combo.findData(channel)))
        self.table.setCellWidget(row, CHANNEL, combo)
        kinds = QComboBox()
        for code in KINDS:
            kinds.addItem(contact_kind_name(code), code)
        kinds.setCurrentIndex(max(0, kinds.findData(kind)))
        self.table.setCellWidget(row, KIND, kinds)
        combo.currentIndexChanged.connect(lambda _i, c=combo, k=kinds: self._channel_changed(c, k))
        self._channel_changed(combo, kinds)
        item = QTableWidgetItem(value)
        item.setData(UNVERIFIED_ROLE, unverified)
        self.table.setItem(row, VALUE, item)
        self.table.setItem(row, EXTENSION, QTableWidgetItem(extension or ""))
        self.table.setItem(row, LABEL, QTableWidgetItem(label_name(label) if label else ""))
        for col, on in ((PREFERRED, preferred), (CONSENT, consent)):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.table.setItem(row, col, item)
        self._show_unverified(row)
        self.table.blockSignals(False)
        if not value:
            self.table.setCurrentCell(row, VALUE)
        return row

    @staticmethod
    def _channel_changed(channel: QComboBox, kind: QComboBox) -> None:
        """Only a phone (call) has a kind; another channel is always "voice"."""
        phone = channel.currentData() == "call"
        if not phone:
            kind.setCurrentIndex(0)
        kind.setEnabled(phone)

    def _show_unverified(self, row: int) -> None:
        item = self.table.item(row, VALUE)
        if item is None:
            return
        unverified = bool(item.data(UNVERIFIED_ROLE))
        item.setBackground(QBrush(UNVERIFIED_ROW) if unverified else QBrush())
        item.setToolTip(
            self.tr(
                "Unverified: kept as it was typed, because it is not a valid number. "
                "Type it as it should be."
            )
            if unverified
            else ""
        )

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() == VALUE:
            self._show_unverified(item.row())

    def is_unverified(self, row: int) -> bool:
        item = self.table.item(row, VALUE)
        return item is not None and bool(item.data(UNVERIFIED_ROLE))

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
        self._item(row, VALUE).setText(value)

    def contacts(self) -> tuple[ContactPointInput, ...]:
        from planner.services.views import ContactPointInput

        out = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, CHANNEL)
            channel = combo.currentData() if isinstance(combo, QComboBox) else "call"
            kinds = self.table.cellWidget(row, KIND)
            kind = kinds.currentData() if isinstance(kinds, QComboBox) else "voice"
            value = self._item(row, VALUE).text().strip()
            extension = self._item(row, EXTENSION).text().strip() or None
            label = label_code(self._item(row, LABEL).text().strip()) or None
            preferred = self._item(row, PREFERRED).checkState() == Qt.CheckState.Checked
            consent = self._item(row, CONSENT).checkState() == Qt.CheckState.Checked
            if value or label:
                out.append(
                    ContactPointInput(
                        channel, value, label, preferred, consent, kind, extension,
                        self.is_unverified(row),
                    )
                )  # fmt: skip
        return tuple(out)

    def source_rows(self) -> list[int]:
        """Table rows in the order `contacts()` lists them (empty rows are skipped)."""
        rows = []
        for row in range(self.table.rowCount()):
            value, label = self._item(row, VALUE), self._item(row, LABEL)
            if value.text().strip() or label.text().strip():
                rows.append(row)
        return rows

    def mark_rows(self, bad: set[int]) -> None:
        for row in range(self.table.rowCount()):
            for col in (VALUE, EXTENSION, LABEL):
                item = self.table.item(row, col)
                if item is not None:
                    item.setBackground(QBrush(BAD_ROW) if row in bad else QBrush())
            if row not in bad:
                self._show_unverified(row)
