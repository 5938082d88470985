"""Stream an Excel workbook with openpyxl (read_only, data_only) after the guards have passed.

openpyxl is only reached through `open_workbook`, which runs the zip and XML guards first, and
every call into it is wrapped so that a damaged or hostile workbook ends as ImportRefused.
Rows are numbered as Excel shows them; iteration stops at Excel's last row, so a forged row
number cannot make openpyxl pad a billion empty rows.
"""

from __future__ import annotations

from collections.abc import Generator
from contextlib import suppress
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

from planner.io.guards import (
    DEFAULT_LIMITS,
    Limits,
    check_workbook_archive,
    ensure_defused_xml,
    xml_bomb,
)
from planner.io.mapping import HEADER_SEARCH_ROWS, find_header_row
from planner.io.records import ImportRefused, Progress

EXCEL_MAX_ROW = 1_048_576
_PROGRESS_EVERY = 512
Row = tuple[object, ...]


class Workbook:
    """A read-only openpyxl workbook and the file under it (openpyxl leaves a passed file open)."""

    def __init__(self, path: Path) -> None:
        import openpyxl

        self._file: BinaryIO | None = open(path, "rb")  # noqa: SIM115 - closed by close()
        try:
            # A file object rather than the path: the content was checked, the name may be .dat.
            self.book: Any = openpyxl.load_workbook(
                self._file, read_only=True, data_only=True, keep_links=False
            )
        except Exception as exc:  # openpyxl raises many kinds on a broken workbook
            self.close()
            raise _refusal(exc) from None

    def close(self) -> None:
        book = getattr(self, "book", None)
        if book is not None:
            with suppress(Exception):  # closing a damaged archive must not hide the first error
                book.close()
            self.book = None
        if self._file is not None:
            self._file.close()
            self._file = None


def open_workbook(path: Path, limits: Limits = DEFAULT_LIMITS) -> Workbook:
    """The workbook, after the archive checks and the defusedxml check; close it when done."""
    check_workbook_archive(path, limits)
    ensure_defused_xml()
    return Workbook(path)


@dataclass(frozen=True, slots=True)
class Sheet:
    """A chosen worksheet, its first rows (for the header and the preview), its declared size."""

    worksheet: Any
    title: str
    sample: list[Row]
    declared_rows: int


def choose_sheet(workbook: Workbook) -> Sheet:
    """The first sheet with a recognisable header row, else the first sheet."""
    try:
        worksheets = list(workbook.book.worksheets)
        sheets = [(ws, str(ws.title), int(ws.max_row or 0)) for ws in worksheets]
    except Exception as exc:
        raise _refusal(exc) from None
    if not sheets:
        raise ImportRefused("no-sheet", "The workbook has no worksheet.")
    first: Sheet | None = None
    for worksheet, title, declared in sheets:
        sheet = Sheet(worksheet, title, _first_rows(worksheet), declared)
        if first is None:
            first = sheet
        if find_header_row(sheet.sample) is not None:
            return sheet
    assert first is not None
    return first


def iter_sheet_rows(
    worksheet: Any, progress: Progress | None = None, declared: int = 0
) -> Generator[tuple[int, Row], None, None]:
    """(row number, cell values) for every row up to the last one; empty rows come as ()."""
    try:
        worksheet.reset_dimensions()  # a wrong <dimension> would silently cut rows or columns
        rows = worksheet.iter_rows(min_row=1, max_row=EXCEL_MAX_ROW, values_only=True)
    except Exception as exc:
        raise _refusal(exc) from None
    number = 0
    try:
        while True:
            try:
                cells = next(rows)
            except StopIteration:
                break
            except Exception as exc:
                raise _refusal(exc) from None
            number += 1
            if progress is not None and declared and number % _PROGRESS_EVERY == 0:
                progress.fraction = min(number / declared, 1.0)
            yield number, tuple(cells)
    finally:
        rows.close()
    if progress is not None:
        progress.fraction = 1.0


def _first_rows(worksheet: Any) -> list[Row]:
    rows = iter_sheet_rows(worksheet)
    try:
        return [cells for _, cells in islice(rows, HEADER_SEARCH_ROWS)]
    finally:
        rows.close()


def _refusal(exc: Exception) -> ImportRefused:
    from defusedxml import DefusedXmlException

    if isinstance(exc, ImportRefused):
        return exc
    cause: BaseException | None = exc
    for _ in range(10):  # openpyxl wraps parser errors: "Unable to read workbook ... from e"
        if cause is None:
            break
        if isinstance(cause, DefusedXmlException):
            return xml_bomb()
        cause = cause.__cause__ or cause.__context__
    detail = str(exc) or type(exc).__name__
    return ImportRefused(
        "damaged-xlsx", f"The workbook is damaged and cannot be read ({detail[:200]})."
    )
