"""Property tests: whatever the bytes, a reader yields records or refuses with ImportRefused.

Sizes are bounded (a few KB) so that every example is fast; a hang would show as a slow run.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from planner_io_helpers import minimal_parts

from planner.io.reader import iter_clients
from planner.io.records import ImportedClient, ImportRefused, RowProblem

FUZZ = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SUFFIXES = st.sampled_from([".csv", ".xlsx", ".vcf", ".txt", ""])

CSV_BASES = [
    b"Name,Phone,E-mail,Birthday\r\nJan Kowalski,601 234 567,jan@firma.pl,1985-04-12\r\n",
    "Список\n\nФИО;Телефон;Дата рождения;Теги\nИванов Иван;8 916 123-45-67;12.04.1985;VIP\n".encode(
        "cp1251"
    ),
    'Imię\tNazwisko\tTelefon\tFirma\nŁukasz\tŻółw\t601234567\t"Zakład, s.c."\n'.encode("cp1250"),
    "\ufeffFirst Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,"
    "Labels\r\nAnna,Nowak,* Work,anna@firma.pl,Mobile,+48 602 345 678 ::: 601234567,"
    "* myContacts ::: VIP\r\n".encode(),
]
VCARD_BASES = [
    b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=D0=B2=\r\n"
    b"=D0=B0=D0=BD;;;;\r\nTEL;CELL;PREF:+7 916 123-45-67\r\nBDAY:19850412\r\nEND:VCARD\r\n",
    b"BEGIN:VCARD\nVERSION:3.0\nFN:Ma\xc5\x82gorzata\n  Nowak\nTEL;TYPE=CELL:601234567\n"
    b"item1.EMAIL:a@firma.pl\nitem1.X-ABLabel:_$!<Work>!$_\nCATEGORIES:VIP,Hurt\n"
    b"BDAY:--0412\nX-SOCIALPROFILE;type=telegram;x-user=abc_de:https://t.me/abc_de\nEND:VCARD\n",
]


def _workbook_bytes() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Title row"])
    sheet.append(["Name", "Phone", "E-mail", "Birthday", "Company"])
    sheet.append(["Jan Kowalski", 48601234567, "jan@firma.pl", "12.04.1985", "ACME"])
    sheet.append(["Anna Nowak", 48602345678.0, None, None, None])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


XLSX_BASE = _workbook_bytes()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def check(path: Path) -> None:
    """The property: records only, or one ImportRefused with a code and a message."""
    try:
        items = list(iter_clients(path))
    except ImportRefused as refused:
        problem = refused
    else:
        problem = None
    if problem is not None:
        assert problem.code
        assert problem.message
        return
    for item in items:
        assert isinstance(item, ImportedClient | RowProblem)
        if isinstance(item, ImportedClient):
            assert item.name


@st.composite
def mutations(draw: st.DrawFn, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 6))):
        position = draw(st.integers(0, len(data)))
        operation = draw(st.sampled_from(["flip", "insert", "delete", "cut", "repeat"]))
        if operation == "flip" and position < len(data):
            data[position] = draw(st.integers(0, 255))
        elif operation == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=16))
        elif operation == "delete":
            del data[position : position + draw(st.integers(1, 16))]
        elif operation == "cut":
            del data[position:]
        elif operation == "repeat":
            data[position:position] = data[position : position + 32] * draw(st.integers(1, 8))
    return bytes(data)


def write(scratch: Path, data: bytes, suffix: str) -> Path:
    path = scratch / f"input{suffix}"
    path.write_bytes(data)
    return path


@FUZZ
@given(data=st.binary(max_size=4096), suffix=SUFFIXES)
def test_random_bytes(scratch: Path, data: bytes, suffix: str) -> None:
    check(write(scratch, data, suffix))


@FUZZ
@given(data=st.sampled_from(CSV_BASES).flatmap(mutations), suffix=SUFFIXES)
def test_mutated_csv(scratch: Path, data: bytes, suffix: str) -> None:
    check(write(scratch, data, suffix))


@FUZZ
@given(data=st.sampled_from(VCARD_BASES).flatmap(mutations))
def test_mutated_vcard(scratch: Path, data: bytes) -> None:
    check(write(scratch, data, ".vcf"))


@pytest.mark.filterwarnings("ignore::UserWarning")  # openpyxl warns about what it repairs
@FUZZ
@given(data=mutations(XLSX_BASE))
def test_mutated_xlsx_bytes(scratch: Path, data: bytes) -> None:
    check(write(scratch, data, ".xlsx"))


@pytest.mark.filterwarnings("ignore::UserWarning")
@FUZZ
@given(part=st.sampled_from(sorted(minimal_parts())), data=st.data())
def test_mutated_xlsx_parts(scratch: Path, part: str, data: st.DataObject) -> None:
    """Mutate the XML inside a valid zip, so that openpyxl's parsers get the odd input."""
    parts = minimal_parts()
    parts[part] = data.draw(mutations(parts[part]))
    path = scratch / "parts.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    check(path)


