"""The desktop app on a real team book (issue 14, points 1 and 5): File → Connect to a
team book…, `--db postgresql://…`, Today showing the salesperson's own clients only, the
password kept in a keyring (a memory one set up here), never in QSettings; a manager's
live Team summary and the team's workbook exported straight from the database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import make_url

from planner.app import Services
from planner.db import Book
from planner.services.views import ClientInput, ContactPointInput
from planner.team.people import add_salesperson
from tests.conftest import fixed_clock

pytest.importorskip("pytestqt")
keyring = pytest.importorskip("keyring")

LATER = datetime(2026, 12, 14, 10, 0, tzinfo=ZoneInfo("Europe/Warsaw"))  # touches are due
SECRET = "s3cret-Pässword"


class MemoryKeyring(keyring.backend.KeyringBackend):  # type: ignore[misc]
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def qsettings_folder(tmp_path: Path) -> Path:
    from PySide6.QtCore import QSettings

    folder = tmp_path / "qsettings"
    folder.mkdir()
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return folder


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal box nobody answers would hang the run: fail loudly instead."""
    from ui import ask

    def unexpected(name: str) -> Callable[..., None]:
        def box(*args: object, **kwargs: object) -> None:
            raise AssertionError(f"unexpected ask.{name}{args[1:]}")

        return box

    for name in ("warn", "error", "info", "file_saved", "confirm"):
        monkeypatch.setattr(ask, name, unexpected(name))


def as_login(url: str, login: str) -> str:
    return make_url(url).set(username=login, password=None).render_as_string()


@pytest.fixture
def team(pg_url: str) -> str:
    admin = Services(Book(pg_url), fixed_clock())
    add_salesperson(admin.book.engine, "anna", "Anna Nowak")
    add_salesperson(admin.book.engine, "boris", "Борис Ёлкин")
    add_salesperson(admin.book.engine, "maria", "Maria Manager", manager=True)
    admin.close()
    for login, name in (("anna", "Jan Kowalski"), ("boris", "Пётр Петров")):
        member = Services(Book(as_login(pg_url, login)), fixed_clock())
        member.clients.add(
            ClientInput(name=name, tier="A", contacts=(ContactPointInput("call", "+48601234567"),))
        )
        member.close()
    return pg_url


@pytest.fixture
def make_window(qtbot: Any, qsettings_folder: Path) -> Iterator[Callable[..., Any]]:
    from ui.i18n import Translations
    from ui.mainwindow import MainWindow
    from ui.operations import Operations

    made: list[tuple[Any, Any]] = []

    def make(location: Path | str) -> MainWindow:
        translations = Translations()
        translations.apply("en")
        ops = Operations(synchronous=True)
        win = MainWindow(ops, location, translations, lambda: LATER, tray=False)
        qtbot.addWidget(win)
        made.append((win, ops))
        win.show()
        win.start()
        qtbot.waitUntil(lambda: win.is_empty is not None, timeout=30_000)
        return win

    yield make
    for win, ops in made:
        win.close()
        ops.shutdown()


def today_clients(win: Any) -> set[str]:
    assert win.today.data is not None
    return {t.client for t in win.today.data.due}


def all_qsettings(folder: Path) -> str:
    from ui import state

    state.settings().sync()
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files, "the window saved its settings"
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in files)


def test_connect_to_a_team_book_shows_ones_own_clients(
    team: str,
    make_window: Callable[..., Any],
    memory_keyring: MemoryKeyring,
    qsettings_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    from ui.dialogs import connect_window
    from ui.dialogs.connect import ConnectDialog

    win = make_window(tmp_path / "laptop.sqlite")
    url = make_url(team)

    def fill_and_connect(dialog: ConnectDialog) -> int:
        dialog.host.setText(url.host or "localhost")
        dialog.port.setValue(url.port or 5432)
        dialog.database.setText(url.database or "")
        dialog.user.setText("anna")
        dialog.password.setText(SECRET)
        dialog.remember.setChecked(True)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ConnectDialog, "exec", fill_and_connect)
    connect_window.connect_team_book(win)
    qtbot.waitUntil(lambda: win.team_url is not None and win.ops.has_book, timeout=30_000)
    qtbot.waitUntil(lambda: win.today.data is not None and win.is_empty is False, timeout=30_000)
    win.today.refresh()
    qtbot.waitUntil(lambda: bool(win.today.data and win.today.data.due), timeout=30_000)
    assert today_clients(win) == {"Jan Kowalski"}  # not Boris's client
    assert "anna" in win.windowTitle()
    assert url.database in win.windowTitle()
    assert "anna" in win.book_label.text()
    assert SECRET in memory_keyring.stored.values()
    saved = all_qsettings(qsettings_folder)
    assert url.database in saved  # remembered in File → Open recent …
    assert SECRET not in saved  # … but never with the password
    assert SECRET not in win.windowTitle() + win.book_label.text()
    assert not win.menus.go_team.isVisible()  # a salesperson has no team view
    recent = connect_window.recent()
    assert recent[0].startswith("postgresql://anna@")
    connect_window.fill_recent(win.menus.recent, win)
    labels = [a.text() for a in win.menus.recent.actions()]
    assert any("anna" in label and url.database in label for label in labels)


