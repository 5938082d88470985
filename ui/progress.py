"""A progress dialog that does not nag: it appears only when work outlasts ~500 ms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from ui.operations import ProgressState

SHOW_AFTER_MS = 500
POLL_MS = 100


class DelayedProgress:
    """Polls a `ProgressState` the worker fills in; Cancel asks the worker to stop."""

    def __init__(
        self, title: str, state: ProgressState, parent: QWidget | None, *, cancellable: bool = True
    ) -> None:
        self.title = title
        self.cancellable = cancellable
        self.state = state
        self.parent = parent
        self.dialog: QProgressDialog | None = None
        self._show = QTimer()
        self._show.setSingleShot(True)
        self._show.setInterval(SHOW_AFTER_MS)
        self._show.timeout.connect(self._appear)
        self._poll = QTimer()
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._update)
        self.finished = False

    def start(self) -> None:
        self._show.start()

    def _appear(self) -> None:
        if self.finished:
            return
        dialog = QProgressDialog(self.parent)
        dialog.setWindowTitle(self.title)
        dialog.setLabelText(self.title)
        dialog.setCancelButtonText(QCoreApplication.translate("Progress", "Cancel"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setRange(0, 0)
        dialog.canceled.connect(self._cancel)
        if not self.cancellable:
            dialog.setCancelButton(None)  # type: ignore[arg-type, unused-ignore]
        dialog.setMinimumWidth(360)
        dialog.show()
        self.dialog = dialog
        self._poll.start()

    def _update(self) -> None:
        if self.dialog is None:
            return
        done, total = self.state.snapshot()
        if total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))

    def _cancel(self) -> None:
        self.state.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(QCoreApplication.translate("Progress", "Cancelling…"))
            self.dialog.setCancelButton(None)  # type: ignore[arg-type, unused-ignore]
            self.dialog.show()

    @property
    def visible(self) -> bool:
        return self.dialog is not None and self.dialog.isVisible()

    def finish(self) -> None:
        self.finished = True
        self._show.stop()
        self._poll.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
