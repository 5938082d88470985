"""From a raw row (cells + mapping, or a parsed vCard) to an ImportedClient and its problems.

Policy, the same for every format:
- a row with nothing in its mapped columns is skipped silently (blank lines, spacer rows);
- a row is named by its name column, else first/middle/last joined; without one it is named
  after the best thing it has (company, nickname, e-mail, phone, in that order) with a
  "named-from" line; only a row with nothing to name it by and nothing to reach the client by
  yields "missing-name" (the one problem that makes a row unusable);
- a phone that does not parse is kept as typed, as a contact point flagged "unverified" for
  the salesperson to fix, with a "bad-phone" line; an e-mail or handle that does not parse
  is kept as typed in the client's notes ("bad-email", "bad-telegram"); the row imports with
  its other contacts: one mistyped number should not cost the client (nor the number);
- an extension ("x102", ";ext=102", "wew. 102", "доб. 102") is kept with its number
  ("extension-kept"); fax and pager numbers are kept as contact points of their kind, never
  a number to call ("fax-kept");
- text whose encoding had to be guessed gives an "encoding-guessed" line naming the codec;
- an unreadable birthday, language or time zone is likewise dropped with its own problem.
For every row the problems come first, then the client (if any), under the same row number.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from planner.io.headers import kind_from_words, normalise
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
    split_extension,
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
    kind: str = "voice"  # "fax" | "pager": kept, never called


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
    nickname: str = ""
    kept: list[tuple[str, str]] = field(default_factory=list)  # (code, text) for the notes
    decoding: tuple[str, str] | None = None  # ("guessed" | "bad", codec)

    def is_empty(self) -> bool:
        texts: tuple[str, ...] = (self.name, self.first_name, self.middle_name, self.last_name)
        texts += (self.company,)
        texts += (self.nickname, *(text for _, text in self.kept))
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
    elif mapping.birth_month is not None and mapping.birth_day is not None:
        draft.birthday = _split_birthday(
            text(mapping.birth_year), text(mapping.birth_month), text(mapping.birth_day)
        )
    for source in mapping.contacts:
        label, preferred, kind = source.label, source.preferred, source.kind
        if source.label_column is not None:
            cell = text(source.label_column)
            cell_label, marked = parse_label(cell)
            label, preferred = cell_label or label, preferred or marked
            if kind == "voice" and source.channel == Channel.CALL:  # Google's "Type" = Fax
                kind = kind_from_words(normalise(cell).split())
        for value in split_multi(text(source.column)):
            draft.contacts.append(RawContact(source.channel, value, label, preferred, kind))
    for column in mapping.tags:
        draft.tags.extend(split_tags(text(column)))
    for column in mapping.notes:
        if column < len(cells) and (note := clean_note(cells[column])):
            draft.notes.append(note)
    return draft


def _split_birthday(year: str, month: str, day: str) -> str | None:
    """Thunderbird's three columns as one ISO date ("--MM-DD" without a year); None if empty."""
    if not month and not day:
        return None
    if not (month.isdigit() and day.isdigit()) or (year and not year.isdigit()):
        return " ".join(p for p in (year, month, day) if p)  # reported as not a date
    date = f"{int(month):02d}-{int(day):02d}"
    return f"{int(year):04d}-{date}" if year and int(year) > 0 else f"--{date}"


def finish(draft: Draft, region: str, month_first: bool) -> list[Item]:
    """Check a draft: the row's problems, then its client; nothing at all for an empty row."""
    if draft.is_empty():
        return []
    row = draft.row
    full = " ".join(p for p in (draft.first_name, draft.middle_name, draft.last_name) if p)
    problems: list[Item] = []
    if draft.decoding is not None:
        problems.append(_decoding_problem(row, *draft.decoding))
    kept_notes: list[str] = []
    contacts = _contacts(draft, region, problems, kept_notes)
    for code, text in draft.kept:
        kept_notes.append(text)
        message = f"{_shown(text)} is kept in the notes (not a number to call)."
        problems.append(RowProblem(row, "phone", code, message, (("value", text),)))
    name = draft.name or full
    if not name:
        name, source = _name_from(draft, contacts, kept_notes)
        if not name:
            message = (
                "The row has no name, company, nickname, e-mail or phone: nothing to name "
                "the client by or reach them by; it is skipped."
            )
            return [RowProblem(row, "name", "missing-name", message)]
        message = f"The row has no name; the client is named after its {source}: {_shown(name)}."
        problems.append(
            RowProblem(row, "name", "named-from", message, (("source", source), ("name", name)))
        )
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
        notes="\n".join([*draft.notes, *kept_notes]) or None,
        tier=draft.tier or None,
        language=language,
        timezone=timezone,
    )
    return [*problems, client]


