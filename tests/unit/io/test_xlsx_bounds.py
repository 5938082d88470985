"""Imports bounded by what they hold: a workbook whose parts would expand past the limits,
or that holds one text longer than a cell can, is refused before it is read."""

from __future__ import annotations

import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from planner_io_helpers import MAIN_NS, clients, minimal_parts, read_all

from planner.io.guards import Limits, check_workbook_archive
from planner.io.records import ImportRefused

MB = 1024 * 1024
WriteZip = Callable[..., Path]
ROW = '<row><c t="inlineStr"><is><t>Klient Żółwiński</t></is></c></row>'


def bomb(path: Path, parts: dict[str, bytes], big_part: str, head: bytes, size: int) -> Path:
    """A workbook whose `big_part` is `head` then `size` bytes that deflate about 157:1
    (constant XML with a little random text, like a real but huge sheet)."""
    rng = random.Random(12)
    const = (ROW * 120).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, data in parts.items():
            if name != big_part:
                archive.writestr(name, data)
        with archive.open(big_part, "w", force_zip64=True) as out:
            out.write(head)
            written = 0
            while written < size:
                block = const + rng.randbytes(16).hex().encode()
                out.write(block)
                written += len(block)
    return path


def refused(path: Path, limits: Limits | None = None) -> ImportRefused:
    with pytest.raises(ImportRefused) as caught:
        check_workbook_archive(path, limits or Limits())
    return caught.value


@pytest.mark.slow
def test_490_mb_sheet_deflated_157_to_1_is_refused_from_the_directory(tmp_path: Path) -> None:
    head = f'<?xml version="1.0"?><worksheet xmlns="{MAIN_NS}"><sheetData>'.encode()
    path = bomb(tmp_path / "big.xlsx", minimal_parts(), "xl/worksheets/sheet1.xml", head, 490 * MB)
    assert path.stat().st_size < 4 * MB
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
        assert 140 < info.file_size / info.compress_size < 170
    assert refused(path).code in {"zip-bomb", "zip-part-too-big"}
    problem = refused(path, Limits(max_ratio=200.0))  # a ratio a real sheet may have
    assert problem.code == "zip-part-too-big"
    assert "sheet1.xml" in problem.message
    assert "MB" in problem.message


@pytest.mark.slow
def test_one_190_mb_shared_string_is_refused_before_reading(tmp_path: Path) -> None:
    head = f'<?xml version="1.0"?><sst xmlns="{MAIN_NS}"><si><t>'.encode()
    path = bomb(tmp_path / "string.xlsx", minimal_parts(), "xl/sharedStrings.xml", head, 190 * MB)
    assert refused(path).code in {"zip-bomb", "zip-part-too-big"}
    problem = refused(path, Limits(max_ratio=200.0))
    assert problem.code == "zip-part-too-big"
    assert "sharedStrings.xml" in problem.message


def long_string_parts(chars: int) -> dict[str, bytes]:
    strings = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN_NS}" count="3" uniqueCount="3">'
        f"<si><t>Name</t></si><si><t>Phone</t></si><si><t>{'Jan Kowalski ' * (chars // 13)}"
        "</t></si></sst>"
    )
    return minimal_parts(shared_strings=strings)


def test_a_shared_string_longer_than_a_cell_is_refused(write_zip: WriteZip) -> None:
    path = write_zip(long_string_parts(1_000_000))
    problem = refused(path)
    assert problem.code == "cell-too-long"
    assert "32,767" in problem.message
    with pytest.raises(ImportRefused):
        read_all(path)


def test_a_long_string_split_over_read_chunks_is_found(write_zip: WriteZip) -> None:
    path = write_zip(long_string_parts(3 * MB))
    assert refused(path).code == "cell-too-long"


def test_a_full_cell_is_still_imported(write_zip: WriteZip) -> None:
    path = write_zip(long_string_parts(30_000))
    check_workbook_archive(path)
    (client,) = clients(read_all(path))
    assert client.name.startswith("Jan Kowalski")


def test_part_and_strings_limits_are_settings(write_zip: WriteZip) -> None:
    path = write_zip(minimal_parts())
    assert refused(path, Limits(max_part_bytes=100)).code == "zip-part-too-big"
    assert refused(path, Limits(max_strings_bytes=100)).code == "zip-part-too-big"
    assert refused(path, Limits(max_cell_chars=1)).code == "cell-too-long"
