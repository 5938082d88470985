"""Each salesperson's own settings in a team book (issue 14, point 3).

`salesperson.settings` is JSON over the book's settings: capacities, calendar (weekend,
holidays' country, working hours, time zone), signature (`me.*`) and personal days off or
extra working days. Whose row applies is the database's answer: the connected
salesperson's (`cp_salesperson_id()`, which follows `TeamBook.acting_as`), or the one a
manager scoped the transaction to (`cp_scope()`, the handover). The administrator's own
connection has no row and plans with the book's settings.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

PERSONAL_PREFIXES = ("capacity.", "calendar.", "me.")
DAYS = "days"  # {"YYYY-MM-DD": "off" | "work"}
_CACHE = "cp_personal"

_WHOSE = "coalesce(cp_scope(), cp_salesperson_id())"
_READ = text(f"SELECT id, settings FROM salesperson WHERE id = {_WHOSE}")
_WRITE = text("UPDATE salesperson SET settings = :settings WHERE id = :id")


def is_personal(key: str) -> bool:
    return key.startswith(PERSONAL_PREFIXES)


def _row(session: Session | Connection) -> tuple[int, dict[str, Any]] | None:
    cached = session.info.get(_CACHE) if isinstance(session, Session) else None
    if cached is not None:
        return None if cached == () else cached
    found = session.execute(_READ).first()
    row = None
    if found is not None:
        try:
            values = json.loads(found[1] or "{}")
        except ValueError:
            values = {}
        row = (int(found[0]), values if isinstance(values, dict) else {})
    if isinstance(session, Session):
        session.info[_CACHE] = row if row is not None else ()
    return row


def forget(session: Session) -> None:
    """After a scope change the salesperson whose settings apply may be another."""
    session.info.pop(_CACHE, None)


def read(session: Session | Connection) -> dict[str, Any]:
    row = _row(session)
    return dict(row[1]) if row is not None else {}


def store(
    session: Session, values: dict[str, Any], days: dict[date, str | None]
) -> tuple[dict[str, Any], dict[date, str | None]]:
    """Keep the personal part in the salesperson's row; return the book-wide rest."""
    row = _row(session)
    if row is None:
        return values, days
    own_id, current = row
    mine = {k: v for k, v in values.items() if is_personal(k)}
    if not mine and not days:
        return values, days
    merged = {**current, **mine}
    if days:
        stored_days = dict(merged.get(DAYS) or {})
        for day, kind in days.items():
            if kind is None:
                stored_days.pop(day.isoformat(), None)
            else:
                stored_days[day.isoformat()] = kind
        merged[DAYS] = stored_days
    session.execute(_WRITE, {"settings": json.dumps(merged, ensure_ascii=False), "id": own_id})
    session.info[_CACHE] = (own_id, merged)
    return {k: v for k, v in values.items() if not is_personal(k)}, {}


def days(values: dict[str, Any]) -> dict[date, str]:
    out: dict[date, str] = {}
    for raw, kind in (values.get(DAYS) or {}).items():
        try:
            out[date.fromisoformat(raw)] = str(kind)
        except ValueError:
            continue
    return out
