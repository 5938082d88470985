"""File → Connect to a team book…: the address of a PostgreSQL team book and its password.

The password goes to the system keyring (planner.team.url, service `contact-planner`)
when "Remember" is ticked and is used for this connection only otherwise; it is never
written to QSettings, never part of the address the window shows or remembers, and never
in a message.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

DEFAULT_PORT = 5432


@dataclass(frozen=True, slots=True)
class TeamAddress:
    host: str
    port: int
    database: str
    user: str

    @property
    def url(self) -> str:
        """The address as the window shows and remembers it: never with a password."""
        return (
            f"postgresql://{quote(self.user, safe='')}@{self.host}:{self.port}/"
            f"{quote(self.database, safe='')}"
        )

    def with_password(self, password: str) -> str:
        """The address to connect with when the password is not kept in the keyring."""
        return (
            f"postgresql://{quote(self.user, safe='')}:{quote(password, safe='')}@"
            f"{self.host}:{self.port}/{quote(self.database, safe='')}"
        )

    @classmethod
    def parse(cls, url: str) -> TeamAddress | None:
        from sqlalchemy.engine import make_url

        try:
            u = make_url(url)
        except Exception:
            return None
        host, port = u.host or "localhost", u.port or DEFAULT_PORT
        return cls(host, port, u.database or "", u.username or "")


class ConnectDialog(QDialog):
    """Host, port, database, user, password and "remember"; `location()` after OK."""

    def __init__(self, parent: QWidget | None = None, last: TeamAddress | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connect-dialog")
        self.setWindowTitle(self.tr("Connect to a team book"))
        self.host = QLineEdit(last.host if last else "localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(last.port if last else DEFAULT_PORT)
        self.database = QLineEdit(last.database if last else "")
        self.user = QLineEdit(last.user if last else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setChecked(True)
        self.problem = QLabel()
        self.problem.setObjectName("connect-problem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("A team book lives on your team's PostgreSQL server; ask your manager."))
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._location: str | None = None

    def address(self) -> TeamAddress:
        return TeamAddress(
            self.host.text().strip() or "localhost",
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
        )

    def accept(self) -> None:
        address = self.address()
        if not address.database or not address.user:
            self.problem.setText(self.tr("Enter the database and your user name."))
            return
        password = self.password.text()
        location = address.url
        if password and self.remember.isChecked():
            from planner.team.url import parse, store_password

            try:
                store_password(parse(address.url), password)
            except Exception:  # no keyring on this machine: use it for this session only
                location = address.with_password(password)
        elif password:
            location = address.with_password(password)
        self.password.clear()
        self._location = location
        super().accept()

    def location(self) -> str | None:
        """What to open (may carry a password not kept in the keyring: never show it)."""
        return self._location
