"""The managers' workbook read back with a second library (openpyxl), formula injection,
and the team roll-up."""

from __future__ import annotations

import sqlite3
import zipfile
from contextlib import closing
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from transfer_helpers import FORMULA_PAYLOADS, add_client, write_xlsx

from planner.app import Services
from planner.db import Book
from planner.io.cells import is_formula_like
from planner.io.labels import word
from planner.io.merge import merge_reports
from planner.io.records import ImportRefused
from planner.io.sheets import Column, Formats, SheetWriter, new_workbook
from planner.services.salesviews import ItemInput
from planner.vocabulary import Outcome
from tests.conftest import fixed_clock

TODAY = date(2026, 11, 26)


def _fill(services: Services, person: str, currency: str = "PLN") -> None:
    services.settings.set_many(
        {"phone.region": "PL", "book.currency": currency, "me.name": person, "ui.language": "pl"}
    )
    a = add_client(
        services,
        "Jan Kowalski",
        phone="+48601234567",
        email="jan@firma.pl",
        company="ACME",
        tier="A",
        tags=("VIP",),
        birthday=(1980, 5, 17),
    )
    b = add_client(services, "Anna Nowak", phone="+48602345678", tier="B")
    add_client(services, "Piotr Zieliński", email="piotr@firma.pl", tier="D")
    first = services.clients.get(a).planned[0]
    services.planning.log_outcome(first.id, Outcome.REACHED, "Rozmowa o dostawie")
    services.catalog.add(ItemInput(code="FLT-1", name="Filtr wody", price="1 234,50"))
    services.sales.record_sale(b, TODAY, [("FLT-1", "2")], note="pierwsza")


@pytest.fixture
def filled(services: Services) -> Services:
    _fill(services, "Ewa Handlowa")
    return services


def test_workbook_structure_read_back_with_openpyxl(filled: Services, tmp_path: Path) -> None:
    path = tmp_path / "raport.xlsx"
    result = filled.transfer.export_report(path)
    assert result.language == "pl"
    assert (result.start, result.end) == (date(2026, 10, 27), date(2026, 12, 26))
    assert result.rows["clients"] == 3
    assert result.rows["sales"] == 1
    book = openpyxl.load_workbook(path)
    names = ["Podsumowanie", "Klienci", "Plan", "Historia", "Sprzedaż", "_cp_meta"]
    assert book.sheetnames == names
    assert book["_cp_meta"].sheet_state == "hidden"
    for name in names[1:5]:
        sheet = book[name]
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref is not None
        assert sheet.auto_filter.ref.startswith("A1:")
        assert all(isinstance(c.value, str) for c in sheet[1])  # a header row of labels
    clients = book["Klienci"]
    header = [c.value for c in clients[1]]
    assert header[:4] == ["ID klienta", "Nazwa", "Firma", "Klasa"]
    jan = [c for c in clients[2]]
    assert jan[1].value == "Jan Kowalski"
    assert jan[1].data_type == "s"
    since = jan[header.index("Klient od")]
    assert since.is_date
    assert since.value == datetime(2026, 11, 26)
    assert since.number_format == "yyyy-mm-dd"
    sales = book["Sprzedaż"]
    row = {h.value: c for h, c in zip(sales[1], sales[2], strict=True)}
    assert row["Kwota"].value == pytest.approx(2469.0)
    assert row["Kwota"].data_type == "n"
    assert "PLN" in row["Kwota"].number_format
    assert row["Data"].is_date
    assert row["Ilość"].value == 2
    history = book["Historia"]
    assert [c.value for c in history[2]][7] == "skontaktowano"
    summary = book["Podsumowanie"]
    values = [[c.value for c in r] for r in summary.iter_rows(max_col=10)]
    assert values[1][1] == "Ewa Handlowa"
    total = next(r for r in values if r[0] == "Razem")
    assert total[1] == 3
    assert total[7] == 1
    assert total[8] == pytest.approx(2469.0)
    with zipfile.ZipFile(path) as archive:
        parts = set(archive.namelist())
    assert {"xl/charts/chart1.xml", "xl/charts/chart2.xml"} <= parts
    props = {p.name: p.value for p in book.custom_doc_props.props}
    assert props["ContactPlannerReport"] == "1"
    assert props["Salesperson"] == "Ewa Handlowa"


