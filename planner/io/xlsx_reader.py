"""Stream an Excel workbook after the guards have passed: sheets, their first rows, all rows.

The workbook is only reached through `open_workbook`, which runs the zip and XML guards
first; parsing is `xlsx_stream`'s (expat with DTDs and entities refused), and any failure
inside a damaged or hostile workbook ends as ImportRefused. Rows are numbered as Excel shows
them; a row number past Excel's last row ends the sheet, so a forged number cannot make the
reader wander (rows that do not exist are simply not yielded: nothing is padded).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Generator
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import islice
from pathlib import Path

from planner.io.guards import DEFAULT_LIMITS, Limits, check_workbook_archive, ensure_defused_xml
from planner.io.mapping import HEADER_SEARCH_ROWS, MAX_DETECTED_COLUMNS, find_header_row
from planner.io.records import ImportRefused, Progress
from planner.io.xlsx_stream import (
    EXCEL_MAX_COLUMN,
    EXCEL_MAX_ROW,
    SharedStrings,
    SheetPart,
    damaged,
    declared_last_row,
    iter_rows,
    office_document,
    open_archive,
    parse_small,
    read_shared_strings,
    relationships,
    unescape,
)

__all__ = [
    "EXCEL_MAX_ROW",
    "Row",
    "Sheet",
    "SheetPart",
    "Workbook",
    "choose_sheet",
    "first_rows",
    "iter_sheet_rows",
]

Row = tuple[object, ...]


class Workbook:
    """An open workbook: its zip, shared strings, which styles are dates, and its sheets."""

    def __init__(self, path: Path) -> None:
        self._archive: zipfile.ZipFile | None = open_archive(path)
        try:
            self._load(self._archive)
        except BaseException:
            self.close()
            raise

    def _load(self, archive: zipfile.ZipFile) -> None:
        workbook_part = office_document(archive)
        rels = relationships(archive, workbook_part)
        self.epoch_1904 = False
        listed: list[tuple[str, str]] = []

        def on_workbook(name: str, attrs: dict[str, str]) -> None:
            local = name.rpartition(" ")[2]
            if local == "workbookPr":
                self.epoch_1904 = attrs.get("date1904", "").lower() in ("1", "true")
            elif local == "sheet":
                rid = next((v for k, v in attrs.items() if k.endswith(" id")), "")
                listed.append((attrs.get("name", ""), rid))

        parse_small(archive, workbook_part, on_workbook)
        self.sheets: list[SheetPart] = []
        for title, rid in listed:
            rel_type, part = rels.get(rid, ("", ""))
            info = archive.NameToInfo.get(part)
            if rel_type.endswith("/worksheet") and info is not None:
                self.sheets.append(SheetPart(title, part, info.file_size))
        by_type = {rel_type.rpartition("/")[2]: part for rel_type, part in rels.values()}
        strings_part = by_type.get("sharedStrings")
        self.strings = (
            read_shared_strings(archive, strings_part)
            if strings_part and strings_part in archive.NameToInfo
            else SharedStrings()
        )
        styles_part = by_type.get("styles")
        self.date_styles, self.duration_styles = (
            _date_styles(archive, styles_part)
            if styles_part and styles_part in archive.NameToInfo
            else (frozenset(), frozenset())
        )

    @property
    def archive(self) -> zipfile.ZipFile:
        if self._archive is None:
            raise ValueError("the workbook is closed")
        return self._archive

    def rows(
        self, sheet: SheetPart, max_columns: int, progress: Progress | None = None
    ) -> Generator[tuple[int, Row], None, None]:
        return iter_rows(
            self.archive, sheet, self.strings, self._converter(), max_columns, progress
        )

    def last_row(self, sheet: SheetPart) -> int:
        """The last row `sheet` declares (its dimension), 0 when it declares none."""
        return declared_last_row(self.archive, sheet)

    def _converter(self) -> Callable[[str, str, str | None], object]:
        from openpyxl.utils.datetime import (
            CALENDAR_MAC_1904,
            CALENDAR_WINDOWS_1900,
            from_excel,
            from_ISO8601,
        )

        strings, dates, durations = self.strings, self.date_styles, self.duration_styles
        epoch = CALENDAR_MAC_1904 if self.epoch_1904 else CALENDAR_WINDOWS_1900

        def convert(text: str, kind: str, style: str | None) -> object:
            if kind == "n":
                try:
                    number: int | float = (
                        float(text) if "." in text or "e" in text or "E" in text else int(text)
                    )
                except ValueError:
                    return text
                if style is not None and style in dates:
                    try:
                        moment: datetime | timedelta = from_excel(
                            number, epoch, timedelta=style in durations
                        )
                    except (OverflowError, ValueError):
                        return "#VALUE!"
                    return moment
                return number
            if kind == "s":
                return strings[int(text)]
            if kind == "b":
                return text.strip() in ("1", "true")
            if kind == "d":
                try:
                    return from_ISO8601(text)
                except (ValueError, TypeError):
                    return text
            return unescape(text) if kind in ("inlineStr", "str") else text

        return convert

    def close(self) -> None:
        strings = getattr(self, "strings", None)
        if strings is not None:
            strings.close()
        if self._archive is not None:
            with suppress(Exception):
                self._archive.close()
            self._archive = None


def open_workbook(path: Path, limits: Limits = DEFAULT_LIMITS) -> Workbook:
    """The workbook, after the archive checks and the defusedxml check; close it when done.

    defusedxml is still required: the merge of reports reads through openpyxl.
    """
    check_workbook_archive(path, limits)
    ensure_defused_xml()
    return Workbook(path)


@dataclass(frozen=True, slots=True)
class Sheet:
    """A chosen worksheet, its first rows (for the header and the preview), its size."""

    worksheet: SheetPart
    title: str
    sample: list[Row]
    declared_rows: int  # kept for callers; progress now follows the inflated bytes


def choose_sheet(workbook: Workbook) -> Sheet:
    """The first sheet with a recognisable header row, else the first sheet."""
    if not workbook.sheets:
        raise ImportRefused("no-sheet", "The workbook has no worksheet.")
    first: Sheet | None = None
    for part in workbook.sheets:
        sheet = Sheet(part, part.title, first_rows(workbook, part), 0)
        if first is None:
            first = sheet
        if find_header_row(sheet.sample) is not None:
            return sheet
    assert first is not None
    return first


def iter_sheet_rows(
    workbook: Workbook,
    sheet: SheetPart,
    progress: Progress | None = None,
    max_columns: int = EXCEL_MAX_COLUMN,
) -> Generator[tuple[int, Row], None, None]:
    """(row number, cell values) of every row with cells, up to Excel's last row."""
    rows = workbook.rows(sheet, max_columns, progress)
    try:
        yield from rows
    except ImportRefused:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, IndexError, KeyError) as exc:
        raise damaged(exc) from None
    finally:
        rows.close()


