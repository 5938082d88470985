"""Questions asked in a modal dialog, behind one seam that tests replace.

Views call these through the module (`ask.confirm(...)`), so a test answers with
`monkeypatch.setattr(ask, "confirm", ...)` instead of driving a nested event loop.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.dialogs.pick_date import PickDateDialog

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
