"""What the main window's menus do: books, demo, import, backup, settings, help."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ui.texts import error_text

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from ui.dialogs.settings import SettingsDialog
    from ui.mainwindow import MainWindow

DEMO_CLIENTS = 400
DEMO_SEED = 20240917


def demo_path(book: Path, language: str) -> Path:
    return book.parent / f"demo-{language}.sqlite"


class WindowActions:
    """Mixed into MainWindow; `self` is the window."""

    settings_dialog: SettingsDialog | None = None
    import_wizard: Any = None

    # --- books -------------------------------------------------------------------------------
    def choose_book(self: MainWindow) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("WindowActions", "Open book"),
            str(self.book_path.parent),
            translate("WindowActions", "Contact Planner books (*.sqlite *.db);;All files (*)"),
        )
        if name:
            self.open_book(Path(name))

    def choose_new_book(self: MainWindow) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("WindowActions", "New book"),
            str(self.book_path.parent / "book.sqlite"),
            translate("WindowActions", "Contact Planner books (*.sqlite)"),
        )
        if name:
            self.open_book(Path(name))

    def open_demo(self: MainWindow) -> None:
        """Write a demo book in the UI language beside the current one, then open it."""
        language = self.translations.language
        path = demo_path(self.book_path, language)
        clock = self.clock or (lambda: datetime.now().astimezone())
        today = clock().date()

        def work(_services: Any, progress: Any) -> Path:
            from planner.db import Book
            from planner.demo import generate

            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            book = Book(path)
            try:
                generate(book, DEMO_CLIENTS, DEMO_SEED, language, today, progress)  # type: ignore[arg-type]
            finally:
                book.close()
            return path

        def failed(exc: BaseException) -> None:
            from ui import ask

            ask.warn(self, translate("WindowActions", "Demo book"), error_text(exc))

        self.ops.run_with_progress(
            translate("WindowActions", "Creating a demo book…"),
            work,
            self.open_book,
            failed,
            mutating=False,
            needs_book=False,
            parent=self,
        )

    def import_clients(self: MainWindow) -> None:
        from ui.dialogs.import_info import run_import

        run_import(self)

    def backup_now(self: MainWindow) -> None:
        def done(path: Path) -> None:
            self.statusBar().showMessage(
                translate("WindowActions", "Backed up to {path}").format(path=path), 8000
            )

        self.ops.query(lambda s: s.backups.backup(), done)

    # --- settings ----------------------------------------------------------------------------
    def open_settings(self: MainWindow) -> None:
        from ui.dialogs.settings import SettingsDialog

        if not self.ops.has_book:
            return
        dlg = SettingsDialog(self.ops, self)
        dlg.saved.connect(self._settings_saved)
        dlg.finished.connect(lambda _r: setattr(self, "settings_dialog", None))
        self.settings_dialog = dlg
        dlg.open()

    def _settings_saved(self: MainWindow, values: dict[str, str]) -> None:
        language = values.get("ui.language")
        if language and language != self.translations.language:
            self.set_language(language)
        self.statusBar().showMessage(
            translate("WindowActions", "Settings saved; the plan is up to date."), 6000
        )

    def replan_book(self: MainWindow) -> None:
        def done(result: Any) -> None:
            self.statusBar().showMessage(
                translate(
                    "WindowActions",
                    "Re-planned {clients} clients: {touches} touches, {over} overbooked.",
                ).format(clients=result.clients, touches=result.touches, over=result.overbooked),
                8000,
            )

        self.ops.run_with_progress(
            translate("WindowActions", "Re-planning the whole book…"),
            lambda s, progress: s.planning.replan_all(progress),
            done,
            parent=self,
        )

    # --- clients (menu shortcuts into the Book) ----------------------------------------------
    def new_client(self: MainWindow) -> None:
        if self.ops.has_book:
            self.show_view("book")
            self.book_view.new_client()

    def edit_client(self: MainWindow) -> None:
        self.show_view("book")
        self.book_view.edit_client()

    def delete_client(self: MainWindow) -> None:
        self.show_view("book")
        self.book_view.delete_client()

    def find_client(self: MainWindow) -> None:
        self.show_view("book")
        self.book_view.focus_search()

    # --- help --------------------------------------------------------------------------------
    def shortcuts_text(self: MainWindow) -> str:
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

    def show_shortcuts(self: MainWindow) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self, translate("WindowActions", "Keyboard shortcuts"), self.shortcuts_text()
        )

    def show_about(self: MainWindow) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            translate("WindowActions", "About Contact Planner"),
            translate(
                "WindowActions",
                "Contact Planner plans regular touches with every client by their tier "
                "and preferred channel, and tells you every morning whom to contact and why.",
            ),
        )