@pytest.mark.parametrize(
    ("language", "clients", "name"),
    [("en", "Clients", "Name"), ("ru", "Клиенты", "Имя"), ("pl", "Klienci", "Nazwa")],
)
def test_headers_in_the_chosen_language(
    filled: Services, tmp_path: Path, language: str, clients: str, name: str
) -> None:
    path = tmp_path / f"{language}.xlsx"
    filled.transfer.export_report(path, language=language)
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames[1] == clients
    assert next(book[clients].iter_rows(max_row=1, values_only=True))[1] == name
    assert word("col.name", language) == name


def test_a_book_without_sales_tables_exports_zeros(services: Services, tmp_path: Path) -> None:
    add_client(services, "Jan Kowalski", tier="B")
    with services.book.transaction() as session:
        for table in ("sale_line", "sale"):
            session.connection().exec_driver_sql(f"DROP TABLE {table}")
    result = services.transfer.export_report(tmp_path / "r.xlsx", language="en")
    assert result.rows["sales"] == 0
    book = openpyxl.load_workbook(tmp_path / "r.xlsx", read_only=True)
    total = next(r for r in book["Summary"].iter_rows(values_only=True) if r[0] == "Total")
    assert total[7:9] == (0, 0)


def test_formula_payloads_stay_text(services: Services, book_path: Path, tmp_path: Path) -> None:
    for payload in FORMULA_PAYLOADS:
        assert is_formula_like(payload), payload
    for safe in ("Anna", "Иван", "1-2", "x=1", "", " ", "(1)"):
        assert not is_formula_like(safe), safe
    ids = [add_client(services, f"Klient {i}") for i in range(len(FORMULA_PAYLOADS))]
    with closing(sqlite3.connect(book_path)) as conn, conn:  # raw values, as an old book may hold
        conn.executemany(
            "UPDATE client SET name = ?, company = ? WHERE id = ?",
            [(p, p, i) for p, i in zip(FORMULA_PAYLOADS, ids, strict=True)],
        )
    path = tmp_path / "r.xlsx"
    services.transfer.export_report(path, language="en")
    sheet = openpyxl.load_workbook(path)["Clients"]
    for row, payload in enumerate(FORMULA_PAYLOADS, start=2):
        for column in (2, 3):
            cell = sheet.cell(row, column)
            assert cell.data_type == "s", payload
            assert _excel_text(cell.value) == payload, payload
            assert cell.quotePrefix, payload


def _excel_text(value: str) -> str:
    """The text Excel shows: OOXML stores a CR as _x000D_, which openpyxl leaves escaped."""
    from openpyxl.utils.escape import unescape

    return unescape(value)


def test_the_sheet_writer_keeps_payloads_as_text(tmp_path: Path) -> None:
    path = tmp_path / "w.xlsx"
    book = new_workbook(path)
    writer = SheetWriter(book, Formats(book), "T", [Column("x", "text")], ["X"])
    for payload in FORMULA_PAYLOADS:
        writer.row([payload])
    writer.finish()
    book.close()
    read = openpyxl.load_workbook(path, read_only=True)
    got = [_excel_text(r[0]) for r in read["T"].iter_rows(min_row=2, values_only=True)]
    assert got == FORMULA_PAYLOADS


# --- the team roll-up ---------------------------------------------------------------------
def _second_book(tmp_path: Path) -> Services:
    from tests.conftest import FIXED_NOW  # noqa: F401 - same clock as the fixture

    other = Services(Book(tmp_path / "other.sqlite"), fixed_clock())
    _fill(other, "Olga Sprzedaż")
    add_client(other, "Zofia Nowa", phone="+48603456789", tier="C")
    return other


