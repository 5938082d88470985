"""A sheet holds at most Excel's 1,048,576 rows, the header included; the rows past that go
on in continuation sheets of the same columns and header ("Clients (2)"...), and the team
roll-up reads them back, so nothing a user gave is dropped. The limit is lowered here
(`planner.io.sheets.SHEET_ROWS`) so that a few rows fill a sheet; the files are read back
with openpyxl, a second library."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from transfer_helpers import add_client

from planner.app import Services
from planner.io import sheets
from planner.io.merge import merge_reports, read_input
from planner.io.report_layout import CONTINUED_FORMAT, FORMAT_VERSION, META_SHEET
from planner.io.sheets import Column, Formats, SheetWriter, new_workbook, sheet_name
from planner.vocabulary import Outcome

ROLES = ("clients", "plan", "history", "sales")
LIMIT = 4  # rows a sheet holds in these tests: the header and three data rows


@pytest.fixture
def small_sheets(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sheets, "SHEET_ROWS", LIMIT)
    return LIMIT - 1  # data rows per sheet


def test_the_unlowered_limit_is_excels() -> None:
    from xlsxwriter.workbook import Workbook

    from planner.io.xlsx_stream import EXCEL_MAX_ROW

    assert sheets.SHEET_ROWS == EXCEL_MAX_ROW == 1_048_576
    book = Workbook(None, {"in_memory": True})
    assert book.add_worksheet().xls_rowmax == sheets.SHEET_ROWS


def test_continuation_names_fit_excels_limit_and_are_unique() -> None:
    assert sheet_name("Clients") == "Clients"
    assert sheet_name("Clients", 2) == "Clients (2)"
    assert sheet_name("Клиенты", 12) == "Клиенты (12)"
    long = "Very long sheet name that Excel cuts"
    assert sheet_name(long) == long[:31]
    assert sheet_name(long, 2) == long[:27] + " (2)"
    assert sheet_name(long, 10) == long[:26] + " (10)"
    emoji = "😀" * 20  # two UTF-16 units each: Excel counts those
    assert sheet_name(emoji, 2) == "😀" * 13 + " (2)"
    assert sheet_name("Plan", 2, ["Summary", "plan (2)", "Plan (3)"]) == "Plan (4)"


def _read(path: Path) -> Any:
    return openpyxl.load_workbook(path, read_only=False)


def _data(sheet: Any) -> list[tuple[object, ...]]:
    return [tuple(r) for r in sheet.iter_rows(min_row=2, values_only=True)]


@pytest.mark.parametrize("count", [0, 1, 3, 4, 6, 7, 11])
def test_rows_past_a_full_sheet_go_on_in_continuation_sheets(
    small_sheets: int, tmp_path: Path, count: int
) -> None:
    path = tmp_path / "rows.xlsx"
    workbook = new_workbook(path)
    formats = Formats(workbook)
    columns = [Column("n", "int"), Column("name", "text"), Column("paid", "bool")]
    headers = ["Nr", "Имя", "Paid"]
    writer = SheetWriter(workbook, formats, "Клиенты", columns, headers)
    rows = [(i, f"Клиент {i}", i % 2 == 0) for i in range(count)]
    for row in rows:
        writer.row(row)
    writer.finish()
    workbook.add_worksheet("After")  # a sheet added later still gets a free name
    workbook.close()

    parts = max(1, -(-count // small_sheets))
    names = ["Клиенты"] + [f"Клиенты ({n})" for n in range(2, parts + 1)]
    assert writer.sheet_names == names
    assert writer.row_count == count
    book = _read(path)
    assert book.sheetnames == [*names, "After"]
    got: list[tuple[object, ...]] = []
    for name in names:
        sheet = book[name]
        assert [c.value for c in sheet[1]] == headers
        assert sheet.freeze_panes == "A2"
        assert sheet.max_row <= LIMIT
        here = _data(sheet)
        assert sheet.auto_filter.ref == f"A1:C{max(len(here), 1) + 1}"
        got += here
    assert got == rows  # every row, in order, across the sheets


# --- the report and the team roll-up ---------------------------------------------------------
@pytest.fixture
def busy(services: Services) -> Services:
    """A book whose every report sheet is longer than three rows (LIMIT)."""
    from planner.services.salesviews import ItemInput

    services.settings.set_many({"book.currency": "PLN", "me.name": "Ewa Handlowa"})
    services.catalog.add(ItemInput(code="FLT-1", name="Filtr wody", price="12,50"))
    day = services.uiextras.today()
    for i in range(10):
        cid = add_client(services, f"Klient {i:02d}", phone=f"+4860123450{i}", tier="AB"[i % 2])
        touch = services.clients.get(cid).planned[0]
        services.planning.log_outcome(touch.id, Outcome.REACHED, f"rozmowa {i}")
        services.sales.record_sale(cid, day, [("FLT-1", str(i + 1))])
    return services


def _meta(book: Any) -> dict[str, str]:
    rows = book[META_SHEET].iter_rows(max_col=2, values_only=True)
    return {str(k): "" if v is None else str(v) for k, v in rows}


def _report_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Each role's rows over its sheet and continuation sheets, as the marker names them."""
    book = _read(path)
    meta = _meta(book)
    found: dict[str, list[tuple[object, ...]]] = {}
    for role in ROLES:
        names = [meta[f"sheet.{role}"]]
        while f"sheet.{role}.{len(names) + 1}" in meta:
            names.append(meta[f"sheet.{role}.{len(names) + 1}"])
        found[role] = [row for name in names for row in _data(book[name])]
    return found


