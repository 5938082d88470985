"""Files in and out from the command line: import, export, merge-reports, ical,
export-client, book-export and book-import."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
from e2e_support import Cli, count, digest
from icalendar import Calendar


def _csv(tmp_path: Path, body: str, name: str = "clients.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(body.encode(encoding))
    return path


GOOD = "Name;Phone;E-mail;Tags\nJan Kowalski;601 234 567;jan@firma.pl;VIP\nAnna Nowak;602345678;;\n"


def test_import_into_a_new_book(cli: Cli, tmp_path: Path) -> None:
    book = tmp_path / "b.sqlite"
    assert cli("config", "set", "phone.region", "PL", "--db", book).code == 0
    run = cli("import", _csv(tmp_path, GOOD), "--db", book, "--json")
    assert run.code == 0, run.err
    data = run.json
    assert (data["written"], data["imported"], data["refused"]) == (True, 2, 0)
    assert Path(data["report"]) == tmp_path / "clients.import-report.csv"
    assert count(book, "SELECT count(*) FROM client") == 2
    assert count(book, "SELECT count(*) FROM touch WHERE sequence_code = 'onboarding'") >= 2
    again = cli("import", tmp_path / "clients.csv", "--db", book)
    assert again.code == 0
    assert again.out.splitlines()[0] == (
        "Imported 0 new clients from clients.csv; updated 0, skipped 2 duplicates, refused 0 rows."
    )
    assert "row 2: phone: duplicate-skipped:" in again.out


def test_refused_import_exits_1_and_writes_nothing(cli: Cli, pl_book: Path, tmp_path: Path) -> None:
    before = digest(pl_book)
    bad = _csv(
        tmp_path,
        "ФИО;Телефон;Примечание\nИванов Иван;8 916 123-45-67;\n;;только заметка\n",
        encoding="cp1251",
    )
    report = tmp_path / "why.csv"
    run = cli("import", bad, "--db", pl_book, "--report", report)
    assert run.code == 1
    assert run.out.splitlines()[0].startswith("Nothing was imported: 1 rows of clients.csv")
    assert "row 3: name: missing-name:" in run.out
    assert digest(pl_book) == before
    assert "missing-name" in report.read_text(encoding="utf-8-sig")
    valid = cli("import", bad, "--db", pl_book, "--valid-only", "--json")
    assert valid.code == 0
    assert valid.json["imported"] == 1
    assert valid.json["refused"] == 1


def test_a_refused_file_is_one_line_and_leaves_no_book(cli: Cli, tmp_path: Path) -> None:
    junk = tmp_path / "clients.xlsx"
    junk.write_bytes(b"\x00\x01 not a workbook")
    book = tmp_path / "new.sqlite"
    run = cli("import", junk, "--db", book)
    assert run.code == 1
    assert run.err_lines == [
        "contact-planner: error: clients.xlsx is not an Excel workbook (.xlsx)."
    ]
    assert not book.exists()
    mapping = tmp_path / "m.json"
    mapping.write_text("{not json", encoding="utf-8")
    run = cli("import", _csv(tmp_path, GOOD), "--mapping", mapping, "--db", book)
    assert run.code == 1
    assert "column mapping is not valid" in run.err


def test_refused_rows_into_a_new_book_leave_no_book(cli: Cli, tmp_path: Path) -> None:
    """All or nothing refuses the file for a row with nothing to reach the client by: the
    book this run would have created is not left behind (only the report, saying why)."""
    bad = _csv(tmp_path, "Name;Phone;Notes\nJan;601 234 567;\n;;only a note\n")
    book = tmp_path / "fresh.sqlite"
    run = cli("import", bad, "--db", book, "--region", "PL", "--json")
    assert run.code == 1
    assert run.json["written"] is False
    assert not book.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("fresh.sqlite")]
    assert (tmp_path / "clients.import-report.csv").exists()


def test_unverified_numbers_are_counted_and_listed(cli: Cli, tmp_path: Path) -> None:
    body = "Name;Phone\nJan;601 234 567\nAnna;555-ABC\n"
    book = tmp_path / "b.sqlite"
    run = cli("import", _csv(tmp_path, body), "--db", book, "--region", "PL", "--json")
    assert run.code == 0, run.err
    assert (run.json["imported"], run.json["unverified"], run.json["region"]) == (2, 1, "PL")
    other = tmp_path / "other.sqlite"
    text = cli("import", _csv(tmp_path, body, "again.csv"), "--db", other, "--region", "PL")
    assert "read as PL numbers" in text.out
    assert "1 phone numbers did not parse" in text.out
    listed = cli("client", "list", "--unverified", "--db", book, "--json")
    assert [r["name"] for r in listed.json] == ["Anna"], listed.json


def test_export_merge_and_ical(cli: Cli, pl_book: Path, ru_book: Path, tmp_path: Path) -> None:
    ours = tmp_path / "pl.xlsx"
    run = cli(
        "export", ours, "--db", pl_book, "--from", "2026-10-01", "--to", "2026-11-30", "--json"
    )
    assert run.code == 0, run.err
    assert run.json["rows"]["clients"] == 200
    assert (run.json["from"], run.json["to"]) == ("2026-10-01", "2026-11-30")
    theirs = tmp_path / "ru.xlsx"
    assert cli("export", theirs, "--db", ru_book, "--language", "en").code == 0
    team = tmp_path / "team.xlsx"
    merged = cli("merge-reports", team, ours, theirs, "--language", "en", "--json")
    assert merged.code == 0, merged.err
    assert merged.json["rows"]["clients"] == 200 + count(ru_book, "SELECT count(*) FROM client")
    assert openpyxl.load_workbook(team, read_only=True).sheetnames[:2] == ["Summary", "Clients"]
    foreign = tmp_path / "foreign.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name"])
    book.save(foreign)
    refused = cli("merge-reports", tmp_path / "t2.xlsx", ours, foreign)
    assert refused.code == 1
    assert "foreign.xlsx is not a Contact Planner report" in refused.err
    ics = tmp_path / "plan.ics"
    run = cli("ical", ics, "--db", pl_book, "--json")
    assert run.code == 0, run.err
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert len(events) == run.json["events"] > 0
    assert all(str(e["UID"]).startswith("touch-") for e in events)


def test_export_client_and_book_moves(cli: Cli, pl_book: Path, tmp_path: Path) -> None:
    person = tmp_path / "client.json"
    run = cli("export-client", "7", person, "--db", pl_book)
    assert run.code == 0, run.err
    data = json.loads(person.read_text(encoding="utf-8"))
    assert data["client"]["id"] == 7
    assert data["touch"]
    assert cli("export-client", "9999", tmp_path / "x.json", "--db", pl_book).code == 1
    moved = tmp_path / "book.cpbook"
    run = cli("book-export", moved, "--db", pl_book, "--json")
    assert run.code == 0, run.err
    assert zipfile.is_zipfile(moved)
    target = tmp_path / "laptop2" / "book.sqlite"
    run = cli("book-import", moved, "--db", target, "--json")
    assert run.code == 0, run.err
    for table in ("client", "touch", "contact_point"):
        sql = f"SELECT count(*) FROM {table}"
        assert count(target, sql) == count(pl_book, sql)
    assert cli("check", "--db", target).code == 0
    again = cli("book-import", moved, "--db", target)
    assert again.code == 1
    assert "--replace" in again.err
    assert cli("book-import", moved, "--db", target, "--replace").code == 0
    foreign = _csv(tmp_path, GOOD)
    run = cli("book-import", foreign, "--db", target)
    assert run.code == 1
    assert "is not a Contact Planner book file" in run.err


def test_help_lists_the_commands(cli: Cli) -> None:
    run = cli("--help")
    for name in (
        "import",
        "export",
        "merge-reports",
        "ical",
        "export-client",
        "book-export",
        "book-import",
    ):
        assert name in run.out
    assert "--on-duplicate" in cli("import", "--help").out
