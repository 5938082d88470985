"""Turning touch rows into `TouchView`s, with the English text of their reasons."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, bindparam, select
from sqlalchemy.orm import Session

from planner.models import Client, Tier, Touch
from planner.services.rawsql import Memo, Prepared, day, instant, rows

# Re-exported: callers import these from here; they live in reason_json (no circle).
from planner.services.reason_json import ReasonEncoder as ReasonEncoder
from planner.services.reason_json import decode_reasons as decode_reasons
from planner.services.reason_json import encode_reasons as encode_reasons
from planner.services.reason_json import reason_text as reason_text
from planner.services.views import TouchView
from planner.vocabulary import TouchStatus

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
    return _views(rows(session, q))


# A client's planned touches, soonest first (what an outcome gives back), compiled once.
# By the (client_id, status) index: a filter on due would let SQLite walk the status
# index of the whole book (no planned touch is in the past).
_OWN = select(Touch.id).where(
    Touch.client_id == bindparam("client_id"), Touch.status == TouchStatus.PLANNED.value
)
_PLANNED_OF_CLIENT = Prepared(
    select(*_COLUMNS)
    .join(Client, Client.id == Touch.client_id)
    .join(Tier, Tier.id == Client.tier_id)
    .where(Touch.id.in_(_OWN))
    .order_by(Touch.due, Touch.channel, Touch.id)
)


def planned_of_client(session: Session, client_id: int) -> list[TouchView]:
    """The client's planned touches, soonest first (as `query_touches` gives them)."""
    return _views(_PLANNED_OF_CLIENT.rows(session, client_id=client_id))


def _views(found: Sequence[Any]) -> list[TouchView]:
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
        for r in found
    ]


def touch_views(session: Session, touches: Sequence[Touch], today: date) -> list[TouchView]:
    """Views of touches already loaded as ORM objects, in the order given."""
    if not touches:
        return []
    by_id = {v.id: v for v in query_touches(session, Touch.id.in_([t.id for t in touches]))}
    return [by_id[t.id] for t in touches]
