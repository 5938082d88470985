"""File operations: import clients, the reports and exports of the File menu, backups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.services.result import Result

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from planner.app import Services
    from planner.io.mapping import Mapping
    from planner.io.merge import MergeResult
    from planner.io.reader import ClientFile
    from planner.services.bookfile import BookFileResult, BookImportResult
    from planner.services.ical import IcalResult
    from planner.services.importing import ImportOptions, ImportResult
    from planner.services.report import ReportResult
    from ui.operations import Operations, Progress
    from ui.ops.common import Done, Failed


def import_clients(
    ops: Operations,
    source: ClientFile,
    mapping: Mapping | None,
    region: str,
    options: ImportOptions,
    progress: Progress,
    on_done: Done[Result[ImportResult]],
    on_error: Failed,
) -> None:
    """Import the file's clients in one transaction; `progress` may cancel it."""

    def work(s: Services) -> Result[ImportResult]:
        if mapping is not None:
            source.set_mapping(mapping)
        source.set_region(region)
        return s.transfer.import_clients(source, options, progress)

    ops.mutate(work, on_done, on_error)


def import_region(ops: Operations, on_done: Done[str]) -> None:
    """The phone region an import reads local numbers in: the book's."""

    def work(s: Services) -> str:
        return s.transfer.import_region()

    ops.query(work, on_done)


def backup(ops: Operations, on_done: Done[Path]) -> None:
    """Copy the book to its backups folder now."""

    def work(s: Services) -> Path:
        return s.backups.backup()

    ops.query(work, on_done)


def daily_backup(ops: Operations, on_done: Done[Path | None], on_error: Failed) -> None:
    """The day's rotating backup, when none is there yet (None: nothing to do)."""

    def work(s: Services) -> Path | None:
        return s.backups.daily()

    ops.query(work, on_done, on_error)


def open_client_file(
    ops: Operations, path: Path, on_done: Done[ClientFile], on_error: Failed
) -> None:
    """Open a file to import from (its format guessed) and read its columns."""

    def work(s: Services) -> ClientFile:
        return s.transfer.open_file(path)

    ops.query(work, on_done, on_error)


def export_client(
    ops: Operations, client_id: int, path: Path, on_done: Done[dict[str, int]], on_error: Failed
) -> None:
    """Everything the book holds about one client, as JSON (a personal-data request)."""

    def work(s: Services) -> dict[str, int]:
        return s.transfer.export_client(client_id, path)

    ops.query(work, on_done, on_error)


def export_report(
    ops: Operations,
    title: str,
    path: Path,
    period: tuple[date, date],
    language: str,
    on_done: Done[ReportResult],
    on_error: Failed,
    parent: QWidget | None,
) -> None:
    """The managers' workbook of the period, in `language`."""

    def work(s: Services, progress: Progress) -> ReportResult:
        return s.transfer.export_report(path, period[0], period[1], language, progress)

    ops.run_with_progress(title, work, on_done, on_error, mutating=False, parent=parent)


def merge_reports(
    ops: Operations,
    title: str,
    out: Path,
    inputs: Sequence[Path],
    language: str,
    on_done: Done[MergeResult],
    on_error: Failed,
    parent: QWidget | None,
) -> None:
    """Combine salespeople's report workbooks into one team workbook."""

    def work(s: Services, progress: Progress) -> MergeResult:
        return s.transfer.merge_reports(out, inputs, language, progress)

    ops.run_with_progress(title, work, on_done, on_error, mutating=False, parent=parent)


def export_ical(
    ops: Operations,
    title: str,
    path: Path,
    period: tuple[date, date],
    language: str,
    on_done: Done[IcalResult],
    on_error: Failed,
    parent: QWidget | None,
) -> None:
    """The planned touches of the period as an .ics file."""

    def work(s: Services, progress: Progress) -> IcalResult:
        return s.transfer.export_ical(path, period[0], period[1], language, progress).value

    ops.run_with_progress(title, work, on_done, on_error, mutating=False, parent=parent)


def export_book(
    ops: Operations,
    title: str,
    path: Path,
    on_done: Done[BookFileResult],
    on_error: Failed,
    parent: QWidget | None,
) -> None:
    """The whole book as one file, to move it to another laptop."""

    def work(s: Services, progress: Progress) -> BookFileResult:
        return s.transfer.export_book(path, progress)

    ops.run_with_progress(title, work, on_done, on_error, mutating=False, parent=parent)


def import_book(
    ops: Operations,
    title: str,
    path: Path,
    on_done: Done[tuple[Path, BookImportResult]],
    on_error: Failed,
    parent: QWidget | None,
) -> None:
    """Back the open book up, then replace it with a book file; the value names the backup.
    The window reopens the book afterwards, so no change is broadcast."""

    def work(s: Services, progress: Progress) -> tuple[Path, BookImportResult]:
        backup = s.backups.backup()
        return backup, s.transfer.import_book(path, True, progress)

    ops.run_with_progress(
        title, work, on_done, on_error, mutating=False, cancellable=False, parent=parent
    )


def write_demo(
    ops: Operations,
    title: str,
    path: Path,
    how: tuple[int, int, str, date],
    on_done: Done[Path],
    on_error: Failed,
    parent: QWidget | None,
) -> None:
    """Write a demo book at `path` (replacing one there, or beside it when that one is
    open: `write_fresh`): `how` is (clients, seed, language, today). It needs no open
    book; the window opens the book it wrote after."""
    clients, seed, language, today = how

    def work(_services: Services, progress: Progress) -> Path:
        from planner.demo import write_fresh

        return write_fresh(path, clients, seed, language, today, progress)  # type: ignore[arg-type]

    ops.run_with_progress(
        title, work, on_done, on_error, mutating=False, needs_book=False, parent=parent
    )
