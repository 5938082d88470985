"""The status bar says so while an edit waits for another writer of the book (an import
or a re-plan in another window or program); the edit retries by itself meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar

from ui.operations import Operations


class BookWaitIndicator(QObject):
    def __init__(self, ops: Operations, status: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = status
        self._shown = ""
        ops.waiting_changed.connect(self.set_waiting)

    def text(self) -> str:
        return self.tr(
            "Waiting for the book: another window or program is saving a long change. "
            "Your change will be saved as soon as it is done…"
        )

    def set_waiting(self, waiting: bool) -> None:
        if waiting:
            self._shown = self.text()
            self._status.showMessage(self._shown)
        elif self._shown and self._status.currentMessage() == self._shown:
            self._status.clearMessage()  # only our message: another may have replaced it
            self._shown = ""
