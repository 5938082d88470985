"""One base for the main window's screens: load when shown, reload when the book changes.

A page is *stale* until it has read what it shows. It reads (`load`) the first time it is
shown and after a change that concerns it; a change while it is hidden only marks it
stale, so it reads once when it is shown again instead of after every change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from planner.services.views import Changes
    from ui.operations import Operations


class Page(QWidget):
    """A screen of the main window (Today, Book, Planning, Sales, Catalog, Scripts)."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.stale = True

    def load(self) -> None:
        """Read what the page shows from the book (off the UI thread)."""
        raise NotImplementedError

    def concerns(self, changes: Changes) -> bool:
        """Whether `changes` can alter what the page shows; every change by default."""
        return True

    def refresh(self) -> None:
        self.stale = False
        self.load()

    def editing(self) -> bool:
        """Unsaved work on screen that a reload would throw away (the page waits)."""
        return False

    def on_changes(self, changes: Changes) -> None:
        if not self.concerns(changes):
            return
        if self.isVisible() and not self.editing():
            self.refresh()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale and self.ops.has_book:
            self.refresh()
