"""Excel workbooks: streaming reads, phones stored as numbers, and hostile archives."""

from __future__ import annotations

import datetime as dt
import os
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import openpyxl.xml
import pytest
from planner_io_helpers import (
    BILLION_LAUGHS_DTD,
    MAIN_NS,
    clients,
    minimal_parts,
    problems,
    read_all,
)

from planner.io.guards import Limits
from planner.io.reader import read_clients
from planner.io.records import ImportedContact, ImportRefused

WriteZip = Callable[..., Path]


def refusal(path: Path, **options: object) -> ImportRefused:
    with pytest.raises(ImportRefused) as refused:
        read_all(path, **options)
    return refused.value


def test_phone_stored_as_number_and_header_below_a_title(
    write_workbook: Callable[..., Path],
) -> None:
    path = write_workbook(
        {
            "Summary": [["Total", 2]],
            "Klienci": [
                ["Eksport klientów"],
                [],
                ["Imię i nazwisko", "Telefon", "E-mail", "Data urodzenia", "Firma"],
                ["Jan Kowalski", 48601234567, "jan@firma.pl", dt.datetime(1985, 4, 12), None],
                ["Anna Nowak", 48602345678.0, None, "12.04", "Nowak sp.j."],
                [None, None, None, None, None],
                ["Piotr Zieliński", 4.8603456789e10, None, 31149, None],
            ],
        }
    )
    with read_clients(path) as source:
        assert source.sheet == "Klienci"
        assert source.headers == ("Imię i nazwisko", "Telefon", "E-mail", "Data urodzenia", "Firma")
        assert source.sample_rows[3][1] == "48601234567"  # no ".0", no exponent
        items = list(source)
    assert problems(items) == []
    jan, anna, piotr = clients(items)
    assert (jan.row, anna.row, piotr.row) == (4, 5, 7)
    assert jan.contacts == (
        ImportedContact("call", "+48601234567"),
        ImportedContact("email", "jan@firma.pl"),
    )
    assert jan.birthday == (1985, 4, 12)
    assert anna.contacts == (ImportedContact("call", "+48602345678"),)
    assert (anna.birthday, anna.company) == ((None, 4, 12), "Nowak sp.j.")
    assert piotr.contacts == (ImportedContact("call", "+48603456789"),)
    assert piotr.birthday == (1985, 4, 12)  # an Excel serial number in a date column


def test_first_sheet_without_header_is_still_read(write_workbook: Callable[..., Path]) -> None:
    path = write_workbook({"Arkusz1": [["Jan Kowalski", 601234567]]})
    with read_clients(path) as source:
        assert (source.sheet, source.mapping) == ("Arkusz1", None)
        assert source.sample_rows == (("Jan Kowalski", "601234567"),)


def test_hand_made_workbook_with_a_wrong_dimension(write_zip: WriteZip) -> None:
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN_NS}">'
        '<dimension ref="A1"/><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3"><v>48601234567</v></c></row>'
        '<row r="999999999"><c r="A999999999" t="inlineStr"><is><t>Ghost</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    path = write_zip(minimal_parts(sheet=sheet))
    (client,) = clients(read_all(path))
    assert (client.row, client.name) == (3, "Jan Kowalski")
    assert client.contacts == (ImportedContact("call", "+48601234567"),)


def test_minimal_hand_made_workbook_reads(write_zip: WriteZip) -> None:
    """The control for the XML bomb tests: the same workbook without a DTD imports."""
    (client,) = clients(read_all(write_zip(minimal_parts())))
    assert client.name == "Jan Kowalski"


def _bomb_strings() -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{BILLION_LAUGHS_DTD}'
        f'<sst xmlns="{MAIN_NS}" count="3" uniqueCount="3"><si><t>Name</t></si>'
        "<si><t>Phone</t></si><si><t>&lol9;</t></si></sst>"
    )


def test_xml_bomb_in_shared_strings(write_zip: WriteZip) -> None:
    refused = refusal(write_zip(minimal_parts(shared_strings=_bomb_strings())))
    assert refused.code == "xml-bomb"
    assert "XML bomb" in refused.message
    assert "sharedStrings.xml" in refused.message