def test_the_command_line_opens_a_team_book() -> None:
    from ui.app import parse_args

    args = parse_args(["--db", "postgresql://anna@db.example:5433/sales"])
    assert args.db == "postgresql://anna@db.example:5433/sales"
    assert parse_args(["--db", "book.sqlite"]).db == Path("book.sqlite")


@pytest.mark.parametrize("sheet_rows", [None, 2])  # 2: one data row a sheet, the rest go on
def test_a_manager_sees_the_team_live_and_exports_its_workbook(
    team: str,
    make_window: Callable[..., Any],
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
    sheet_rows: int | None,
) -> None:
    from openpyxl import load_workbook

    from planner.io import sheets
    from ui import ask
    from ui.dialogs import connect_window

    if sheet_rows is not None:
        monkeypatch.setattr(sheets, "SHEET_ROWS", sheet_rows)

    win = make_window(as_login(team, "maria"))
    qtbot.waitUntil(lambda: win.menus.go_team.isVisible(), timeout=30_000)
    connect_window.show_team(win)
    view = win.views["team"]
    qtbot.waitUntil(lambda: view.data is not None, timeout=30_000)
    names = [view.people.item(r, 0).text() for r in range(view.people.rowCount())]
    assert names == ["Anna Nowak", "Борис Ёлкин", "Maria Manager", "Total"]
    clients = [view.people.item(r, 1).text() for r in range(view.people.rowCount())]
    assert clients == ["1", "1", "0", "2"]
    saved: list[Path] = []
    monkeypatch.setattr(ask, "file_saved", lambda _w, _t, _m, path: saved.append(path))
    out = tmp_path / "team.xlsx"
    suggested: list[str] = []

    def save_as(_parent: Any, _title: str, name: str, _filters: str) -> tuple[str, str]:
        suggested.append(name)
        return str(out), ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", save_as)
    connect_window.export_team(win)
    qtbot.waitUntil(lambda: saved == [out], timeout=60_000)
    # named by the book's today (its clock), not the machine's date
    today = win.ops._services.uiextras.today()
    assert [Path(n).name for n in suggested] == [f"team-{today.isoformat()}.xlsx"]
    book = load_workbook(out, read_only=True)
    try:
        summary = book[book.sheetnames[0]]
        cells = {str(c) for row in summary.iter_rows(values_only=True) for c in row if c}
        parts = [n for n in book.sheetnames if n == "Clients" or n.startswith("Clients (")]
        people = [r[0] for n in parts for r in book[n].iter_rows(min_row=2, values_only=True)]
    finally:
        book.close()
    assert {"Anna Nowak", "Борис Ёлкин"} <= cells
    assert sorted(people) == ["Anna Nowak", "Борис Ёлкин"]  # each salesperson's client
    assert len(parts) == (1 if sheet_rows is None else 2)


def test_the_connect_dialog_and_a_named_conflict_speak_russian(qtbot: Any) -> None:
    from planner.errors import Conflict
    from ui.dialogs.connect import ConnectDialog
    from ui.i18n import Translations
    from ui.texts import error_text
    from ui.views.team import TeamView

    translations = Translations()
    translations.apply("ru")
    try:
        dialog = ConnectDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Подключиться к командной базе"
        assert dialog.remember.text().startswith("Запомнить пароль")
        conflict = Conflict("client 7", who="Maria Manager", when=datetime(2026, 12, 2, 9, 30))
        text = error_text(conflict)
        assert text.startswith("Maria Manager изменил(а) эту запись в ")
        assert "2026-12-02" in text
        view = TeamView(None)  # type: ignore[arg-type] - no book: only its texts
        qtbot.addWidget(view)
        assert "Доля контактов" in view.headers()
        assert view.people_label.text() == "По продавцам"
    finally:
        translations.apply("en")


def test_a_not_remembered_password_is_used_but_never_kept(
    qtbot: Any, memory_keyring: MemoryKeyring
) -> None:
    from ui.dialogs.connect import ConnectDialog
    from ui.dialogs.connect_window import without_password

    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("db.example")
    dialog.database.setText("sales")
    dialog.user.setText("anna")
    dialog.password.setText(SECRET)
    dialog.remember.setChecked(False)
    dialog.accept()
    location = dialog.location()
    assert location is not None
    assert memory_keyring.stored == {}
    assert without_password(location) == "postgresql://anna@db.example:5432/sales"
    assert dialog.password.text() == ""
