"""What the CLI prints: JSON objects for scripts and aligned tables for people.

The JSON shapes are the CLI's contract (see the command reference in README): keys are
never renamed, dates are YYYY-MM-DD and instants ISO 8601 in UTC with a trailing Z.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from planner.services.views import (
    ClientDetail,
    ClientRow,
    ReplanResult,
    TouchView,
)

JSON = Any  # what json.dumps accepts


@dataclass(frozen=True, slots=True)
class Output:
    """A command's result: its JSON form, its human form and the exit code."""

    data: JSON
    text: str
    code: int = 0


def dumps(data: JSON) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_default)


def _default(value: object) -> JSON:
    if isinstance(value, datetime):
        return instant(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, frozenset | set | tuple):
        return list(value)
    raise TypeError(f"cannot show {type(value).__name__} as JSON")


def instant(value: datetime | None) -> str | None:
    """Naive UTC (as stored) or aware -> '2026-11-02T09:00:00Z'."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(timespec="seconds") + "Z"


def iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def birthday_text(birthday: tuple[int | None, int, int] | None) -> str | None:
    """(1980, 5, 17) -> '1980-05-17'; (None, 5, 17) -> '--05-17' (ISO 8601, no year)."""
    if birthday is None:
        return None
    year, month, day = birthday
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


# --- JSON shapes -------------------------------------------------------------------------


def touch_json(t: TouchView, today: date) -> dict[str, JSON]:
    """One touch; `overdue_days` counts from `today` (the agenda's day) for open touches."""
    overdue = (today - t.due).days if t.status == "planned" else 0
    return {
        "id": t.id,
        "client_id": t.client_id,
        "client": t.client,
        "company": t.company,
        "tier": t.tier,
        "due": t.due.isoformat(),
        "due_at": instant(t.due_at),
        "due_until": instant(t.due_until),
        "kind": t.kind,
        "status": t.status,
        "channel": t.channel,
        "purpose": t.purpose,
        "reason": t.reason,
        "reasons": [{"code": code, "args": args} for code, args in t.reasons],
        "overbooked": t.overbooked,
        "pinned": t.pinned,
        "attempt": t.attempt,
        "overdue_days": max(0, overdue),
        "outcome": t.outcome,
        "note": t.note,
        "done_on": iso(t.done_on),
    }


def client_row_json(c: ClientRow) -> dict[str, JSON]:
    return {
        "id": c.id,
        "name": c.name,
        "company": c.company,
        "tier": c.tier,
        "status": c.status,
        "phone": c.phone,
        "email": c.email,
        "next_due": iso(c.next_due),
        "next_channel": c.next_channel,
        "at_risk": c.at_risk,
        "tags": [t for t in c.tags.split(", ") if t],
    }


def client_detail_json(c: ClientDetail, today: date) -> dict[str, JSON]:
    return {
        "id": c.id,
        "name": c.name,
        "company": c.company,
        "tier": c.tier,
        "status": c.status,
        "notes": c.notes,
        "birthday": birthday_text(c.birthday),
        "timezone": c.timezone,
        "language": c.language,
        "created_on": c.created_on.isoformat(),
        "version": c.version,
        "at_risk": c.at_risk,
        "value_minor": c.value_minor,
        "contacts": [
            {
                "id": p.id,
                "channel": p.channel,
                "value": p.value,
                "label": p.label,
                "preferred": p.preferred,
                "consent": p.consent,
            }
            for p in c.contacts
        ],
        "tags": list(c.tags),
        "planned": [touch_json(t, today) for t in c.planned],
        "history": [touch_json(t, today) for t in c.history],
    }


def replan_json(r: ReplanResult) -> dict[str, JSON]:
    return {
        "clients": r.clients,
        "touches": r.touches,
        "created": r.created,
        "updated": r.updated,
        "cancelled": r.cancelled,
        "overbooked": r.overbooked,
    }


# --- tables ------------------------------------------------------------------------------


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Columns padded to their widest cell; the last column is never padded."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, v in enumerate(row):
            widths[i] = max(widths[i], len(v))
    lines = []
    for row in [list(headers), *cells]:
        padded = [v.ljust(widths[i]) for i, v in enumerate(row[:-1])]
        lines.append("  ".join([*padded, row[-1]]).rstrip())
    return "\n".join(lines)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    return " ".join(str(value).split())  # one line per row, whatever the data holds


def touch_table(touches: Sequence[TouchView], today: date, zone: str) -> str:
    """The agenda / plan table; the time column is the salesperson's local time."""
    if not touches:
        return "(no touches)"
    tz = ZoneInfo(zone)
    rows = []
    for t in touches:
        at = ""
        if t.due_at is not None:
            at = t.due_at.replace(tzinfo=UTC).astimezone(tz).strftime("%H:%M")
        flags = ("!" if t.overbooked else "") + ("p" if t.pinned else "")
        late = (today - t.due).days if t.status == "planned" else 0
        rows.append(
            (t.id, t.due, at, f"+{late}d" if late > 0 else "", t.channel, t.client, t.tier,
             t.purpose, flags, t.reason)
        )  # fmt: skip
    headers = (
        "ID",
        "DUE",
        "TIME",
        "LATE",
        "CHANNEL",
        "CLIENT",
        "TIER",
        "PURPOSE",
        "FLAGS",
        "REASON",
    )
    return table(headers, rows)


def client_table(rows: Sequence[ClientRow]) -> str:
    if not rows:
        return "(no clients)"
    return table(
        ("ID", "NAME", "COMPANY", "TIER", "STATUS", "PHONE", "EMAIL", "NEXT", "CHANNEL"),
        [
            (
                c.id,
                c.name,
                c.company,
                c.tier,
                c.status,
                c.phone,
                c.email,
                c.next_due,
                c.next_channel,
            )
            for c in rows
        ],
    )


def key_values(pairs: Iterable[tuple[str, object]]) -> str:
    items = [(k, _cell(v)) for k, v in pairs]
    width = max((len(k) for k, _ in items), default=0)
    return "\n".join(f"{k.ljust(width)}  {v}".rstrip() for k, v in items)