def test_a_report_too_long_for_a_sheet_keeps_every_row(
    busy: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = busy.transfer.export_report(tmp_path / "whole.xlsx", language="pl")
    expected = _report_rows(whole.path)
    assert all(len(expected[role]) >= 10 for role in ROLES)
    assert _meta(_read(whole.path))["format"] == str(FORMAT_VERSION)

    monkeypatch.setattr(sheets, "SHEET_ROWS", LIMIT)
    split = busy.transfer.export_report(tmp_path / "split.xlsx", language="pl")
    assert split.rows == whole.rows
    book = _read(split.path)
    meta = _meta(book)
    assert meta["format"] == str(CONTINUED_FORMAT)
    assert book.sheetnames[:6] == [
        "Podsumowanie",
        "Klienci",
        "Klienci (2)",
        "Klienci (3)",
        "Klienci (4)",
        "Plan",
    ]
    assert meta["sheet.clients.4"] == "Klienci (4)"
    assert "sheet.clients.5" not in meta
    assert [c.value for c in book["Klienci (4)"][1]] == [c.value for c in book["Klienci"][1]]
    assert _report_rows(split.path) == expected


def test_the_team_roll_up_reads_and_writes_continuation_sheets(
    busy: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _report_rows(busy.transfer.export_report(tmp_path / "whole.xlsx").path)
    monkeypatch.setattr(sheets, "SHEET_ROWS", LIMIT)
    split = busy.transfer.export_report(tmp_path / "split.xlsx").path
    assert read_input(split).sizes == {role: len(expected[role]) for role in ROLES}

    team = merge_reports(tmp_path / "team.xlsx", [split, split], "en").path
    book = _read(team)
    clients = [n for n in book.sheetnames if n.startswith("Clients")]
    assert clients == ["Clients"] + [f"Clients ({n})" for n in range(2, len(clients) + 1)]
    assert book.sheetnames.index("Plan") == book.sheetnames.index(clients[-1]) + 1
    for role, title in zip(ROLES, ("Clients", "Plan", "History", "Sales"), strict=True):
        names = [n for n in book.sheetnames if n == title or n.startswith(f"{title} (")]
        got = [row for name in names for row in _data(book[name])]
        assert [row[0] for row in got] == ["Ewa Handlowa"] * (2 * len(expected[role]))
        assert [row[1:] for row in got] == 2 * expected[role]
    # its marker sheet names each role's sheets as a report's does, with the row counts
    meta = _meta(book)
    assert meta["marker"] == "contact-planner-team-report"
    assert [meta["salespeople"], meta["salesperson.1"], meta["salesperson.2"]] == [
        "2",
        "Ewa Handlowa",
        "Ewa Handlowa",
    ]
    assert meta["sheet.clients"] == "Clients"
    assert [meta[f"sheet.clients.{n}"] for n in range(2, len(clients) + 1)] == clients[1:]
    assert f"sheet.clients.{len(clients) + 1}" not in meta
    assert meta["columns.clients"].split(",")[0] == "salesperson"
    team_rows = _report_rows(team)
    for role in ROLES:
        assert [row[1:] for row in team_rows[role]] == 2 * expected[role]
        assert meta[f"rows.{role}"] == str(2 * len(expected[role]))

    monkeypatch.setattr(sheets, "SHEET_ROWS", 1_048_576)
    whole_team = _read(merge_reports(tmp_path / "team2.xlsx", [split], "en").path)
    assert len(_data(whole_team["Clients"])) == len(expected["clients"])
    assert "Clients (2)" not in whole_team.sheetnames
    assert "sheet.clients.2" not in _meta(whole_team)


def test_a_report_missing_a_continuation_sheet_is_refused(
    busy: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.io.records import ImportRefused

    monkeypatch.setattr(sheets, "SHEET_ROWS", LIMIT)
    split = busy.transfer.export_report(tmp_path / "split.xlsx").path
    book = _read(split)
    del book["Clients (2)"]
    book.save(split)
    with pytest.raises(ImportRefused) as refused:
        merge_reports(tmp_path / "team.xlsx", [split], "en")
    assert refused.value.code == "not-a-report"
    assert "its clients sheet's continuation “Clients (2)” is missing" in refused.value.message
    assert not (tmp_path / "team.xlsx").exists()
