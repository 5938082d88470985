"""Reading the book into the planner's plain records, and writing its plan back.

A whole-book re-plan reads and writes 100,000 clients against the DESIGN.md section 8
target, so these paths read through the DBAPI cursor (SQLAlchemy's per-row processing
was most of the cost) and build as few objects as they can: the same few thousand dates
and contact combinations are shared by all rows, and unchanged touches are not written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import bindparam, case, func, insert, select, update
from sqlalchemy.orm import Session

from planner.models import Base, Client, ContactPoint, Tier, Touch
from planner.scheduling.types import ClientState, ContactInfo, DoneTouch, OpenTouch, PlannedTouch
from planner.services.rawsql import Memo, Query, day, instant, rows
from planner.services.touchviews import ReasonEncoder
from planner.vocabulary import Channel, ClientStatus, Outcome, Purpose, TouchKind, TouchStatus

# Enum lookups by value are slow when done a million times; plain dicts are not.
_CHANNELS = {c.value: c for c in Channel}
_KINDS = {k.value: k for k in TouchKind}
_PURPOSES = {p.value: p for p in Purpose}

CHUNK = 900  # bound parameters per IN (...) stay under SQLite's limit
WRITE_CHUNK = 5_000  # touches per executemany of `write_plan`
# What `write_plan` updates of an open touch the new plan changes.
_UPDATED = [
    "due",
    "base_due",
    "channel",
    "overbooked",
    "reason",
    "due_at",
    "due_until",
    "attempt",
    "rank",
]


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


# An open touch as stored, in the order of `_stored_key`: whether the new plan changes it
# is then one tuple comparison. (A dataclass per touch cost more than the comparison.)
Existing = tuple[date, date, str, int, int, datetime | None, datetime | None, str, int]


def _stored_key(
    p: PlannedTouch, due_at: datetime | None, due_until: datetime | None, reason: str
) -> Existing:
    """What `write_plan` would store of `p` (instants naive, reasons encoded)."""
    # a StrEnum equals its value and False == 0, so this compares equal to the stored row
    return (
        p.due, p.base_due, p.channel, p.overbooked, p.attempt, due_at, due_until, reason, p.rank
    )  # fmt: skip


def _clients(ids: Sequence[int] | None) -> Query:
    c = Client
    q = select(
        c.id, c.tier_id, c.created_on, c.timezone, c.value_minor, c.at_risk,
        c.last_reached_on, c.last_done_on, c.reached_cadence,
    ).where(c.status == ClientStatus.ACTIVE.value)  # fmt: skip
    return (q if ids is None else q.where(c.id.in_(ids))).order_by(c.id)


def _contact_sets(ids: Sequence[int] | None) -> Query:
    """One row per client: "channel:<preferred><consent>" (0 or 1) per contact point of a
    channel the planner knows, space-separated. The same few combinations repeat across
    the book (about a hundred in 100,000 clients), so each is parsed once; the planner
    does not depend on the order of a client's contacts."""
    p = ContactPoint
    point = (
        p.channel + ":" + case((p.preferred, "1"), else_="0") + case((p.consent, "1"), else_="0")
    )
    q = select(p.client_id, func.aggregate_strings(point, " ")).where(p.channel.in_(_CHANNELS))
    return (q if ids is None else q.where(p.client_id.in_(ids))).group_by(p.client_id)


def _open_touches(ids: Sequence[int] | None) -> Query:
    """Planned touches by id (a client's in the order they were made)."""
    t = Touch
    planned = t.status == TouchStatus.PLANNED.value
    q = select(
        t.id, t.client_id, t.kind, t.channel, t.purpose, t.base_due, t.due, t.pinned,
        t.attempt, t.sequence_code, t.step, t.overbooked, t.reason, t.due_at, t.due_until,
        t.rank,
    )  # fmt: skip
    if ids is None:
        # Through the ids, so that the rows are read in table order: the status index
        # alone visits them in due order all over the table, then sorts (twice the time).
        return q.where(t.id.in_(select(t.id).where(planned))).order_by(t.id)
    return q.where(planned, t.client_id.in_(ids)).order_by(t.id)


def _contacts(key: str | None) -> tuple[ContactInfo, ...]:
    """The contacts of one `_contact_sets` row."""
    found: list[ContactInfo] = []
    for point in (key or "").split():
        channel, _, flags = point.partition(":")
        found.append(ContactInfo(_CHANNELS[channel], flags[0] == "1", flags[1] == "1"))
    return tuple(found)


