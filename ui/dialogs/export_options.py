"""Options of an export: the period, the document's language and where to write it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import ask
from ui.formats import pydate, qdate
from ui.i18n import LANGUAGES, language_name
from ui.widgets.form import error_label, show_error


@dataclass(frozen=True)
class ExportChoice:
    start: date
    end: date
    language: str
    path: Path


class ExportDialog(QDialog):
    """Period + language + file; `choice()` after it was accepted."""

    def __init__(
        self,
        title: str,
        intro: str,
        period: tuple[date, date],
        language: str,
        path: Path,
        filters: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export-options")
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.filters = filters
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.start = QDateEdit(qdate(period[0]))
        self.end = QDateEdit(qdate(period[1]))
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel("—"))
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.path = QLineEdit(str(path))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        self.error = error_label("export")
        self.labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self.labels[0], dates)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        form.addRow(self.labels[1], language_row)
        form.addRow(self.labels[2], file_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("Period"))
        self.labels[1].setText(self.tr("&Language"))
        self.labels[1].setBuddy(self.language)
        self.labels[2].setText(self.tr("&File"))
        self.labels[2].setBuddy(self.path)
        self.browse.setText(self.tr("Browse…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))

    def _browse(self) -> None:
        chosen = ask.save_file(self, self.windowTitle(), Path(self.path.text()), self.filters)
        if chosen is not None:
            self.path.setText(str(chosen))

    def _accept(self) -> None:
        if pydate(self.end.date()) < pydate(self.start.date()):
            show_error(self.error, self.tr("The period ends before it starts."))
            return
        if not self.path.text().strip():
            show_error(self.error, self.tr("Choose where to save the file."))
            return
        self.accept()

    def choice(self) -> ExportChoice:
        return ExportChoice(
            pydate(self.start.date()),
            pydate(self.end.date()),
            str(self.language.currentData()),
            Path(self.path.text().strip()).expanduser(),
        )
