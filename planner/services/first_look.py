"""Today's first screen read straight from a laptop book's file, before the book is opened.

Opening a book loads SQLAlchemy and Alembic, checks the schema, integrity and backups:
most of a start-up's time. The first screen needs none of that. `first_look` reads the
same counts and pages `AgendaService.screen` reads, with the standard library's sqlite3
on a read-only connection, while the real opening follows on the same worker; the real
load then replaces the look (a test compares both on generated books).

It answers only when it can vouch for the answer: a laptop book at the schema revision
this code knows (`SCHEMA_HEAD`, checked against Alembic's head by a test), holding
clients. Anything else (a team book, a missing, older, newer or damaged file, an empty
book) returns None and the window waits for the real opening, which explains itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from planner import settings as settings_mod
from planner.services.agenda_views import (
    AgendaScreen,
    capacities,
    channel_days,
    page_of,
    screen_of,
)
from planner.vocabulary import Channel, TouchStatus

# The Alembic revision the statements below are written for (tests/unit/services/
# test_first_look.py fails when a new revision is added and this is not raised).
SCHEMA_HEAD = "0026"
FIRST = 30  # as AgendaService.screen's first screen

PLANNED = TouchStatus.PLANNED.value
DONE = TouchStatus.DONE.value
_COUNTS = "SELECT " + ", ".join(
    part
    for ch in Channel
    for part in (
        "(SELECT count(*) FROM touch WHERE touch.status = :planned "
        f"AND touch.channel = '{ch.value}' AND touch.due < :day)",
        "(SELECT count(*) FROM touch WHERE touch.status = :planned "
        f"AND touch.channel = '{ch.value}' AND touch.due = :day)",
        "(SELECT count(*) FROM touch WHERE touch.status = :done "
        f"AND touch.done_on = :day AND touch.channel = '{ch.value}')",
    )
)
_FIRST_PAGE = """
SELECT touch.id, touch.client_id, client.name, client.company, tier.code, touch.kind,
       touch.status, touch.due, touch.due_at, touch.due_until, touch.channel, touch.purpose,
       touch.reason, touch.overbooked, touch.pinned, touch.attempt, touch.outcome, touch.note,
       touch.done_on, touch.rank
FROM touch JOIN client ON client.id = touch.client_id JOIN tier ON tier.id = client.tier_id
WHERE touch.id IN (
    SELECT touch.id FROM touch
    WHERE touch.status = :planned AND touch.channel = :channel AND touch.due <= :day
    ORDER BY touch.rank, touch.due, touch.id LIMIT :limit)
ORDER BY touch.rank, touch.due, touch.id
"""
_SETTINGS = (
    "SELECT key, value FROM setting WHERE key LIKE 'capacity.%' "
    "OR key IN ('calendar.timezone', 'calendar.work_start')"
)


@dataclass(frozen=True, slots=True)
class FirstLook:
    """What Today shows first: the salesperson's today, its screen, and the settings the
    window reads with it."""

    today: date
    screen: AgendaScreen
    clients: int
    work_start: str
    timezone: str


def first_look(
    path: Path | str, clock: Callable[[], datetime], page: int = FIRST
) -> FirstLook | None:
    """Today's first screen of the laptop book at `path`, or None (see the module)."""
    if not isinstance(path, Path) or not path.is_file():
        return None
    try:
        uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, isolation_level=None)) as raw:
            raw.execute("BEGIN")  # one snapshot for the counts and the pages
            try:
                return _read(raw, clock, page)
            finally:
                raw.execute("COMMIT")
    except (sqlite3.Error, ValueError, LookupError):
        return None  # the real opening says what is wrong


def _read(raw: sqlite3.Connection, clock: Callable[[], datetime], page: int) -> FirstLook | None:
    revision = raw.execute("SELECT version_num FROM alembic_version").fetchall()
    if revision != [(SCHEMA_HEAD,)]:
        return None
    (clients,) = raw.execute("SELECT count(*) FROM client").fetchone()
    if not clients:
        return None  # the welcome page: the real opening decides
    stored = raw.execute(_SETTINGS).fetchall()
    values = {str(k): settings_mod.decode(v) for k, v in stored if not k.startswith("capacity.")}
    timezone = str(values.get("calendar.timezone") or _default("calendar.timezone"))
    work_start = str(values.get("calendar.work_start") or _default("calendar.work_start"))
    today = clock().astimezone(ZoneInfo(timezone)).date()
    capacity = capacities([(k, v) for k, v in stored if k.startswith("capacity.")], {})
    params: dict[str, Any] = {"planned": PLANNED, "done": DONE, "day": today.isoformat()}
    counts = raw.execute(_COUNTS, params).fetchone()
    channels = channel_days(counts, capacity)

    def read_page(channel: str) -> Any:
        found = raw.execute(_FIRST_PAGE, {**params, "channel": channel, "limit": page + 1})
        return page_of(found.fetchall(), page)

    screen = screen_of(today, channels, read_page, page)
    return FirstLook(today, screen, int(clients), work_start, timezone)


def _default(key: str) -> Any:
    return settings_mod.spec(key).default