def _name_from(
    draft: Draft, contacts: tuple[ImportedContact, ...], kept: list[str]
) -> tuple[str, str]:
    """(name, source) for a row without a name: company, nickname, e-mail, phone."""
    if draft.company:
        return draft.company, "company"
    if draft.nickname:
        return draft.nickname, "nickname"
    for channel in (Channel.EMAIL, Channel.CALL):
        for contact in contacts:
            if contact.channel == channel:
                return contact.value, "email" if channel == Channel.EMAIL else "phone"
    for contact in contacts:
        return contact.value, contact.channel
    for raw in draft.contacts:  # kept as typed: still what the salesperson knows them by
        if raw.value.strip():
            return raw.value.strip(), "email" if raw.channel == Channel.EMAIL else "phone"
    for _, text in draft.kept:  # a fax or pager number
        return text, "phone"
    return "", ""


def _decoding_problem(row: int, kind: str, codec: str) -> RowProblem:
    if kind == "guessed":
        message = f"The text did not say its encoding; it was read as {codec}."
        return RowProblem(row, None, "encoding-guessed", message, (("encoding", codec),))
    message = f"Some text is not valid {codec}; unreadable characters were replaced."
    return RowProblem(row, None, "bad-text", message, (("encoding", codec),))


def _contacts(
    draft: Draft, region: str, problems: list[Item], kept: list[str]
) -> tuple[ImportedContact, ...]:
    """Validated contact points, each value once (a repeated one keeps its first label).

    A phone that does not parse is kept as typed and flagged unverified; another value that
    does not parse is kept as typed in `kept` (for the notes); each is reported."""
    found: dict[tuple[str, str], ImportedContact] = {}
    for raw in draft.contacts:
        extension = None
        if raw.channel in _PHONE_CHANNELS:
            number, extension = split_extension(raw.value)
            raw = RawContact(raw.channel, number, raw.label, raw.preferred, raw.kind)
        value = _valid(raw, region)
        unverified = False
        if value is None:
            problems.append(_bad_contact(draft.row, raw, region))
            value = " ".join(raw.value.split())
            if raw.channel not in _PHONE_CHANNELS or not value:
                kept.append(_kept_line(raw, extension))
                continue
            unverified = True
        if raw.kind != "voice":
            message = f"{_shown(value)} is kept as a {raw.kind} number (not a number to call)."
            args = (("value", value), ("kind", raw.kind))
            problems.append(RowProblem(draft.row, "phone", "fax-kept", message, args))
        if extension:
            message = f"The extension {extension} of {value} is kept with the number."
            args = (("phone", value), ("extension", extension))
            problems.append(RowProblem(draft.row, "phone", "extension-kept", message, args))
        key = (raw.channel, value)
        earlier = found.get(key)
        callable_ = raw.kind == "voice"
        if earlier is None:
            found[key] = ImportedContact(
                raw.channel,
                value,
                raw.label,
                raw.preferred and callable_,
                raw.kind,
                extension,
                unverified,
            )
        elif raw.preferred and callable_ and not earlier.preferred:
            found[key] = ImportedContact(
                raw.channel,
                value,
                earlier.label,
                True,
                earlier.kind,
                earlier.extension,
                earlier.unverified,
            )
    return tuple(found.values())


def _valid(raw: RawContact, region: str) -> str | None:
    if raw.channel in _PHONE_CHANNELS:
        return parse_phone(raw.value, region)
    if raw.channel == Channel.EMAIL:
        return parse_email(raw.value)
    if raw.channel == Channel.TELEGRAM:
        return parse_telegram(raw.value, region)
    return raw.value.strip() or None


def _kept_line(raw: RawContact, extension: str | None) -> str:
    what = {"email": "E-mail", "telegram": "Telegram"}.get(raw.channel, "Phone")
    tail = f" ext. {extension}" if extension else ""
    return f"{what} (unverified, as typed): {raw.value.strip()}{tail}"


def _bad_contact(row: int, raw: RawContact, region: str) -> RowProblem:
    shown = _shown(raw.value)
    args = (("value", raw.value), ("region", region))
    kept = "it is kept as typed in the notes (unverified)"
    if raw.channel == Channel.EMAIL:
        message = f"{shown} is not a valid e-mail address; {kept}."
        return RowProblem(row, "email", "bad-email", message, args)
    if raw.channel == Channel.TELEGRAM:
        message = f"{shown} is not a Telegram username or phone number; {kept}."
        return RowProblem(row, "telegram", "bad-telegram", message, args)
    kept = "it is kept as typed and flagged unverified"
    message = f"{shown} is not a valid phone number (read with region {region}); {kept}."
    return RowProblem(row, "phone", "bad-phone", message, args)


def _shown(value: str) -> str:
    value = value if len(value) <= _MAX_SHOWN else value[: _MAX_SHOWN - 1] + "…"
    return f"“{value}”"


def _nfc(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())
