"""Reading the book into the planner's plain records, and writing its plan back.

Bulk paths use Core statements with executemany: re-planning 100,000 clients must stay
within the DESIGN.md section 8 target, so no ORM object is built per touch here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from planner.models import Client, ContactPoint, Tier, Touch
from planner.scheduling.types import ClientState, ContactInfo, DoneTouch, OpenTouch, PlannedTouch
from planner.services.touchviews import encode_reasons
from planner.vocabulary import Channel, ClientStatus, Outcome, Purpose, TouchKind, TouchStatus

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


def load_states(
    session: Session, client_ids: Sequence[int] | None
) -> tuple[list[ClientState], dict[int, Existing]]:
    """Active clients (all, or those given) as `ClientState`s, and their open touches."""
    cols = (
        Client.id,
        Tier.code,
        Client.created_on,
        Client.timezone,
        Client.value_minor,
        Client.at_risk,
        Client.last_reached_on,
        Client.last_done_on,
        Client.reached_cadence,
    )
    base = (
        select(*cols)
        .join(Tier, Tier.id == Client.tier_id)
        .where(Client.status == ClientStatus.ACTIVE.value)
    )
    if client_ids is None:
        client_rows = list(session.execute(base.order_by(Client.id)))
    else:
        client_rows = []
        for part in chunks(sorted(set(client_ids))):
            client_rows.extend(session.execute(base.where(Client.id.in_(part))))
    contacts: dict[int, list[ContactInfo]] = defaultdict(list)
    opens: dict[int, list[OpenTouch]] = defaultdict(list)
    existing: dict[int, Existing] = {}
    point_q = select(
        ContactPoint.client_id, ContactPoint.channel, ContactPoint.preferred, ContactPoint.consent
    ).order_by(ContactPoint.client_id, ContactPoint.id)
    touch_q = select(
        Touch.id,
        Touch.client_id,
        Touch.kind,
        Touch.channel,
        Touch.purpose,
        Touch.base_due,
        Touch.due,
        Touch.pinned,
        Touch.attempt,
        Touch.sequence_code,
        Touch.step,
        Touch.overbooked,
        Touch.reason,
        Touch.due_at,
        Touch.due_until,
    ).where(Touch.status == TouchStatus.PLANNED.value)
    if client_ids is None:
        point_parts: list[object] = [None]
    else:
        point_parts = list(chunks(sorted(set(client_ids))))
    known = {r[0] for r in client_rows}
    for part in point_parts:
        pq = point_q if part is None else point_q.where(ContactPoint.client_id.in_(part))  # type: ignore[arg-type]
        for cid, channel, preferred, consent in session.execute(pq):
            if cid in known and channel in _CHANNELS:
                contacts[cid].append(ContactInfo(Channel(channel), bool(preferred), bool(consent)))
        tq = touch_q if part is None else touch_q.where(Touch.client_id.in_(part))  # type: ignore[arg-type]
        for r in session.execute(tq.order_by(Touch.client_id, Touch.id)):
            (tid, cid, kind, channel, purpose, base_due, due, pinned, attempt, seq, step) = r[:11]
            existing[tid] = Existing(
                cid, due, base_due, channel, r[11], r[12], r[13], r[14], attempt
            )
            if cid in known:
                opens[cid].append(
                    OpenTouch(
                        id=tid,
                        kind=TouchKind(kind),
                        channel=Channel(channel),
                        purpose=Purpose(purpose),
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
            history.append(
                DoneTouch(
                    reached_on, Channel.CALL, Purpose.CHECK_IN, TouchKind.CADENCE, Outcome.REACHED
                )
            )
        if done_on is not None and (reached_on is None or done_on > reached_on):
            history.append(
                DoneTouch(
                    done_on, Channel.CALL, Purpose.CHECK_IN, TouchKind.CADENCE, Outcome.NO_ANSWER
                )
            )
        states.append(
            ClientState(
                id=cid,
                tier=tier,
                created_on=created,
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


_CHANNELS = frozenset(c.value for c in Channel)


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
    updates: list[dict[str, object]] = []
    inserts: list[dict[str, object]] = []
    kept: set[int] = set()
    for p in planned:
        reason = encode_reasons(p.reasons)
        due_at = _naive(p.due_at)
        due_until = _naive(p.due_until)
        if p.overbooked:
            result.overbooked += 1
        row = {
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
