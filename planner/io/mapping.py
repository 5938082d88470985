"""Which column feeds which field of a client: detected from headers, corrected by the user.

A `Mapping` is plain data that can be saved as JSON (`--mapping FILE`) and edited: column
numbers are 0-based positions in the header row, `header_row` is the 1-based row number the
spreadsheet shows (None: the file has no header, every row is data).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, Literal

from planner.io.encoding import SAMPLE_BYTES, detect_encoding
from planner.io.guards import EMPTY_ZIP_MAGIC, OLE2_MAGIC, ZIP_MAGIC, not_xlsx, old_xls
from planner.io.headers import HeaderRole, classify
from planner.io.records import ImportRefused
from planner.io.values import MONTH_FIRST_REGIONS, clean_text
from planner.vocabulary import Channel

Format = Literal["csv", "xlsx", "vcard"]
HEADER_SEARCH_ROWS = 20
MAX_COLUMN = 16_384  # Excel's last column, XFD
MAX_DETECTED_COLUMNS = 1024  # exports have under 100; a hostile row may have millions
_SINGLE_FIELDS = (
    "name",
    "first_name",
    "middle_name",
    "last_name",
    "company",
    "birthday",
    "tier",
    "language",
    "timezone",
    "birth_year",
    "birth_month",
    "birth_day",
)
_XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm"})
_VCARD_SUFFIXES = frozenset({".vcf", ".vcard"})
_SLASH_DATE = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}")


@dataclass(frozen=True, slots=True)
class ContactColumn:
    """A column of phones, e-mails or handles; `label_column` holds a per-row label (Google)."""

    column: int
    channel: str = Channel.CALL.value
    label: str | None = None
    label_column: int | None = None
    preferred: bool = False
    kind: str = "voice"  # "fax" | "pager": Outlook's "Business Fax", a "Факс" column


@dataclass(frozen=True, slots=True)
class Mapping:
    """Columns by field; a client's name comes from `name`, else first/middle/last, else company."""

    header_row: int | None = 1
    name: int | None = None
    first_name: int | None = None
    middle_name: int | None = None
    last_name: int | None = None
    company: int | None = None
    contacts: tuple[ContactColumn, ...] = ()
    birthday: int | None = None
    tags: tuple[int, ...] = ()
    notes: tuple[int, ...] = ()
    tier: int | None = None
    language: int | None = None
    timezone: int | None = None
    month_first: bool = False  # how 04/05/1985 reads: False = 4 May, True = April 5
    # Thunderbird's split birthday ("Birth Year", "Birth Month", "Birth Day"), when no
    # `birthday` column gives the whole date.
    birth_year: int | None = None
    birth_month: int | None = None
    birth_day: int | None = None

    @property
    def has_name(self) -> bool:
        """Whether any column can give a row its name (a name, the company, or else an e-mail or
        phone the client is named after); without one every row is refused."""
        sources = (self.name, self.first_name, self.middle_name, self.last_name, self.company)
        return any(column is not None for column in sources) or bool(self.contacts)

    def to_json(self) -> str:
        data = asdict(self)
        return json.dumps({"version": 1, **data}, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        """Parse and check a saved mapping; a bad one is refused with the reason."""
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise _bad_mapping(f"it is not JSON ({exc})") from None
        if not isinstance(data, dict):
            raise _bad_mapping("it is not a JSON object")
        data = dict(data)
        if data.pop("version", 1) != 1:
            raise _bad_mapping("unknown version")
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise _bad_mapping(f"unknown keys {', '.join(sorted(map(str, unknown)))}")
        header_row = data.get("header_row", 1)
        if header_row is not None:
            header_row = _required_column(header_row, "header_row", low=1, high=2**31)
        singles = {name: _column(data.get(name), name) for name in _SINGLE_FIELDS}
        contacts = [_contact(item) for item in _list(data.get("contacts", []), "contacts")]
        tags = [_required_column(c, "tags") for c in _list(data.get("tags", []), "tags")]
        notes = [_required_column(c, "notes") for c in _list(data.get("notes", []), "notes")]
        return _build(header_row, singles, contacts, tags, notes, bool(data.get("month_first")))

    def save(self, path: Path) -> None:
        path.write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Mapping:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeError) as exc:
            raise _bad_mapping(f"it cannot be read ({exc})") from None
        return cls.from_json(text)


def detect_mapping(headers: Sequence[object], header_row: int | None = 1) -> Mapping:
    """A mapping from header names; unknown columns are left out, the first of a field wins.

    Only the first 1024 columns are looked at (a mapping set by hand may use any column).
    """
    roles = [classify(clean_text(h)) for h in headers[:MAX_DETECTED_COLUMNS]]
    singles: dict[str, int | None] = {}
    tags: list[int] = []
    notes: list[int] = []
    contacts: list[ContactColumn] = []
    label_columns = {
        (role.channel, role.group): index
        for index, role in enumerate(roles)
        if role is not None and role.field == "contact_label"
    }
    has_last = any(role is not None and role.field == "last_name" for role in roles)
    for index, role in enumerate(roles):
        if role is None or role.field == "contact_label":
            continue
        target = role.field
        if target == "given_or_full":  # "Имя"/"Imię": a first name when a last name exists
            target = "first_name" if has_last else "name"
        if target == "contact":
            contacts.append(_contact_column(index, role, label_columns))
        elif target == "tags":
            tags.append(index)
        elif target == "notes":
            notes.append(index)
        else:
            singles.setdefault(target, index)
    return _build(header_row, singles, contacts, tags, notes, month_first=False)


