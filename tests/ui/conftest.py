"""UI tests: real book files, a fixed clock, QSettings in tmp_path, synchronous operations.

One demo book is generated per session and copied for each test, so every test starts
from the same few hundred clients and none depends on another's changes.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings

import ui  # noqa: F401

# A Thursday morning; every date in the tests follows from this instant.
FIXED_NOW = datetime(2026, 3, 12, 10, 30, tzinfo=ZoneInfo("Europe/Warsaw"))
DEMO_CLIENTS = 300


def fixed_clock() -> datetime:
    return FIXED_NOW


def make_demo(path: Path, clients: int, locale: str = "en", catalog: bool = False) -> Path:
    """A demo book; without its catalog and sales unless asked (the sales tests build
    their own catalog)."""
    from planner.db import Book
    from planner.demo import generate

    book = Book(path)
    try:
        generate(book, clients, 11, locale, FIXED_NOW.date(), catalog=catalog)  # type: ignore[arg-type]
    finally:
        book.close()
    return path


def copy_book(src: Path, dst: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        s = Path(str(src) + suffix)
        if s.exists():
            shutil.copyfile(s, Path(str(dst) + suffix))
    return dst


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory.mktemp("template") / "demo.sqlite", DEMO_CLIENTS)


@pytest.fixture
def book_path(demo_template: Path, tmp_path: Path) -> Path:
    return copy_book(demo_template, tmp_path / "book.sqlite")


@pytest.fixture(autouse=True)
def qsettings_in_tmp(tmp_path: Path) -> None:
    """QSettings (organisation ContactPlanner) write under tmp_path, never the home folder."""
    folder = tmp_path / "qsettings"
    folder.mkdir(exist_ok=True)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def system_locale_c(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new book's region and holidays follow the system locale: fix it, so that tests
    do not depend on the machine's (a test that wants another locale sets its own)."""
    from ui.mainwindow import MainWindow

    monkeypatch.setattr(MainWindow, "system_locale", "C")


@pytest.fixture
def clock() -> Callable[[], datetime]:
    return fixed_clock


@pytest.fixture
def make_window(qtbot, clock):  # type: ignore[no-untyped-def]
    """Build a main window over a book with synchronous operations (work runs at once)."""
    from ui.i18n import Translations
    from ui.mainwindow import MainWindow
    from ui.operations import Operations

    made: list = []

    def make(path: Path, *, language: str = "en", synchronous: bool = True) -> MainWindow:
        translations = Translations()
        translations.apply(language)
        ops = Operations(synchronous=synchronous)
        win = MainWindow(ops, path, translations, clock, tray=False)
        qtbot.addWidget(win)
        made.append((win, ops, translations))
        win.show()
        win.start()
        qtbot.waitUntil(lambda: win.is_empty is not None, timeout=20_000)
        return win

    yield make
    for win, ops, translations in made:
        win.close()
        ops.shutdown()
        translations.apply("en")


@pytest.fixture
def window(make_window, book_path):  # type: ignore[no-untyped-def]
    return make_window(book_path)


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal box nobody answers would hang the run: fail loudly instead. Tests that
    expect one replace the function again with their own recorder."""
    from ui import ask

    def unexpected(name: str) -> Callable[..., None]:
        def box(*args: object, **kwargs: object) -> None:
            raise AssertionError(f"unexpected ask.{name}{args[1:]}")

        return box

    for name in ("warn", "error", "info", "file_saved", "confirm", "pick_date", "stop_whom"):
        monkeypatch.setattr(ask, name, unexpected(name))


class CallLog(list[str]):
    """The order in which watched functions were entered, from any thread (the worker's
    and the UI's): `watch(owner, name, label)` records `label` on each call."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        super().__init__()
        self._monkeypatch = monkeypatch
        self._lock = threading.Lock()

    def watch(self, owner: Any, name: str, label: str) -> None:
        inner = getattr(owner, name)

        def record(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                self.append(label)
            return inner(*args, **kwargs)

        self._monkeypatch.setattr(owner, name, record)


@pytest.fixture
def call_log(monkeypatch: pytest.MonkeyPatch) -> CallLog:
    return CallLog(monkeypatch)
