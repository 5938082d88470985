"""The one entry point of the import readers: open a client list, preview it, stream its rows.

    with read_clients(path, default_region="PL") as source:
        show(source.headers, source.mapping, source.sample_rows)   # the preview screen
        source.set_mapping(corrected)                                # optional
        for item in source:                                          # ImportedClient | RowProblem
            ...                                                      # stop any time to cancel

Opening reads only what a preview needs (the guards, the first 64 KB or 20 rows) and raises
ImportRefused for a file that cannot be imported at all. Iterating streams the file again
from the start: memory stays flat, and a consumer that stops early (cancel) just closes the
generator. A refusal can still come while streaming (e.g. a quote left open in row 70,000):
the service writes nothing in that case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Literal

import phonenumbers

from planner.io.csv_reader import CsvLayout, iter_csv_rows, sniff_csv
from planner.io.guards import DEFAULT_LIMITS, Limits, check_file
from planner.io.mapping import (
    HEADER_SEARCH_ROWS,
    MAX_DETECTED_COLUMNS,
    Format,
    Mapping,
    detect_format,
    detect_mapping,
    find_header_row,
    guess_month_first,
)
from planner.io.records import ImportedClient, ImportRefused, Progress, RowProblem
from planner.io.rows import Item, draft_from_cells, finish
from planner.io.values import clean_text
from planner.io.vcard import iter_vcards
from planner.io.xlsx_reader import (
    Sheet,
    SheetPart,
    Workbook,
    choose_sheet,
    first_rows,
    iter_sheet_rows,
    open_workbook,
)

FormatChoice = Literal["auto", "csv", "xlsx", "vcard"]
_BAD_BYTES = re.compile(r"[\udc80-\udcff]")
_NUMBERED = re.compile(r" \(\d+\)$")  # a continuation sheet's suffix, " (2)"


class ClientFile:
    """An opened client list: what a preview needs, and its rows streamed on iteration."""

    def __init__(
        self,
        path: Path,
        format: Format,
        region: str,
        limits: Limits,
        sample_rows: Sequence[Sequence[object]] = (),
        layout: CsvLayout | None = None,
        workbook: Workbook | None = None,
        sheet: Sheet | None = None,
        continued: Sequence[Sheet] = (),
    ) -> None:
        self.path = path
        self.format: Format = format
        self.region = region  # phones without a country code are read in it
        self._limits = limits
        self._layout = layout
        self._workbook = workbook
        self._sheet = sheet
        self._continued = tuple(continued)  # sheets named and placed as continuations
        self._progress = Progress()
        self.sample_rows: tuple[tuple[str, ...], ...] = tuple(_texts(row) for row in sample_rows)
        self.headers: tuple[str, ...] | None = None
        self.mapping: Mapping | None = None

    @property
    def encoding(self) -> str | None:
        """The text encoding chosen for a CSV file (vCards may also carry CHARSET per value)."""
        return self._layout.encoding if self._layout is not None else None

    @property
    def encoding_guessed(self) -> bool:
        """Whether the CSV's encoding is a guess (the preview and the report name it)."""
        return self._layout is not None and self._layout.sample.guessed

    @property
    def delimiter(self) -> str | None:
        return self._layout.delimiter if self._layout is not None else None

    @property
    def sheet(self) -> str | None:
        """The worksheet read from a workbook: the first one with a recognisable header."""
        return self._sheet.title if self._sheet is not None else None

    @property
    def continued_in(self) -> tuple[str, ...]:
        """The sheets the list goes on in, read after `sheet` ("Clients (2)", ...): where an
        export of ours continued a sheet past Excel's last row (planner.io.sheets)."""
        return tuple(part.title for part in self._continuation())

    def _continuation(self) -> tuple[SheetPart, ...]:
        """The continuation sheets whose header row is the first sheet's (the mapped
        columns, compared ignoring case and blanks): the first one with another header, or
        none, is another list, and so are the ones after it."""
        mapping = self.mapping
        if mapping is None or mapping.header_row is None:
            return ()  # nothing to tell a continuation by
        columns = _max_column(mapping) + 1
        header = _header_key(self.headers or (), columns)
        found: list[SheetPart] = []
        at = mapping.header_row - 1
        for sheet in self._continued:
            row = sheet.sample[at] if header and at < len(sheet.sample) else ()
            if not row or _header_key(row, columns) != header:
                break
            found.append(sheet.worksheet)
        return tuple(found)

    @property
    def progress(self) -> float:
        """0.0 to 1.0 while iterating; safe to read from another thread."""
        return self._progress.fraction

    def set_region(self, region: str) -> None:
        """Read phones without a country code in `region` from now on (the import asks it)."""
        value = region.strip().upper()
        if value not in phonenumbers.SUPPORTED_REGIONS:
            raise ValueError(f"unknown phone region {region!r}")
        self.region = value

    def set_mapping(self, mapping: Mapping) -> None:
        """Use a mapping chosen or corrected by the user (not for vCards: they need none)."""
        if self.format == "vcard":
            raise ValueError("a vCard file has no columns to map")
        self.mapping = mapping
        row = mapping.header_row
        in_sample = row is not None and row <= len(self.sample_rows)
        self.headers = self.sample_rows[row - 1] if row is not None and in_sample else None

    def __iter__(self) -> Iterator[Item]:
        self._progress.fraction = 0.0
        try:
            if self.format == "vcard":
                return _naming(self.path, self._iter_vcards())
            mapping = self._checked_mapping()
        except ImportRefused as exc:
            raise exc.about(self.path.name) from None
        if self._layout is not None:
            rows = iter_csv_rows(self.path, self._layout, self._progress)
            return _naming(self.path, self._iter_table(rows, mapping))
        return _naming(self.path, self._iter_sheets(mapping))

    def close(self) -> None:
        """Release the workbook (CSV and vCard files are open only while iterating)."""
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None

    def __enter__(self) -> ClientFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _checked_mapping(self) -> Mapping:
        if self.mapping is None:
            raise ImportRefused(
                "no-header",
                "No header row was recognised in the first 20 rows; choose the columns by hand.",
            )
        if not self.mapping.has_name:
            raise ImportRefused(
                "no-name-column",
                "No column gives the clients' names (name, first or last name, or company); "
                "choose one in the column mapping.",
            )
        return self.mapping

    def _iter_table(
        self, rows: Iterator[tuple[int, Sequence[object]]], mapping: Mapping
    ) -> Iterator[Item]:
        skip = mapping.header_row or 0
        sample = self._layout.sample if self._layout is not None else None
        for number, cells in rows:
            if number <= skip or not cells:
                continue
            bad = sample is not None and sample.has_bad_text("\x1f".join(map(str, cells)))
            if bad:  # this row's problem only: its bad bytes become U+FFFD, the rest imports
                cells = [_BAD_BYTES.sub("\ufffd", c) if isinstance(c, str) else c for c in cells]
            draft = draft_from_cells(number, cells, mapping)
            if bad and sample is not None:
                draft.decoding = ("bad", sample.encoding)
            elif number == skip + 1 and sample is not None and sample.guessed:
                draft.decoding = ("guessed", sample.encoding)
            yield from finish(draft, self.region, mapping.month_first)

    def _iter_sheets(self, mapping: Mapping) -> Iterator[Item]:
        """The chosen sheet (most often the only one read), then its continuation sheets
        (`continued_in`, the same header row). A continuation sheet's rows and problems
        name it (`sheet`), with its own row numbers, as Excel shows them."""
        assert self._sheet is not None
        assert self._workbook is not None
        parts = (self._sheet.worksheet, *self._continuation())
        total = sum(part.size for part in parts) or 1
        columns = _max_column(mapping) + 1
        before = 0
        for n, part in enumerate(parts):
            share = Progress()
            rows = iter_sheet_rows(self._workbook, part, share, columns)
            try:
                for item in self._iter_table(rows, mapping):
                    self._progress.fraction = (before + share.fraction * part.size) / total
                    yield item if n == 0 else replace(item, sheet=part.title)
            finally:
                rows.close()
            before += part.size
        self._progress.fraction = 1.0

    def _iter_vcards(self) -> Iterator[Item]:
        for draft in iter_vcards(self.path, self._limits, self._progress):
            items = finish(draft, self.region, month_first=False)
            if not items:  # a card is a card even when empty: accounted for, not silent
                message = "The card is empty: nothing to name or reach the client by; skipped."
                items = [RowProblem(draft.row, "name", "missing-name", message)]
            yield from items


