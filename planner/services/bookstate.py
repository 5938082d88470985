"""Reading the book into the planner's plain records, and writing its plan back.

Bulk paths use Core statements with executemany: re-planning 100,000 clients must stay
within the DESIGN.md section 8 target, so no ORM object is built per touch here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from planner.models import Touch
from planner.scheduling.types import ClientState, ContactInfo, DoneTouch, OpenTouch, PlannedTouch
from planner.services.touchviews import encode_reasons
from planner.vocabulary import Channel, Outcome, Purpose, TouchKind, TouchStatus

# Enum lookups by value are slow when done a million times; plain dicts are not.
_CHANNELS = {c.value: c for c in Channel}
_KINDS = {k.value: k for k in TouchKind}
_PURPOSES = {p.value: p for p in Purpose}

CHUNK = 900  # bound parameters per IN (...) stay under SQLite's limit


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


@dataclass(slots=True)
class Existing:
    """An open touch as stored, to tell whether the new plan changes it."""

    client_id: int
    due: date
    base_due: date
    channel: str
    overbooked: bool
    reason: str
    due_at: datetime | None
    due_until: datetime | None
    attempt: int


# Plain SQL, read without SQLAlchemy's per-value type processing: at 100,000 clients the
# row processing, not SQLite, was the cost. Portable SQL; dates parsed with fromisoformat.
_CLIENTS_SQL = (
    "SELECT c.id, t.code, c.created_on, c.timezone, c.value_minor, c.at_risk, "
    "c.last_reached_on, c.last_done_on, c.reached_cadence "
    "FROM client c JOIN tier t ON t.id = c.tier_id WHERE c.status = 'active'"
)
_POINTS_SQL = "SELECT client_id, channel, preferred, consent FROM contact_point"
_TOUCHES_SQL = (
    "SELECT id, client_id, kind, channel, purpose, base_due, due, pinned, attempt, "
    "sequence_code, step, overbooked, reason, due_at, due_until "
    "FROM touch WHERE status = 'planned'"
)


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _instant(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def _where_in(sql: str, column: str, ids: Sequence[int] | None) -> str:
    if ids is None:
        return sql
    joiner = " AND " if " WHERE " in sql else " WHERE "
    return f"{sql}{joiner}{column} IN ({', '.join(str(int(i)) for i in ids)})"


def load_states(
    session: Session, client_ids: Sequence[int] | None
) -> tuple[list[ClientState], dict[int, Existing]]:
    """Active clients (all, or those given) as `ClientState`s, and their open touches."""
    conn = session.connection()
    parts: list[Sequence[int] | None] = (
        [None] if client_ids is None else list(chunks(sorted(set(client_ids))))
    )
    client_rows: list[Any] = []
    contacts: dict[int, list[ContactInfo]] = defaultdict(list)
    opens: dict[int, list[OpenTouch]] = defaultdict(list)
    existing: dict[int, Existing] = {}
    for part in parts:
        client_rows.extend(
            conn.exec_driver_sql(_where_in(_CLIENTS_SQL, "c.id", part) + " ORDER BY c.id")
        )
        for cid, channel, preferred, consent in conn.exec_driver_sql(
            _where_in(_POINTS_SQL, "client_id", part) + " ORDER BY client_id, id"
        ):
            if channel in _CHANNELS:
                contacts[cid].append(
                    ContactInfo(_CHANNELS[channel], bool(preferred), bool(consent))
                )
        for t in conn.exec_driver_sql(
            _where_in(_TOUCHES_SQL, "client_id", part) + " ORDER BY client_id, id"
        ):
            tid, cid, kind, channel, purpose, base_due, due, pinned, attempt, seq, step = t[:11]
            base_due, due = _day(base_due), _day(due)
            existing[tid] = Existing(
                cid, due, base_due, channel, bool(t[11]), t[12], _instant(t[13]),
                _instant(t[14]), attempt,
            )  # fmt: skip
            opens[cid].append(
                OpenTouch(
                    id=tid,
                    kind=_KINDS[kind],
                    channel=_CHANNELS[channel],
                    purpose=_PURPOSES[purpose],
                    base_due=base_due,
                    due=due,
                    pinned=bool(pinned),
                    attempt=attempt,
                    sequence_code=seq,
                    step=step,
                )
            )
    states = []
    for cid, tier, created, tz, value, risk, reached_on, done_on, reached_n in client_rows:
        history: list[DoneTouch] = []
        if reached_on is not None:
            reached_on = _day(reached_on)
            history.append(DoneTouch(reached_on, *_REACHED))
        if done_on is not None:
            done_on = _day(done_on)
            if reached_on is None or done_on > reached_on:
                history.append(DoneTouch(done_on, *_NOT_REACHED))
        states.append(
            ClientState(
                id=cid,
                tier=tier,
                created_on=_day(created),
                active=True,
                timezone=tz,
                contacts=tuple(contacts.get(cid, ())),
                history=tuple(history),
                open=tuple(opens.get(cid, ())),
                value=value,
                at_risk=bool(risk),
                rotation=reached_n,
            )
        )
    return states, existing


# The planner needs only the last reaching and the last done day of each client's history;
# the book keeps those on the client row (see Client.last_reached_on).
_REACHED = (Channel.CALL, Purpose.CHECK_IN, TouchKind.CADENCE, Outcome.REACHED)
_NOT_REACHED = (Channel.CALL, Purpose.CHECK_IN, TouchKind.CADENCE, Outcome.NO_ANSWER)


@dataclass(slots=True)
class WriteResult:
    created: int = 0
    updated: int = 0
    cancelled: int = 0
    overbooked: int = 0


def write_plan(
    session: Session, planned: Sequence[PlannedTouch], existing: dict[int, Existing]
) -> WriteResult:
    """Store the plan: update changed open touches, insert new ones, cancel the dropped."""
    result = WriteResult()
    updates: list[dict[str, Any]] = []
    inserts: list[dict[str, Any]] = []
    kept: set[int] = set()
    for p in planned:
        reason = encode_reasons(p.reasons)
        due_at = _naive(p.due_at)
        due_until = _naive(p.due_until)
        if p.overbooked:
            result.overbooked += 1
        row: dict[str, Any] = {
            "due": p.due,
            "base_due": p.base_due,
            "channel": p.channel.value,
            "overbooked": p.overbooked,
            "reason": reason,
            "due_at": due_at,
            "due_until": due_until,
            "attempt": p.attempt,
        }
        if p.id is not None and p.id in existing:
            kept.add(p.id)
            old = existing[p.id]
            if (
                old.due != p.due
                or old.base_due != p.base_due
                or old.channel != p.channel.value
                or bool(old.overbooked) != p.overbooked
                or old.reason != reason
                or old.due_at != due_at
                or old.due_until != due_until
                or old.attempt != p.attempt
            ):
                row["id"] = p.id
                updates.append(row)
        else:
            row.update(
                client_id=p.client_id,
                kind=p.kind.value,
                purpose=p.purpose.value,
                status=TouchStatus.PLANNED.value,
                pinned=p.pinned,
                sequence_code=p.sequence_code,
                step=p.step,
            )
            inserts.append(row)
    dropped = [tid for tid in existing if tid not in kept]
    if updates:
        session.execute(update(Touch), updates)
    if inserts:
        session.execute(insert(Touch), inserts)
    for part in chunks(dropped):
        session.execute(
            update(Touch)
            .where(Touch.id.in_(part))
            .values(status=TouchStatus.CANCELLED.value)
            .execution_options(synchronize_session=False)
        )
    result.created, result.updated, result.cancelled = len(inserts), len(updates), len(dropped)
    return result


def base_load(
    session: Session, exclude_clients: Sequence[int], start: date
) -> dict[tuple[Channel, date], int]:
    """Planned touches per (channel, day) from `start` on, of every client but these."""
    q = (
        select(Touch.channel, Touch.due, func.count())
        .where(Touch.status == TouchStatus.PLANNED.value, Touch.due >= start)
        .group_by(Touch.channel, Touch.due)
    )
    load: dict[tuple[Channel, date], int] = {}
    for channel, due, n in session.execute(q):
        load[(Channel(channel), due)] = int(n)
    if exclude_clients:
        for part in chunks(list(exclude_clients)):
            own = (
                select(Touch.channel, Touch.due, func.count())
                .where(
                    Touch.status == TouchStatus.PLANNED.value,
                    Touch.due >= start,
                    Touch.client_id.in_(part),
                )
                .group_by(Touch.channel, Touch.due)
            )
            for channel, due, n in session.execute(own):
                key = (Channel(channel), due)
                load[key] = load.get(key, 0) - int(n)
    return {k: v for k, v in load.items() if v > 0}


def _naive(value: datetime | None) -> datetime | None:
    """Instants are stored as naive UTC."""
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)
