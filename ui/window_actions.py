"""What the main window's menus do: books, demo, import, backup, settings, help."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.ops import files as files_ops
from ui.ops import planning as planning_ops
from ui.texts import error_text

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from planner.services.result import Result
    from planner.services.views import ReplanResult
    from ui.dialogs.import_wizard import ImportWizard
    from ui.dialogs.settings import SettingsDialog
    from ui.shell import Window

DEMO_CLIENTS = 400
DEMO_SEED = 20240917


def demo_path(book: Path, language: str) -> Path:
    return book.parent / f"demo-{language}.sqlite"


class WindowActions:
    """The window's books, demo, import, backup, settings and help actions."""

    def __init__(self, win: Window) -> None:
        self.win = win
        self.settings_dialog: SettingsDialog | None = None
        self.import_wizard: ImportWizard | None = None

    # --- books -------------------------------------------------------------------------------
    def choose_book(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self.win.widget,
            translate("WindowActions", "Open book"),
            str(self.win.book_path.parent),
            translate("WindowActions", "Contact Planner books (*.sqlite *.db);;All files (*)"),
        )
        if name:
            self.win.open_book(Path(name))

    def choose_new_book(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self.win.widget,
            translate("WindowActions", "New book"),
            str(self.win.book_path.parent / "book.sqlite"),
            translate("WindowActions", "Contact Planner books (*.sqlite)"),
        )
        if name:
            self.win.open_book(Path(name))

    def open_demo(self) -> None:
        """Write a demo book in the UI language beside the current one, then open it."""
        language = self.win.translations.language
        path = demo_path(self.win.book_path, language)
        clock = self.win.clock or (lambda: datetime.now().astimezone())
        today = clock().date()

        def failed(exc: BaseException) -> None:
            from ui import ask

            ask.warn(self.win.widget, translate("WindowActions", "Demo book"), error_text(exc))

        files_ops.write_demo(
            self.win.ops,
            translate("WindowActions", "Creating a demo book…"),
            path,
            (DEMO_CLIENTS, DEMO_SEED, language, today),
            self.win.open_book,
            failed,
            self.win.widget,
        )

    def import_clients(self) -> None:
        from ui.dialogs.import_info import run_import

        wizard = run_import(self.win)
        if wizard is not None:
            self.import_wizard = wizard
            wizard.finished.connect(lambda _r: setattr(self, "import_wizard", None))

    def backup_now(self) -> None:
        def done(path: Path) -> None:
            self.win.statusBar().showMessage(
                translate("WindowActions", "Backed up to {path}").format(path=path), 8000
            )

        files_ops.backup(self.win.ops, done)

    def daily_backup(self) -> None:
        """The day's rotating backup, once a day, on the worker after the first screen; a
        failure says so in the status bar and never stops the work of the day."""

        def done(path: Path | None) -> None:
            if path is not None:
                self.win.statusBar().showMessage(
                    translate("WindowActions", "Today's backup: {path}").format(path=path.name),
                    8000,
                )

        def failed(exc: BaseException) -> None:
            self.win.statusBar().showMessage(
                translate("WindowActions", "Today's backup failed: {problem}").format(
                    problem=error_text(exc)
                ),
                15000,
            )

        files_ops.daily_backup(self.win.ops, done, failed)

    # --- settings ----------------------------------------------------------------------------
    def open_settings(self) -> None:
        from ui.dialogs.settings import SettingsDialog

        if not self.win.ops.has_book:
            return
        dlg = SettingsDialog(self.win.ops, self.win.widget)
        dlg.saved.connect(self._settings_saved)
        dlg.finished.connect(lambda _r: setattr(self, "settings_dialog", None))
        self.settings_dialog = dlg
        dlg.open()

    def _settings_saved(self, values: dict[str, str]) -> None:
        language = values.get("ui.language")
        if language and language != self.win.translations.language:
            self.win.set_language(language)
        self.win.statusBar().showMessage(
            translate("WindowActions", "Settings saved; the plan is up to date."), 6000
        )

    def replan_book(self) -> None:
        def done(outcome: Result[ReplanResult]) -> None:
            result = outcome.value
            self.win.statusBar().showMessage(
                translate(
                    "WindowActions",
                    "Re-planned {clients} clients: {touches} touches, {over} overbooked.",
                ).format(clients=result.clients, touches=result.touches, over=result.overbooked),
                8000,
            )

        planning_ops.replan_all(
            self.win.ops,
            translate("WindowActions", "Re-planning the whole book…"),
            done,
            self.win.widget,
        )

    # --- clients (menu shortcuts into the Book) ----------------------------------------------
    def new_client(self) -> None:
        if self.win.ops.has_book:
            self.win.show_view("book")
            self.win.book_view.new_client()

    def edit_client(self) -> None:
        self.win.show_view("book")
        self.win.book_view.edit_client()

    def delete_client(self) -> None:
        self.win.show_view("book")
        self.win.book_view.delete_client()

    def find_client(self) -> None:
        self.win.show_view("book")
        self.win.book_view.focus_search()

    # --- help --------------------------------------------------------------------------------
    def shortcuts_text(self) -> str:
        return "\n".join(
            [
                translate("WindowActions", "Alt+1 / Alt+2 / Alt+3 — Today, Book, Planning"),
                translate("WindowActions", "Alt+4 / Alt+5 / Alt+6 — Sales, Catalog, Call scripts"),
                translate(
                    "WindowActions",
                    "Ctrl+Shift+S — record a sale; Ctrl+Shift+P — price list for the client",
                ),
                translate("WindowActions", "Ctrl+Shift+E — export the report for your manager"),
                translate("WindowActions", "J / K or Down / Up — next / previous touch in Today"),
                translate(
                    "WindowActions", "Ctrl+1 … Ctrl+9 — log an outcome for the selected touch"
                ),
                translate("WindowActions", "N — write a note for the selected touch"),
                translate(
                    "WindowActions",
                    "Ctrl+F — search the book (in Book); Ctrl+Shift+F from anywhere",
                ),
                translate("WindowActions", "Ctrl+N — new client; Ctrl+E — edit; Ctrl+Del — delete"),
                translate("WindowActions", "Ctrl+Z / Ctrl+Shift+Z — undo / redo"),
                translate("WindowActions", "Ctrl+Shift+R — re-plan the whole book"),
                translate("WindowActions", "F5 — refresh"),
            ]
        )

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self.win.widget, translate("WindowActions", "Keyboard shortcuts"), self.shortcuts_text()
        )

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self.win.widget,
            translate("WindowActions", "About Contact Planner"),
            translate(
                "WindowActions",
                "Contact Planner plans regular touches with every client by their tier "
                "and preferred channel, and tells you every morning whom to contact and why.",
            ),
        )
