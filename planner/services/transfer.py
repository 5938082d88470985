"""Files in and out of a book: the façade's `transfer` service (`Services.transfer`).

Every method is one use case the UI's menus and the CLI call, with plain dataclasses in and
out and an optional `progress(done, total) -> bool` that cancels when it returns False.
Heavy modules (phonenumbers, xlsxwriter, openpyxl) load on first use, not at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from planner.io.progress import Progress
from planner.services.context import Context
from planner.services.planning import PlanningService
from planner.services.result import Result
from planner.services.views import Changes

if TYPE_CHECKING:
    from planner.io.mapping import Mapping
    from planner.io.merge import MergeResult
    from planner.io.reader import ClientFile, FormatChoice
    from planner.services.bookfile import BookFileResult, BookImportResult
    from planner.services.ical import IcalResult
    from planner.services.importing import ImportOptions, ImportResult
    from planner.services.report import ReportResult


class TransferService:
    def __init__(self, ctx: Context, planning: PlanningService) -> None:
        self.ctx = ctx
        self.planning = planning

    # --- import -------------------------------------------------------------------------
    def import_region(self) -> str:
        """The region phones without a country code are read in: the book's `phone.region`."""
        return str(self.ctx.setting_value(None, "phone.region"))

    def open_file(
        self,
        path: Path,
        format: FormatChoice = "auto",
        mapping: Mapping | None = None,
        region: str | None = None,
    ) -> ClientFile:
        """Open a client list for the mapping screen's preview; phones read in `region`
        (default: the book's `phone.region`). Close it (or use `with`) when done; raises
        ImportRefused."""
        from planner.io.reader import read_clients

        region = region or self.import_region()
        return read_clients(path, format, mapping, default_region=region)

    def import_clients(
        self,
        source: ClientFile,
        options: ImportOptions | None = None,
        progress: Progress | None = None,
    ) -> Result[ImportResult]:
        """Import an opened file (with the mapping the user chose) in one transaction."""
        from planner.services.importing import Importer, ImportOptions

        result = Importer(self.ctx, self.planning).run(source, options or ImportOptions(), progress)
        return Result(result, result.changes)

    def import_file(
        self,
        path: Path,
        format: FormatChoice = "auto",
        mapping: Mapping | None = None,
        options: ImportOptions | None = None,
        progress: Progress | None = None,
        region: str | None = None,
    ) -> Result[ImportResult]:
        """Open and import in one go (no preview): the CLI's `import`."""
        with self.open_file(path, format, mapping, region) as source:
            return self.import_clients(source, options, progress)

    # --- the managers' workbook --------------------------------------------------------------
    def export_report(
        self,
        path: Path,
        start: date | None = None,
        end: date | None = None,
        language: str | None = None,
        progress: Progress | None = None,
    ) -> ReportResult:
        """Write the XLSX report for [start, end] (default: 30 days either side of today)."""
        from planner.services.report import write_report

        return write_report(self.ctx, path, start, end, language, progress)

    def merge_reports(
        self,
        out: Path,
        inputs: Sequence[Path],
        language: str | None = None,
        progress: Progress | None = None,
    ) -> MergeResult:
        """Combine salespeople's reports into one team workbook (no book data is read)."""
        from planner.io.merge import merge_reports

        lang = language or str(self.ctx.setting_value(None, "ui.language"))
        return merge_reports(out, inputs, lang, progress, today=self.ctx.today())

    # --- calendar, one client's data, whole-book moves ----------------------------------------
    def export_ical(
        self,
        path: Path,
        start: date | None = None,
        end: date | None = None,
        language: str | None = None,
        progress: Progress | None = None,
    ) -> Result[IcalResult]:
        """The planned touches of [start, end] (default: the next 90 days) as .ics."""
        from planner.services.ical import write_ical

        # the book is written only once, to store its calendar id (UIDs stay stable)
        return Result(write_ical(self.ctx, path, start, end, language, progress), Changes())

    def export_client(self, client_id: int, path: Path) -> dict[str, int]:
        """Everything about one client as JSON (a personal-data request); rows per table."""
        from planner.services.client_data import export_client

        return export_client(self.ctx, client_id, path)

    def export_book(self, path: Path, progress: Progress | None = None) -> BookFileResult:
        """The whole book as one portable, checked file (for another laptop)."""
        from planner.services.bookfile import export_book

        return export_book(self.ctx, path, progress)

    def import_book(
        self, path: Path, replace: bool = False, progress: Progress | None = None
    ) -> BookImportResult:
        """Replace the book with a book file; a book with clients needs `replace` (it is
        backed up first). Refuses files that are not ours or are damaged."""
        from planner.services.bookfile import import_book

        return import_book(self.ctx, path, replace, progress)
