"""From a raw row (cells + mapping, or a parsed vCard) to an ImportedClient and its problems.

Policy, the same for every format:
- a row with nothing in its mapped columns is skipped silently (blank lines, spacer rows);
- a row needs a name: the name column, else first/middle/last joined, else the company
  (which then also names the client); without one the row yields only "missing-name";
- a phone, e-mail or handle that does not parse is left out with a "bad-phone", "bad-email" or
  "bad-telegram" problem, and the row still imports with its other contacts: one mistyped
  number should not cost the client; the service decides whether a file with problems imports;
- an unreadable birthday, language or time zone is likewise dropped with its own problem.
For every row the problems come first, then the client (if any), under the same row number.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from planner.io.mapping import Mapping
from planner.io.records import ImportedClient, ImportedContact, RowProblem
from planner.io.values import (
    BadValue,
    clean_note,
    clean_text,
    parse_birthday,
    parse_email,
    parse_label,
    parse_language,
    parse_phone,
    parse_telegram,
    parse_timezone,
    split_multi,
    split_tags,
)
from planner.vocabulary import Channel

Item = ImportedClient | RowProblem
_PHONE_CHANNELS = frozenset({"call", "sms", "whatsapp", "viber", "video"})
_PROBLEM_FIELD = {"email": "email", "telegram": "telegram"}
_MAX_SHOWN = 60  # characters of a bad value quoted in a message


@dataclass(frozen=True, slots=True)
class RawContact:
    channel: str
    value: str
    label: str | None = None
    preferred: bool = False


@dataclass(slots=True)
class Draft:
    """What one row says, still as text; `finish` checks it and builds the record."""

    row: int
    name: str = ""
    first_name: str = ""
    middle_name: str = ""
    last_name: str = ""
    company: str = ""
    contacts: list[RawContact] = field(default_factory=list)
    birthday: object = None
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    tier: str = ""
    language: str = ""
    timezone: str = ""

    def is_empty(self) -> bool:
        texts = (self.name, self.first_name, self.middle_name, self.last_name, self.company)
        texts_more = (self.tier, self.language, self.timezone)
        birthday = self.birthday is not None and clean_text(self.birthday) != ""
        return not (
            any(texts) or any(texts_more) or self.contacts or self.tags or self.notes or birthday
        )


def draft_from_cells(row: int, cells: Sequence[object], mapping: Mapping) -> Draft:
    """Read the mapped columns of one row; columns past the row's end read as empty."""

    def text(column: int | None) -> str:
        return clean_text(cells[column]) if column is not None and column < len(cells) else ""

    draft = Draft(
        row=row,
        name=text(mapping.name),
        first_name=text(mapping.first_name),
        middle_name=text(mapping.middle_name),
        last_name=text(mapping.last_name),
        company=text(mapping.company),
        tier=text(mapping.tier),
        language=text(mapping.language),
        timezone=text(mapping.timezone),
    )
    if mapping.birthday is not None and mapping.birthday < len(cells):
        draft.birthday = cells[mapping.birthday]
    for source in mapping.contacts:
        label, preferred = source.label, source.preferred
        if source.label_column is not None:
            cell_label, marked = parse_label(text(source.label_column))
            label, preferred = cell_label or label, preferred or marked
        for value in split_multi(text(source.column)):
            draft.contacts.append(RawContact(source.channel, value, label, preferred))
    for column in mapping.tags:
        draft.tags.extend(split_tags(text(column)))
    for column in mapping.notes:
        if column < len(cells) and (note := clean_note(cells[column])):
            draft.notes.append(note)
    return draft


def finish(draft: Draft, region: str, month_first: bool) -> list[Item]:
    """Check a draft: the row's problems, then its client; nothing at all for an empty row."""
    if draft.is_empty():
        return []
    row = draft.row
    full = " ".join(p for p in (draft.first_name, draft.middle_name, draft.last_name) if p)
    name = draft.name or full or draft.company
    if not name:
        message = "The row has no name, first or last name, or company; it is skipped."
        return [RowProblem(row, "name", "missing-name", message)]
    problems: list[Item] = []
    contacts = _contacts(draft, region, problems)
    birthday = None
    try:
        birthday = parse_birthday(draft.birthday, month_first)
    except BadValue:
        shown = _shown(clean_text(draft.birthday))
        message = f"The birthday {shown} is not a date; it is left out."
        problems.append(RowProblem(row, "birthday", "bad-birthday", message))
    language = parse_language(draft.language) if draft.language else None
    if draft.language and language is None:
        message = f"The language {_shown(draft.language)} is not known; it is left out."
        problems.append(RowProblem(row, "language", "bad-language", message))
    timezone = parse_timezone(draft.timezone) if draft.timezone else None
    if draft.timezone and timezone is None:
        message = f"The time zone {_shown(draft.timezone)} is not known; it is left out."
        problems.append(RowProblem(row, "timezone", "bad-timezone", message))
    client = ImportedClient(
        row=row,
        name=name,
        company=draft.company or None,
        contacts=contacts,
        birthday=birthday,
        tags=tuple(dict.fromkeys(tag for tag in (_nfc(t) for t in draft.tags) if tag)),
        notes="\n".join(draft.notes) or None,
        tier=draft.tier or None,
        language=language,
        timezone=timezone,
    )
    return [*problems, client]


def _contacts(draft: Draft, region: str, problems: list[Item]) -> tuple[ImportedContact, ...]:
    """Validated contact points, each value once (a repeated one keeps its first label)."""
    found: dict[tuple[str, str], ImportedContact] = {}
    for raw in draft.contacts:
        value = _valid(raw, region)
        if value is None:
            problems.append(_bad_contact(draft.row, raw, region))
            continue
        key = (raw.channel, value)
        earlier = found.get(key)
        if earlier is None:
            found[key] = ImportedContact(raw.channel, value, raw.label, raw.preferred)
        elif raw.preferred and not earlier.preferred:
            found[key] = ImportedContact(raw.channel, value, earlier.label, True)
    return tuple(found.values())


def _valid(raw: RawContact, region: str) -> str | None:
    if raw.channel in _PHONE_CHANNELS:
        return parse_phone(raw.value, region)
    if raw.channel == Channel.EMAIL:
        return parse_email(raw.value)
    if raw.channel == Channel.TELEGRAM:
        return parse_telegram(raw.value, region)
    return raw.value.strip() or None


def _bad_contact(row: int, raw: RawContact, region: str) -> RowProblem:
    shown = _shown(raw.value)
    if raw.channel == Channel.EMAIL:
        return RowProblem(
            row, "email", "bad-email", f"{shown} is not a valid e-mail address; it is left out."
        )
    if raw.channel == Channel.TELEGRAM:
        return RowProblem(
            row,
            "telegram",
            "bad-telegram",
            f"{shown} is not a Telegram username or phone number; it is left out.",
        )
    return RowProblem(
        row,
        "phone",
        "bad-phone",
        f"{shown} is not a valid phone number (read with region {region}); it is left out.",
    )


def _shown(value: str) -> str:
    value = value if len(value) <= _MAX_SHOWN else value[: _MAX_SHOWN - 1] + "…"
    return f"“{value}”"


def _nfc(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())
