"""Hostile, broken and random files never crash an import and never leave part of one."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from planner_io_helpers import BILLION_LAUGHS_DTD, MAIN_NS, minimal_parts
from transfer_helpers import counts, digest, integrity

from planner.app import Services
from planner.io.records import ImportRefused
from planner.services.importing import ImportOptions


def _zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _xlsx_bytes() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Phone", "E-mail"])
    for i in range(30):
        sheet.append([f"Klient {i}", 48601000000 + i, f"k{i}@firma.pl"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _hostile(tmp_path: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    bomb = (
        f'<?xml version="1.0"?>{BILLION_LAUGHS_DTD}<worksheet xmlns="{MAIN_NS}">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    files["xml-bomb"] = _zip(tmp_path / "bomb.xlsx", minimal_parts(sheet=bomb))
    zip_bomb = tmp_path / "zipbomb.xlsx"
    with zipfile.ZipFile(zip_bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, data in minimal_parts().items():
            archive.writestr(part, data)
        with archive.open("xl/media/image1.bin", "w", force_zip64=True) as entry:
            zeros = bytes(1 << 20)
            for _ in range(120):
                entry.write(zeros)
    files["zip-bomb"] = zip_bomb
    whole = _xlsx_bytes()
    files["truncated"] = tmp_path / "truncated.xlsx"
    files["truncated"].write_bytes(whole[: len(whole) * 2 // 3])
    files["random"] = tmp_path / "random.xlsx"
    files["random"].write_bytes(random.Random(7).randbytes(5000))
    files["random-csv"] = tmp_path / "random.csv"
    files["random-csv"].write_bytes(random.Random(8).randbytes(5000))
    files["bad-utf16"] = tmp_path / "utf16.csv"
    files["bad-utf16"].write_bytes(b"\xff\xfeN\x00a\x00\x00\xd8,\x00\n\x00")
    files["empty"] = tmp_path / "empty.csv"
    files["empty"].write_bytes(b"")
    return files


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("xml-bomb", "xml-bomb"),
        ("zip-bomb", "zip-bomb"),
        ("truncated", "damaged-xlsx"),
        ("random", "not-xlsx"),
        ("random-csv", "binary"),
        ("bad-utf16", "bad-encoding"),
        ("empty", "empty"),
    ],
)
def test_hostile_files_are_refused_and_the_book_is_unchanged(
    services: Services, book_path: Path, tmp_path: Path, name: str, code: str
) -> None:
    services.settings.set("phone.region", "PL")
    before = digest(book_path)
    path = _hostile(tmp_path)[name]
    with pytest.raises(ImportRefused) as refused:
        services.transfer.import_file(path)
    assert refused.value.code == code
    assert refused.value.details["file"] == path.name  # the UI names the file
    assert digest(book_path) == before
    assert not list(tmp_path.glob("*.import-report.csv"))
    assert not list(tmp_path.glob(".*.part"))


def test_a_refusal_after_written_batches_rolls_everything_back(
    services: Services, book_path: Path, tmp_path: Path
) -> None:
    """A quote left open at row 1,200 comes after two batches were written."""
    services.settings.set("phone.region", "PL")
    path = tmp_path / "late.csv"
    rows = "".join(f"Klient {i},6{i:08d}\n" for i in range(1200))
    path.write_text(f'Name,Phone\n{rows}"Open quote,601000000\n' + "x," * 600_000, encoding="utf-8")
    before = digest(book_path)
    with pytest.raises(ImportRefused) as refused:
        services.transfer.import_file(path)
    assert refused.value.code == "bad-csv"
    assert refused.value.details["file"] == "late.csv"  # met while streaming, still named
    assert refused.value.details["reason"] == "long-line"
    assert digest(book_path) == before
    assert integrity(book_path) == "ok"


# --- property: random and mutated files ------------------------------------------------------
BASES = [
    b"Name,Phone,E-mail,Birthday,Tags\r\nJan Kowalski,601 234 567,jan@firma.pl,1985-04-12,VIP\r\n"
    b"Anna Nowak,602345678,,12.04,\r\n",
    "ФИО;Телефон;Дата рождения\nИванов Иван;8 916 123-45-67;12.04.1985\n;;\n".encode("cp1251"),
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ma\xc5\x82gorzata Nowak\r\nTEL:601234567\r\n"
    b"EMAIL:m@firma.pl\r\nEND:VCARD\r\n",
    _xlsx_bytes(),
]
PROPERTY = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(BASES)))
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "dup"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 200))]
    return bytes(data)


@PROPERTY
@given(
    data=st.one_of(mutated(), st.binary(max_size=2000)),
    suffix=st.sampled_from([".csv", ".xlsx", ".vcf", ""]),
    valid_only=st.booleans(),
    policy=st.sampled_from(["skip", "update", "keep"]),
)
def test_random_and_mutated_files_never_crash_nor_import_in_part(
    services: Services,
    book_path: Path,
    tmp_path: Path,
    data: bytes,
    suffix: str,
    valid_only: bool,
    policy: str,
) -> None:
    services.settings.set("phone.region", "PL")
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    before = counts(book_path)
    options = ImportOptions(on_duplicate=policy, valid_only=valid_only, save_report=False)  # type: ignore[arg-type]
    try:
        result = services.transfer.import_file(path, options=options).value
    except ImportRefused:
        assert counts(book_path) == before
        return
    after = counts(book_path)
    if not result.written:
        assert after == before
        assert result.refused > 0
        assert not valid_only
    else:
        assert after["client"] == before["client"] + result.imported
