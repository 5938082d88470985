"""Planned touches as an iCalendar file (RFC 5545) for a phone or mail calendar.

Live channels (call, meeting, video) become timed events in UTC (`DTSTART:...Z`, no TZID
to resolve); the others all-day events (`DTSTART;VALUE=DATE`). Each event's UID is
`touch-<id>@<book uuid>`, stable across exports and across laptops (the uuid lives in the
book), so importing a newer export updates events instead of duplicating them. SEQUENCE
rises when an event changes: the previous export at the same path is read back for each
UID's sequence and content hash (`X-CONTACT-PLANNER-HASH`); a first export starts at 0.
The text format itself (escaping, folding, reading a previous export) is `planner.io.ical_format`.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Date, bindparam, text
from sqlalchemy.orm import Session

from planner.atomic import commit_file, fail_write
from planner.io.handover import FILE_BUFFER, in_blocks
from planner.io.ical_format import HASH_PROP, PRODID, escape, fold, previous_sequences, utc_stamp
from planner.io.labels import language_of, vocabulary
from planner.io.progress import Progress, report
from planner.io.reason_texts import reason_line
from planner.models import Setting
from planner.services.context import Context
from planner.services.rawsql import instant
from planner.services.touchviews import decode_reasons
from planner.vocabulary import LIVE_CHANNELS

UUID_KEY = "book.uuid"
DEFAULT_DAYS = 90
DEFAULT_MINUTES = 30
_LIVE = frozenset(c.value for c in LIVE_CHANNELS)
_QUERY = (
    "SELECT x.id, x.due, x.due_at, x.due_until, x.channel, x.purpose, x.reason, c.id, c.name, "
    "c.company, (SELECT p.value FROM contact_point p WHERE p.client_id = c.id AND p.channel IN "
    "('call', 'sms', 'whatsapp', 'viber') AND p.kind = 'voice' "
    "ORDER BY p.preferred DESC, p.id LIMIT 1), "
    "(SELECT p.value FROM contact_point p WHERE p.client_id = c.id AND p.channel = 'email' "
    "ORDER BY p.preferred DESC, p.id LIMIT 1) "
    "FROM touch x JOIN client c ON c.id = x.client_id "
    "WHERE x.status = 'planned' AND x.due BETWEEN :s AND :e ORDER BY x.due, x.id"
)


_COUNT = "SELECT COUNT(*) FROM touch x WHERE x.status = 'planned' AND x.due BETWEEN :s AND :e"


@dataclass(frozen=True, slots=True)
class IcalResult:
    path: Path
    start: date
    end: date
    events: int
    changed: int  # events whose SEQUENCE rose since the previous export at this path


def book_uuid(ctx: Context) -> str:
    """The book's own id (a setting row written once), the domain of every UID."""
    with ctx.book.reading() as session:
        stored = session.get(Setting, UUID_KEY)
        if stored is not None:
            return str(stored.value).strip('"')
    with ctx.book.transaction() as session:
        return _ensure_uuid(session)


def _ensure_uuid(session: Session) -> str:
    stored = session.get(Setting, UUID_KEY)
    if stored is None:
        stored = Setting(key=UUID_KEY, value=f'"{uuid.uuid4()}"')
        session.add(stored)
    return str(stored.value).strip('"')


def write_ical(
    ctx: Context,
    path: Path,
    start: date | None = None,
    end: date | None = None,
    language: str | None = None,
    progress: Progress | None = None,
) -> IcalResult:
    """Write the planned touches of [start, end] (default: today and the next 90 days)."""
    path = Path(path)
    domain = book_uuid(ctx)
    previous = previous_sequences(path)
    stamp = utc_stamp(ctx.clock())
    tmp = path.with_name(f".{path.name}.part")
    events = changed = 0
    try:
        with (
            ctx.book.reading() as session,
            open(tmp, "w", encoding="utf-8", newline="", buffering=FILE_BUFFER) as out,
        ):
            today = ctx.today(session)
            start, end = start or today, end or today + timedelta(days=DEFAULT_DAYS)
            lang = language_of(language or ctx.setting_value(session, "ui.language"))
            dates = (bindparam("s", type_=Date), bindparam("e", type_=Date))
            query = text(_QUERY).bindparams(*dates)
            params = {"s": start, "e": end}
            count = text(_COUNT).bindparams(*dates)
            total = int(session.execute(count, params).scalar() or 0)
            for line in (
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                f"PRODID:{PRODID}",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "X-WR-CALNAME:Contact Planner",
            ):
                out.write(fold(line))
            for row in in_blocks(session.execute(query, params)):
                lines, uid, digest = _event(row, domain, lang)
                seq, old = previous.get(uid, digest)
                if old != digest:
                    seq, changed = seq + 1, changed + 1
                out.write(fold("BEGIN:VEVENT"))
                out.write(fold(f"UID:{uid}"))
                out.write(fold(f"DTSTAMP:{stamp}"))
                out.write(fold(f"SEQUENCE:{seq}"))
                for line in lines:
                    out.write(fold(line))
                out.write(fold(f"{HASH_PROP}:{digest}"))
                out.write(fold("END:VEVENT"))
                events += 1
                if events % 1000 == 0:
                    report(progress, events, max(total, events))
            out.write(fold("END:VCALENDAR"))
        commit_file(tmp, path)
    except BaseException as exc:
        fail_write(tmp, path, exc)
    report(progress, events, max(events, 1))
    return IcalResult(path, start, end, events, changed)


def _event(row: Any, domain: str, lang: str) -> tuple[list[str], str, str]:
    tid, due, due_at, due_until, channel, purpose, raw, cid, name, company, phone, email = row
    day = due if isinstance(due, date) else date.fromisoformat(str(due))
    begin, finish = instant(due_at), instant(due_until)
    if channel in _LIVE and begin is not None:
        finish = (
            finish
            if finish is not None and finish > begin
            else (begin + timedelta(minutes=DEFAULT_MINUTES))
        )
        when = [f"DTSTART:{begin:%Y%m%dT%H%M%S}Z", f"DTEND:{finish:%Y%m%dT%H%M%S}Z"]
    else:
        when = [
            f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
            "TRANSP:TRANSPARENT",
        ]
    what = vocabulary("channel", channel, lang) or channel
    why = vocabulary("purpose", purpose, lang) or purpose
    summary = f"{what}: {name} ({why})"
    details = [reason_line(decode_reasons(raw), lang)]
    details += [v for v in (company, phone, email) if v]
    details.append(f"Contact Planner: client {cid}, touch {tid}")
    lines = [
        *when,
        f"SUMMARY:{escape(summary)}",
        f"DESCRIPTION:{escape(chr(10).join(details))}",
        f"CATEGORIES:{escape(what)}",
    ]
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]
    return lines, f"touch-{tid}@{domain}", digest
