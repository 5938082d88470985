"""The report's sheet writer puts each row's XML straight into xlsxwriter's row file: the
sheets it writes must be byte for byte what xlsxwriter's own cell methods write for the
same cells (the formula-injection guard, escaping, styles, dimensions, filter), except
for text shaped like rich text, which xlsxwriter writes unescaped and we escape."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from planner.io.cells import is_formula_like
from planner.io.sheets import (
    MAX_TEXT,
    Column,
    Formats,
    Kind,
    SheetWriter,
    new_workbook,
    serial_day,
)
from planner.sales.money import exponent

KINDS: list[Kind] = ["int", "text", "date", "datetime", "money", "amount", "bool", "percent"]
COLUMNS = [Column(f"c{i}", kind, 10 + i) for i, kind in enumerate(KINDS)]
HEADERS = [f"Header {i} & <more>" for i in range(len(KINDS))]
TEXTS = [
    "Jan Kowalski",
    '=HYPERLINK("http://x")',
    "+48 601",
    "@SUM(A1)",
    " leading",
    "trailing ",
    "tab\there",
    "line\nbreak",
    "ctrl\x01\x1f char",
    "_x0041_ literal",
    'a & b < c > d "q"',
    "",
    "Łódź Ёлка 😀",
    "x" * (MAX_TEXT + 10),
    "😀" * 20_000,
    "\ufffe\uffff",
    12345,
]


def _rows() -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for i, text in enumerate(TEXTS * 3):
        rows.append(
            (
                [i, 2**60, 3.5, True][i % 4],
                text,
                [date(2026, 1, i % 28 + 1), "2026-02-03", "not a date", None][i % 4],
                [datetime(2026, 3, 4, 5, 6, 7), "2026-03-04T05:06:07", None][i % 3],
                [12345, -1, 0][i % 3],
                [1.25, 7, None][i % 3],
                [True, False, 0, 1][i % 4],
                [0.125, None, 1][i % 3],
            )
        )
    rows.append((None,) * len(KINDS))  # an empty row: no cells, no dimension
    rows.append((None, None, None, None, None, None, None, 0.5))  # only the last column
    return rows


def _heights(ws: Any) -> None:
    ws.set_default_row(24)
    ws.set_row(3, 40)
    ws.set_row(len(TEXTS) + 2, 10)


def _reference(
    path: Path, rows: Sequence[tuple[Any, ...]], currencies: Sequence[str], heights: bool
) -> None:
    """The same sheet through xlsxwriter's cell methods, as the writer used to write it."""
    book = new_workbook(path)
    f = Formats(book)
    ws = book.add_worksheet("Rows")
    if heights:
        _heights(ws)
    for index, column in enumerate(COLUMNS):
        ws.set_column(index, index, column.width)
    for index, label in enumerate(HEADERS):
        ws.write_string(0, index, label, f.header)
    ws.freeze_panes(1, 0)
    for r, (values, currency) in enumerate(zip(rows, currencies, strict=True), start=1):
        for c, (column, v) in enumerate(zip(COLUMNS, values, strict=True)):
            if v is None:
                continue
            kind = column.kind
            if kind == "text":
                s = (v if isinstance(v, str) else str(v))[:MAX_TEXT]
                ws.write_string(r, c, s, f.quoted if is_formula_like(s) else None)
            elif kind == "int":
                ws.write_number(r, c, v)
            elif kind in ("date", "datetime"):
                serial = serial_day(v)
                if serial is not None:
                    ws.write_number(r, c, serial, f.date if kind == "date" else f.datetime)
                else:  # not a date ("not a date"): the text as given, no longer dropped
                    ws.write_string(r, c, v, f.quoted if is_formula_like(v) else None)
            elif kind == "money":
                ws.write_number(r, c, int(v) / 10 ** exponent(currency), f.money(currency))
            elif kind == "amount":
                ws.write_number(r, c, float(v), f.money(currency))
            elif kind == "bool":
                ws.write_boolean(r, c, bool(v))
            else:
                ws.write_number(r, c, v, f.percent)
    ws.autofilter(0, 0, max(len(rows), 1), len(COLUMNS) - 1)
    book.close()


def _ours(
    path: Path, rows: Sequence[tuple[Any, ...]], currencies: Sequence[str], heights: bool
) -> None:
    book = new_workbook(path)
    writer = SheetWriter(book, Formats(book), "Rows", COLUMNS, HEADERS)
    if heights:
        _heights(writer.sheet)
    for values, currency in zip(rows, currencies, strict=True):
        writer.set_currency(currency)
        writer.row(values)
    writer.finish()
    book.close()


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name)
            for name in archive.namelist()
            if name.startswith("xl/")  # docProps hold the moment of writing
        }


@pytest.mark.parametrize(("size", "heights"), [(0, False), (1, False), (-1, False), (-1, True)])
def test_the_sheet_is_what_xlsxwriters_cell_methods_write(
    tmp_path: Path, size: int, heights: bool
) -> None:
    rows = _rows()[:size] if size >= 0 else _rows()
    currencies = [("PLN", "JPY", "EUR")[i % 3] for i in range(len(rows))]
    _reference(tmp_path / "reference.xlsx", rows, currencies, heights)
    _ours(tmp_path / "ours.xlsx", rows, currencies, heights)
    reference, ours = _parts(tmp_path / "reference.xlsx"), _parts(tmp_path / "ours.xlsx")
    assert sorted(ours) == sorted(reference)
    for name in reference:
        assert ours[name] == reference[name], name


def test_a_number_that_is_not_finite_is_refused_as_before(tmp_path: Path) -> None:
    book = new_workbook(tmp_path / "r.xlsx")
    writer = SheetWriter(book, Formats(book), "Rows", COLUMNS, HEADERS)
    with pytest.raises(TypeError, match="NAN/INF"):
        writer.row((float("nan"),))
    book.close()


def test_text_shaped_like_rich_text_is_kept_as_text(tmp_path: Path) -> None:
    """xlsxwriter's constant_memory mode writes "<r>...</r>" unescaped (as rich text): a
    client named "<r>&</r>" gave a file Excel calls damaged. Ours is text like any other."""
    import openpyxl

    texts = ["<r>&</r>", "<r>rich?</r>", "<r><t>x</t></r>"]
    path = tmp_path / "r.xlsx"
    book = new_workbook(path)
    writer = SheetWriter(book, Formats(book), "Rows", COLUMNS, HEADERS)
    for text in texts:
        writer.row((1, text))
    writer.finish()
    book.close()
    sheet = openpyxl.load_workbook(path, read_only=True).active
    assert sheet is not None
    got = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert got == texts
