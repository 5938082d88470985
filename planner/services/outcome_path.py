"""The writes of logging one outcome, as lean Core statements (DESIGN.md section 8).

Logging an outcome must stay under 10 ms on a 100,000-client book, so every statement
here touches one touch or one client by its primary key or the (client_id, status)
index, executes on the session's connection (compiled once, cached by SQLAlchemy) and
builds no ORM object: nothing on this path reads or counts the whole book.

Measured with benchmarks/outcome.py on the 100,000-client book (2 cores, load 0.2-0.4,
100 calls, two runs each): median 3.1-3.2 ms, p95 7.2-7.3 ms, 17-22 statements per
click, against 9.1-11.6 ms, p95 14-18 ms, 22-29 statements before the plan's rules were
kept between transactions (settings_cache.py), the statements here built once and the
undo step made to read the client's planned touches only (undo.OpenTouches).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, case, insert, select, update
from sqlalchemy.orm import Session

from planner.errors import BookError, NotFound
from planner.models import Client, ContactPoint, Touch
from planner.scheduling.types import PlannedTouch, Reason
from planner.services.touchviews import encode_reasons
from planner.vocabulary import Channel, ClientStatus, Outcome, Purpose, TouchKind, TouchStatus

_TOUCH = cast("Table", Touch.__table__)
_CLIENT = cast("Table", Client.__table__)
_POINT = cast("Table", ContactPoint.__table__)
_T = _TOUCH.c
_C = _CLIENT.c
_P = _POINT.c


@dataclass(frozen=True, slots=True)
class DoneRow:
    """The touch an outcome is logged on, as it was before."""

    id: int
    client_id: int
    kind: TouchKind
    channel: str
    purpose: str
    due: date
    attempt: int


_READ = select(
    _T.id, _T.client_id, _T.kind, _T.channel, _T.purpose, _T.due, _T.attempt, _T.status
).where(_T.id == bindparam("touch_id"))


def read_planned(session: Session, touch_id: int) -> DoneRow:
    row = session.connection().execute(_READ, {"touch_id": touch_id}).first()
    if row is None:
        raise NotFound("touch", touch_id)
    if row.status != TouchStatus.PLANNED.value:
        raise BookError("not-planned", f"touch {touch_id} is already {row.status}")
    return DoneRow(
        row.id, row.client_id, TouchKind(row.kind), row.channel, row.purpose, row.due, row.attempt
    )


def mark_done(
    session: Session, done: DoneRow, outcome: Outcome, note: str | None, today: date, now: datetime
) -> None:
    """The touch is done with `outcome`, on the book's day and at the book's clock."""
    params: dict[str, Any] = {
        "touch_id": done.id,
        "status": TouchStatus.DONE.value,
        "outcome": outcome.value,
        "done_on": today,
        "done_at": now,
    }
    text = (note or "").strip()
    if text:
        params["note"] = text
    session.connection().execute(_MARK, params)


# The SET clause comes from the parameters' names (SQLAlchemy's own for a bare update).
_MARK = update(_TOUCH).where(_T.id == bindparam("touch_id"))


def stamp_client(
    session: Session, done: DoneRow, outcome: Outcome, today: date, *, stop_client: bool
) -> None:
    """What the planner keeps on the client row: the last done and reached days, the
    last outcome and its day (the gap rule), the reached cadence count (the channel
    rotation); "do-not-contact" stops the client or the channel's consent."""
    conn = session.connection()
    reached = outcome.reached_client
    stop = outcome is Outcome.DO_NOT_CONTACT
    shape = (reached, reached and done.kind is TouchKind.CADENCE, stop and stop_client)
    stmt = _STAMPS.get(shape)
    if stmt is None:
        stmt = _STAMPS[shape] = _stamp(*shape)
    params = {"b_client": done.client_id, "b_today": today, "b_outcome": outcome.value}
    conn.execute(stmt, params)
    if stop and not stop_client:
        conn.execute(_NO_CONSENT, {"b_client": done.client_id, "b_channel": done.channel})


