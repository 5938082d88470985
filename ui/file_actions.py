"""Files out of (and into) the book from the File menu: the managers' report, merging
reports, iCalendar, one client's data, moving the whole book. All off the UI thread."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ui import ask
from ui.ops import files as files_ops
from ui.ops import sales as sales_ops
from ui.texts import error_text

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from ui.dialogs.export_options import ExportChoice
    from ui.sales_actions import SalesActions
    from ui.shell import Window


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
    """The File menu's exports and imports; `sales` knows the client on screen."""

    def __init__(self, win: Window, sales: SalesActions) -> None:
        self.win = win
        self.sales = sales
        self.last_result: Any = None  # the last file operation's result (tests, status)

    def _documents(self) -> Path:
        return self.win.book_path.parent

    def _warn_failure(self, title: str) -> Any:
        def failed(exc: BaseException) -> None:
            ask.warn(self.win.widget, title, error_text(exc))

        return failed

    def _is_the_book(self, path: Path) -> bool:
        if path.exists() and path.resolve() == self.win.book_path.resolve():
            ask.warn(
                self.win.widget,
                translate("FileActions", "Export"),
                translate("FileActions", "That file is the book itself; choose another."),
            )
            return True
        return False

    def _options(
        self,  # asks for the period, language and file, then calls `then`
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
                self.win.translations.language,
                self._documents() / name.format(day=today.isoformat()),
                filters,
                self.win.widget,
            )
            if dlg.exec():
                then(dlg.choice())

        sales_ops.today(self.win.ops, got)

    # --- the managers' report ----------------------------------------------------------------
    def export_report(self, choice: ExportChoice | None = None) -> None:
        if not self.win.ops.has_book:
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
                self.win.widget,
                translate("FileActions", "Export report"),
                translate("FileActions", "The report is saved to {path} ({rows}).").format(
                    path=result.path, rows=rows
                ),
                result.path,
            )

        files_ops.export_report(
            self.win.ops,
            translate("FileActions", "Writing the report…"),
            c.path,
            (c.start, c.end),
            c.language,
            done,
            self._warn_failure(translate("FileActions", "Export report")),
            self.win.widget,
        )

    def merge_reports(self, inputs: list[Path] | None = None, out: Path | None = None) -> None:
        """Combine salespeople's report workbooks into one team workbook."""
        if not self.win.ops.has_book:
            return
        title = translate("FileActions", "Merge reports")
        if inputs is None:
            inputs = ask.open_files(
                self.win.widget,
                translate("FileActions", "Choose the salespeople's reports"),
                self._documents(),
                translate("FileActions", "Excel workbooks (*.xlsx)"),
            )
            if not inputs:
                return
        if out is None:
            out = ask.save_file(
                self.win.widget,
                title,
                inputs[0].parent / "team-report.xlsx",
                translate("FileActions", "Excel workbooks (*.xlsx)"),
            )
            if out is None:
                return
        target, sources, language = out, list(inputs), self.win.translations.language

        def done(result: Any) -> None:
            self.last_result = result
            ask.file_saved(
                self.win.widget,
                title,
                translate(
                    "FileActions", "The team workbook of {people} is saved to {path}."
                ).format(people=", ".join(result.salespeople), path=result.path),
                result.path,
            )

        files_ops.merge_reports(
            self.win.ops,
            translate("FileActions", "Merging the reports…"),
            target,
            sources,
            language,
            done,
            self._warn_failure(title),
            self.win.widget,
        )

    # --- iCalendar and one client's data -----------------------------------------------------
    def export_ical(self, choice: ExportChoice | None = None) -> None:
        if not self.win.ops.has_book:
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
            ask.file_saved(self.win.widget, title, text.format(path=result.path), result.path)

        files_ops.export_ical(
            self.win.ops,
            translate("FileActions", "Writing the calendar…"),
            c.path,
            (c.start, c.end),
            c.language,
            done,
            self._warn_failure(title),
            self.win.widget,
        )

    def export_current_client(self) -> None:
        current = self.sales.current_client()
        if current is None:
            chosen = self.sales.pick_client(translate("FileActions", "Export this client's data"))
            if chosen is None:
                return
            current = (chosen[0], chosen[1], "")
        self.export_client_data(current[0])

    def export_client_data(self, client_id: int, path: Path | None = None) -> None:
        """Everything about one client as JSON (a personal-data request)."""
        title = translate("FileActions", "Export this client's data")
        if path is None:
            path = ask.save_file(
                self.win.widget,
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
                self.win.widget,
                title,
                translate(
                    "FileActions", "Everything the book holds about this client is saved to {path}."
                ).format(path=target),
                target,
            )

        files_ops.export_client(self.win.ops, client_id, target, done, self._warn_failure(title))

    # --- moving the whole book ---------------------------------------------------------------
    def export_book(self, path: Path | None = None) -> None:
        if not self.win.ops.has_book:
            return
        title = translate("FileActions", "Export book")
        if path is None:
            path = ask.save_file(
                self.win.widget,
                title,
                self._documents() / f"{self.win.book_path.stem}.cpbook",
                book_files(),
            )
            if path is None or self._is_the_book(path):
                return
        target = path

        def done(result: Any) -> None:
            self.last_result = result
            ask.file_saved(
                self.win.widget,
                title,
                translate(
                    "FileActions",
                    "The whole book is saved to {path}. Open it on the other laptop with "
                    "File → Import book…",
                ).format(path=result.path),
                result.path,
            )

        files_ops.export_book(
            self.win.ops,
            translate("FileActions", "Exporting the book…"),
            target,
            done,
            self._warn_failure(title),
            self.win.widget,
        )

    def import_book(self, path: Path | None = None, confirmed: bool = False) -> None:
        """Replace the open book with a book file: confirm, back up, import, reopen."""
        if not self.win.ops.has_book:
            return
        title = translate("FileActions", "Import book")
        if path is None:
            path = ask.open_file(self.win.widget, title, self._documents(), book_files())
            if path is None:
                return
        if not confirmed and not ask.confirm(
            self.win.widget,
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

        def done(outcome: tuple[Path, Any]) -> None:
            backup, result = outcome
            self.last_result = result
            self.win.open_book(self.win.book_path)  # every view reads the new book
            ask.info(
                self.win.widget,
                title,
                translate(
                    "FileActions",
                    "The book is replaced with {file}. The previous book is backed up to {backup}.",
                ).format(file=source.name, backup=backup),
            )

        files_ops.import_book(
            self.win.ops,
            translate("FileActions", "Importing the book…"),
            source,
            done,
            self._warn_failure(title),
            self.win.widget,
        )