def load_states(
    session: Session, client_ids: Sequence[int] | None
) -> tuple[list[ClientState], dict[int, Existing]]:
    """Active clients (all, or those given) as `ClientState`s, and their open touches."""
    parts: list[Sequence[int] | None] = (
        [None] if client_ids is None else list(chunks(sorted(set(client_ids))))
    )
    tiers = dict(rows(session, select(Tier.id, Tier.code)))
    days: Memo[Any, date] = Memo(day)
    instants: Memo[Any, datetime | None] = Memo(instant)
    combinations: Memo[str | None, tuple[ContactInfo, ...]] = Memo(_contacts)
    client_rows: list[Any] = []
    contacts: dict[int, tuple[ContactInfo, ...]] = {}
    touch_rows: list[Any] = []
    for part in parts:
        client_rows += rows(session, _clients(part))
        for cid, key in rows(session, _contact_sets(part)):
            contacts[cid] = combinations[key]
        touch_rows += rows(session, _open_touches(part))
    opens: dict[int, tuple[OpenTouch, ...]] = {}
    existing: dict[int, Existing] = {}
    for (
        tid, cid, kind, channel, purpose, base_due, due, pinned, attempt, seq, step,
        overbooked, reason, due_at, due_until, rank,
    ) in touch_rows:  # fmt: skip
        base_due, due = days[base_due], days[due]
        due_at, due_until = instants[due_at], instants[due_until]
        existing[tid] = (
            due, base_due, channel, overbooked, attempt, due_at, due_until, reason, rank
        )  # fmt: skip
        touch = OpenTouch(
            tid, _KINDS[kind], _CHANNELS[channel], _PURPOSES[purpose], base_due, due,
            bool(pinned), attempt, seq, step,
        )  # fmt: skip
        opens[cid] = (*opens.get(cid, ()), touch)  # most clients have one
    no_touches: tuple[OpenTouch, ...] = ()
    no_contacts: tuple[ContactInfo, ...] = ()
    histories = Memo(_history)
    states = []
    for cid, tier_id, created, tz, value, risk, reached_on, done_on, reached_n in client_rows:
        states.append(
            ClientState(
                cid,
                tiers[tier_id],
                days[created],
                True,
                tz,
                contacts.get(cid, no_contacts),
                histories[(reached_on, done_on)],
                opens.get(cid, no_touches),
                value,
                bool(risk),
                reached_n,
            )
        )
    return states, existing


def _history(stored: tuple[Any, Any]) -> tuple[DoneTouch, ...]:
    """The short history the planner needs: the last reaching and the last done day,
    which the book keeps on the client row (see Client.last_reached_on)."""
    reached_on, done_on = (None if d is None else day(d) for d in stored)
    history: list[DoneTouch] = []
    if reached_on is not None:
        history.append(DoneTouch(reached_on, *_REACHED))
    if done_on is not None and (reached_on is None or done_on > reached_on):
        history.append(DoneTouch(done_on, *_NOT_REACHED))
    return tuple(history)


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
    """Store the plan: update changed open touches, insert new ones, cancel the dropped.

    Rows go out in Core executemany batches of WRITE_CHUNK as they are built, so the
    memory of a whole-book write stays flat in the number of touches (an import of
    100,000 clients rewrites about 400,000)."""
    result = WriteResult()
    updates: list[dict[str, Any]] = []
    inserts: list[dict[str, Any]] = []
    connection = session.connection()
    table = Base.metadata.tables["touch"]
    update_sql = (
        update(table)
        .where(table.c.id == bindparam("touch_id"))
        .values({name: bindparam(name) for name in _UPDATED})
    )
    insert_sql = insert(table)
    created = updated = 0
    dropped = dict(existing)  # what the plan keeps is taken out below
    encode = ReasonEncoder().encode
    naive: Memo[datetime | None, datetime | None] = Memo(_naive)  # few distinct windows
    for p in planned:
        if p.overbooked:
            result.overbooked += 1
        reason = encode(p.reasons)
        due_at = naive[p.due_at]
        due_until = naive[p.due_until]
        old = None if p.id is None else dropped.pop(p.id, None)
        if old is not None and old == _stored_key(p, due_at, due_until, reason):
            continue  # most of a re-plan: nothing to write
        row: dict[str, Any] = {
            "due": p.due,
            "base_due": p.base_due,
            "channel": p.channel.value,
            "overbooked": p.overbooked,
            "reason": reason,
            "due_at": due_at,
            "due_until": due_until,
            "attempt": p.attempt,
            "rank": p.rank,
        }
        if old is not None:
            row["touch_id"] = p.id
            updates.append(row)
            if len(updates) >= WRITE_CHUNK:
                connection.execute(update_sql, updates)
                updated += len(updates)
                updates = []
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
            if len(inserts) >= WRITE_CHUNK:
                connection.execute(insert_sql, inserts)
                created += len(inserts)
                inserts = []
    if updates:
        connection.execute(update_sql, updates)
    if inserts:
        connection.execute(insert_sql, inserts)
    for part in chunks(list(dropped)):
        session.execute(
            update(Touch)
            .where(Touch.id.in_(part))
            .values(status=TouchStatus.CANCELLED.value)
            .execution_options(synchronize_session=False)
        )
    result.created, result.updated = created + len(inserts), updated + len(updates)
    result.cancelled = len(dropped)
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


class LazyLoad(Mapping[tuple[Channel, date], int]):
    """`base_load` for re-planning a few clients, read one (channel, day) at a time.

    Levelling asks only for the days where the re-planned clients' touches compete for
    a seat (a handful after one outcome), so each is one count over that day's planned
    touches (the (status, due, rank) index), never a GROUP BY over the whole book."""

    def __init__(self, session: Session, exclude_clients: Sequence[int]) -> None:
        self._session = session
        self._exclude = sorted(set(exclude_clients))
        self._known: dict[tuple[Channel, date], int] = {}

    def __getitem__(self, key: tuple[Channel, date]) -> int:
        found = self._known.get(key)
        if found is None:
            channel, due = key
            q = select(func.count()).where(
                Touch.status == TouchStatus.PLANNED.value,
                Touch.due == due,
                Touch.channel == channel.value,
            )
            if self._exclude:
                q = q.where(Touch.client_id.not_in(self._exclude))
            found = self._known[key] = int(self._session.execute(q).scalar_one())
        return found

    def __bool__(self) -> bool:
        return True

    def __iter__(self) -> Iterator[tuple[Channel, date]]:
        return iter(self._known)

    def __len__(self) -> int:
        return len(self._known)
