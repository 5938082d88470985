"""Choose a day: "Move to…" in Planning and "Rescheduled" in Today."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.formats import pydate, qdate


class PickDateDialog(QDialog):
    def __init__(
        self,
        title: str,
        prompt: str,
        initial: date,
        earliest: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setMinimumDate(qdate(earliest))
        self.calendar.setSelectedDate(qdate(max(initial, earliest)))
        self.calendar.activated.connect(lambda _d: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def chosen(self) -> date:
        return pydate(self.calendar.selectedDate())

    def set_chosen(self, day: date) -> None:
        self.calendar.setSelectedDate(qdate(day))
