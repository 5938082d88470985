"""A streaming reader of .xlsx parts on pyexpat: rows as plain tuples, memory flat in rows.

openpyxl's read-only mode spends most of its time in per-cell Python objects (about as long
as `pandas.read_excel`); the import needs only values, so this reader parses the sheet XML
with expat's C tokenizer and a few Python callbacks per cell (about 8x faster). It is as
strict as defusedxml: a document type declaration, an entity declaration or an external
entity anywhere in a part stops the parse as an XML bomb. The zip guards in `guards` run
before a part is opened; the declared sizes they check bound what zipfile will inflate.

Values read as openpyxl's `data_only` mode reads them: shared and inline strings (runs
joined, phonetic runs left out), numbers as int or float, dates by the cell's number format
(1900 or 1904 system), booleans, error codes, cached formula results.
"""

from __future__ import annotations

import mmap
import posixpath
import re
import tempfile
import zipfile
from array import array
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

from planner.io.guards import xml_bomb
from planner.io.records import ImportRefused, Progress

EXCEL_MAX_ROW = 1_048_576
EXCEL_MAX_COLUMN = 16_384
CHUNK = 64 * 1024
_MAINS = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
)
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOC = "/officeDocument"
_ROW, _C, _V, _IS, _T, _RPH, _SI = range(7)
_SHEET_TAGS = {
    f"{ns} {name}": code
    for ns in _MAINS
    for name, code in (("row", _ROW), ("c", _C), ("v", _V), ("is", _IS), ("t", _T), ("rPh", _RPH))
}
_SST_TAGS = {f"{ns} {name}": code for ns in _MAINS for name, code in (("si", _SI), ("t", _T))}
_SST_TAGS.update({f"{ns} rPh": _RPH for ns in _MAINS})
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
# a dimension's last row ("A1:N1048576" -> 1048576); a longer number is no row of Excel's
_LAST_ROW = re.compile(r"(?<![0-9])([0-9]{1,9})$")
_COLUMNS: dict[str, int] = {}

Row = tuple[object, ...]


class _Stop(Exception):
    """Raised by a handler to end a parse early (Excel's last row was passed)."""


def damaged(detail: object) -> ImportRefused:
    text = str(detail) or type(detail).__name__
    return ImportRefused(
        "damaged-xlsx",
        f"The workbook is damaged and cannot be read ({text[:200]}).",
        detail=text[:200],
    )


def make_parser(part: str) -> Any:
    """An expat parser with namespaces, that refuses DTDs and entities (as defusedxml does)."""
    parser = expat.ParserCreate(namespace_separator=" ")

    def refuse(*_: object) -> Any:
        raise xml_bomb(part)

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True
    parser.buffer_size = CHUNK
    return parser


def feed(parser: Any, stream: IO[bytes], part: str) -> Iterator[int]:
    """Feed a part to `parser` in chunks; yields the bytes inflated so far after each one."""
    done = 0
    try:
        while chunk := stream.read(CHUNK):
            done += len(chunk)
            parser.Parse(chunk, False)
            yield done
        parser.Parse(b"", True)
    except (ImportRefused, _Stop):
        raise
    except expat.ExpatError as exc:
        raise damaged(f"{part}: {exc}") from None
    # LookupError: an XML declaration naming an encoding Python does not know
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, IndexError, LookupError) as exc:
        raise damaged(f"{part}: {exc}") from None


def column_index(ref: str) -> int:
    """0-based column of a cell reference ("B7" -> 1); -1 when it has no letters."""
    letters = ref.rstrip("0123456789")
    index = _COLUMNS.get(letters)
    if index is None:
        index = 0
        for ch in letters.upper():
            if not "A" <= ch <= "Z":
                return -1
            index = index * 26 + ord(ch) - 64
        index -= 1
        if len(_COLUMNS) < 20_000:
            _COLUMNS[letters] = index
    return index


