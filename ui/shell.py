"""What the main window's action objects may use of the window.

The window owns its actions (`WindowActions`, `SalesActions`, `FileActions`), its menus
and its pages; they see the window only through this protocol, so none of them imports
`ui.mainwindow` and the window's modules form no import circle.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMainWindow, QMenuBar, QStatusBar

    from ui.i18n import Translations
    from ui.operations import Operations
    from ui.undo import UndoActions
    from ui.views.book import BookView
    from ui.views.page import Page


class Window(Protocol):
    """The main window as its actions see it."""

    ops: Operations
    book_path: Path
    translations: Translations
    clock: Callable[[], datetime] | None
    views: dict[str, Page]
    current: str
    undo: UndoActions
    undo_stack: QUndoStack

    @property
    def widget(self) -> QMainWindow:
        """The window itself, as the parent of dialogs and the owner of actions."""
        ...

    @property
    def book_view(self) -> BookView: ...

    def statusBar(self) -> QStatusBar: ...

    def menuBar(self) -> QMenuBar: ...

    def open_book(self, path: Path) -> None: ...

    def show_view(self, key: str, *, force: bool = False) -> None: ...

    def refresh_views(self) -> None: ...

    def set_language(self, code: str) -> None: ...
