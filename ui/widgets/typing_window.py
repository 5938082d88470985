"""Search as you type without waiting for the last key (issue 13, point 4).

The first key after a pause is asked for at once and opens a window; the keys typed
inside it are asked for once, with the text as it is then, when the window closes (and
that opens the next one). Later keys never restart the window, so results follow the
typing at least once a window instead of only after the typing stops, as a restarting
debounce timer does. The asker drops stale answers (its own generation count).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

WINDOW_MS = 80  # ≤ 100 ms after each key (DESIGN.md section 8, issue 13)


class TypingWindow(QObject):
    def __init__(
        self, ask: Callable[[], None], parent: QObject, interval_ms: int = WINDOW_MS
    ) -> None:
        super().__init__(parent)
        self._ask = ask
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._closed)
        self._typed_inside = False  # keys typed since the window opened, not asked for yet

    def interval(self) -> int:
        return self._timer.interval()

    def typed(self) -> None:
        """A key changed the text."""
        if self._timer.isActive():
            self._typed_inside = True  # asked for when the window closes
            return
        self._ask()  # the first key after a pause answers without waiting
        self._timer.start()

    def now(self) -> None:
        """Ask now and forget what the open window gathered (a filter changed, Enter)."""
        self._timer.stop()
        self._typed_inside = False
        self._ask()

    def _closed(self) -> None:
        if self._typed_inside:
            self._typed_inside = False
            self._ask()  # the text as it is now: every key typed inside the window
            self._timer.start()