def unescape(text: str) -> str:
    """Excel's _xHHHH_ escapes (a CR in a cell is stored as _x000D_)."""
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


class SharedStrings:
    """The shared string table: UTF-8 bytes and offsets, decoded on access.

    A big table (over 1 MB of text: a list of 100,000 clients with unique names) goes to
    an anonymous temporary file read through mmap, so the Python heap holds only the
    offsets (4 bytes a string) and memory stays flat in the file's size.
    """

    SPILL = 1024 * 1024

    def __init__(self) -> None:
        self._blob = bytearray()
        self._ends = array("I")  # parts are at most 500 MB (guards), so 4 bytes suffice
        self._size = 0
        self._file: IO[bytes] | None = None
        self._map: mmap.mmap | None = None

    def append(self, text: str) -> None:
        data = text.encode("utf-8", "surrogatepass")
        self._blob += data
        self._size += len(data)
        self._ends.append(self._size)
        if len(self._blob) >= self.SPILL:
            if self._file is None:
                self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()
            self._file.write(self._blob)
            self._blob.clear()

    def freeze(self) -> None:
        """Done appending: map a spilled table (call once, before reading)."""
        if self._file is not None:
            self._file.write(self._blob)
            self._file.flush()
            self._blob = bytearray()
            self._map = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, index: int) -> str:
        if index < 0:
            raise IndexError(index)
        end = self._ends[index]
        start = self._ends[index - 1] if index > 0 else 0
        data = self._map if self._map is not None else self._blob
        return data[start:end].decode("utf-8", "surrogatepass")

    def close(self) -> None:
        if self._map is not None:
            self._map.close()
            self._map = None
        if self._file is not None:
            self._file.close()
            self._file = None


def read_shared_strings(archive: zipfile.ZipFile, part: str) -> SharedStrings:
    table = SharedStrings()
    parser = make_parser(part)
    texts: list[str] = []
    state = {"in_t": False, "rph": 0}

    def start(name: str, attrs: dict[str, str]) -> None:
        tag = _SST_TAGS.get(name)
        if tag == _T and not state["rph"]:
            state["in_t"] = True
        elif tag == _RPH:
            state["rph"] += 1
        elif tag == _SI:
            texts.clear()

    def end(name: str) -> None:
        tag = _SST_TAGS.get(name)
        if tag == _T:
            state["in_t"] = False
        elif tag == _RPH:
            state["rph"] -= 1
        elif tag == _SI:
            table.append(unescape("".join(texts)))

    def text(data: str) -> None:
        if state["in_t"]:
            texts.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    try:
        with _open(archive, part) as stream:
            for _ in feed(parser, stream, part):
                pass
        table.freeze()
    except BaseException:
        table.close()
        raise
    return table


def parse_small(
    archive: zipfile.ZipFile,
    part: str,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None] | None = None,
) -> None:
    """Run element callbacks over a small part (workbook, relationships, styles)."""
    parser = make_parser(part)
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    with _open(archive, part) as stream:
        for _ in feed(parser, stream, part):
            pass


def relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, resolved part name) of `part` (from its _rels file)."""
    folder, name = posixpath.split(part)
    rels_part = posixpath.join(folder, "_rels", name + ".rels")
    found: dict[str, tuple[str, str]] = {}
    if rels_part not in archive.NameToInfo:
        return found

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag != f"{_REL_NS} Relationship" or attrs.get("TargetMode") == "External":
            return
        target = attrs.get("Target", "")
        resolved = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join(folder, target))
        )
        found[attrs.get("Id", "")] = (attrs.get("Type", ""), resolved)

    parse_small(archive, rels_part, start)
    return found


def office_document(archive: zipfile.ZipFile) -> str:
    """The workbook part named by the package's root relationships (usually xl/workbook.xml)."""
    for rel_type, target in relationships(archive, "").values():
        if rel_type.endswith(_OFFICE_DOC):
            return target
    return "xl/workbook.xml"