def test_merge_two_reports(filled: Services, tmp_path: Path) -> None:
    other = _second_book(tmp_path)
    try:
        first = filled.transfer.export_report(tmp_path / "a.xlsx")
        second = other.transfer.export_report(tmp_path / "b.xlsx", language="ru")
    finally:
        other.close()
    out = tmp_path / "team.xlsx"
    result = merge_reports(out, [first.path, second.path], "en", today=TODAY)
    assert result.salespeople == ("Ewa Handlowa", "Olga Sprzedaż")
    assert result.rows["clients"] == 3 + 4
    assert result.rows["sales"] == 2
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:5] == ["Summary", "Clients", "Plan", "History", "Sales"]
    clients = book["Clients"]
    assert [c.value for c in clients[1]][:3] == ["Salesperson", "Client ID", "Name"]
    people = [r[0] for r in clients.iter_rows(min_row=2, values_only=True)]
    assert people == ["Ewa Handlowa"] * 3 + ["Olga Sprzedaż"] * 4
    assert clients.freeze_panes == "A2"
    assert clients.auto_filter.ref
    since = clients.cell(2, [c.value for c in clients[1]].index("Client since") + 1)
    assert since.is_date
    amount = book["Sales"].cell(2, [c.value for c in book["Sales"][1]].index("Amount") + 1)
    assert amount.data_type == "n"
    assert "PLN" in amount.number_format
    summary = [r for r in book["Summary"].iter_rows(values_only=True)]
    rows = {r[0]: r for r in summary if r[0] in ("Ewa Handlowa", "Olga Sprzedaż", "Total")}
    assert rows["Ewa Handlowa"][1] == 3
    assert rows["Olga Sprzedaż"][1] == 4
    assert rows["Total"][1] == 7
    assert rows["Total"][8] == pytest.approx(2 * 2469.0)


def test_the_team_marker_sheet_keeps_a_salespersons_formula_as_text(
    filled: Services, tmp_path: Path
) -> None:
    payload = '=HYPERLINK("http://x","y")'
    filled.settings.set("me.name", payload)
    report = filled.transfer.export_report(tmp_path / "a.xlsx").path
    out = merge_reports(tmp_path / "team.xlsx", [report], "en", today=TODAY).path
    meta = openpyxl.load_workbook(out)["_cp_meta"]
    cells = {row[0].value: row[1] for row in meta.iter_rows(max_col=2)}
    assert cells["salesperson.1"].value == payload
    assert cells["salesperson.1"].data_type == "s"
    assert cells["salesperson.1"].quotePrefix
    assert cells["generated"].value == TODAY.isoformat()
    assert cells["sheet.sales"].value == "Sales"


def test_merge_refuses_a_foreign_workbook_by_name(filled: Services, tmp_path: Path) -> None:
    ours = filled.transfer.export_report(tmp_path / "ours.xlsx").path
    foreign = write_xlsx(tmp_path / "foreign.xlsx", [["Name", "Phone"], ["Jan", 601234567]])
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook at all")
    for bad in (foreign, junk):
        with pytest.raises(ImportRefused) as refused:
            merge_reports(tmp_path / "team.xlsx", [ours, bad], "en")
        assert refused.value.code == "not-a-report"
        assert bad.name in refused.value.message
    assert not (tmp_path / "team.xlsx").exists()


