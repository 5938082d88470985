"""The main window's side of team books: File → Connect…, File → Open recent, the title.

A team book's location is a `postgresql://USER@HOST:PORT/DATABASE` address (the window
keeps it apart from `book_path`, which stays a local folder for backups and exports);
what is shown or remembered never carries a password.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, TypeAlias

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from ui import state

# The main window (ui.mainwindow imports this module, so no type import back: no circle).
MainWindow: TypeAlias = Any


RECENT_KEY = "book/recent"
RECENT_MAX = 8


translate = QCoreApplication.translate


def is_team(location: object) -> bool:
    from planner.team.url import is_team_url

    return is_team_url(location)


def without_password(location: str) -> str:
    from sqlalchemy.engine import URL, make_url

    try:
        u = make_url(location)
    except Exception:
        return "postgresql://"
    bare = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query)
    return str(bare.render_as_string(hide_password=True))


def split_location(location: Path | str) -> tuple[Path, str | None]:
    """(the local path the window's file actions use, the team book's address or None)."""
    if is_team(location):
        from planner.db import default_book_path

        return default_book_path().with_name("team.sqlite"), str(location)
    return Path(location).expanduser(), None


def describe(url: str) -> tuple[str, str, str]:
    """(database, host, user) of a team book's address."""
    from ui.dialogs.connect import TeamAddress

    a = TeamAddress.parse(url)
    if a is None:
        return "?", "?", "?"
    host = a.host if a.port == 5432 else f"{a.host}:{a.port}"
    return a.database, host, a.user


def window_title(win: MainWindow) -> str:
    url = getattr(win, "team_url", None)
    if url:
        database, host, user = describe(url)
        return translate(
            "TeamBook", "Contact Planner — team book {book} on {host} ({user})"
        ).format(book=database, host=host, user=user)
    return translate("MainWindow", "Contact Planner — {book}").format(book=win.book_path.name)


def status_text(win: MainWindow) -> str:
    url = getattr(win, "team_url", None)
    if url:
        database, host, user = describe(url)
        return translate("TeamBook", "Team book {book} on {host}, signed in as {user}").format(
            book=database, host=host, user=user
        )
    return str(win.book_path)


def remembered(win: MainWindow) -> str:
    """What File → Open recent and the next start keep: never a password."""
    url = getattr(win, "team_url", None)
    return without_password(url) if url else str(win.book_path)


# --- File → Open recent ----------------------------------------------------------------------
def recent() -> list[str]:
    found = state.value(RECENT_KEY, [])
    if isinstance(found, str):
        found = [found]
    return [str(x) for x in (found or []) if x]


def add_recent(location: str) -> None:
    kept = [location, *(x for x in recent() if x != location)][:RECENT_MAX]
    state.set_value(RECENT_KEY, kept)


def fill_recent(menu: QMenu, win: MainWindow) -> None:
    menu.clear()
    items = recent()
    for location in items:
        if is_team(location):
            database, host, user = describe(location)
            label = translate("TeamBook", "Team book {book} on {host} ({user})").format(
                book=database, host=host, user=user
            )
        else:
            label = location
        action = menu.addAction(label)
        action.setData(location)
        action.triggered.connect(lambda _=False, where=location: open_recent(win, where))
    if not items:
        menu.addAction(translate("TeamBook", "(none yet)")).setEnabled(False)


def open_recent(win: MainWindow, location: str) -> None:
    win.open_book(location if is_team(location) else Path(location))


# --- File → Connect to a team book… --------------------------------------------------------
def connect_team_book(win: MainWindow) -> None:
    from ui.dialogs.connect import ConnectDialog, TeamAddress

    last = next((TeamAddress.parse(x) for x in recent() if is_team(x)), None)
    dialog = ConnectDialog(win, last)
    if dialog.exec() and dialog.location():
        win.open_book(str(dialog.location()))


# --- the manager's live view -------------------------------------------------------------------
def team_views(win: MainWindow) -> None:
    """After a book opened: a manager of a team book gets the Team summary and the team's
    workbook; anyone else (and a laptop book) does not."""
    menus = win.menus
    menus.go_team.setVisible(False)
    menus.export_team.setVisible(False)
    if not getattr(win, "team_url", None):
        return

    def got(manager: bool) -> None:
        menus.go_team.setVisible(manager)
        menus.export_team.setVisible(manager)
        if manager and "team" not in win.views:
            from ui.views.team import TeamView

            view = TeamView(win.ops)
            win.views["team"] = view
            win.stack.addWidget(view)

    from ui.ops import team as team_ops

    team_ops.is_manager(win.ops, got)


def show_team(win: MainWindow) -> None:
    view = win.views.get("team")
    if view is not None:
        win.stack.setCurrentWidget(view)
        if getattr(view, "stale", False):
            view.refresh()


def export_team(win: MainWindow) -> None:
    """Ask where to save the team's workbook, named by the book's today (its clock and
    time zone, not the machine's date), then write it."""
    from ui.ops import sales as sales_ops

    if "team" not in win.views:
        return

    def ask_where(today: date) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            win,
            translate("TeamBook", "Export the team's workbook"),
            str(win.book_path.parent / team_file_name(today)),
            translate("TeamBook", "Excel workbooks (*.xlsx)"),
        )
        if name:
            export_team_to(win, Path(name))

    sales_ops.today(win.ops, ask_where)


def team_file_name(today: date) -> str:
    return f"team-{today.isoformat()}.xlsx"


def export_team_to(win: MainWindow, path: Path) -> None:
    from ui import ask
    from ui.ops import team as team_ops

    def done(result: object) -> None:
        win.last_result = result
        ask.file_saved(
            win,
            translate("TeamBook", "Export the team's workbook"),
            translate("TeamBook", "The team's workbook is saved to {path}.").format(path=path),
            path,
        )

    team_ops.export_team(win.ops, translate("TeamBook", "Writing the team's workbook…"), path, done)