def read_clients(
    path: Path | str,
    format: FormatChoice = "auto",
    mapping: Mapping | None = None,
    default_region: str = "PL",
    limits: Limits = DEFAULT_LIMITS,
) -> ClientFile:
    """Open a client list (CSV, XLSX or vCard) for preview and streaming; see the module doc.

    `default_region` (ISO 3166, e.g. "PL", "RU") reads phones written without a country code
    and decides how 04/05/1985 reads when the file does not show it. A given `mapping`
    replaces the detected one.
    """
    path = Path(path)
    region = default_region.upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(f"unknown phone region {default_region!r}")
    try:
        return _open_clients(path, format, mapping, region, limits)
    except ImportRefused as exc:
        raise exc.about(path.name) from None


def _naming(path: Path, items: Iterator[Item]) -> Iterator[Item]:
    """`items`, with a refusal met while streaming them naming the file (for the UI)."""
    try:
        yield from items
    except ImportRefused as exc:
        raise exc.about(path.name) from None


def _open_clients(
    path: Path, format: FormatChoice, mapping: Mapping | None, region: str, limits: Limits
) -> ClientFile:
    check_file(path, limits)
    chosen: Format = detect_format(path) if format == "auto" else format
    if chosen == "vcard":
        return ClientFile(path, "vcard", region, limits)
    sample: Sequence[Sequence[object]]
    if chosen == "csv":
        layout = sniff_csv(path, limits)
        sample = _csv_sample(path, layout)
        source = ClientFile(path, "csv", region, limits, sample, layout=layout)
    else:
        workbook = open_workbook(path, limits)
        try:
            sheet = list_start(workbook, choose_sheet(workbook))
        except BaseException:
            workbook.close()
            raise
        continued = [
            Sheet(part, part.title, first_rows(workbook, part), 0)
            for part in continuation_sheets(workbook, sheet.worksheet)
        ]
        source = ClientFile(
            path, "xlsx", region, limits, sheet.sample, None, workbook, sheet, continued
        )
        sample = sheet.sample
    if mapping is not None:
        source.set_mapping(mapping)
        return source
    header = find_header_row(sample)
    if header is not None:
        detected = detect_mapping(sample[header], header_row=header + 1)
        birthdays = [
            row[detected.birthday]
            for row in sample[header + 1 :]
            if detected.birthday is not None and detected.birthday < len(row)
        ]
        source.set_mapping(replace(detected, month_first=guess_month_first(birthdays, region)))
    return source


