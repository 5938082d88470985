"""Checks that run before any parser sees an imported file (DESIGN.md section 9).

Imported files are untrusted. Everything here looks only at sizes, magic bytes and the zip
directory, so a hostile file is refused before it can cost memory or time: a file too big,
a zip bomb (many entries, a huge declared size, an extreme compression ratio), an XML bomb
(a DTD in a workbook part), or a run without defusedxml behind openpyxl.
"""

from __future__ import annotations

import os
import stat
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from planner.io.records import ImportRefused

MB = 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected .xlsx
_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"
_CD_ENTRY_BYTES = 46 + 300  # a central directory record with a generous name and extras
_DTD_MARKERS = tuple(
    marker.encode(codec)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for codec in ("ascii", "utf-16-le", "utf-16-be")
)


@dataclass(frozen=True, slots=True)
class Limits:
    """How much an import may cost; the defaults suit books of 100,000 clients."""

    max_file_bytes: int = 200 * MB  # any imported file, as stored on disk
    max_zip_entries: int = 10_000
    max_unzipped_bytes: int = 500 * MB  # sum of the declared sizes of a workbook's parts
    max_ratio: float = 100.0  # uncompressed : compressed, for a big part
    ratio_min_bytes: int = 10 * MB  # below this a high ratio is harmless (tiny XML parts)
    xml_prolog_bytes: int = 64 * 1024  # how much of each XML part is scanned for a DTD
    max_part_bytes: int = 256 * MB  # any one part, uncompressed (a sheet of 100,000 clients
    # is about 60 MB)
    max_strings_bytes: int = 64 * MB  # the shared strings part, uncompressed
    max_cell_chars: int = 32_767  # Excel's own limit for the text of one cell


DEFAULT_LIMITS = Limits()


def check_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> int:
    """Refuse a missing, special, empty or too big file; return its size in bytes."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ImportRefused(
            "not-found", f"The file {path.name} does not exist.", file=path.name
        ) from None
    except OSError as exc:
        raise ImportRefused(
            "unreadable",
            f"The file {path.name} cannot be read: {exc}.",
            file=path.name,
            detail=exc.strerror or str(exc),
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise ImportRefused("not-a-file", f"{path.name} is not a regular file.", file=path.name)
    if info.st_size == 0:
        raise ImportRefused("empty", f"The file {path.name} is empty.", file=path.name)
    if info.st_size > limits.max_file_bytes:
        raise ImportRefused(
            "too-big",
            f"The file {path.name} is {info.st_size / MB:.0f} MB; files over "
            f"{limits.max_file_bytes / MB:.0f} MB are not imported. Split it into smaller files.",
            file=path.name,
            size_mb=round(info.st_size / MB),
            limit_mb=round(limits.max_file_bytes / MB),
        )
    return info.st_size


def ensure_defused_xml() -> None:
    """openpyxl guards against XML bombs only through defusedxml: refuse to read without it."""
    import openpyxl.xml
    import openpyxl.xml.functions

    parser_module = getattr(openpyxl.xml.functions.iterparse, "__module__", "") or ""
    if openpyxl.xml.DEFUSEDXML is not True or not parser_module.startswith("defusedxml"):
        raise ImportRefused(
            "unsafe-xml",
            "Excel import is disabled: the XML parser is not protected (defusedxml is missing "
            "or OPENPYXL_DEFUSEDXML is off). Reinstall the application.",
        )


def check_workbook_archive(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse what openpyxl must not open: not a zip, a zip bomb, an XML part with a DTD."""
    check_file(path, limits)
    try:
        _check_archive(path, limits)
    except ImportRefused as exc:
        raise exc.about(path.name) from None


def _check_archive(path: Path, limits: Limits) -> None:
    with open(path, "rb") as f:
        head = f.read(8)
        if head.startswith(OLE2_MAGIC):
            raise old_xls(path)
        if not (head.startswith(ZIP_MAGIC) or head.startswith(EMPTY_ZIP_MAGIC)):
            raise not_xlsx(path)
        entries, cd_size = _read_directory_size(f)
    if entries > limits.max_zip_entries or cd_size > limits.max_zip_entries * _CD_ENTRY_BYTES:
        raise _too_many_entries(limits)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_entries(infos, limits)
            _scan_xml_prologs(archive, infos, limits)
            _scan_long_texts(archive, infos, limits)
    except ImportRefused:
        raise
    except Exception as exc:  # zipfile raises many kinds on a broken archive
        raise _damaged(exc) from None


def old_xls(path: Path) -> ImportRefused:
    return ImportRefused(
        "old-xls",
        "This is an old Excel .xls workbook or a password-protected one. "
        "Save it as .xlsx (without a password) or as CSV and try again.",
        file=path.name,
    )


def not_xlsx(path: Path) -> ImportRefused:
    return ImportRefused(
        "not-xlsx", f"{path.name} is not an Excel workbook (.xlsx).", file=path.name
    )


