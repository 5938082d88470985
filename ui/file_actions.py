"""Files out of (and into) the book from the File menu: the managers' report, merging
reports, iCalendar, one client's data, moving the whole book. All off the UI thread."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ui import ask
from ui.texts import error_text

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from ui.dialogs.export_options import ExportChoice
    from ui.mainwindow import MainWindow


def book_files() -> str:
    return translate("FileActions", "Contact Planner book files (*.cpbook);;All files (*)")


def report_texts() -> tuple[str, str]:
    """The title and the explanation of Export report."""
    return (
        translate("FileActions", "Export report"),
        translate(
            "FileActions",
            "One Excel workbook for your manager: a summary with KPIs and charts, "
            "your clients, the plan, the history and the sales of the period.",
        ),
    )


class FileActions:
    """Mixed into MainWindow; `self` is the window."""

    last_result: Any = None  # the last file operation's result (tests, status)

    def _documents(self: MainWindow) -> Path:
        return self.book_path.parent

    def _warn_failure(self: MainWindow, title: str) -> Any:
        def failed(exc: BaseException) -> None:
            ask.warn(self, title, error_text(exc))

        return failed

    def _is_the_book(self: MainWindow, path: Path) -> bool:
        if path.exists() and path.resolve() == self.book_path.resolve():
            ask.warn(
                self,
                translate("FileActions", "Export"),
                translate("FileActions", "That file is the book itself; choose another."),
            )
            return True
        return False

    def _options(
        self: MainWindow,  # asks for the period, language and file, then calls `then`
        title: str,
        intro: str,
        days: tuple[int, int],
        name: str,
        filters: str,
        then: Any,
    ) -> None:
        from ui.dialogs.export_options import ExportDialog

        def got(today: date) -> None:
            period = (today + timedelta(days=days[0]), today + timedelta(days=days[1]))
            dlg = ExportDialog(
                title,
                intro,
                period,
                self.translations.language,
                self._documents() / name.format(day=today.isoformat()),
                filters,
                self,
            )
            if dlg.exec():
                then(dlg.choice())

        self.ops.query(lambda s: s.uiextras.today(), got)

    # --- the managers' report ----------------------------------------------------------------
    def export_report(self: MainWindow, choice: ExportChoice | None = None) -> None:
        if not self.ops.has_book:
            return
        if choice is None:
            self._options(
                *report_texts(),
                (-30, 30),
                "report-{day}.xlsx",
                translate("FileActions", "Excel workbooks (*.xlsx)"),
                self.export_report,
            )
            return
        if self._is_the_book(choice.path):
            return
        c = choice

        def done(result: Any) -> None:
            self.last_result = result
            rows = ", ".join(f"{k} {v}" for k, v in result.rows.items())
            ask.file_saved(
                self,
                translate("FileActions", "Export report"),
                translate("FileActions", "The report is saved to {path} ({rows}).").format(
                    path=result.path, rows=rows
                ),
                result.path,
            )

        self.ops.run_with_progress(
            translate("FileActions", "Writing the report…"),
            lambda s, p: s.transfer.export_report(c.path, c.start, c.end, c.language, p),
            done,
            self._warn_failure(translate("FileActions", "Export report")),
            mutating=False,
            parent=self,
        )

    def merge_reports(
        self: MainWindow, inputs: list[Path] | None = None, out: Path | None = None
    ) -> None:
        """Combine salespeople's report workbooks into one team workbook."""
        if not self.ops.has_book:
            return
        title = translate("FileActions", "Merge reports")
        if inputs is None:
            inputs = ask.open_files(
                self,
                translate("FileActions", "Choose the salespeople's reports"),
                self._documents(),
                translate("FileActions", "Excel workbooks (*.xlsx)"),
            )
            if not inputs:
                return
        if out is None:
            out = ask.save_file(
                self,
                title,
                inputs[0].parent / "team-report.xlsx",
                translate("FileActions", "Excel workbooks (*.xlsx)"),
            )
            if out is None:
                return
        target, sources, language = out, list(inputs), self.translations.language

        def done(result: Any) -> None:
            self.last_result = result
            ask.file_saved(
                self,
                title,
                translate(
                    "FileActions", "The team workbook of {people} is saved to {path}."
                ).format(people=", ".join(result.salespeople), path=result.path),
                result.path,
            )

        self.ops.run_with_progress(
            translate("FileActions", "Merging the reports…"),
            lambda s, p: s.transfer.merge_reports(target, sources, language, p),
            done,
            self._warn_failure(title),
            mutating=False,
            parent=self,
        )

    # --- iCalendar and one client's data -----------------------------------------------------
    def export_ical(self: MainWindow, choice: ExportChoice | None = None) -> None:
        if not self.ops.has_book:
            return
        title = translate("FileActions", "Export iCalendar")
        if choice is None:
            self._options(
                title,
                translate(
                    "FileActions",
                    "The planned touches of the period as an .ics file for your phone or mail "
                    "calendar. Export again to the same file to update the events.",
                ),
                (0, 90),
                "touches.ics",
                translate("FileActions", "iCalendar files (*.ics)"),
                self.export_ical,
            )
            return
        if self._is_the_book(choice.path):
            return
        c = choice

        def done(result: Any) -> None:
            self.last_result = result
            n = result.events  # a plain name: lupdate skips calls whose count has a dot
            text = translate("FileActions", "%n event(s) saved to {path}.", "", n)
            ask.file_saved(self, title, text.format(path=result.path), result.path)

        self.ops.run_with_progress(
            translate("FileActions", "Writing the calendar…"),
            lambda s, p: s.transfer.export_ical(c.path, c.start, c.end, c.language, p),
            done,
            self._warn_failure(title),
            mutating=False,
            parent=self,
        )

    def export_current_client(self: MainWindow) -> None:
        current = self.current_client()
        if current is None:
            chosen = self.pick_client(translate("FileActions", "Export this client's data"))
            if chosen is None:
                return
            current = (chosen[0], chosen[1], "")
        self.export_client_data(current[0])

    def export_client_data(self: MainWindow, client_id: int, path: Path | None = None) -> None:
        """Everything about one client as JSON (a personal-data request)."""
        title = translate("FileActions", "Export this client's data")
        if path is None:
            path = ask.save_file(
                self,
                title,
                self._documents() / f"client-{client_id}.json",
                translate("FileActions", "JSON (*.json)"),
            )
            if path is None:
                return
        target = path

        def done(counts: dict[str, int]) -> None:
            self.last_result = counts
            ask.file_saved(
                self,
                title,
                translate(
                    "FileActions", "Everything the book holds about this client is saved to {path}."
                ).format(path=target),
                target,
            )

        self.ops.query(
            lambda s: s.transfer.export_client(client_id, target), done, self._warn_failure(title)
        )

    # --- moving the whole book ---------------------------------------------------------------
    def export_book(self: MainWindow, path: Path | None = None) -> None:
        if not self.ops.has_book:
            return
        title = translate("FileActions", "Export book")
        if path is None:
            path = ask.save_file(
                self, title, self._documents() / f"{self.book_path.stem}.cpbook", book_files()
            )
            if path is None or self._is_the_book(path):
                return
        target = path

        def done(result: Any) -> None:
            self.last_result = result
            ask.file_saved(
                self,
                title,
                translate(
                    "FileActions",
                    "The whole book is saved to {path}. Open it on the other laptop with "
                    "File → Import book…",
                ).format(path=result.path),
                result.path,
            )

        self.ops.run_with_progress(
            translate("FileActions", "Exporting the book…"),
            lambda s, p: s.transfer.export_book(target, p),
            done,
            self._warn_failure(title),
            mutating=False,
            parent=self,
        )

    def import_book(self: MainWindow, path: Path | None = None, confirmed: bool = False) -> None:
        """Replace the open book with a book file: confirm, back up, import, reopen."""
        if not self.ops.has_book:
            return
        title = translate("FileActions", "Import book")
        if path is None:
            path = ask.open_file(self, title, self._documents(), book_files())
            if path is None:
                return
        if not confirmed and not ask.confirm(
            self,
            title,
            translate(
                "FileActions",
                "Replace the open book with {file}?\n\nEverything in the open book is replaced. "
                "It is backed up first, so you can restore it later.",
            ).format(file=path.name),
            translate("FileActions", "Replace the book"),
        ):
            return
        source = path

        def work(s: Any, progress: Any) -> tuple[Path, Any]:
            backup = s.backups.backup()
            return backup, s.transfer.import_book(source, True, progress)

        def done(outcome: tuple[Path, Any]) -> None:
            backup, result = outcome
            self.last_result = result
            self.open_book(self.book_path)  # every view reads the new book
            ask.info(
                self,
                title,
                translate(
                    "FileActions",
                    "The book is replaced with {file}. The previous book is backed up to {backup}.",
                ).format(file=source.name, backup=backup),
            )

        self.ops.run_with_progress(
            translate("FileActions", "Importing the book…"),
            work,
            done,
            self._warn_failure(title),
            mutating=False,
            cancellable=False,
            parent=self,
        )