def iter_clients(
    path: Path | str,
    format: FormatChoice = "auto",
    mapping: Mapping | None = None,
    default_region: str = "PL",
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[ImportedClient | RowProblem]:
    """Open and stream in one go, for callers that show no preview (the CLI)."""
    with read_clients(path, format, mapping, default_region, limits) as source:
        yield from source


def _csv_sample(path: Path, layout: CsvLayout) -> list[list[str]]:
    rows = iter_csv_rows(path, layout)
    sample: list[list[str]] = []
    try:
        for number, cells in rows:
            sample.append(cells)
            if number >= HEADER_SEARCH_ROWS:
                break
    finally:
        rows.close()
    return sample


def list_start(workbook: Workbook, sheet: Sheet) -> Sheet:
    """The sheet (with a header) that `sheet` continues, when someone moved a continuation
    in front of its first sheet ("Clients (2)" before "Clients"); else `sheet` itself."""
    if _NUMBERED.search(sheet.title) is None:
        return sheet  # not named as a continuation: the usual case, nothing to look up
    for part in workbook.sheets:
        if part != sheet.worksheet and sheet.worksheet in continuation_sheets(workbook, part):
            start = Sheet(part, part.title, first_rows(workbook, part), 0)
            return start if find_header_row(start.sample) is not None else sheet
    return sheet


def continuation_sheets(workbook: Workbook, first: SheetPart) -> list[SheetPart]:
    """The sheets named as an export of ours names the sheets a full one goes on in
    ("Clients (2)", "Clients (3)", ... in that order, planner.io.sheets.sheet_name), each
    only after a full sheet (one that declares rows up to `SHEET_ROWS`, Excel's last): the
    export goes on only then, and Excel names a copy of "Clients" "Clients (2)" too."""
    from planner.io import sheets

    by_title = {part.title.lower(): part for part in workbook.sheets}
    found: list[SheetPart] = []
    previous = first
    while True:
        part = by_title.get(sheets.sheet_name(first.title, len(found) + 2).lower())
        if part is None or part == first or part in found:
            return found
        if workbook.last_row(previous) < sheets.SHEET_ROWS:
            return found  # the sheet before it is not full: another list
        found.append(part)
        previous = part


def _max_column(mapping: Mapping) -> int:
    """The last column the mapping reads: the rest of a row need not be kept."""
    singles = (
        mapping.name, mapping.first_name, mapping.middle_name, mapping.last_name,
        mapping.company, mapping.birthday, mapping.tier, mapping.language, mapping.timezone,
        mapping.birth_year, mapping.birth_month, mapping.birth_day,
    )  # fmt: skip
    columns = [c for c in singles if c is not None]
    columns += [c for source in mapping.contacts for c in (source.column, source.label_column)
                if c is not None]  # fmt: skip
    columns += [*mapping.tags, *mapping.notes]
    return max(columns, default=0)


def _header_key(row: Sequence[object], columns: int) -> tuple[str, ...]:
    """A header row's first `columns` labels as compared: blanks collapsed, case folded."""
    return tuple(text.casefold() for text in _texts(tuple(row)[:columns]))


def _texts(row: Sequence[object]) -> tuple[str, ...]:
    texts = [clean_text(cell) for cell in row[:MAX_DETECTED_COLUMNS]]
    while texts and not texts[-1]:
        texts.pop()
    return tuple(texts)