def test_xml_bomb_in_the_sheet(write_zip: WriteZip) -> None:
    sheet = (
        f'<?xml version="1.0"?>{BILLION_LAUGHS_DTD}<worksheet xmlns="{MAIN_NS}"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    assert refusal(write_zip(minimal_parts(sheet=sheet))).code == "xml-bomb"


def test_xml_bomb_past_the_prolog_scan_is_stopped_by_defusedxml(write_zip: WriteZip) -> None:
    """A DTD behind a long comment escapes the cheap scan; defusedxml inside openpyxl stops it."""
    padded = _bomb_strings().replace("?>", "?><!--" + "x" * 70_000 + "-->", 1)
    assert refusal(write_zip(minimal_parts(shared_strings=padded))).code == "xml-bomb"


def test_refuses_to_run_without_defusedxml(
    write_zip: WriteZip, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    assert refusal(write_zip(minimal_parts())).code == "unsafe-xml"


def test_zip_bomb_is_refused_before_openpyxl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, data in minimal_parts().items():
            archive.writestr(part, data)
        zeros = bytes(1 << 20)
        with archive.open("xl/media/image1.bin", "w", force_zip64=True) as entry:
            for _ in range(200):  # 200 MB of zeros, about 200 KB on disk
                entry.write(zeros)
    assert path.stat().st_size < 1_000_000

    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("openpyxl saw the bomb")

    monkeypatch.setattr(openpyxl, "load_workbook", must_not_run)
    refused = refusal(path)
    assert refused.code == "zip-bomb"
    assert "zip bomb" in refused.message


def test_forged_declared_size_is_refused(write_zip: WriteZip) -> None:
    path = write_zip(minimal_parts())
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")  # the first central-directory record
    struct.pack_into("<I", data, at + 24, 0x7FFF_FFFF)  # its uncompressed size: 2 GB
    path.write_bytes(bytes(data))
    assert refusal(path).code in {"zip-bomb", "zip-too-big"}


def test_total_unzipped_size_limit(write_zip: WriteZip) -> None:
    path = write_zip(minimal_parts())
    assert refusal(path, limits=Limits(max_unzipped_bytes=500)).code == "zip-too-big"


def test_too_many_entries(tmp_path: Path) -> None:
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for part, data in minimal_parts().items():
            archive.writestr(part, data)
        for index in range(10_001):
            archive.writestr(f"xl/x/{index}", b"")
    refused = refusal(path)
    assert refused.code == "zip-too-many-entries"
    assert "10,000" in refused.message


def test_truncated_workbook(write_workbook: Callable[..., Path]) -> None:
    path = write_workbook({"Clients": [["Name"], ["Jan"]]})
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    refused = refusal(path)
    assert refused.code == "damaged-xlsx"
    assert "damaged or truncated" in refused.message


def test_random_bytes_named_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "clients.xlsx"
    path.write_bytes(os.urandom(4096))
    refused = refusal(path)
    assert refused.code == "not-xlsx"
    assert "not an Excel workbook" in refused.message


def test_zip_magic_then_garbage(tmp_path: Path) -> None:
    path = tmp_path / "clients.xlsx"
    path.write_bytes(b"PK\x03\x04" + os.urandom(4096))
    assert refusal(path).code == "damaged-xlsx"


def test_old_xls_and_password_protected(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    refused = refusal(path)
    assert refused.code == "old-xls"
    assert ".xlsx" in refused.message


def test_a_zip_that_is_not_a_workbook(write_zip: WriteZip) -> None:
    path = write_zip({"readme.txt": b"hello"}, "clients.xlsx")
    assert refusal(path).code == "not-xlsx"


def test_workbook_missing_a_part(write_zip: WriteZip) -> None:
    parts = minimal_parts()
    del parts["xl/workbook.xml"]
    assert refusal(write_zip(parts)).code == "damaged-xlsx"


def test_explicit_format_overrides_the_guess(write_workbook: Callable[..., Path]) -> None:
    path = write_workbook({"Clients": [["Name"], ["Jan"]]}, name="clients.dat")
    assert clients(read_all(path, format="xlsx"))[0].name == "Jan"
    with pytest.raises(ImportRefused) as refused:
        read_all(path, format="csv")
    assert refused.value.code == "binary"


def test_progress_and_a_second_pass(write_workbook: Callable[..., Path]) -> None:
    rows: list[list[object]] = [["Name", "Phone"]]
    rows += [[f"Client {i}", 48600000000 + i] for i in range(1500)]
    path = write_workbook({"Clients": rows})
    with read_clients(path) as source:
        seen = [source.progress for _ in source]
        assert seen == sorted(seen)
        assert any(0 < fraction < 1 for fraction in seen)
        assert source.progress == 1.0
        assert len(clients(list(source))) == 1500  # the workbook stays open for another pass
