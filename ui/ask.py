"""Questions asked in a modal dialog, behind one seam that tests replace.

Views call these through the module (`ask.confirm(...)`), so a test answers with
`monkeypatch.setattr(ask, "confirm", ...)` instead of driving a nested event loop.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def pick_date(
    parent: QWidget | None, title: str, prompt: str, initial: date, earliest: date
) -> date | None:
    from ui.dialogs.pick_date import PickDateDialog  # built on demand, not at start-up

    dlg = PickDateDialog(title, prompt, initial, earliest, parent)
    return dlg.chosen() if dlg.exec() else None


def stop_whom(parent: QWidget | None, client: str, channel: str) -> bool | None:
    """Do-not-contact: True stops the client, False only the channel, None cancels."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Ask", "Do not contact"))
    box.setText(
        translate(
            "Ask", "Stop contacting {client} over {channel} only, or stop the client entirely?"
        ).format(client=client, channel=channel)
    )
    only_channel = box.addButton(
        translate("Ask", "This channel"), QMessageBox.ButtonRole.AcceptRole
    )
    whole = box.addButton(translate("Ask", "The client"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is only_channel:
        return False
    if box.clickedButton() is whole:
        return True
    return None


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def error_box(parent: QWidget | None, title: str, text: str, details: str) -> QMessageBox:
    """A warning with a "Copy details" button that puts `details` on the clipboard."""
    from PySide6.QtGui import QGuiApplication

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    copy = box.addButton(translate("Ask", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # keep the box open after copying
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    box.setObjectName("error-box")
    return box


def error(parent: QWidget | None, title: str, text: str, details: str) -> None:
    error_box(parent, title, text, details).exec()


def save_file(parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
    """Where to save a file; `suggested` is the proposed path (its folder is created)."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(name) if name else None


def open_file(parent: QWidget | None, title: str, start: Path, filters: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(parent, title, str(start), filters)
    return Path(name) if name else None


def open_files(parent: QWidget | None, title: str, start: Path, filters: str) -> list[Path]:
    from PySide6.QtWidgets import QFileDialog

    names, _ = QFileDialog.getOpenFileNames(parent, title, str(start), filters)
    return [Path(n) for n in names]


def file_saved(parent: QWidget | None, title: str, text: str, path: Path) -> None:
    """Tell where a file was written, with buttons to open it or its folder."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    open_it = box.addButton(translate("Ask", "Open"), QMessageBox.ButtonRole.ActionRole)
    folder = box.addButton(translate("Ask", "Show folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_it:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif box.clickedButton() is folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
