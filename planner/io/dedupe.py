"""Finding duplicates of imported rows, in the book and earlier in the same file.

The rule (DESIGN.md section 7), the first that holds decides:

1. **same phone**: a phone number in E.164 that the client already has (a phone on any
   channel: call, SMS, the messengers, video; a Telegram id that is a phone number);
2. **same e-mail**: an address equal ignoring case;
3. **similar name**: the names are equal after `planner.text.fold` (case, diacritics,
   ё = е, ł = l, blanks collapsed) and, when both have a company, so are the companies.
   "Jan Kowalski" of ACME is not "Jan Kowalski" of Nowak sp.j.; without a company on
   either side the name alone decides.

When several clients match, the lowest id (the oldest client) wins.

The keys of the book live in a temporary table for the length of the import (a compact
B-tree in SQLite, not Python objects), looked up once per batch of rows; the keys of rows
not yet written are kept per batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Connection, text

from planner.db import temp_on_disk
from planner.io.bulk import Bulk
from planner.text import digits, fold
from planner.vocabulary import Channel

PHONE_CHANNELS = frozenset(
    {Channel.CALL, Channel.SMS, Channel.WHATSAPP, Channel.VIBER, Channel.VIDEO}
)
TABLE = "cp_import_key"
_LOOKUP_CHUNK = 500
_WRITE_CHUNK = 5_000

Rule = str  # "phone" | "email" | "name"


@dataclass(frozen=True, slots=True)
class Keys:
    """What one client is recognised by."""

    phones: tuple[str, ...]
    emails: tuple[str, ...]
    name: str
    company: str | None

    def lookup_keys(self) -> list[str]:
        return [*self.phones, *self.emails, self.name]

    def entries(self, client_id: int) -> Iterator[tuple[str, int, str | None]]:
        for key in (*self.phones, *self.emails):
            yield key, client_id, None
        yield self.name, client_id, self.company


def phone_key(channel: str, value: str) -> str | None:
    if channel in PHONE_CHANNELS or (channel == Channel.TELEGRAM and value.startswith("+")):
        number = digits(value)
        return "p:+" + number if number else None
    return None


def email_key(channel: str, value: str) -> str | None:
    return "e:" + value.strip().casefold() if channel == Channel.EMAIL and value else None


def name_key(name: str) -> str:
    return "n:" + " ".join(fold(name).split())


@lru_cache(maxsize=4096)
def company_key(company: str | None) -> str | None:
    folded = " ".join(fold(company).split()) if company else ""
    return folded or None


def keys_of(name: str, company: str | None, contacts: Iterable[tuple[str, str]]) -> Keys:
    phones: dict[str, None] = {}
    emails: dict[str, None] = {}
    for channel, value in contacts:
        if (key := phone_key(channel, value)) is not None:
            phones[key] = None
        elif (key := email_key(channel, value)) is not None:
            emails[key] = None
    return Keys(tuple(phones), tuple(emails), name_key(name), company_key(company))


Hits = dict[str, list[tuple[int, str | None]]]


def _int(value: object) -> int:
    assert isinstance(value, int)
    return value


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def match(keys: Keys, *found: Hits) -> tuple[int, Rule] | None:
    """The client `keys` duplicates, by the rule above, among the hits of each source."""
    for rule, group in (("phone", keys.phones), ("email", keys.emails)):
        ids = [cid for key in group for hits in found for cid, _ in hits.get(key, ())]
        if ids:
            return min(ids), rule
    ids = [
        cid
        for hits in found
        for cid, company in hits.get(keys.name, ())
        if company is None or keys.company is None or company == keys.company
    ]
    return (min(ids), "name") if ids else None


class DuplicateIndex:
    """The keys of every client of the book, plus those the import adds, in a temp table."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.bulk = Bulk(conn)
        temp_on_disk(conn)  # the keys of the whole book, in a file (db.temp_on_disk)
        conn.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))
        conn.execute(
            text(
                f"CREATE TEMPORARY TABLE {TABLE} (key TEXT NOT NULL, "
                "client_id INTEGER NOT NULL, company TEXT)"
            )
        )
        self._load_book()
        conn.execute(text(f"CREATE INDEX {TABLE}_ix ON {TABLE} (key)"))

    def _load_book(self) -> None:
        rows: list[tuple[str, int, str | None]] = []
        points = self.conn.execute(text("SELECT client_id, channel, value FROM contact_point"))
        for client_id, channel, value in points:
            key = phone_key(channel, value) or email_key(channel, value)
            if key is not None:
                rows.append((key, client_id, None))
        self.add(rows)
        rows = []
        for client_id, name, company in self.conn.execute(
            text("SELECT id, name, company FROM client")
        ):
            rows.append((name_key(name), client_id, company_key(company)))
            if len(rows) >= _WRITE_CHUNK:
                self.add(rows)
                rows = []
        self.add(rows)

    def add(self, entries: Sequence[tuple[str, int, str | None]]) -> None:
        self.bulk.execute(
            f"INSERT INTO {TABLE} (key, client_id, company) VALUES (?, ?, ?)", entries
        )

    def lookup(self, keys: Iterable[str]) -> Hits:
        wanted = list(dict.fromkeys(keys))
        hits: Hits = {}
        for start in range(0, len(wanted), _LOOKUP_CHUNK):
            part = wanted[start : start + _LOOKUP_CHUNK]
            marks = ", ".join("?" * len(part))
            sql = f"SELECT key, client_id, company FROM {TABLE} WHERE key IN ({marks})"
            for key, client_id, company in self.bulk.query(sql, part):
                hits.setdefault(str(key), []).append((_int(client_id), _text(company)))
        return hits

    def close(self) -> None:
        self.conn.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))
