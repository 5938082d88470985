"""The main window's layout across runs: geometry, splitters, the Book's columns, the
Planning mode (QSettings, never the book)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication

from ui import state

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


def restore_geometry(win: QMainWindow) -> None:
    geometry = state.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        win.restoreGeometry(geometry)
    else:
        screen = QGuiApplication.primaryScreen()
        avail = screen.availableGeometry() if screen else None
        w, h = 1280, 800
        if avail is not None:
            w, h = min(w, avail.width() - 40), min(h, avail.height() - 40)
        win.resize(w, h)
    win_state = state.value("window/state")
    if isinstance(win_state, QByteArray):
        win.restoreState(win_state)


def restore_view_state(key: str, view: Any) -> None:
    splitter = getattr(view, "splitter", None)
    saved = state.value(f"{key}/splitter")
    if splitter is not None and isinstance(saved, QByteArray):
        splitter.restoreState(saved)
    if key == "book":
        header = state.value("book/header")
        if isinstance(header, QByteArray):
            view.table.horizontalHeader().restoreState(header)
    if key == "planning":
        mode = state.value("planning/mode", "week")
        if mode in ("week", "month"):
            view.mode = mode
            view.week_button.setChecked(mode == "week")
            view.month_button.setChecked(mode == "month")
            view.stack.setCurrentIndex(0 if mode == "week" else 1)


def save_state(win: QMainWindow, views: dict[str, Any]) -> None:
    s = state.settings()
    s.setValue("window/geometry", win.saveGeometry())
    s.setValue("window/state", win.saveState())
    for key, view in views.items():
        splitter = getattr(view, "splitter", None)
        if splitter is not None:
            s.setValue(f"{key}/splitter", splitter.saveState())
    if "book" in views:
        s.setValue("book/header", views["book"].table.horizontalHeader().saveState())
    if "planning" in views:
        s.setValue("planning/mode", views["planning"].mode)
    s.sync()