def _read_directory_size(f: BinaryIO) -> tuple[int, int]:
    """Read the entry count and central-directory size from the end record, before zipfile does."""
    end = f.seek(0, os.SEEK_END)
    tail_len = min(end, 22 + 0xFFFF + 20)
    f.seek(end - tail_len)
    tail = f.read(tail_len)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        raise _damaged(None)
    entries = struct.unpack("<H", tail[at + 10 : at + 12])[0]
    cd_size = struct.unpack("<I", tail[at + 12 : at + 16])[0]
    if (entries == 0xFFFF or cd_size == 0xFFFFFFFF) and at >= 20:
        locator = tail[at - 20 : at]
        if locator.startswith(_ZIP64_LOCATOR):
            record_at = struct.unpack("<Q", locator[8:16])[0]
            if record_at + 56 <= end:
                f.seek(record_at)
                record = f.read(56)
                if record.startswith(_ZIP64_EOCD):
                    entries = struct.unpack("<Q", record[32:40])[0]
                    cd_size = struct.unpack("<Q", record[40:48])[0]
    return int(entries), int(cd_size)


def _check_entries(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_zip_entries:
        raise _too_many_entries(limits)
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names:
        raise ImportRefused("not-xlsx", "The file is a zip archive but not an Excel workbook.")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ImportRefused("encrypted", "The workbook is encrypted; remove the password.")
        total += info.file_size
        big = info.file_size >= limits.ratio_min_bytes
        if big and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise ImportRefused(
                "zip-bomb",
                f"The workbook part {info.filename} expands {info.file_size / MB:.0f} MB from "
                f"{info.compress_size / 1024:.0f} KB; this looks like a zip bomb and is refused.",
                part=info.filename,
                size_mb=round(info.file_size / MB),
                packed_kb=round(info.compress_size / 1024),
            )
        if info.file_size > limits.max_part_bytes:
            raise _part_too_big(info, limits.max_part_bytes)
        if _is_strings(info) and info.file_size > limits.max_strings_bytes:
            raise _part_too_big(info, limits.max_strings_bytes)
    if total > limits.max_unzipped_bytes:
        raise ImportRefused(
            "zip-too-big",
            f"The workbook would expand to {total / MB:.0f} MB (limit "
            f"{limits.max_unzipped_bytes / MB:.0f} MB); this looks like a zip bomb and is refused.",
            size_mb=round(total / MB),
            limit_mb=round(limits.max_unzipped_bytes / MB),
        )


def _scan_xml_prologs(
    archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], limits: Limits
) -> None:
    """Workbook parts never carry a DTD; one that does is an entity-expansion (XML) bomb."""
    for info in infos:
        if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
            continue
        with archive.open(info) as part:
            prolog = part.read(limits.xml_prolog_bytes)
        if any(marker in prolog for marker in _DTD_MARKERS):
            raise xml_bomb(info.filename)


def _is_strings(info: zipfile.ZipInfo) -> bool:
    return info.filename.lower().rsplit("/", 1)[-1].startswith("sharedstrings")


def _part_too_big(info: zipfile.ZipInfo, limit: int) -> ImportRefused:
    return ImportRefused(
        "zip-part-too-big",
        f"The workbook part {info.filename} would expand to {info.file_size / MB:.0f} MB "
        f"(limit {limit / MB:.0f} MB); a workbook of clients is never that large, so it is "
        "refused. Save the sheet as CSV or split it.",
        part=info.filename,
        size_mb=round(info.file_size / MB),
        limit_mb=round(limit / MB),
    )


def _scan_long_texts(
    archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], limits: Limits
) -> None:
    """Refuse a shared string longer than any cell can hold, before it is read into memory:
    the text of a cell has no `<` in it, so a run without one longer than the longest cell
    (in UTF-8, with its escapes) is a string no real workbook holds."""
    longest_run = limits.max_cell_chars * 6  # a character is at most 4 bytes, &amp; is 5
    chunk_size = 1 * MB
    for info in infos:
        if not _is_strings(info):
            continue
        run = 0
        with archive.open(info) as part:
            while chunk := part.read(chunk_size):
                pieces = chunk.split(b"<")
                run += len(pieces[0])
                if len(pieces) > 1:
                    run = max(run, max(map(len, pieces[1:-1]), default=0))
                    if run > longest_run:
                        break
                    run = len(pieces[-1])
                if run > longest_run:
                    break
        if run > longest_run:
            raise ImportRefused(
                "cell-too-long",
                f"The workbook holds a text longer than {limits.max_cell_chars:,} characters "
                f"(the most one Excel cell can hold) in {info.filename}; it is refused.",
                part=info.filename,
                limit=limits.max_cell_chars,
            )


def xml_bomb(part: str | None = None) -> ImportRefused:
    where = f" ({part})" if part else ""
    return ImportRefused(
        "xml-bomb",
        f"The workbook contains an XML document type declaration{where}, which Excel never "
        "writes; it may be an XML bomb and is refused.",
        part=part or "",
    )


def _too_many_entries(limits: Limits) -> ImportRefused:
    return ImportRefused(
        "zip-too-many-entries",
        f"The workbook has more than {limits.max_zip_entries:,} parts; this looks like a zip "
        "bomb and is refused.",
        limit=limits.max_zip_entries,
    )


def _damaged(exc: BaseException | None) -> ImportRefused:
    detail = f" ({exc})" if exc is not None and str(exc) else ""
    return ImportRefused(
        "damaged-xlsx",
        f"The workbook is damaged or truncated and cannot be read{detail}.",
        detail=str(exc) if exc is not None else "",
    )
