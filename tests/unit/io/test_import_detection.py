"""Format, encoding and column detection, and the saved mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.io.encoding import detect_encoding
from planner.io.headers import classify
from planner.io.mapping import (
    ContactColumn,
    Mapping,
    detect_format,
    detect_mapping,
    find_header_row,
    guess_month_first,
)
from planner.io.records import ImportRefused


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Иванов Иван;+79161234567;ООО Ромашка\n", "cp1251"),
        ("Ёжиков Пётр\n", "cp1251"),
        ("Łukasz Żółćkowski;Gdańsk;ul. Świętokrzyska\n", "cp1250"),
        ("Zażółć gęślą jaźń\n", "cp1250"),
        ("Wąs\n", "cp1250"),
        ("Müller GmbH;Straße\n", "cp1250"),  # Western European letters read the same in cp1250
    ],
)
def test_single_byte_encodings(text: str, codec: str) -> None:
    sample = detect_encoding(text.encode(codec), complete=True)
    assert sample.encoding == codec
    assert sample.text == text


def test_utf8_cut_in_the_middle_of_a_character_is_still_utf8() -> None:
    data = ("Ж" * 100).encode()[:-1]
    assert detect_encoding(data, complete=False).encoding == "utf-8"
    assert detect_encoding(b"Name,Phone\n", complete=True).encoding == "utf-8"


def test_bad_utf16_is_refused() -> None:
    with pytest.raises(ImportRefused) as refused:
        detect_encoding(b"\xff\xfe" + b"\x00\xd8" * 10, complete=True)
    assert refused.value.code == "bad-encoding"


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("a.csv", b"PK\x03\x04rest", "xlsx"),
        ("a.bin", b"Name;Phone\n", "csv"),
        ("a.csv", b"\n\nBEGIN:VCARD\nEND:VCARD\n", "vcard"),
        ("a.txt", "\ufeffbegin:vcard\n".encode(), "vcard"),
        ("a.vcf", b"junk\n", "vcard"),
        ("a.xlsx", b"PK\x05\x06" + bytes(18), "xlsx"),
    ],
)
def test_detect_format_by_content(tmp_path: Path, name: str, data: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert detect_format(path) == expected


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("a.xlsx", b"Name;Phone\n", "not-xlsx"),
        ("a.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old-xls"),
        ("a.csv", b"\x00\x01\x02\x03" * 100, "binary"),
    ],
)
def test_detect_format_refusals(tmp_path: Path, name: str, data: bytes, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportRefused) as refused:
        detect_format(path)
    assert refused.value.code == code


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Name", "name"),
        ("Full name", "name"),
        ("Display Name", "name"),
        ("ФИО", "name"),
        ("Ф.И.О.", "name"),
        ("Imię i nazwisko", "name"),
        ("Имя", "given_or_full"),
        ("Nazwisko", "last_name"),
        ("Отчество", "middle_name"),
        ("Company", "company"),
        ("Компания", "company"),
        ("Organizacja", "company"),
        ("Firma", "company"),
        ("Дата рождения", "birthday"),
        ("Uwagi", "notes"),
        ("Categories", "tags"),
        ("Класс клиента", "tier"),
        ("Język", "language"),
        ("Strefa czasowa", "timezone"),
    ],
)
def test_field_aliases(header: str, field: str) -> None:
    role = classify(header)
    assert role is not None
    assert role.field == field


@pytest.mark.parametrize(
    ("header", "channel", "label"),
    [
        ("Phone", "call", None),
        ("Телефон", "call", None),
        ("Номер телефона", "call", None),
        ("Telefon", "call", None),
        ("Telefon komórkowy", "call", "mobile"),
        ("Рабочий телефон", "call", "work"),
        ("Mobile phone", "call", "mobile"),
        ("E-mail", "email", None),
        ("Почта", "email", None),
        ("Эл. почта", "email", None),
        ("Adres e-mail", "email", None),
        ("E-mail 2 Address", "email", None),
        ("Telegram", "telegram", None),
        ("WhatsApp", "whatsapp", None),
    ],
)
def test_contact_headers(header: str, channel: str, label: str | None) -> None:
    role = classify(header)
    assert role is not None
    assert (role.field, role.channel, role.label) == ("contact", channel, label)


@pytest.mark.parametrize(
    ("header", "kind", "label"),
    [
        ("Business Fax", "fax", "work"),
        ("Home Fax", "fax", "home"),
        ("Other Fax", "fax", "other"),
        ("Fax Number", "fax", None),
        ("Факс", "fax", None),
        ("Факс (раб.)", "fax", "work"),
        ("Домашний факс", "fax", "home"),
        ("Faks", "fax", None),
        ("Faks służbowy", "fax", "work"),
        ("Pager", "pager", None),
        ("Pager Number", "pager", None),
        ("Пейджер", "pager", None),
    ],
)
def test_fax_and_pager_headers_are_phones_of_their_kind(
    header: str, kind: str, label: str | None
) -> None:
    role = classify(header)
    assert role is not None
    assert (role.field, role.channel, role.kind, role.label) == ("contact", "call", kind, label)


@pytest.mark.parametrize(
    "header",
    [
        "E-mail Type",
        "E-mail Display Name",
        "Job Title",
        "Title",
        "Assistant's Name",
        "Given Name Yomi",
        "Номер договора",
        "Organization 1 - Title",
        "",
    ],
)
def test_ignored_headers(header: str) -> None:
    assert classify(header) is None


def test_given_name_alone_is_the_full_name() -> None:
    assert detect_mapping(["Имя", "Телефон"]).name == 0
    mapping = detect_mapping(["Имя", "Фамилия", "Телефон"])
    assert (mapping.name, mapping.first_name, mapping.last_name) == (None, 0, 1)


def test_find_header_row() -> None:
    rows = [["Clients, March"], [], ["", "Name", "Phone"], ["", "Jan", "601"]]
    assert find_header_row(rows) == 2
    assert find_header_row([["Name"]]) == 0  # a one-column list
    assert find_header_row([["Jan", "Phone is below"], ["x"]]) is None
    assert find_header_row([["x"]] * 20 + [["Name", "Phone"]]) is None  # only 20 rows are looked at


def test_guess_month_first() -> None:
    assert guess_month_first(["", "12/25/1980"], "PL") is True
    assert guess_month_first(["04/05/1990", "25/12/1980"], "US") is False
    assert guess_month_first(["04/05/1990"], "US") is True
    assert guess_month_first(["04/05/1990"], "PL") is False


def test_mapping_json_round_trip(tmp_path: Path) -> None:
    mapping = Mapping(
        header_row=3,
        name=0,
        company=4,
        contacts=(ContactColumn(1), ContactColumn(2, "email", "work", label_column=5)),
        tags=(6, 7),
        notes=(8,),
        month_first=True,
    )
    path = tmp_path / "mapping.json"
    mapping.save(path)
    assert Mapping.load(path) == mapping
    assert Mapping.from_json('{"name": 2}') == Mapping(name=2)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"nmae": 1}',
        '{"name": -1}',
        '{"name": "A"}',
        '{"name": true}',
        '{"header_row": 0}',
        '{"contacts": [{"column": 1, "channel": "pigeon"}]}',
        '{"contacts": [{"colum": 1}]}',
        '{"contacts": {}}',
        '{"version": 2}',
        "[" * 100_000,
    ],
)
def test_bad_mapping_json_is_refused(text: str) -> None:
    with pytest.raises(ImportRefused) as refused:
        Mapping.from_json(text)
    assert refused.value.code == "bad-mapping"


def test_importing_the_package_stays_cheap() -> None:
    """The app imports planner.io at start-up; the parsers load only when a file is read."""
    import subprocess
    import sys

    code = (
        "import sys, planner.io; "
        "print(sorted({'phonenumbers', 'email_validator', 'openpyxl'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_unknown_region_is_a_programming_error(tmp_path: Path) -> None:
    from planner.io.reader import read_clients

    path = tmp_path / "a.csv"
    path.write_text("Name\nJan\n")
    with pytest.raises(ValueError, match="region"):
        read_clients(path, default_region="XX")
