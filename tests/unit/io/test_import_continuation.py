"""A client list that an export of ours continued past Excel's last row ("Clients",
"Clients (2)", ...) is imported whole: the continuation sheets are read after the first,
their rows and problems name their sheet, and a sheet with another header, or one that
does not follow a full sheet (Excel names a copy of "Clients" "Clients (2)" too), is not part
of the list. Workbooks written for real (xlsxwriter, and the report export itself), with the
sheet limit lowered (`planner.io.sheets.SHEET_ROWS`) so that four rows fill a sheet, read
through the importer and into a real book."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import xlsxwriter
from transfer_helpers import client_rows

from planner.app import Services
from planner.io import sheets
from planner.io.reader import read_clients
from planner.io.records import ImportedClient, RowProblem
from planner.services.importing import ImportOptions

HEADER = ("Name", "Phone", "E-mail")
LIMIT = 4  # rows a sheet holds here: the header and three clients


@pytest.fixture(autouse=True)
def small_sheets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheets, "SHEET_ROWS", LIMIT)


def _workbook(path: Path, sheets_rows: dict[str, list[tuple[object, ...]]]) -> Path:
    book = xlsxwriter.Workbook(str(path))
    for title, rows in sheets_rows.items():
        sheet = book.add_worksheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                sheet.write(r, c, value)
    book.close()
    return path


def _split(path: Path, second_header: tuple[str, ...] = HEADER) -> Path:
    return _workbook(
        path,
        {
            "Notes": [("exported by the team",)],
            "Clients": [
                HEADER,
                ("Anna Nowak", "+48 601 234 501", "anna@example.pl"),
                ("Jan Kowalski", "+48 601 234 502", ""),
                ("Ewa Lis", "+48 601 234 503", ""),
            ],
            "Clients (2)": [
                second_header,
                ("Piotr Zając", "+48 601 234 504", ""),
                ("Olga Wrona", "12", "olga@example.pl"),  # a phone that does not parse
                ("Maria Kruk", "+48 601 234 505", ""),
            ],
            "Clients (3)": [
                HEADER,
                ("Marek Sowa", "+48 601 234 506", ""),
            ],
        },
    )


def test_the_continuation_sheets_are_read_after_the_first(tmp_path: Path) -> None:
    with read_clients(_split(tmp_path / "split.xlsx"), default_region="PL") as source:
        assert source.sheet == "Clients"
        assert source.continued_in == ("Clients (2)", "Clients (3)")
        items = list(source)
        assert source.progress == 1.0
    clients = [i for i in items if isinstance(i, ImportedClient)]
    assert [(c.sheet, c.row, c.name) for c in clients] == [
        (None, 2, "Anna Nowak"),
        (None, 3, "Jan Kowalski"),
        (None, 4, "Ewa Lis"),
        ("Clients (2)", 2, "Piotr Zając"),
        ("Clients (2)", 3, "Olga Wrona"),
        ("Clients (2)", 4, "Maria Kruk"),
        ("Clients (3)", 2, "Marek Sowa"),
    ]
    problems = [i for i in items if isinstance(i, RowProblem)]
    assert [(p.where, p.code) for p in problems] == [("Clients (2): 3", "bad-phone")]


def test_a_sheet_with_another_header_is_another_list(tmp_path: Path) -> None:
    path = _split(tmp_path / "other.xlsx", second_header=("Company", "Fax", "Notes"))
    with read_clients(path, default_region="PL") as source:
        assert source.continued_in == ()  # the preview does not announce them either
        items = list(source)
    names = [i.name for i in items if isinstance(i, ImportedClient)]
    assert names == ["Anna Nowak", "Jan Kowalski", "Ewa Lis"]  # neither (2) nor (3)


def test_a_header_differing_in_case_and_blanks_is_the_same_header(tmp_path: Path) -> None:
    path = _split(tmp_path / "edited.xlsx", second_header=("NAME", " phone ", "E-Mail"))
    with read_clients(path, default_region="PL") as source:
        assert source.continued_in == ("Clients (2)", "Clients (3)")
        names = [i.name for i in source if isinstance(i, ImportedClient)]
    assert len(names) == 7
    assert names[3:5] == ["Piotr Zając", "Olga Wrona"]


def test_a_sheet_excel_named_as_a_copy_is_not_a_continuation(tmp_path: Path) -> None:
    """Excel names a copy of "Clients" "Clients (2)": same header, but "Clients" is not
    full, so the copy is another list (its rows are not imported a second time)."""
    clients = [HEADER, ("Anna Nowak", "+48 601 234 501", ""), ("Jan Kowalski", "", "")]
    path = _workbook(tmp_path / "copy.xlsx", {"Clients": clients, "Clients (2)": clients})
    with read_clients(path, default_region="PL") as source:
        assert (source.sheet, source.continued_in) == ("Clients", ())
        names = [i.name for i in source if isinstance(i, ImportedClient)]
    assert names == ["Anna Nowak", "Jan Kowalski"]


def test_a_continuation_goes_on_only_from_a_full_sheet(tmp_path: Path) -> None:
    """ "Clients (2)" is not full: "Clients (3)" after it is another list."""
    clients = [HEADER, ("Anna Nowak", "", ""), ("Jan Kowalski", "", ""), ("Ewa Lis", "", "")]
    path = _workbook(
        tmp_path / "gap.xlsx",
        {"Clients": clients, "Clients (2)": clients[:2], "Clients (3)": clients},
    )
    with read_clients(path, default_region="PL") as source:
        assert source.continued_in == ("Clients (2)",)
        names = [i.name for i in source if isinstance(i, ImportedClient)]
    assert len(names) == 4


def test_into_the_book_with_the_sheet_named_in_the_report(
    services: Services, book_path: Path, tmp_path: Path
) -> None:
    report = tmp_path / "report.csv"
    result = services.transfer.import_file(
        _split(tmp_path / "split.xlsx"), options=ImportOptions(report_path=report)
    ).value
    assert (result.written, result.imported) == (True, 7)
    assert [r[1] for r in client_rows(book_path)][-4:] == [
        "Piotr Zając",
        "Olga Wrona",
        "Maria Kruk",
        "Marek Sowa",
    ]
    with report.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[0] == ["row", "field", "code", "message"]
    assert [line[:3] for line in lines[1:]] == [["Clients (2): 3", "phone", "bad-phone"]]
    assert [(p.sheet, p.row) for p in result.report] == [("Clients (2)", 3)]


@pytest.mark.parametrize("limit", [3, 4])
def test_our_own_split_report_imports_every_client(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    """The report's client sheet, continued by the export itself, read as a client list."""
    from transfer_helpers import add_client

    for i in range(7):
        add_client(services, f"Klient {i:02d}", phone=f"+4860123450{i}")
    monkeypatch.setattr(sheets, "SHEET_ROWS", 1_048_576)
    whole = services.transfer.export_report(tmp_path / "whole.xlsx", language="en").path
    monkeypatch.setattr(sheets, "SHEET_ROWS", limit)
    split = services.transfer.export_report(tmp_path / "split.xlsx", language="en").path

    def names(path: Path) -> list[str]:
        with read_clients(path, default_region="PL") as source:
            return [i.name for i in source if isinstance(i, ImportedClient)]

    with read_clients(split, default_region="PL") as source:
        assert source.continued_in  # the export did go on in continuation sheets
    assert names(split) == names(whole)
    assert len(names(whole)) == 7
    import openpyxl

    resaved = tmp_path / "resaved.xlsx"  # saved again by another program: still whole
    openpyxl.load_workbook(split).save(resaved)
    assert names(resaved) == names(whole)


def test_a_continuation_moved_before_its_first_sheet_is_still_read_after_it(
    tmp_path: Path,
) -> None:
    """Someone dragged "Clients (2)" in front of "Clients": the list still starts at
    "Clients" (not at the continuation, leaving "Clients" unread) and goes on in order."""
    first = [HEADER, ("Anna Nowak", "", ""), ("Jan Kowalski", "", ""), ("Ewa Lis", "", "")]
    second = [HEADER, ("Piotr Zając", "", "")]
    path = _workbook(tmp_path / "moved.xlsx", {"Clients (2)": second, "Clients": first})
    with read_clients(path, default_region="PL") as source:
        assert (source.sheet, source.continued_in) == ("Clients", ("Clients (2)",))
        clients = [i for i in source if isinstance(i, ImportedClient)]
    assert [(c.sheet, c.row, c.name) for c in clients] == [
        (None, 2, "Anna Nowak"),
        (None, 3, "Jan Kowalski"),
        (None, 4, "Ewa Lis"),
        ("Clients (2)", 2, "Piotr Zając"),
    ]