def test_cancel_leaves_no_half_workbook(
    filled: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from planner.io.progress import TransferCancelled

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    path = tmp_path / "r.xlsx"
    with pytest.raises(TransferCancelled):
        filled.transfer.export_report(path, progress=lambda done, total: False)
    assert not path.exists()
    assert not list(tmp_path.glob(".*part"))
    assert not list(scratch.iterdir())  # xlsxwriter's row files were removed too


def test_merge_keeps_what_a_salesperson_typed_over_a_number_or_a_date(
    filled: Services, tmp_path: Path
) -> None:
    """A report edited in Excel (text typed into the ID, date, money and yes/no columns)
    merges, and the team sheet keeps each such cell as the text typed, formulas defused."""
    report = filled.transfer.export_report(tmp_path / "a.xlsx", language="en").path
    book = openpyxl.load_workbook(report)
    sheet = book["Clients"]
    header = [c.value for c in sheet[1]]
    typed = {"Client ID": "n/a", "Client since": "soon", "Value": "-", "At risk": "no"}
    for label, text in typed.items():
        sheet.cell(2, header.index(label) + 1, text)
    sheet.cell(4, header.index("Last reached") + 1, 45000)  # a bare number, no date format
    sheet.cell(3, header.index("Client ID") + 1, time(12, 30))  # Excel makes "12:30" a time
    sheet.cell(3, header.index("Client since") + 1, time(9, 15))
    book.save(report)

    out = merge_reports(tmp_path / "team.xlsx", [report], "en", today=TODAY).path
    team = openpyxl.load_workbook(out)["Clients"]
    columns = [c.value for c in team[1]]
    first = {label: team.cell(2, columns.index(label) + 1) for label in typed}
    assert {label: cell.value for label, cell in first.items()} == typed
    assert all(cell.data_type == "s" for cell in first.values())
    assert first["Value"].quotePrefix  # "-" would start a formula once edited
    assert team.cell(4, columns.index("Last reached") + 1).value == 45000
    second = [team.cell(3, columns.index(label) + 1) for label in ("Client ID", "Client since")]
    assert [cell.value for cell in second] == ["12:30:00", "09:15:00"]
    assert [r[2] for r in team.iter_rows(min_row=2, values_only=True)] == [
        "Jan Kowalski",
        "Anna Nowak",
        "Piotr Zieliński",
    ]


@pytest.mark.parametrize("currency", ['=HYPERLINK("http://x","y")', 'PL"N', "zł"])
def test_merge_refuses_a_report_whose_currency_is_not_a_currency_code(
    filled: Services, tmp_path: Path, currency: str
) -> None:
    """The book's currency is always three letters (settings); a marker sheet saying
    otherwise was edited: refused by name, rather than written into the team Summary as a
    cell that becomes a formula once edited, or into a number format Excel cannot read."""
    report = filled.transfer.export_report(tmp_path / "a.xlsx").path
    book = openpyxl.load_workbook(report)
    meta = book["_cp_meta"]
    row = next(r for r in meta.iter_rows(max_col=2) if r[0].value == "currency")
    row[1].value = currency
    row[1].data_type = "s"  # text, even when it starts with "="
    book.save(report)
    with pytest.raises(ImportRefused) as refused:
        merge_reports(tmp_path / "team.xlsx", [report], "en")
    assert refused.value.code == "not-a-report"
    assert "a.xlsx" in refused.value.message
    assert "currency" in refused.value.message
    assert not (tmp_path / "team.xlsx").exists()


def _sheet_of(book: Any, role: str) -> str:
    """The name the report's marker sheet gives the sheet of `role`."""
    meta = {r[0].value: r[1].value for r in book["_cp_meta"].iter_rows(max_col=2)}
    return str(meta[f"sheet.{role}"])


@pytest.mark.parametrize("edit", ["insert", "delete", "move"])
def test_a_report_whose_columns_were_edited_in_excel_is_refused_by_name(
    filled: Services, tmp_path: Path, edit: str
) -> None:
    """The roll-up reads a report's columns by the positions its marker sheet names: a
    column inserted, deleted or moved in Excel would have put every later value under
    another column without a word. Such a report is refused, naming the sheet; a header
    only worded otherwise is merged."""
    report = filled.transfer.export_report(tmp_path / "a.xlsx").path
    book = openpyxl.load_workbook(report)
    name = _sheet_of(book, "plan")
    sheet = book[name]
    if edit == "insert":
        sheet.insert_cols(3)
        sheet.cell(1, 3, "My notes")
    elif edit == "delete":
        sheet.delete_cols(2)
    else:
        first, second = sheet.cell(1, 2).value, sheet.cell(1, 3).value
        for row in sheet.iter_rows():
            row[1].value, row[2].value = row[2].value, row[1].value
        assert (sheet.cell(1, 2).value, sheet.cell(1, 3).value) == (second, first)
    book.save(report)
    with pytest.raises(ImportRefused) as refused:
        merge_reports(tmp_path / "team.xlsx", [report], "en", today=TODAY)
    assert refused.value.code == "not-a-report"
    assert "a.xlsx" in refused.value.message
    assert f"“{name}”" in refused.value.message
    assert not (tmp_path / "team.xlsx").exists()


def test_a_header_only_worded_otherwise_is_merged(filled: Services, tmp_path: Path) -> None:
    report = filled.transfer.export_report(tmp_path / "a.xlsx").path
    book = openpyxl.load_workbook(report)
    book[_sheet_of(book, "clients")].cell(1, 3).value = "Full name"  # another wording
    book.save(report)
    result = merge_reports(tmp_path / "team.xlsx", [report], "en", today=TODAY)
    assert result.rows["clients"] == 3


def test_a_column_key_shaped_like_a_formula_is_a_text_header_in_the_team_sheet(
    filled: Services, tmp_path: Path
) -> None:
    """The team sheets take their columns from the reports' marker sheets (an unknown key
    is kept, its header the key itself): an edited key stays text with the quote prefix."""
    payload = '=HYPERLINK("http://x")'
    report = filled.transfer.export_report(tmp_path / "a.xlsx").path
    book = openpyxl.load_workbook(report)
    row = next(r for r in book["_cp_meta"].iter_rows(max_col=2) if r[0].value == "columns.clients")
    row[1].value = f"{row[1].value},{payload}"
    clients = book[_sheet_of(book, "clients")]
    clients.cell(1, clients.max_column + 1, "Extra")  # the column that key names
    book.save(report)
    out = merge_reports(tmp_path / "team.xlsx", [report], "en", today=TODAY).path
    header = openpyxl.load_workbook(out)["Clients"][1]  # the team workbook is in English
    cell = next(c for c in header if c.value == payload)
    assert cell.data_type == "s"
    assert cell.quotePrefix
    assert cell.font.b  # still styled as a header
    assert not any(c.quotePrefix for c in header if c is not cell)


def test_a_marker_naming_a_chartsheet_is_refused_by_name(filled: Services, tmp_path: Path) -> None:
    """A sheet of the marker that is a chart (no cells) is refused as no report of ours,
    naming it, rather than failing on a chartsheet's missing rows."""
    from openpyxl.chart import BarChart, Reference

    report = filled.transfer.export_report(tmp_path / "a.xlsx").path
    book = openpyxl.load_workbook(report)
    chart = BarChart()
    chart.add_data(Reference(book.worksheets[0], min_col=2, min_row=1, max_row=3))
    book.create_chartsheet("Chart").add_chart(chart)
    meta = book["_cp_meta"]
    row = next(r for r in meta.iter_rows(max_col=2) if r[0].value == "sheet.history")
    row[1].value = "Chart"
    book.save(report)
    with pytest.raises(ImportRefused) as refused:
        merge_reports(tmp_path / "team.xlsx", [report], "en", today=TODAY)
    assert refused.value.code == "not-a-report"
    assert refused.value.details == {
        "file": "a.xlsx",
        "reason": "not-a-worksheet",
        "role": "history",
        "sheet": "Chart",
    }
    assert "“Chart”" in refused.value.message
    assert not (tmp_path / "team.xlsx").exists()
