"""The Settings dialog's Tiers page: each tier's cadence and planning knobs."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.settings_pages import CHANNELS, ERROR_STYLE
from ui.texts import channel_name, tier_name, unit_name

if TYPE_CHECKING:
    from planner.services.views import TierView

UNITS = ("day", "week", "month")
COLS = (
    "name",
    "every",
    "unit",
    "channels",
    "preferred",
    "retry_delay",
    "retry_limit",
    "slip",
    "priority",
    "discount",
)


W = TypeVar("W", bound=QWidget)


class TiersPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiers: list[TierView] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLS))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Channels are the rotation, in order (also the fallback order): "
                + "{channels}. Retry delay and slip are in working days."
            ).format(channels=", ".join(f"{c} = {channel_name(c)}" for c in CHANNELS))
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Every"),
                self.tr("Unit"),
                self.tr("Channels"),
                self.tr("Preferred\nchannel"),
                self.tr("Retry\nafter"),
                self.tr("Retries"),
                self.tr("Slip"),
                self.tr("Priority"),
                self.tr("Discount %"),
            ]
        )
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 2)
            if isinstance(combo, QComboBox):
                for i, u in enumerate(UNITS):
                    combo.setItemText(i, unit_name(u))
        self.table.setVerticalHeaderLabels([t.code for t in self.tiers])

    def load(self, tiers: list[TierView]) -> None:
        self.tiers = tiers
        self.table.setRowCount(len(tiers))
        for row, t in enumerate(tiers):
            name = QTableWidgetItem(tier_name(t.name))
            self.table.setItem(row, 0, name)
            self.table.setCellWidget(row, 1, _spin(1, 365, t.interval_count))
            unit = QComboBox()
            for u in UNITS:
                unit.addItem(unit_name(u), u)
            unit.setCurrentIndex(max(0, unit.findData(t.interval_unit)))
            self.table.setCellWidget(row, 2, unit)
            self.table.setCellWidget(row, 3, QLineEdit(", ".join(t.channels)))
            pref = QCheckBox()
            pref.setChecked(t.allow_preferred)
            self.table.setCellWidget(row, 4, pref)
            self.table.setCellWidget(row, 5, _spin(0, 60, t.retry_delay_days))
            self.table.setCellWidget(row, 6, _spin(0, 10, t.retry_limit))
            self.table.setCellWidget(row, 7, _spin(0, 60, t.slip_days))
            self.table.setCellWidget(row, 8, _spin(1, 99, t.priority))
            self.table.setCellWidget(row, 9, _spin(0, 90, t.discount_bp // 100))
        self.table.setVerticalHeaderLabels([t.code for t in tiers])

    def edited(self) -> list[TierView]:
        """The tiers whose fields differ from what was loaded."""
        from dataclasses import replace

        out = []
        for row, t in enumerate(self.tiers):
            name_item = self.table.item(row, 0)
            typed = name_item.text().strip() if name_item else t.name
            name = t.name if typed == tier_name(t.name) else typed
            channels = tuple(
                c.strip().lower()
                for c in self._widget(row, 3, QLineEdit).text().split(",")
                if c.strip()
            )
            new = replace(
                t,
                name=name,
                interval_count=self._widget(row, 1, QSpinBox).value(),
                interval_unit=self._widget(row, 2, QComboBox).currentData(),
                channels=channels,
                allow_preferred=self._widget(row, 4, QCheckBox).isChecked(),
                retry_delay_days=self._widget(row, 5, QSpinBox).value(),
                retry_limit=self._widget(row, 6, QSpinBox).value(),
                slip_days=self._widget(row, 7, QSpinBox).value(),
                priority=self._widget(row, 8, QSpinBox).value(),
                discount_bp=self._widget(row, 9, QSpinBox).value() * 100,
            )
            if new != t:
                out.append(new)
        return out

    def _widget(self, row: int, col: int, kind: type[W]) -> W:
        w = self.table.cellWidget(row, col)
        assert isinstance(w, kind)
        return w

    def set_tier_value(self, code: str, col: str, value: object) -> None:
        """Tests and scripts: change one tier's field as a user would."""
        row = [t.code for t in self.tiers].index(code)
        w = self.table.cellWidget(row, COLS.index(col))
        if isinstance(w, QSpinBox):
            w.setValue(int(value))  # type: ignore[call-overload]
        elif isinstance(w, QLineEdit):
            w.setText(str(value))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


def _spin(lo: int, hi: int, value: int) -> QSpinBox:
    s = QSpinBox()
    s.setRange(lo, hi)
    s.setValue(value)
    return s
