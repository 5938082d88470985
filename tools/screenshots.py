"""Screenshots of every main screen in English, Russian and Polish, for docs and review.

Run under a real X server so fonts, styles and window decorations are the real ones:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py

Writes docs/screenshots/<lang>-<screen>.png. Each language gets its own demo book
(generated in that language with a fixed "today"), so the pictures are reproducible.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import ui  # noqa: E402,F401  (first: the PySide6 refcount workaround)

TODAY = date(2026, 3, 12)
NOW = datetime(2026, 3, 12, 10, 30, tzinfo=ZoneInfo("Europe/Warsaw"))
SIZE = (1360, 860)
LANGUAGES = ("en", "ru", "pl")
DEMO_CLIENTS = 400


def clock() -> datetime:
    return NOW


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def demo_book(folder: Path, language: str) -> Path:
    from planner.db import Book
    from planner.demo import generate

    path = folder / f"demo-{language}.sqlite"
    book = Book(path)
    try:
        generate(book, DEMO_CLIENTS, 20240917, language, TODAY)  # type: ignore[arg-type]
    finally:
        book.close()
    return path


def save(widget: QWidget, out: Path, name: str, app: QApplication) -> Path:
    settle(app)
    target = out / f"{name}.png"
    widget.grab().save(str(target))
    print(target)
    return target


def window_for(book: Path, language: str, app: QApplication):  # type: ignore[no-untyped-def]
    from ui.i18n import Translations
    from ui.mainwindow import MainWindow
    from ui.operations import Operations

    translations = Translations()
    translations.apply(language)
    ops = Operations(synchronous=True)
    win = MainWindow(ops, book, translations, clock, tray=False)
    win.resize(*SIZE)
    win.show()
    win.start()
    settle(app)
    return win, ops, translations


def shoot_language(language: str, work: Path, out: Path, app: QApplication) -> list[Path]:
    shots: list[Path] = []
    prefix = f"{language}-"

    # Welcome: an empty book.
    win, ops, tr = window_for(work / f"empty-{language}.sqlite", language, app)
    shots.append(save(win, out, prefix + "welcome", app))
    win.close()
    ops.shutdown()

    win, ops, tr = window_for(demo_book(work, language), language, app)
    today = win.today
    today.next_touch()
    settle(app)
    shots.append(save(win, out, prefix + "today", app))

    win.show_view("book")
    book = win.book_view
    book.table.selectRow(2)
    settle(app)
    shots.append(save(win, out, prefix + "book", app))
    book.edit_client()
    if book.edit_dialog is not None:
        shots.append(save(book.edit_dialog, out, prefix + "client-edit", app))
        book.edit_dialog.reject()

    win.show_view("planning")
    planning = win.planning_view
    planning.set_mode("week")
    settle(app)
    shots.append(save(win, out, prefix + "planning-week", app))
    planning.set_mode("month")
    settle(app)
    shots.append(save(win, out, prefix + "planning-month", app))
    planning.set_mode("week")

    win.open_settings()
    dialog = win.settings_dialog
    if dialog is not None:
        dialog.resize(900, 600)
        for index, name in ((0, "settings"), (1, "settings-calendar"), (3, "settings-tiers")):
            dialog.tabs.setCurrentIndex(index)
            shots.append(save(dialog, out, prefix + name, app))
        dialog.reject()
    win.close()
    ops.shutdown()
    tr.apply("en")
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=LANGUAGES, action="append")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="cp-screenshots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    from ui.app import application

    app = application()
    done: list[Path] = []
    shoot: Callable[[str], list[Path]] = lambda lang: shoot_language(lang, work, args.out, app)  # noqa: E731
    for language in args.lang or LANGUAGES:
        done.extend(shoot(language))
    QTimer.singleShot(0, app.quit)
    app.exec()
    print(f"{len(done)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