def find_header_row(rows: Iterable[Sequence[object]]) -> int | None:
    """0-based index of the first of the first 20 rows that reads as a header, or None.

    A header has two recognised column names, or only recognised ones (a one-column list).
    """
    for index, row in enumerate(rows):
        if index >= HEADER_SEARCH_ROWS:
            break
        texts = [clean_text(cell) for cell in row[:MAX_DETECTED_COLUMNS]]
        filled = [text for text in texts if text]
        known = sum(1 for text in filled if classify(text) is not None)
        if known >= 2 or (known >= 1 and known == len(filled)):
            return index
    return None


def guess_month_first(values: Iterable[object], region: str) -> bool:
    """How slash dates read: a part over 12 in the sample decides, else the user's region."""
    for value in values:
        match = _SLASH_DATE.match(clean_text(value))
        if match is None:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second:
            return False
        if second > 12 >= first:
            return True
    return region.upper() in MONTH_FIRST_REGIONS


def detect_format(path: Path) -> Format:
    """'xlsx' for a zip, 'vcard' for text that starts with BEGIN:VCARD, else 'csv'.

    The content decides first; the name only narrows: a file named .xlsx that is not a zip is
    refused as not an Excel workbook, a text file named .vcf is read as vCard (and refused if
    it holds none), and an old .xls (OLE2) is refused with advice. Binary data that is not a
    zip is refused by the text check.
    """
    with open(path, "rb") as f:
        head = f.read(SAMPLE_BYTES)
        complete = not f.read(1)
    if head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        return "xlsx"
    if head.startswith(OLE2_MAGIC):
        raise old_xls(path)
    if path.suffix.lower() in _XLSX_SUFFIXES:
        raise not_xlsx(path)
    text = detect_encoding(head, complete).text
    first = next((line.strip() for line in text.lstrip("\ufeff").splitlines() if line.strip()), "")
    if first.upper().startswith("BEGIN:VCARD") or path.suffix.lower() in _VCARD_SUFFIXES:
        return "vcard"
    return "csv"


def _build(
    header_row: int | None,
    singles: dict[str, int | None],
    contacts: list[ContactColumn],
    tags: list[int],
    notes: list[int],
    month_first: bool,
) -> Mapping:
    return Mapping(
        header_row=header_row,
        name=singles.get("name"),
        first_name=singles.get("first_name"),
        middle_name=singles.get("middle_name"),
        last_name=singles.get("last_name"),
        company=singles.get("company"),
        contacts=tuple(contacts),
        birthday=singles.get("birthday"),
        tags=tuple(tags),
        notes=tuple(notes),
        tier=singles.get("tier"),
        language=singles.get("language"),
        timezone=singles.get("timezone"),
        month_first=month_first,
        birth_year=singles.get("birth_year"),
        birth_month=singles.get("birth_month"),
        birth_day=singles.get("birth_day"),
    )


def _contact_column(
    index: int, role: HeaderRole, label_columns: dict[tuple[str | None, str | None], int]
) -> ContactColumn:
    label_column = label_columns.get((role.channel, role.group)) if role.group else None
    return ContactColumn(
        column=index,
        channel=role.channel or Channel.CALL.value,
        label=role.label,
        label_column=label_column,
        preferred=role.preferred,
        kind=role.kind,
    )


def _column(value: object, name: str) -> int | None:
    return None if value is None else _required_column(value, name)


def _required_column(value: object, name: str, low: int = 0, high: int = MAX_COLUMN) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and low <= value < high:
        return value
    raise _bad_mapping(f"{name} must be a whole number from {low} to {high - 1}")


def _list(value: object, name: str) -> list[Any]:
    if not isinstance(value, list):
        raise _bad_mapping(f"{name} must be a list")
    return value


def _contact(item: object) -> ContactColumn:
    if not isinstance(item, dict) or "column" not in item:
        raise _bad_mapping("each of contacts must be an object with a column")
    channel = item.get("channel", Channel.CALL.value)
    if channel not in {c.value for c in Channel}:
        raise _bad_mapping(f"unknown channel {channel!r}")
    label = item.get("label")
    if label is not None and not isinstance(label, str):
        raise _bad_mapping("a contact label must be text or null")
    kind = item.get("kind", "voice")
    if kind not in ("voice", "fax", "pager") or (kind != "voice" and channel != Channel.CALL):
        raise _bad_mapping(f"unknown contact kind {kind!r} (voice, fax or pager, for phones)")
    unknown = set(item) - {"column", "channel", "label", "label_column", "preferred", "kind"}
    if unknown:
        raise _bad_mapping(f"unknown contact keys {', '.join(sorted(map(str, unknown)))}")
    return ContactColumn(
        column=_required_column(item["column"], "contacts.column"),
        channel=channel,
        label=label,
        label_column=_column(item.get("label_column"), "contacts.label_column"),
        preferred=bool(item.get("preferred", False)),
        kind=kind,
    )


def _bad_mapping(reason: str) -> ImportRefused:
    return ImportRefused(
        "bad-mapping", f"The column mapping is not valid: {reason}.", detail=reason
    )
