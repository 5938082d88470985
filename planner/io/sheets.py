"""Typed, streaming worksheets on xlsxwriter's constant_memory mode.

A sheet is declared as columns (label, kind, width); rows are then written in order and
each cell goes through the one writer of its kind: text always with `write_string` (with
Excel's quote prefix when it looks like a formula, see `cells`), dates as real dates with a
date format, money as numbers with the book's currency format, never a string that Excel
might turn into a number, a date or a formula. Header row frozen, autofilter over the data.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from planner.atomic import workbook_scratch
from planner.io.cells import is_formula_like
from planner.io.handover import roomy_row_file

Kind = Literal["text", "int", "number", "date", "datetime", "money", "amount", "bool", "percent"]
EXCEL_EPOCH = date(1899, 12, 30).toordinal()
_DAY_SECONDS = 86_400.0
MAX_TEXT = 32_767  # Excel's limit of characters in a cell


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


class Formats:
    """The formats one workbook shares (xlsxwriter wants each created once)."""

    def __init__(self, book: Any) -> None:
        self.book = book
        self.header = book.add_format(
            {"bold": True, "bg_color": "#DCE6F1", "border": 1, "text_wrap": True, "valign": "top"}
        )
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.bold = book.add_format({"bold": True})
        self.quoted = book.add_format({"quote_prefix": True})
        self.date = book.add_format({"num_format": "yyyy-mm-dd"})
        self.datetime = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        self.percent = book.add_format({"num_format": "0.0%"})
        self.number = book.add_format({"num_format": "#,##0.###"})
        self._money: dict[str, Any] = {}

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


Writer = Callable[[int, int, Any], None]


class SheetWriter:
    """One worksheet: header in the first row (frozen), typed rows after it, then a filter."""

    def __init__(
        self,
        book: Any,
        formats: Formats,
        name: str,
        columns: Sequence[Column],
        headers: Sequence[str],
        currency: str = "EUR",
    ) -> None:
        self.sheet = book.add_worksheet(name[:31])
        roomy_row_file(self.sheet)
        self.formats = formats
        self.columns = list(columns)
        self.row_count = 0
        self.currency = currency
        self._divisors: dict[str, int] = {}
        for index, column in enumerate(self.columns):
            self.sheet.set_column(index, index, column.width)
        for index, label in enumerate(headers):
            self.sheet.write_string(0, index, label, formats.header)
        self.sheet.freeze_panes(1, 0)
        self._writers = [self._writer(c.kind) for c in self.columns]

    def set_currency(self, currency: str) -> None:
        """The currency of the money and amount cells of the rows that follow."""
        self.currency = currency

    def _divisor(self) -> int:
        divisor = self._divisors.get(self.currency)
        if divisor is None:
            from planner.sales.money import exponent

            divisor = self._divisors[self.currency] = 10 ** exponent(self.currency)
        return divisor

    def _writer(self, kind: Kind) -> Writer:
        ws, f = self.sheet, self.formats
        write_string, write_number = ws.write_string, ws.write_number
        quoted = f.quoted

        def text(r: int, c: int, v: Any) -> None:
            s = v if isinstance(v, str) else str(v)
            if len(s) > MAX_TEXT:
                s = s[:MAX_TEXT]
            if is_formula_like(s):
                write_string(r, c, s, quoted)
            else:
                write_string(r, c, s)

        def number(r: int, c: int, v: Any) -> None:
            write_number(r, c, v)

        def day(r: int, c: int, v: Any) -> None:
            serial = serial_day(v)
            if serial is not None:
                write_number(r, c, serial, f.date)

        def moment(r: int, c: int, v: Any) -> None:
            serial = serial_day(v)
            if serial is not None:
                write_number(r, c, serial, f.datetime)

        def money(r: int, c: int, v: Any) -> None:
            write_number(r, c, int(v) / self._divisor(), f.money(self.currency))

        def amount(r: int, c: int, v: Any) -> None:
            write_number(r, c, float(v), f.money(self.currency))

        def boolean(r: int, c: int, v: Any) -> None:
            ws.write_boolean(r, c, bool(v))

        def percent(r: int, c: int, v: Any) -> None:
            write_number(r, c, v, f.percent)

        return {
            "text": text,
            "int": number,
            "number": number,
            "date": day,
            "datetime": moment,
            "money": money,
            "amount": amount,
            "bool": boolean,
            "percent": percent,
        }[kind]

    def row(self, values: Sequence[object]) -> None:
        self.row_count += 1
        r = self.row_count
        for c, (write, value) in enumerate(zip(self._writers, values, strict=False)):
            if value is not None:
                write(r, c, value)

    def finish(self) -> None:
        self.sheet.autofilter(0, 0, max(self.row_count, 1), len(self.columns) - 1)
