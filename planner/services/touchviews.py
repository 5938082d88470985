"""Turning touch rows into `TouchView`s, with the English text of their reasons."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, cast

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from planner.models import Client, Tier, Touch
from planner.scheduling.explain import format_reason
from planner.scheduling.types import Reason
from planner.services.views import TouchView


def decode_reasons(raw: str) -> tuple[tuple[str, dict[str, str]], ...]:
    try:
        items = json.loads(raw or "[]")
        return tuple((str(code), {str(k): str(v) for k, v in args.items()}) for code, args in items)
    except (ValueError, TypeError, AttributeError):
        return ()


def encode_reasons(reasons: Iterable[Reason]) -> str:
    return json.dumps([[r.code, dict(r.args)] for r in reasons], ensure_ascii=False)


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
    """Touches with their client's name and tier in one Core query (no ORM objects)."""
    q = (
        select(*_COLUMNS)
        .join(Client, Client.id == Touch.client_id)
        .join(Tier, Tier.id == Client.tier_id)
        .where(*where)
        .order_by(*order_by)
    )
    if limit is not None:
        q = q.limit(limit)
    return [TouchView(*cast("tuple[Any, ...]", row)) for row in session.execute(q)]


def touch_views(session: Session, touches: Sequence[Touch], today: date) -> list[TouchView]:
    """Views of touches already loaded as ORM objects, in the order given."""
    if not touches:
        return []
    by_id = {v.id: v for v in query_touches(session, Touch.id.in_([t.id for t in touches]))}
    return [by_id[t.id] for t in touches]