@dataclass(frozen=True, slots=True)
class SheetPart:
    title: str
    part: str
    size: int  # inflated bytes, for progress


def iter_rows(
    archive: zipfile.ZipFile,
    sheet: SheetPart,
    strings: SharedStrings,
    convert: Callable[[str, str, str | None], object],
    max_columns: int = EXCEL_MAX_COLUMN,
    progress: Progress | None = None,
) -> Generator[tuple[int, Row], None, None]:
    """(row number, values) of every row that has cells, in file order; rows past Excel's
    last row end the sheet. Cells at or beyond `max_columns` are left out."""
    parser = make_parser(sheet.part)
    ready: list[tuple[int, Row]] = []
    cells: list[object] = []
    texts: list[str] = []
    # [row number, column, cell type, style, capturing text, inside <is>, phonetic depth]
    st: list[Any] = [0, -1, "n", None, False, False, 0]

    def start(name: str, attrs: dict[str, str]) -> None:
        tag = _SHEET_TAGS.get(name)
        if tag is None:
            return
        if tag == _C:
            ref = attrs.get("r")
            st[1] = column_index(ref) if ref else st[1] + 1
            st[2] = attrs.get("t", "n")
            st[3] = attrs.get("s")
            texts.clear()
        elif tag == _V:
            st[4] = True
        elif tag == _T:
            st[4] = st[5] and not st[6]
        elif tag == _IS:
            st[5] = True
        elif tag == _RPH:
            st[6] += 1
        elif tag == _ROW:
            number = attrs.get("r")
            st[0] = int(number) if number and number.isdigit() else st[0] + 1
            if st[0] > EXCEL_MAX_ROW:
                raise _Stop
            st[1] = -1
            cells.clear()

    def end(name: str) -> None:
        tag = _SHEET_TAGS.get(name)
        if tag is None:
            return
        if tag == _C:
            column = st[1]
            if 0 <= column < max_columns and texts:
                value = convert("".join(texts), st[2], st[3])
                if value is not None:
                    if column >= len(cells):
                        cells.extend([None] * (column + 1 - len(cells)))
                    cells[column] = value
            st[4] = False
        elif tag in (_V, _T):
            st[4] = False
        elif tag == _IS:
            st[5] = False
        elif tag == _RPH:
            st[6] -= 1
        elif tag == _ROW:
            ready.append((st[0], tuple(cells)))

    def text(data: str) -> None:
        if st[4]:
            texts.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    with _open(archive, sheet.part) as stream:
        try:
            for inflated in feed(parser, stream, sheet.part):
                if ready:
                    yield from ready
                    ready.clear()
                if progress is not None and sheet.size:
                    progress.fraction = min(inflated / sheet.size, 1.0)
        except _Stop:
            pass
    yield from ready
    if progress is not None:
        progress.fraction = 1.0


def declared_last_row(archive: zipfile.ZipFile, sheet: SheetPart) -> int:
    """The last row number a sheet declares in its `<dimension ref="A1:N1048576"/>` (which
    comes before its rows: only the first bytes are read), 0 when it declares none."""
    parser = make_parser(sheet.part)
    found = [0]

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(" ")[2]
        if local == "dimension":
            last = _LAST_ROW.search(attrs.get("ref", ""))
            found[0] = int(last.group(1)) if last else 0
            raise _Stop
        if local == "sheetData":
            raise _Stop

    parser.StartElementHandler = start
    with _open(archive, sheet.part) as stream:
        try:
            for _ in feed(parser, stream, sheet.part):
                pass
        except _Stop:
            pass
    return found[0]


def _open(archive: zipfile.ZipFile, part: str) -> IO[bytes]:
    try:
        return archive.open(part)
    except KeyError:
        raise damaged(f"the part {part} is missing") from None
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise damaged(f"{part}: {exc}") from None


def open_archive(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise damaged(exc) from None
