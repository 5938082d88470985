"""The expat XLSX reader gives what openpyxl's read-only mode gives, only faster."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from planner_io_helpers import MAIN_NS, minimal_parts

from planner.io.records import ImportRefused
from planner.io.xlsx_reader import Workbook, iter_sheet_rows

VALUES: list[list[object]] = [
    ["Name", "Phone", "Born", "Seen", "Score", "Flag", None, "Note"],
    ["Jan Kowalski", 48601234567, date(1985, 4, 12), datetime(2026, 1, 2, 13, 45), 1.5, True],
    ["Łukasz Żółw", 601234567.0, None, None, -2, False, None, "far column"],
    [],
    ["=not a formula here", "0123", date(1900, 3, 1), time(9, 30), 1e20, None, None, "x"],
    ["Ёлкина", 12, date(2026, 12, 31), timedelta(hours=36), 0, None, "plain"],
]


def _openpyxl_rows(path: Path) -> list[tuple[int, tuple[object, ...]]]:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    sheet = book.worksheets[0]
    sheet.reset_dimensions()
    out = []
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = list(row)
        while cells and cells[-1] is None:
            cells.pop()
        if cells:
            out.append((number, tuple(cells)))
    book.close()
    return out


def _ours(path: Path) -> list[tuple[int, tuple[object, ...]]]:
    book = Workbook(path)
    try:
        return [(n, cells) for n, cells in iter_sheet_rows(book, book.sheets[0]) if cells]
    finally:
        book.close()


@pytest.mark.parametrize("epoch_1904", [False, True])
def test_same_values_as_openpyxl(tmp_path: Path, epoch_1904: bool) -> None:
    book = openpyxl.Workbook()
    if epoch_1904:
        book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    for row in VALUES:
        sheet.append(row)
    sheet.cell(8, 2).value = CellRichText(["rich ", TextBlock(InlineFont(b=True), "text")])
    sheet.cell(9, 1).value = "=SUM(1,2)"  # a real formula: no cached value, None for both
    path = tmp_path / "values.xlsx"
    book.save(path)
    assert _ours(path) == _openpyxl_rows(path)


def test_inline_strings_and_constant_memory_files(tmp_path: Path) -> None:
    path = tmp_path / "inline.xlsx"
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Data")
    day = book.add_format({"num_format": "dd.mm.yyyy"})
    sheet.write_row(0, 0, ["Name", "Phone", "Born"])
    sheet.write_string(1, 0, "Иванов Иван")
    sheet.write_number(1, 1, 79161234567)
    sheet.write_datetime(1, 2, datetime(1985, 4, 12), day)
    sheet.write_string(2, 0, "  spaced\ttext ")
    sheet.write_boolean(2, 1, True)
    sheet.write_string(3, 3, "\r=1")
    sheet.write_string(4, 0, "_x000D_ as text")
    book.close()
    ours = _ours(path)
    assert ours[:3] == _openpyxl_rows(path)[:3]
    # Excel's escapes decoded as Excel does (openpyxl leaves them): _x000D_ is a CR, and
    # text that itself reads "_x000D_" was stored as _x005F_x000D_.
    assert ours[3:] == [(4, (None, None, None, "\r=1")), (5, ("_x000D_ as text",))]


def test_rows_past_excel_and_a_forged_dimension(tmp_path: Path) -> None:
    import zipfile

    sheet = (
        f'<?xml version="1.0"?><worksheet xmlns="{MAIN_NS}"><dimension ref="A1"/><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="XFD1"><v>7</v></c></row>'
        '<row><c t="inlineStr"><is><r><t>a</t></r><rPh><t>skip</t></rPh><r><t>b</t></r></is>'
        "</c></row>"
        '<row r="2000000"><c r="A2000000"><v>1</v></c></row></sheetData></worksheet>'
    )
    path = tmp_path / "odd.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in minimal_parts(sheet=sheet).items():
            archive.writestr(name, data)
    book = Workbook(path)
    try:
        rows = list(iter_sheet_rows(book, book.sheets[0], max_columns=3))
    finally:
        book.close()
    assert rows == [(1, ("Name",)), (2, ("ab",))]


def test_a_bad_shared_string_index_is_damage(tmp_path: Path) -> None:
    import zipfile

    sheet = (
        f'<?xml version="1.0"?><worksheet xmlns="{MAIN_NS}"><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData></worksheet>'
    )
    path = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in minimal_parts(sheet=sheet).items():
            archive.writestr(name, data)
    book = Workbook(path)
    try:
        with pytest.raises(ImportRefused) as refused:
            list(iter_sheet_rows(book, book.sheets[0]))
    finally:
        book.close()
    assert refused.value.code == "damaged-xlsx"
