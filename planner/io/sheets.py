"""Typed, streaming worksheets on xlsxwriter's constant_memory mode.

A sheet is declared as columns (label, kind, width); rows are then written in order and
each cell goes through the one writer of its kind: text always with `write_string` (with
Excel's quote prefix when it looks like a formula, see `cells`), dates as real dates with a
date format, money as numbers with the book's currency format, never a string that Excel
might turn into a number, a date or a formula. Header row frozen, autofilter over the data.

A worksheet holds at most `SHEET_ROWS` rows, the header included (Excel's limit). A sheet
that is full goes on in a continuation sheet with the same columns and header, named like
the first with " (2)", " (3)"..., so no row is ever dropped; `SheetWriter.sheet_names` lists
them for whatever records where the rows went (the report's marker sheet).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from io import StringIO
from math import isfinite
from pathlib import Path
from typing import Any, Literal

from planner.atomic import workbook_scratch
from planner.io.cells import SAFE_FIRST as _SAFE_FIRST
from planner.io.cells import is_formula_like
from planner.io.handover import roomy_row_file
from planner.io.xlsx_stream import EXCEL_MAX_ROW

Kind = Literal["text", "int", "number", "date", "datetime", "money", "amount", "bool", "percent"]
EXCEL_EPOCH = date(1899, 12, 30).toordinal()
_DAY_SECONDS = 86_400.0
MAX_TEXT = 32_767  # Excel's limit of characters in a cell
MAX_SHEET_NAME = 31  # Excel's limit of a sheet name, in UTF-16 units
# rows a worksheet holds, the header row included: Excel's limit (tests lower it, to see
# continuation sheets without writing a million rows); read as each sheet is opened
SHEET_ROWS = EXCEL_MAX_ROW


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # a `labels` key after "col.", and the column's key in the report's metadata
    kind: Kind
    width: float = 12


def money_format(currency: str) -> str:
    from planner.sales.money import exponent

    places = exponent(currency)
    return "#,##0" + ("." + "0" * places if places else "") + f' "{currency}"'


def new_workbook(path: Path) -> Any:
    """An xlsxwriter workbook in constant_memory mode that never converts strings."""
    import xlsxwriter

    return workbook_scratch(  # its temp files hold client rows: a private folder
        xlsxwriter.Workbook,
        path,
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )


def sheet_name(base: str, part: int = 1, taken: Collection[str] = ()) -> str:
    """The name of the `part`-th sheet of a sheet called `base`: `base` itself for the first,
    then "base (2)", "base (3)"..., `base` shortened so that the name fits Excel's 31
    characters; a name in `taken` (compared as Excel does, ignoring case) takes the next
    number."""
    from xlsxwriter.utility import _utf16_truncate

    used = {name.lower() for name in taken}
    while True:
        suffix = f" ({part})" if part > 1 else ""
        name: str = _utf16_truncate(base, MAX_SHEET_NAME - len(suffix)) + suffix
        if name.lower() not in used:
            return name
        part += 1


def abandon(workbook: Any) -> None:
    """Drop a workbook being written (a cancel or an error): its constant_memory temp files
    are closed and removed, and nothing is written to its path."""
    for sheet in getattr(workbook, "worksheets_objs", []):
        handle = getattr(sheet, "row_data_fh", None)
        if handle is not None and not handle.closed:
            handle.close()
        name = getattr(sheet, "row_data_filename", None)
        if name:
            Path(name).unlink(missing_ok=True)
    folder = getattr(workbook, "scratch_folder", None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


_HEADER = {"bold": True, "bg_color": "#DCE6F1", "border": 1, "text_wrap": True, "valign": "top"}


class Formats:
    """The formats one workbook shares (xlsxwriter wants each created once)."""

    def __init__(self, book: Any) -> None:
        self.book = book
        self.header = book.add_format(_HEADER)
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.bold = book.add_format({"bold": True})
        self.quoted = book.add_format({"quote_prefix": True})
        self.date = book.add_format({"num_format": "yyyy-mm-dd"})
        self.datetime = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        self.percent = book.add_format({"num_format": "0.0%"})
        self.number = book.add_format({"num_format": "#,##0.###"})
        self._money: dict[str, Any] = {}
        self._quoted_header: Any = None

    def header_for(self, label: str) -> Any:
        """The header format, with the quote prefix for a label that looks like a formula
        (the team roll-up's header of a column key it does not know is the key itself)."""
        if not is_formula_like(label):
            return self.header
        if self._quoted_header is None:
            self._quoted_header = self.book.add_format({**_HEADER, "quote_prefix": True})
        return self._quoted_header

    def money(self, currency: str) -> Any:
        if currency not in self._money:
            self._money[currency] = self.book.add_format({"num_format": money_format(currency)})
        return self._money[currency]


def serial_day(value: object) -> float | None:
    """An Excel serial date (1900 system) from a date, a datetime or ISO text."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return serial_instant(value)
    if isinstance(value, date):
        return float(value.toordinal() - EXCEL_EPOCH)
    text = str(value)
    try:
        if len(text) == 10:
            day = date(int(text[:4]), int(text[5:7]), int(text[8:10]))
            return float(day.toordinal() - EXCEL_EPOCH)
        return serial_instant(datetime.fromisoformat(text))
    except ValueError:
        return None


def serial_instant(value: datetime) -> float:
    seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
    return value.toordinal() - EXCEL_EPOCH + seconds / _DAY_SECONDS


Encoder = Callable[[str, Any], str]  # (cell reference, value) -> the cell's XML
# what xlsxwriter's escaping would change (`_escape_control_characters`, `_escape_data`)
_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
# what a number, money or yes/no cell never holds (text, or a date, time or duration typed
# over a number: openpyxl's conversion gives a time for a cell Excel formats as one)
_NOT_NUMBERS = (str, date, time, timedelta)
_NAN_INF = "NAN/INF not supported in write_number() without 'nan_inf_to_errors' Workbook() option"


class SheetWriter:
    """One worksheet: header in the first row (frozen), typed rows after it, then a filter;
    rows past `SHEET_ROWS` go on in continuation sheets of the same columns and header.

    The rows go straight into the worksheet's constant_memory row file as the XML that
    xlsxwriter's `write_string` / `write_number` / `write_boolean` would give the same
    cells (xlsxwriter's own escaping, the same style indices in the same order of first
    use, the same dimensions), one string per row instead of a dozen Python calls per cell
    (tests/unit/io/test_sheet_writer.py compares the two byte for byte). Row formats and
    column formats are not applied to the cells: the report sets neither."""

    def __init__(
        self,
        book: Any,
        formats: Formats,
        name: str,
        columns: Sequence[Column],
        headers: Sequence[str],
        currency: str = "EUR",
    ) -> None:
        from xlsxwriter.utility import xl_col_to_name

        self.book = book
        self.formats = formats
        self.columns = list(columns)
        self.headers = list(headers)
        self.row_count = 0  # data rows written, over every sheet
        self.sheet_names: list[str] = []  # the first sheet's name, then its continuations
        self.currency = currency
        self._base = sheet_name(name)
        self._sheet_rows = 0  # data rows in the current sheet
        self._divisors: dict[str, int] = {}
        self._styles: dict[int, str] = {}  # id(format) -> its ' s="n"' attribute
        self._open(self._base)
        self._letters = [xl_col_to_name(i) for i in range(len(self.columns))]
        self._encoders = [self._encoder(c.kind) for c in self.columns]
        self._header_spans = len(headers) >= len(self.columns)  # dim_colmin/max stay put

    def _open(self, name: str) -> None:
        """Start the sheet `name`: column widths, the header row, frozen panes."""
        sheet = self.book.add_worksheet(name)
        if not sheet.constant_memory:
            raise ValueError("SheetWriter writes constant_memory worksheets (new_workbook)")
        roomy_row_file(sheet)
        for index, column in enumerate(self.columns):
            sheet.set_column(index, index, column.width)
        for index, label in enumerate(self.headers):
            sheet.write_string(0, index, label, self.formats.header_for(label))
        sheet.freeze_panes(1, 0)
        self.sheet = sheet
        self.sheet_names.append(sheet.name)
        self._sheet_rows = 0
        self._last_row = min(SHEET_ROWS, sheet.xls_rowmax) - 1  # 0-based, below the header

    def _go_on(self) -> None:
        """The current sheet is full: filter it and open the next continuation sheet."""
        self._filter()
        taken = [sheet.name for sheet in self.book.worksheets()]
        self._open(sheet_name(self._base, len(self.sheet_names) + 1, taken))

    def set_currency(self, currency: str) -> None:
        """The currency of the money and amount cells of the rows that follow."""
        self.currency = currency

    def _divisor(self) -> int:
        divisor = self._divisors.get(self.currency)
        if divisor is None:
            from planner.sales.money import exponent

            divisor = self._divisors[self.currency] = 10 ** exponent(self.currency)
        return divisor

    def _style(self, cell_format: Any) -> str:
        """The style attribute of `cell_format`, its index taken on first use, as xlsxwriter
        does when it writes the cell (the index order is the order of first use)."""
        style = self._styles.get(id(cell_format))
        if style is None:
            style = self._styles[id(cell_format)] = f' s="{cell_format._get_xf_index()}"'
        return style

    def _encoder(self, kind: Kind) -> Encoder:
        """The cell writer of `kind`; a value that is not of the kind (text a person typed
        over a number, a date or a yes/no in a report, read back by the team roll-up) is
        written as text, as it was given, rather than refused, dropped or misread."""
        f, style = self.formats, self._style
        text = self._text_encoder()

        def number(ref: str, v: Any, attr: str = "") -> str:
            if v.__class__ is not int:
                if v.__class__ is not float and isinstance(v, _NOT_NUMBERS):
                    return text(ref, v)  # typed over a number (an edited report): kept
                if not isfinite(v):
                    raise TypeError(_NAN_INF)
                if v.__class__ is Fraction:
                    v = float(v)
            return f'<c r="{ref}"{attr}><v>{v:.16G}</v></c>'

        def day(ref: str, v: Any, fmt: Any = f.date) -> str:
            serial = float(v.toordinal() - EXCEL_EPOCH) if v.__class__ is date else serial_day(v)
            if serial is None:
                return "" if v == "" else number(ref, v)  # not a date: kept as given
            return f'<c r="{ref}"{style(fmt)}><v>{serial:.16G}</v></c>'

        def moment(ref: str, v: Any) -> str:
            return day(ref, v, f.datetime)

        def money(ref: str, v: Any) -> str:
            attr = style(f.money(self.currency))
            return f'<c r="{ref}"{attr}><v>{int(v) / self._divisor():.16G}</v></c>'

        def amount(ref: str, v: Any) -> str:
            if isinstance(v, _NOT_NUMBERS):
                return text(ref, v)
            return number(ref, float(v), style(f.money(self.currency)))

        def boolean(ref: str, v: Any) -> str:
            if v.__class__ is not bool and isinstance(v, _NOT_NUMBERS):
                return text(ref, v)  # "no" typed over a yes/no cell is not TRUE
            return f'<c r="{ref}" t="b"><v>{1 if v else 0}</v></c>'

        def percent(ref: str, v: Any) -> str:
            return number(ref, v, style(f.percent))

        encoders: dict[str, Encoder] = {
            "text": text,
            "int": number,
            "number": number,
            "date": day,
            "datetime": moment,
            "money": money,
            "amount": amount,
            "bool": boolean,
            "percent": percent,
        }
        return encoders[kind]

    def _text_encoder(self) -> Encoder:
        """Text as `write_string` stores it in constant_memory mode (an inline string), with
        the quote prefix when it looks like a formula; the usual short, plain text takes
        one regex search and no escaping."""
        from xlsxwriter.utility import _utf16_len, _utf16_truncate

        ws, quoted, style = self.sheet, self.formats.quoted, self._style
        control, escape = ws._escape_control_characters, ws._escape_data
        strmax = ws.xls_strmax
        short = strmax // 2  # no UTF-16 count needed below this

        def text(ref: str, v: Any) -> str:
            s = v if isinstance(v, str) else str(v)
            if len(s) > short:
                s = s[:MAX_TEXT]
                if _utf16_len(s) > strmax:
                    s = _utf16_truncate(s, strmax)
                    # (the formula test below sees the shorter text: the same first characters)
            attr = "" if s[:1] in _SAFE_FIRST or not is_formula_like(s) else style(quoted)
            if _SPECIAL.search(s) is not None:
                # escaped always: xlsxwriter would write a text shaped "<r>...</r>" as it is,
                # taking it for rich text, and a client's "<r>&</r>" would break the file
                s = control(s)
                body = escape(s)
            else:
                body = s
            # xlsxwriter's test (`^\s|\s$`): a blank first or last character
            keep = ' xml:space="preserve"' if s[:1].isspace() or s[-1:].isspace() else ""
            return f'<c r="{ref}"{attr} t="inlineStr"><is><t{keep}>{body}</t></is></c>'

        return text

    def row(self, values: Sequence[object]) -> None:
        if self._sheet_rows >= self._last_row:
            self._go_on()  # the row would be past the sheet's last: it goes on in the next
        self.row_count += 1
        self._sheet_rows += 1
        r = self._sheet_rows
        ws = self.sheet
        if ws.table:
            ws._write_single_row(r)  # the cells xlsxwriter still holds (the header row)
        else:
            ws.previous_row = r
        n = str(r + 1)
        body = "".join(
            [
                encode(letter + n, value)
                for encode, letter, value in zip(
                    self._encoders, self._letters, values, strict=False
                )
                if value is not None
            ]
        )
        if not body:
            return  # no cell: xlsxwriter writes no row
        if ws.default_row_height == ws.original_row_height and not (
            r in ws.row_info or ws.excel_version == 2010
        ):
            ws.fh.write(f'<row r="{n}">{body}</row>')
        else:
            ws.fh.write(self._row(r, body))
        if ws.dim_rowmin is None or r < ws.dim_rowmin:
            ws.dim_rowmin = r
        if ws.dim_rowmax is None or r > ws.dim_rowmax:
            ws.dim_rowmax = r
        if not self._header_spans:
            self._widen(values)

    def _widen(self, values: Sequence[object]) -> None:
        """The columns' extent when the header row does not already span every column."""
        ws = self.sheet
        written = [
            c
            for c, (encode, letter, value) in enumerate(
                zip(self._encoders, self._letters, values, strict=False)
            )
            if value is not None and encode(letter + "1", value)
        ]
        if ws.dim_colmin is None or written[0] < ws.dim_colmin:
            ws.dim_colmin = written[0]
        if ws.dim_colmax is None or written[-1] > ws.dim_colmax:
            ws.dim_colmax = written[-1]

    def _row(self, r: int, body: str) -> str:
        """The row as xlsxwriter's `_write_row` starts it (a height, Excel 2010 extras)."""
        ws = self.sheet
        info = ws.row_info.get(r)
        if info is not None and info.row_format is not None:
            raise ValueError("a row format would style the row's cells: not supported here")
        fh, ws.fh = ws.fh, StringIO()
        try:
            ws._write_row(r, None, info)
            return f"{ws.fh.getvalue()}{body}</row>"
        finally:
            ws.fh = fh

    def _filter(self) -> None:
        self.sheet.autofilter(0, 0, max(self._sheet_rows, 1), len(self.columns) - 1)

    def finish(self) -> None:
        self._filter()
