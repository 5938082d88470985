"""Turning touch rows into `TouchView`s, with the English text of their reasons."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from planner.models import Client, Tier, Touch
from planner.scheduling.explain import format_reason
from planner.scheduling.types import Reason
from planner.services.rawsql import Memo, day, instant, rows
from planner.services.views import TouchView


def decode_reasons(raw: str) -> tuple[tuple[str, dict[str, str]], ...]:
    try:
        items = json.loads(raw or "[]")
        return tuple((str(code), {str(k): str(v) for k, v in args.items()}) for code, args in items)
    except (ValueError, TypeError, AttributeError):
        return ()


def encode_reasons(reasons: Iterable[Reason]) -> str:
    return json.dumps([[r.code, dict(r.args)] for r in reasons], ensure_ascii=False)


class ReasonEncoder:
    """`encode_reasons` for a whole plan: each distinct list of reasons is encoded once.

    The planner shares Reason objects between touches (see scheduling/reasons.py), so
    lists are looked up by the identities of their reasons, which is cheaper than
    hashing frozen dataclasses; the encoder keeps them alive, so no id is reused.
    """

    __slots__ = ("_lists", "_parts")

    def __init__(self) -> None:
        self._lists: dict[tuple[int, ...], tuple[tuple[Reason, ...], str]] = {}
        self._parts: dict[int, tuple[Reason, str]] = {}

    def encode(self, reasons: Sequence[Reason]) -> str:
        key = tuple(map(id, reasons))
        hit = self._lists.get(key)
        if hit is None:
            kept = tuple(reasons)  # no copy of a tuple
            text = "[" + ", ".join(map(self._part, kept)) + "]"  # as json.dumps writes it
            hit = self._lists[key] = (kept, text)
        return hit[1]

    def _part(self, r: Reason) -> str:
        hit = self._parts.get(id(r))
        if hit is None:
            hit = self._parts[id(r)] = (r, json.dumps([r.code, dict(r.args)], ensure_ascii=False))
        return hit[1]


def reason_text(reasons: tuple[tuple[str, dict[str, str]], ...]) -> str:
    return format_reason(tuple(Reason(code, tuple(args.items())) for code, args in reasons))


_COLUMNS = (
    Touch.id,
    Touch.client_id,
    Client.name,
    Client.company,
    Tier.code,
    Touch.kind,
    Touch.status,
    Touch.due,
    Touch.due_at,
    Touch.due_until,
    Touch.channel,
    Touch.purpose,
    Touch.reason,
    Touch.overbooked,
    Touch.pinned,
    Touch.attempt,
    Touch.outcome,
    Touch.note,
    Touch.done_on,
)


def query_touches(
    session: Session,
    *where: ColumnElement[bool],
    order_by: Sequence[Any] = (Touch.due, Touch.channel, Touch.id),
    limit: int | None = None,
) -> list[TouchView]:
    """Touches with their client's name and tier in one query, read through the cursor:
    a day's agenda can hold thousands of touches, and SQLAlchemy's row processing was
    most of its cost."""
    q = (
        select(*_COLUMNS)
        .join(Client, Client.id == Touch.client_id)
        .join(Tier, Tier.id == Client.tier_id)
        .where(*where)
        .order_by(*order_by)
    )
    if limit is not None:
        q = q.limit(limit)
    days: Memo[Any, date] = Memo(day)
    instants: Memo[Any, datetime | None] = Memo(instant)
    return [
        TouchView(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            days[r[7]],
            instants[r[8]],
            instants[r[9]],
            r[10],
            r[11],
            r[12],
            bool(r[13]),
            bool(r[14]),
            r[15],
            r[16],
            r[17],
            None if r[18] is None else days[r[18]],
        )
        for r in rows(session, q)
    ]


def touch_views(session: Session, touches: Sequence[Touch], today: date) -> list[TouchView]:
    """Views of touches already loaded as ORM objects, in the order given."""
    if not touches:
        return []
    by_id = {v.id: v for v in query_touches(session, Touch.id.in_([t.id for t in touches]))}
    return [by_id[t.id] for t in touches]
