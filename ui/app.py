"""The desktop app's entry point: `contact-planner` with no command lands here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ui import state
from ui.i18n import LANGUAGES, Translations, system_language

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow


def book_location(text: str) -> Path | str:
    """`--db`: a team book's address stays as typed, anything else is a file path."""
    from planner.team.url import book_location as location

    found = location(text)
    return found.expanduser() if isinstance(found, Path) else found


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="contact-planner", description="Contact Planner")
    parser.add_argument(
        "--db",
        type=book_location,
        default=None,
        help="the book to open: a .sqlite file, or a team book's postgresql://USER@HOST/DB",
    )
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help="UI language")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    QCoreApplication.setOrganizationName(state.ORGANISATION)
    QCoreApplication.setApplicationName(state.APPLICATION)
    QGuiApplication.setApplicationDisplayName("Contact Planner")
    app = QApplication([sys.argv[0] if sys.argv else "contact-planner", *(argv or [])])
    QGuiApplication.setDesktopFileName("contact-planner")
    return app


def build(
    argv: list[str] | None = None,
    *,
    clock: Callable[[], datetime] | None = None,
    synchronous: bool = False,
    tray: bool = True,
) -> tuple[QApplication, MainWindow]:
    """Create the application and the main window, show it, and return both.

    The book is opened after the first paint (MainWindow.start), off the UI thread.
    """
    args = parse_args(list(argv or []))
    app = application()
    from ui.mainwindow import MainWindow
    from ui.operations import Operations

    translations = Translations()
    saved = state.value("ui/language")
    language = args.lang or (saved if saved in LANGUAGES else None) or system_language()
    translations.apply(language)
    if args.db is not None:
        book = args.db
    else:
        from planner.db import default_book_path

        book = default_book_path()
    ops = Operations(app, synchronous=synchronous)
    window = MainWindow(ops, book, translations, clock, tray=tray)  # a path or a team URL
    window.language_from_book = args.lang is None and saved not in LANGUAGES
    window.show()
    app.aboutToQuit.connect(ops.shutdown)
    return app, window


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    app, window = build(args)
    code = app.exec()
    del window
    return int(code)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