@pytest.mark.parametrize("part", sorted(minimal_parts()))
def test_an_unknown_encoding_in_an_xml_declaration_is_a_damaged_workbook(
    tmp_path: Path, part: str
) -> None:
    """The fuzzer's find: expat raised LookupError for `encoding="U-F-8"`, past the guards."""
    parts = minimal_parts()
    body = parts[part]
    declared = body.replace(b'encoding="UTF-8"', b'encoding="U-F-8"', 1)
    if declared == body:
        declared = b'<?xml version="1.0" encoding="U-F-8"?>' + body.split(b"?>", 1)[-1]
    parts[part] = declared
    path = tmp_path / "parts.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    check(path)


CSV_ALPHABET = st.sampled_from(
    [*list(',;\t|"\n\r .-/:@+*0123456789'), "Jan", "Ж", "ł", "ó", "́", "١", "=", "\\", "\x00"]
)
HEADERS = "Name;Phone;E-mail;Birthday;Tags;Language;Time zone;Telegram\n"


@FUZZ
@given(
    body=st.lists(CSV_ALPHABET, max_size=400).map("".join),
    region=st.sampled_from(["PL", "US", "RU"]),
)
def test_random_rows_under_a_known_header(scratch: Path, body: str, region: str) -> None:
    path = write(scratch, (HEADERS + body).encode("utf-8", errors="surrogatepass"), ".csv")
    try:
        items = list(iter_clients(path, default_region=region))
    except ImportRefused:
        return
    assert all(isinstance(item, ImportedClient | RowProblem) for item in items)


VCARD_LINES = st.sampled_from(
    [
        "FN:Jan",
        "N:;;;",
        "N:a;b;c;d;e;f",
        "TEL;CELL:601234567",
        'TEL;TYPE="cell:',
        "EMAIL:a@b",
        "BDAY:--1332",
        "BDAY:0000-00-00",
        "NOTE;ENCODING=QUOTED-PRINTABLE:=",
        "=ZZ=",
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=koi8-r:=C9=D7=C1=CE",
        " folded",
        "\tfolded",
        "BEGIN:VCARD",
        "END:VCARD",
        "AGENT:BEGIN:VCARD",
        "CATEGORIES:a\\,b,c",
        "item1.TEL:1",
        "item1.X-ABLabel:_$!<>!$_",
        "IMPP:tg://resolve?domain=",
        "X-SOCIALPROFILE;x-user=:t.me/",
        "PHOTO;ENCODING=b:AAAA",
        "ORG:\\",
        ":",
        ";;;:",
        "TEL;PREF=1;VALUE=uri:tel:;ext=",
        "VERSION:2.1",
        "VERSION:4.0",
        "FN;CHARSET=utf-16:x",
        "X-TELEGRAM:@",
    ]
)


@FUZZ
@given(lines=st.lists(VCARD_LINES, max_size=40), ending=st.sampled_from(["\n", "\r\n", "\r"]))
def test_random_vcard_lines(scratch: Path, lines: list[str], ending: str) -> None:
    text = "BEGIN:VCARD" + ending + ending.join(lines) + ending
    check(write(scratch, text.encode(), ".vcf"))


EMAIL_ALPHABET = st.sampled_from([*list("aZ09._-+!#$%&'*/=?^`{|}~@\"() "), "xn--", "ó", "ж"])


@FUZZ
@given(
    local=st.lists(EMAIL_ALPHABET, min_size=0, max_size=20).map("".join),
    domain=st.lists(st.sampled_from([*list("aB0-._"), "com", "pl", "xn--", "ó"]), max_size=12).map(
        "".join
    ),
)
def test_fast_email_check_agrees_with_email_validator(local: str, domain: str) -> None:
    """The per-domain shortcut in parse_email must not change any answer."""
    from email_validator import EmailNotValidError, validate_email

    from planner.io.values import parse_email

    address = f"{local}@{domain}"
    try:  # parse_email trims the blanks around a cell first
        expected: str | None = validate_email(
            address.strip(), check_deliverability=False
        ).normalized
    except EmailNotValidError:
        expected = None
    assert parse_email(address) == expected
