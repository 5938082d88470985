"""First run: an empty book offers to import clients or to open a demo book."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeView(QWidget):
    import_requested = Signal()
    demo_requested = Signal()
    new_client_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 2)
        f.setBold(True)
        self.title.setFont(f)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setFixedWidth(640)
        self.text.setMinimumHeight(self.text.fontMetrics().height() * 3)
        self.defaults = QLabel()  # the phone region and holidays the book took from the locale
        self.defaults.setObjectName("welcome-defaults")
        self.defaults.setWordWrap(True)
        self.defaults.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._defaults: tuple[str, str | None] | None = None

        self.import_button = QPushButton()
        self.demo_button = QPushButton()
        self.new_button = QPushButton()
        self.import_hint = QLabel()
        self.demo_hint = QLabel()
        self.new_hint = QLabel()
        cards = QHBoxLayout()
        cards.setSpacing(16)
        for button, hint, signal in (
            (self.import_button, self.import_hint, self.import_requested),
            (self.demo_button, self.demo_hint, self.demo_requested),
            (self.new_button, self.new_hint, self.new_client_requested),
        ):
            button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
            button.setMinimumWidth(220)
            button.clicked.connect(signal)
            hint.setWordWrap(True)
            hint.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            hint.setForegroundRole(hint.foregroundRole())
            card = QFrame()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setMaximumWidth(280)
            cl = QVBoxLayout(card)
            cl.setContentsMargins(14, 14, 14, 14)
            cl.addWidget(button)
            cl.addWidget(hint, 1)
            cards.addWidget(card)
        self.demo_button.setDefault(True)

        column = QVBoxLayout()
        column.addStretch(2)
        column.addWidget(self.title)
        column.addSpacing(8)
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.text)
        text_row.addStretch(1)
        column.addLayout(text_row)
        column.addSpacing(8)
        column.addWidget(self.defaults)
        column.addSpacing(24)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(cards)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(3)
        self.setLayout(column)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to Contact Planner"))
        self.text.setText(
            self.tr(
                "Your client book is empty. Bring your clients in, or look around in a "
                "demo book first: every morning the planner tells you whom to contact "
                "today, over which channel, and why."
            )
        )
        self.import_button.setText(self.tr("Import clients…"))
        self.import_hint.setText(
            self.tr("From CSV, Excel (XLSX), vCard, Google or Outlook contacts.")
        )
        self.demo_button.setText(self.tr("Open a demo book"))
        self.demo_hint.setText(
            self.tr("A few hundred realistic clients with a year of history, in your language.")
        )
        self.new_button.setText(self.tr("Add a client by hand"))
        self.new_hint.setText(self.tr("Start from scratch: type in your first client."))
        self._show_defaults()

    def show_defaults(self, region: str, country: str | None) -> None:
        self._defaults = (region, country)
        self._show_defaults()

    def _show_defaults(self) -> None:
        if self._defaults is None:
            self.defaults.setText("")
            return
        region, country = self._defaults
        holidays = country or self.tr("none")
        self.defaults.setText(
            self.tr(
                "Phone numbers without a country code are read as {region} numbers; "
                "public holidays: {country}. Change them in Settings."
            ).format(region=region, country=holidays)
        )
