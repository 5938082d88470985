"""Import into a real book: every format, the report, duplicates, all or nothing."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from transfer_helpers import (
    add_client,
    client_rows,
    contacts_of,
    counts,
    digest,
    integrity,
    tags_of,
    write_xlsx,
)

from planner.app import Services
from planner.io.progress import TransferCancelled
from planner.services.importing import ImportOptions


def _region(services: Services, region: str) -> None:
    services.settings.set("phone.region", region)


def _touches(path: Path, client_id: int) -> list[tuple[str, str | None]]:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT kind, sequence_code FROM touch WHERE client_id = ? AND status = 'planned'",
            (client_id,),
        ).fetchall()


def test_cp1251_semicolons_header_below_a_title(
    services: Services, book_path: Path, tmp_path: Path
) -> None:
    _region(services, "RU")
    source = tmp_path / "клиенты.csv"
    source.write_bytes(
        "Выгрузка клиентов;;;;\n;;;;\nФИО;Телефон;E-mail;Дата рождения;Теги\n"
        "Иванов Иван Петрович;8 916 123-45-67;ivan@mail.ru;12.04.1985;VIP, опт\n"
        "Ёлкина Алёна;+7 (926) 555-44-33;;01.02.1990;\n".encode("cp1251")
    )
    result = services.transfer.import_file(source).value
    assert (result.written, result.imported, result.refused) == (True, 2, 0)
    rows = client_rows(book_path)
    assert [r[1] for r in rows] == ["Иванов Иван Петрович", "Ёлкина Алёна"]
    assert rows[0][4:] == (1985, 4, 12)
    assert contacts_of(book_path, rows[0][0]) == {
        ("call", "+79161234567"),
        ("sms", "+79161234567"),
        ("email", "ivan@mail.ru"),
    }
    assert tags_of(book_path, rows[0][0]) == {"VIP", "опт"}
    # The search index followed (ё folds to е), onboarding started, the client is planned.
    assert services.clients.search("елкина") == [rows[1][0]]
    assert services.clients.search("916 123") == [rows[0][0]]
    plan = _touches(book_path, rows[0][0])
    assert ("sequence", "onboarding") in plan
    assert result.report_path == tmp_path / "клиенты.import-report.csv"
    assert result.report_path.read_text(encoding="utf-8-sig").splitlines() == [
        "row,field,code,message",
        "4,,encoding-guessed,The text did not say its encoding; it was read as cp1251.",
    ]
    assert result.changes.clients == frozenset(r[0] for r in rows)
    assert integrity(book_path) == "ok"


def test_xlsx_polish_names_and_a_phone_stored_as_a_number(
    services: Services, book_path: Path, tmp_path: Path
) -> None:
    _region(services, "PL")
    source = write_xlsx(
        tmp_path / "klienci.xlsx",
        [
            ["Lista klientów"],
            [],
            ["Imię", "Nazwisko", "Telefon", "Firma", "Klasa"],
            ["Łukasz", "Żółwiński", 601234567, "Zakład Ślusarski", "A"],
            ["Małgorzata", "Ęłąk", 48602345678, None, "Kluczowi"],
        ],
    )
    result = services.transfer.import_file(source).value
    assert (result.imported, result.refused, result.report_lines) == (2, 0, 1)
    (problem,) = result.report
    assert (problem.row, problem.field, problem.code) == (5, "tier", "bad-tier")
    rows = client_rows(book_path)
    assert [r[1] for r in rows] == ["Łukasz Żółwiński", "Małgorzata Ęłąk"]
    assert ("call", "+48601234567") in contacts_of(book_path, rows[0][0])
    assert ("call", "+48602345678") in contacts_of(book_path, rows[1][0])
    assert services.clients.get(rows[0][0]).tier == "A"
    assert services.clients.get(rows[1][0]).tier == "C"  # the default, with a report line
    assert services.clients.search("lukasz zolw") == [rows[0][0]]
    assert services.clients.search("slusarski") == [rows[0][0]]


def test_vcard_quoted_printable(services: Services, book_path: Path, tmp_path: Path) -> None:
    _region(services, "RU")
    name = "Сидорова Анна".encode()
    qp = "".join(f"={b:02X}" for b in name)
    source = tmp_path / "phone.vcf"
    source.write_bytes(
        (
            f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp[:40]}=\r\n"
            f"{qp[40:]}\r\nTEL;CELL:+7 916 765-43-21\r\nEMAIL:anna@yandex.ru\r\nBDAY:--0412\r\n"
            "END:VCARD\r\n"
        ).encode("ascii")
    )
    result = services.transfer.import_file(source).value
    assert result.imported == 1
    ((cid, got, *_, month, day),) = client_rows(book_path)
    assert (got, month, day) == ("Сидорова Анна", 4, 12)
    assert ("email", "anna@yandex.ru") in contacts_of(book_path, cid)


def _book_with_jan(services: Services) -> int:
    _region(services, "PL")
    return add_client(
        services,
        "Jan Kowalski",
        phone="+48601234567",
        email="jan@firma.pl",
        company="ACME",
        tags=("stały",),
        notes="Dzwonić rano",
        birthday=(1980, 5, 17),
    )


def _duplicates_file(tmp_path: Path) -> Path:
    path = tmp_path / "dups.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Name", "Company", "Phone", "E-mail", "Tags", "Notes", "Birthday"])
        w.writerow(["J. Kowalski", "", "601 234 567", "", "VIP", "Lubi kawę", "1981-01-01"])
        w.writerow(["Janek", "", "", "JAN@FIRMA.PL", "", "", ""])
        w.writerow(["JAN KOWALSKI", "", "", "", "hurt", "", ""])
        w.writerow(["Jan Kowalski", "Nowak sp.j.", "", "", "", "", ""])  # another company
        w.writerow(["Anna Nowak", "", "602 345 678", "", "", "", ""])
        w.writerow(["Anna Nowak", "", "603 456 789", "", "nowa", "", ""])  # same name in file
    return path


def test_duplicates_skip(services: Services, book_path: Path, tmp_path: Path) -> None:
    jan = _book_with_jan(services)
    before = digest(book_path)
    result = services.transfer.import_file(_duplicates_file(tmp_path)).value
    # The same phone or e-mail is a duplicate; the same name alone only a possible one:
    # imported all the same, and listed for review.
    assert (result.imported, result.updated, result.skipped) == (4, 0, 2)
    codes = [(p.row, p.field, p.code) for p in result.report]
    assert codes == [
        (2, "phone", "duplicate-skipped"),
        (3, "email", "duplicate-skipped"),
        (4, "name", "possible-duplicate"),
        (5, "name", "possible-duplicate"),
        (7, "name", "possible-duplicate"),
    ]
    assert "client 1 “Jan Kowalski”" in result.report[0].message
    assert "added earlier from this file" in result.report[4].message
    assert dict(result.report[2].args) == {"client": "1", "name": "Jan Kowalski", "rule": "name"}
    assert [r[1] for r in client_rows(book_path)] == [
        "Jan Kowalski",
        "JAN KOWALSKI",
        "Jan Kowalski",
        "Anna Nowak",
        "Anna Nowak",
    ]
    assert tags_of(book_path, jan) == {"stały"}  # the existing client was left alone
    assert before != digest(book_path)


def test_duplicates_update_merges_and_never_deletes(
    services: Services, book_path: Path, tmp_path: Path
) -> None:
    jan = _book_with_jan(services)
    version = services.clients.get(jan).version
    result = services.transfer.import_file(
        _duplicates_file(tmp_path), options=ImportOptions(on_duplicate="update")
    ).value
    assert (result.imported, result.updated, result.skipped) == (4, 2, 0)
    detail = services.clients.get(jan)
    assert detail.name == "Jan Kowalski"
    assert detail.company == "ACME"
    assert set(detail.tags) == {"stały", "VIP"}  # "JAN KOWALSKI" is only a possible duplicate
    assert detail.notes == "Dzwonić rano\nLubi kawę"
    assert detail.birthday == (1980, 5, 17)  # kept: a merge fills, never overwrites
    assert {(c.channel, c.value) for c in detail.contacts} == {
        ("call", "+48601234567"),
        ("sms", "+48601234567"),
        ("email", "jan@firma.pl"),
    }
    assert detail.version == version + 1
    anna = [r[0] for r in client_rows(book_path) if r[1] == "Anna Nowak"]
    assert len(anna) == 2  # the same name, other phones: both kept, listed for review
    assert services.clients.search("603456789") == anna[1:]


def test_duplicates_keep(services: Services, book_path: Path, tmp_path: Path) -> None:
    _book_with_jan(services)
    result = services.transfer.import_file(
        _duplicates_file(tmp_path), options=ImportOptions(on_duplicate="keep")
    ).value
    assert (result.imported, result.updated, result.skipped) == (6, 0, 0)
    # Kept rows count for later ones: "Jan Kowalski" of Nowak sp.j. now matches the kept
    # "JAN KOWALSKI", who has no company.
    assert [p.code for p in result.report] == ["duplicate-kept"] * 2 + ["possible-duplicate"] * 3
    assert counts(book_path)["client"] == 7


def _file_with_a_bad_row(tmp_path: Path) -> Path:
    path = tmp_path / "bad.csv"
    path.write_text(
        "Name,Phone,E-mail,Notes\nJan Kowalski,601234567,jan@firma.pl,\n"
        ",602345678,anonim@x.pl,\nAnna Nowak,12,anna@firma.pl,\n" + "X" * 201 + ",603456789,,\n"
        ",,,only a note\n",
        encoding="utf-8",
    )
    return path


def test_all_or_nothing_refuses_and_writes_nothing(
    services: Services, book_path: Path, tmp_path: Path
) -> None:
    _region(services, "PL")
    before = digest(book_path)
    report = tmp_path / "out" / "report.csv"
    report.parent.mkdir()
    result = services.transfer.import_file(
        _file_with_a_bad_row(tmp_path), options=ImportOptions(report_path=report)
    ).value
    assert not result.written
    assert (result.imported, result.updated, result.skipped, result.refused) == (0, 0, 0, 1)
    assert digest(book_path) == before
    lines = list(csv.reader(report.read_text(encoding="utf-8-sig").splitlines()))
    assert lines[0] == ["row", "field", "code", "message"]
    assert [(r[0], r[1], r[2]) for r in lines[1:]] == [
        ("3", "name", "named-from"),
        ("4", "phone", "bad-phone"),
        ("5", "name", "name-too-long"),
        ("6", "name", "missing-name"),
    ]
    assert result.report_path == report


def test_valid_only_imports_the_rest(services: Services, book_path: Path, tmp_path: Path) -> None:
    _region(services, "PL")
    result = services.transfer.import_file(
        _file_with_a_bad_row(tmp_path), options=ImportOptions(valid_only=True)
    ).value
    assert result.written
    assert (result.imported, result.refused) == (4, 1)
    names = [r[1] for r in client_rows(book_path)]
    assert names[:3] == ["Jan Kowalski", "anonim@x.pl", "Anna Nowak"]
    assert names[3] == "X" * 199 + "…"  # cut, whole in the notes
    anna = client_rows(book_path)[2][0]
    # The bad phone is kept as typed, flagged unverified (a call point only, no SMS).
    assert contacts_of(book_path, anna) == {("email", "anna@firma.pl"), ("call", "12")}
    assert result.unverified == 1


def test_cancel_leaves_the_book_as_it_was(
    services: Services, book_path: Path, tmp_path: Path
) -> None:
    _region(services, "PL")
    path = tmp_path / "many.csv"
    path.write_text(
        "Name,Phone\n" + "".join(f"Klient {i},6{i:08d}\n" for i in range(1200)), encoding="utf-8"
    )
    before = digest(book_path)
    seen: list[tuple[int, int]] = []

    def stop_late(done: int, total: int) -> bool:
        seen.append((done, total))
        return len(seen) < 2  # after a batch was already written

    with pytest.raises(TransferCancelled):
        services.transfer.import_file(path, progress=stop_late)
    assert digest(book_path) == before
    assert not (tmp_path / "many.import-report.csv").exists()
    assert all(total == 1000 for _, total in seen)


def test_progress_reaches_the_end(services: Services, tmp_path: Path) -> None:
    _region(services, "PL")
    path = tmp_path / "few.csv"
    path.write_text("Name,Phone\nJan,601234567\nAnna,602345678\n", encoding="utf-8")
    seen: list[int] = []
    services.transfer.import_file(path, progress=lambda d, t: seen.append(d) or True)
    assert seen == sorted(seen)
    assert seen[-1] == 1000


def test_unknown_default_tier_is_refused(services: Services, tmp_path: Path) -> None:
    from planner.errors import BookError

    path = tmp_path / "a.csv"
    path.write_text("Name\nJan\n", encoding="utf-8")
    with pytest.raises(BookError):
        services.transfer.import_file(path, options=ImportOptions(tier="Z"))


def test_preview_then_import_with_a_corrected_mapping(
    services: Services, book_path: Path, tmp_path: Path
) -> None:
    from dataclasses import replace

    from planner.io.mapping import ContactColumn, Mapping

    _region(services, "PL")
    path = tmp_path / "odd.csv"
    path.write_text("Kto,Numer\nJan Kowalski,601234567\n", encoding="utf-8")
    with services.transfer.open_file(path) as source:
        assert source.mapping is None  # nothing recognised: the mapping screen asks
        assert source.sample_rows[1] == ("Jan Kowalski", "601234567")

        source.set_mapping(
            replace(Mapping(header_row=1, name=0), contacts=(ContactColumn(1, "call"),))
        )
        result = services.transfer.import_clients(source).value
    assert result.imported == 1
    (row,) = client_rows(book_path)
    assert ("call", "+48601234567") in contacts_of(book_path, row[0])


def test_report_beside_the_book_when_the_source_folder_is_read_only(
    services: Services, book_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import planner.services.importing as importer

    folder = tmp_path / "phone"
    folder.mkdir()
    source = folder / "contacts.csv"
    source.write_text("Name\nJan Kowalski\n", encoding="utf-8")
    real = importer.ReportWriter

    def writer(path: Path | None) -> importer.ReportWriter:
        if path is not None and path.parent == folder:
            raise PermissionError(13, "read-only", str(path))
        return real(path)

    monkeypatch.setattr(importer, "ReportWriter", writer)
    result = services.transfer.import_file(source).value
    assert result.report_path == book_path.with_name("contacts.import-report.csv")
    assert result.report_path.exists()


def test_cancel_during_the_replan(services: Services, book_path: Path, tmp_path: Path) -> None:
    _region(services, "PL")
    path = tmp_path / "few.csv"
    path.write_text("Name,Phone\nJan,601234567\nAnna,602345678\n", encoding="utf-8")
    before = digest(book_path)
    with pytest.raises(TransferCancelled):
        services.transfer.import_file(path, progress=lambda done, total: done < 900)
    assert digest(book_path) == before
