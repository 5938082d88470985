"""From an ImportedClient to the book's rows: the book's own checks, and merging duplicates.

The readers check what a file says (a phone parses, a date is a date); this module checks
what the book needs (lengths of its columns, a known tier and language, a birthday year the
client form accepts) and turns a phone into the call and SMS contact points that the client
form gives it. A merge adds and fills, and never removes or overwrites what a client has.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from planner.io.dedupe import Keys, keys_of
from planner.io.records import ROW_SKIPPING_CODES, ImportedClient, RowProblem
from planner.settings import LANGUAGES
from planner.text import fold, search_text
from planner.vocabulary import Channel

SKIPPING_CODES = ROW_SKIPPING_CODES
NAME_MAX, COMPANY_MAX, VALUE_MAX, LABEL_MAX, TAG_MAX = 200, 200, 300, 50, 60
EXTENSION_MAX = 20


class Point(NamedTuple):
    """One contact point as the book stores it (`contact_point`'s columns)."""

    channel: str
    value: str
    label: str | None
    preferred: bool
    kind: str = "voice"
    extension: str | None = None
    unverified: bool = False


Row = Sequence[object]


def skips_row(problem: RowProblem) -> bool:
    return problem.code in SKIPPING_CODES


@dataclass(slots=True)
class Candidate:
    """One row that passed the checks, as the book will store it."""

    row: int
    name: str
    company: str | None
    tier_id: int
    points: list[Point] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    notes: str | None = None
    birthday: tuple[int | None, int, int] | None = None
    language: str | None = None
    timezone: str | None = None
    sheet: str | None = None  # the continuation sheet the row is in (records.ImportedClient)
    _keys: Keys | None = None

    @property
    def keys(self) -> Keys:
        if self._keys is None:
            points = ((p.channel, p.value) for p in self.points if not p.unverified)
            self._keys = keys_of(self.name, self.company, points)
        return self._keys

    def absorb(self, other: Candidate) -> None:
        """Merge a later row that duplicates this one (both still unwritten)."""
        self.points.extend(merge_points(self.points, other.points))
        self.tags.extend(t for t in other.tags if t not in self.tags)
        self.notes = merge_notes(self.notes, other.notes)
        self.birthday = self.birthday or other.birthday
        self.company = self.company or other.company
        self.language = self.language or other.language
        self.timezone = self.timezone or other.timezone
        self._keys = None


class Checker:
    """The book's checks for imported clients, with the book's tiers."""

    def __init__(self, tiers: dict[str, int], tier_names: dict[str, str], default: str) -> None:
        self.tiers = tiers
        self.by_name = {" ".join(fold(n).split()): code for code, n in tier_names.items()}
        self.default = tiers[default]

    def check(self, item: ImportedClient) -> tuple[Candidate | None, list[RowProblem]]:
        row = item.row
        problems: list[RowProblem] = []
        name = " ".join(item.name.split())
        notes = item.notes
        if len(name) > NAME_MAX:  # cut, the whole text kept in the notes: the client still comes
            message = f"The name is over {NAME_MAX} characters: cut (whole in the notes)."
            args = (("limit", str(NAME_MAX)),)
            problems.append(RowProblem(row, "name", "name-too-long", message, args))
            notes, name = merge_notes(notes, name), name[: NAME_MAX - 1].rstrip() + "…"
        company = " ".join((item.company or "").split()) or None
        if company and len(company) > COMPANY_MAX:
            message = f"The company is over {COMPANY_MAX} characters: cut (whole in the notes)."
            args = (("limit", str(COMPANY_MAX)),)
            problems.append(RowProblem(row, "company", "company-too-long", message, args))
            notes, company = merge_notes(notes, company), company[: COMPANY_MAX - 1].rstrip() + "…"
        tier_id = self.default
        if item.tier:
            code = item.tier.strip().upper()
            code = (
                code
                if code in self.tiers
                else self.by_name.get(" ".join(fold(item.tier).split()), "")
            )
            if code in self.tiers:
                tier_id = self.tiers[code]
            else:
                known = ", ".join(sorted(self.tiers))
                message = f"The tier “{item.tier[:20]}” is not one of {known}; the default is used."
                problems.append(RowProblem(row, "tier", "bad-tier", message))
        language = item.language
        if language is not None and language not in LANGUAGES:
            message = f"The language “{language}” is not en, ru or pl; it is left out."
            problems.append(RowProblem(row, "language", "bad-language", message))
            language = None
        birthday = item.birthday
        if birthday is not None and birthday[0] is not None and not 1900 <= birthday[0] <= 2100:
            message = f"The birthday year {birthday[0]} is out of range; the year is left out."
            problems.append(RowProblem(row, "birthday", "bad-birthday", message))
            birthday = (None, birthday[1], birthday[2])
        points: list[Point] = []
        for contact in item.contacts:
            if len(contact.value) > VALUE_MAX:
                message = (
                    f"A {contact.channel} value is longer than {VALUE_MAX} characters; "
                    "it is left out."
                )
                problems.append(RowProblem(row, contact.channel, "value-too-long", message))
                continue
            label = contact.label[:LABEL_MAX] if contact.label else None
            plain = contact.kind == "voice" and not contact.unverified
            channels = ("call", "sms") if contact.channel == Channel.CALL and plain else None
            extension = contact.extension[:EXTENSION_MAX] if contact.extension else None
            extra = [
                Point(
                    ch,
                    contact.value,
                    label,
                    contact.preferred and i == 0,
                    contact.kind,
                    extension,
                    contact.unverified,
                )
                for i, ch in enumerate(channels or (contact.channel,))
            ]
            points.extend(merge_points(points, extra))
        tags = list(dict.fromkeys(t[:TAG_MAX].strip() for t in item.tags if t.strip()))
        candidate = Candidate(
            row=row,
            name=name,
            company=company,
            tier_id=tier_id,
            points=points,
            tags=tags,
            notes=notes,
            birthday=birthday,
            language=language,
            timezone=item.timezone,
            sheet=item.sheet,
        )
        if item.sheet is not None:  # a continuation sheet's row: its problems name the sheet
            problems = [replace(found, sheet=item.sheet) for found in problems]
        return candidate, problems


def merge_points(have: list[Point], more: list[Point]) -> list[Point]:
    """The points of `more` that `have` lacks; one preferred point at most in all."""
    seen = {_same(p[0], p[1]) for p in have}
    preferred = any(p[3] for p in have)
    added: list[Point] = []
    for point in more:
        key = _same(point.channel, point.value)
        if key in seen:
            continue
        seen.add(key)
        mark = point.preferred and not preferred
        preferred = preferred or mark
        added.append(point._replace(preferred=mark) if mark != point.preferred else point)
    return added


def _same(channel: str, value: str) -> tuple[str, str]:
    """When two contact points are one: e-mail addresses ignore case."""
    return (channel, value.casefold() if channel == Channel.EMAIL else value)


def merge_notes(have: str | None, more: str | None) -> str | None:
    if not more or (have and more in have):
        return have
    return f"{have}\n{more}" if have else more


def search_line(name: str, company: str | None, points: list[Point], tags: list[str]) -> str:
    """The same line `clients.client_search_text` makes from a client's rows."""
    return search_text(name, company, [(p[0], p[1]) for p in points], tags)


CLIENT_COLUMNS = (
    "id",
    "name",
    "company",
    "tier_id",
    "status",
    "notes",
    "birthday_year",
    "birthday_month",
    "birthday_day",
    "timezone",
    "language",
    "created_on",
    "updated_at",
    "value_minor",
    "at_risk",
    "last_reached_on",
    "last_done_on",
    "reached_cadence",
    "search_text",
    "version",
)
POINT_COLUMNS = (
    "client_id",
    "channel",
    "value",
    "label",
    "preferred",
    "consent",
    "kind",
    "extension",
    "unverified",
)
TAG_COLUMNS = ("client_id", "name")
UPDATE_SQL = (
    "UPDATE client SET company = ?, notes = ?, birthday_year = ?, birthday_month = ?, "
    "birthday_day = ?, language = ?, timezone = ?, updated_at = ?, version = ?, "
    "search_text = ? WHERE id = ?"
)


def client_row(cid: int, c: Candidate, today: object, now: object, no: object) -> Row:
    """A row of CLIENT_COLUMNS; `today`, `now` and `no` (False) in the storage form."""
    year, month, day = c.birthday if c.birthday else (None, None, None)
    return (
        cid,
        c.name,
        c.company,
        c.tier_id,
        "active",
        c.notes,
        year,
        month,
        day,
        c.timezone,
        c.language,
        today,
        now,
        0,
        no,
        None,
        None,
        0,
        search_line(c.name, c.company, c.points, c.tags),
        1,
    )


def point_rows(cid: int, points: list[Point], yes: object, no: object) -> list[Row]:
    return [
        (
            cid,
            p.channel,
            p.value,
            p.label,
            yes if p.preferred else no,
            yes,
            p.kind,
            p.extension,
            yes if p.unverified else no,
        )
        for p in points
    ]


def tag_rows(cid: int, tags: list[str]) -> list[Row]:
    return [(cid, tag) for tag in tags]


@dataclass(slots=True)
class Existing:
    """A client of the book that rows of the file are merged into."""

    id: int
    name: str
    company: str | None
    notes: str | None
    birthday: tuple[int | None, int, int] | None
    language: str | None
    timezone: str | None
    version: int
    points: list[Point] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    new_points: list[Point] = field(default_factory=list)
    new_tags: list[str] = field(default_factory=list)
    changed: bool = False

    def absorb(self, c: Candidate) -> None:
        added = merge_points(self.points + self.new_points, c.points)
        self.new_points.extend(added)
        tags = [t for t in c.tags if t not in self.tags and t not in self.new_tags]
        self.new_tags.extend(tags)
        before = (self.notes, self.birthday, self.company, self.language, self.timezone)
        self.notes = merge_notes(self.notes, c.notes)
        self.birthday = self.birthday or c.birthday
        self.company = self.company or c.company
        self.language = self.language or c.language
        self.timezone = self.timezone or c.timezone
        after = (self.notes, self.birthday, self.company, self.language, self.timezone)
        self.changed = self.changed or bool(added or tags) or before != after

    def update_row(self, now: object) -> Row:
        """Parameters of UPDATE_SQL: what a merge fills in, a new version, the search text."""
        year, month, day = self.birthday if self.birthday else (None, None, None)
        points = self.points + self.new_points
        line = search_line(self.name, self.company, points, self.tags + self.new_tags)
        return (
            self.company,
            self.notes,
            year,
            month,
            day,
            self.language,
            self.timezone,
            now,
            self.version + 1,
            line,
            self.id,
        )
