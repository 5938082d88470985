"""Start-up: the window paints before any database library loads, Today shows the book's
first screen read from its file while the book opens, and the real load replaces it.
Real worker, real book, the real app in a child process for what is imported when."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.errors import BookError

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "holidays", "dateutil", "jinja2", "openpyxl", "xlsxwriter")

CHILD = """
import json, sys, tempfile
from PySide6.QtCore import QSettings, QTimer
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
import ui.app

HEAVY = {heavy!r}
seen = {{}}
app, window = ui.app.build(["--db", sys.argv[1], "--lang", "en"], tray=False)

def loaded():
    return sorted({{m.split(".")[0] for m in sys.modules if m.startswith(HEAVY)}})

def painted():
    seen.setdefault("painted", loaded())
    seen.setdefault("painted_views", "planner.services.views" in sys.modules)

def first_screen():
    data = window.today.data
    seen["first"] = {{
        "look": data.first_look,
        "book_open": window.ops.has_book,
        "ids": [t.id for t in data.due],
    }}

def ready():
    data = window.today.data
    seen["ready"] = {{"look": data.first_look, "ids": [t.id for t in data.due]}}
    print(json.dumps(seen), flush=True)
    QTimer.singleShot(0, window.close)

window.first_painted.connect(painted)
window.first_screen.connect(first_screen)
window.ready.connect(ready)
QTimer.singleShot(120_000, app.quit)
app.exec()
"""


def test_first_paint_loads_no_database_library_and_today_fills_from_the_file(
    book_path: Path,
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(heavy=HEAVY), str(book_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr
    seen = json.loads(lines[-1])
    assert seen["painted"] == []  # the first paint waits for no database library
    assert seen["painted_views"] is False  # nor for the services' view records
    first = seen["first"]
    assert first["look"] is True
    assert first["book_open"] is False
    assert first["ids"]  # the demo's today has touches
    assert seen["ready"]["look"] is False  # then the open book's own load
    assert seen["ready"]["ids"] == first["ids"]


@pytest.fixture
def starting(qtbot, clock):  # type: ignore[no-untyped-def]
    """A window whose start is watched from its first step (make_window waits for the
    book to open before it hands the window over); `shown` records each Today load."""
    from ui.i18n import Translations
    from ui.mainwindow import MainWindow
    from ui.operations import Operations

    made: list = []

    def make(path: Path) -> tuple[MainWindow, list]:
        translations = Translations()
        translations.apply("en")
        ops = Operations(synchronous=False)
        win = MainWindow(ops, path, translations, clock, tray=False)
        qtbot.addWidget(win)
        made.append((win, ops))
        shown: list = []
        win.build_views()
        win.today.loaded.connect(lambda: shown.append(win.today.data))
        win.show()
        win.start()
        return win, shown

    yield make
    for win, ops in made:
        win.close()
        ops.shutdown()


def test_the_real_load_replaces_the_first_look(starting, book_path, qtbot) -> None:
    win, shown = starting(book_path)
    ready: list[bool] = []
    win.ready.connect(lambda: ready.append(win.ops.has_book))
    qtbot.waitUntil(lambda: bool(ready), timeout=60_000)
    qtbot.waitUntil(lambda: not win.ops.busy, timeout=60_000)
    first = shown[0]
    assert ready[0] is True  # ready only once the book is open
    assert first.first_look is True
    real = shown[1]  # the open book's own load (the daily step may change later ones)
    assert real.first_look is False
    assert real.screen == first.screen
    assert real.clients == first.clients > 0
    assert win.today.data is not None
    assert win.today.data.first_look is False
    current = win.today.current_touch()
    assert current is not None
    assert win.today.outcomes.touch is not None
    assert win.today.card.isEnabled()


def test_a_book_that_fails_to_open_leaves_no_first_look_on_screen(
    starting, book_path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.app import Services
    from ui import ask

    def refuse(cls: type[Services], path: object, clock: object = None) -> Services:
        raise BookError("integrity", "the book failed its integrity check")

    monkeypatch.setattr(Services, "open", classmethod(refuse))
    warned: list[str] = []
    monkeypatch.setattr(ask, "warn", lambda parent, title, text: warned.append(text))
    win, shown = starting(book_path)
    qtbot.waitUntil(lambda: bool(warned), timeout=60_000)
    qtbot.waitUntil(lambda: not win.ops.busy, timeout=60_000)
    assert shown  # the first look was shown while the book opened
    assert shown[0].first_look
    assert shown[0].due
    assert win.today.data is None
    assert win.today.model.rowCount() == 0
    assert win.today.current_touch() is None
    assert not any(b.isEnabled() for b in win.today.outcomes.buttons.values())
    assert "integrity" in warned[0]