def first_rows(workbook: Workbook, part: SheetPart) -> list[Row]:
    """The first 20 rows as Excel numbers them (rows missing from the file come as ())."""
    rows = iter_sheet_rows(workbook, part, max_columns=MAX_DETECTED_COLUMNS)
    sample: list[Row] = []
    try:
        for number, cells in islice(rows, HEADER_SEARCH_ROWS):
            if number > HEADER_SEARCH_ROWS:
                break
            sample.extend([()] * (number - 1 - len(sample)))
            sample.append(cells)
    finally:
        rows.close()
    return sample


def _date_styles(archive: zipfile.ZipFile, part: str) -> tuple[frozenset[str], frozenset[str]]:
    """Cell style indexes (as written in s="...") whose number format is a date or a duration."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format

    custom: dict[int, str] = {}
    xf_formats: list[int] = []
    depth = {"cellXfs": False}

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(" ")[2]
        if local == "numFmt":
            with suppress(ValueError):
                custom[int(attrs.get("numFmtId", ""))] = attrs.get("formatCode", "")
        elif local == "cellXfs":
            depth["cellXfs"] = True
        elif local == "xf" and depth["cellXfs"]:
            try:
                xf_formats.append(int(attrs.get("numFmtId", "0")))
            except ValueError:
                xf_formats.append(0)

    def end(name: str) -> None:
        if name.rpartition(" ")[2] == "cellXfs":
            depth["cellXfs"] = False

    parse_small(archive, part, start, end)
    dates: set[str] = set()
    durations: set[str] = set()
    for index, format_id in enumerate(xf_formats):
        code = custom.get(format_id) or BUILTIN_FORMATS.get(format_id)
        if code and is_date_format(code):
            dates.add(str(index))
            if is_timedelta_format(code):
                durations.add(str(index))
    return frozenset(dates), frozenset(durations)