def _stamp(reached: bool, cadence: bool, stop: bool) -> Any:
    """The client row's update for one shape of outcome (built once per shape)."""
    today = bindparam("b_today", type_=_C.last_done_on.type)
    # never backwards (a touch logged on a clock set back keeps the later day)
    last_done = case((_C.last_done_on > today, _C.last_done_on), else_=today)
    newer = _C.last_outcome_on > today
    values: dict[str, Any] = {
        "last_done_on": last_done,
        "last_outcome": case((newer, _C.last_outcome), else_=bindparam("b_outcome")),
        "last_outcome_on": case((newer, _C.last_outcome_on), else_=today),
    }
    if reached:
        values["last_reached_on"] = today
        if cadence:
            values["reached_cadence"] = _C.reached_cadence + 1
    if stop:
        values["status"] = ClientStatus.DO_NOT_CONTACT.value
    return update(_CLIENT).where(_C.id == bindparam("b_client")).values(values)


_STAMPS: dict[tuple[bool, bool, bool], Any] = {}
_NO_CONSENT = (
    update(_POINT)
    .where(_P.client_id == bindparam("b_client"), _P.channel == bindparam("b_channel"))
    .values(consent=False)
)


def cancel_open(
    session: Session,
    client_id: int,
    kinds: tuple[TouchKind, ...],
    *,
    purpose: str | None = None,
    pinned_too: bool = False,
) -> None:
    """Cancel the client's open touches of these kinds (of one purpose; pinned ones
    only when `pinned_too`)."""
    shape = (kinds, pinned_too, purpose is not None)
    stmt = _CANCELS.get(shape)
    if stmt is None:
        where = [
            _T.client_id == bindparam("b_client"),
            _T.status == TouchStatus.PLANNED.value,
            _T.kind.in_([k.value for k in kinds]),
        ]
        if not pinned_too:
            where.append(_T.pinned.is_(False))
        if purpose is not None:
            where.append(_T.purpose == bindparam("b_purpose"))
        stmt = update(_TOUCH).where(*where).values(status=TouchStatus.CANCELLED.value)
        _CANCELS[shape] = stmt
    params: dict[str, Any] = {"b_client": client_id}
    if purpose is not None:
        params["b_purpose"] = purpose
    session.connection().execute(stmt, params)


_CANCELS: dict[tuple[tuple[TouchKind, ...], bool, bool], Any] = {}


def add_touch(session: Session, p: PlannedTouch) -> None:
    """Insert one planned touch (a retry or a rescheduled attempt) for the re-plan."""
    session.connection().execute(
        _INSERT,
        {
            "client_id": p.client_id,
            "kind": p.kind.value,
            "channel": p.channel.value,
            "purpose": p.purpose.value,
            "status": TouchStatus.PLANNED.value,
            "base_due": p.base_due,
            "due": p.due,
            "overbooked": p.overbooked,
            "pinned": p.pinned,
            "attempt": p.attempt,
            "sequence_code": p.sequence_code,
            "step": p.step,
            "rank": p.rank,
            "reason": encode_reasons(p.reasons),
        },
    )


_INSERT = insert(_TOUCH)


def rescheduled(done: DoneRow, to: date) -> PlannedTouch:
    """The attempt the client asked to move: pinned on their day, with the original date
    (base != due on a pinned touch reads as "rescheduled")."""
    regular = done.kind in (TouchKind.CADENCE, TouchKind.RETRY)
    return PlannedTouch(
        None,
        done.client_id,
        TouchKind.CADENCE if regular else TouchKind.MANUAL,
        Channel(done.channel),
        Purpose(done.purpose),
        done.due,
        to,
        None,
        None,
        False,
        (Reason("rescheduled", (("from", done.due.isoformat()),)),),
        pinned=True,
    )
