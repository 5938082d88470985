"""Reading the book into the planner's plain records, and writing its plan back.

A whole-book re-plan reads and writes 100,000 clients against the DESIGN.md section 8
target, so these paths read through the DBAPI cursor (SQLAlchemy's per-row processing
was most of the cost) and build as few objects as they can: the same few thousand dates
and contact combinations are shared by all rows, and unchanged touches are not written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    BindParameter,
    Connection,
    Table,
    bindparam,
    case,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from planner.io.bulk import Bulk
from planner.models import Client, ContactPoint, Tier, Touch
from planner.scheduling import reasons as R
from planner.scheduling.types import (
    ClientState,
    ContactInfo,
    DoneTouch,
    OpenTouch,
    PlannedTouch,
    Reason,
)
from planner.services.rawsql import Memo, chunks, day, instant, rows
from planner.services.reason_json import decode_reasons
from planner.services.sqlite_plan import STORED, WRITE_CHUNK, Change, write_sqlite
from planner.services.touchviews import ReasonEncoder
from planner.vocabulary import Channel, ClientStatus, Outcome, Purpose, TouchKind, TouchStatus

# Enum lookups by value are slow when done a million times; plain dicts are not.
_CHANNELS = {c.value: c for c in Channel}
_KINDS = {k.value: k for k in TouchKind}
_PURPOSES = {p.value: p for p in Purpose}

FEW_CLIENTS = 64  # up to this many clients are read with cached bound statements

if TYPE_CHECKING:
    from planner.services.rawsql import Query


# An open touch as stored, in the order of `_stored_key`: whether the new plan changes it
# is then one tuple comparison. (A dataclass per touch cost more than the comparison.)
Existing = tuple[date, date, str, int, int, datetime | None, datetime | None, str, int]


# Whose rows a read takes: these ids, the ids of one expanding parameter, or all.
Ids = Sequence[int] | BindParameter[Any] | None


def _stored_key(
    p: PlannedTouch, due_at: datetime | None, due_until: datetime | None, reason: str
) -> Existing:
    """What `write_plan` would store of `p` (instants naive, reasons encoded)."""
    # a StrEnum equals its value and False == 0, so this compares equal to the stored row
    return (
        p.due, p.base_due, p.channel, p.overbooked, p.attempt, due_at, due_until, reason, p.rank
    )  # fmt: skip


def _clients(ids: Ids) -> Query:
    c = Client
    q = select(
        c.id, c.tier_id, c.created_on, c.timezone, c.value_minor, c.at_risk,
        c.last_reached_on, c.last_done_on, c.reached_cadence, c.last_outcome, c.last_outcome_on,
    ).where(c.status == ClientStatus.ACTIVE.value)  # fmt: skip
    return (q if ids is None else q.where(c.id.in_(ids))).order_by(c.id)


def _contact_sets(ids: Ids) -> Query:
    """One row per client: "channel:<preferred><consent>" (0 or 1) per contact point of a
    channel the planner knows, space-separated. The same few combinations repeat across
    the book (about a hundred in 100,000 clients), so each is parsed once; the planner
    does not depend on the order of a client's contacts."""
    p = ContactPoint
    point = (
        p.channel + ":" + case((p.preferred, "1"), else_="0") + case((p.consent, "1"), else_="0")
    )
    # A fax or pager number is kept on the card but is never a channel to plan (kind).
    q = select(p.client_id, func.aggregate_strings(point, " ")).where(
        p.channel.in_(_CHANNELS), p.kind == "voice"
    )
    return (q if ids is None else q.where(p.client_id.in_(ids))).group_by(p.client_id)


def _open_touches(ids: Ids, *, by_client: bool = False) -> Query:
    """Planned touches by id (a client's in the order they were made)."""
    t = Touch
    planned = t.status == TouchStatus.PLANNED.value
    q = select(
        t.id, t.client_id, t.kind, t.channel, t.purpose, t.base_due, t.due, t.pinned,
        t.attempt, t.sequence_code, t.step, t.overbooked, t.reason, t.due_at, t.due_until,
        t.rank,
    )  # fmt: skip
    if ids is None and by_client:
        # A team book: through the clients row-level security shows (the salesperson's
        # own) and the (client_id, status) index, not every planned touch of the team
        # checked one by one (one of 20 × 50,000 clients' books: 2.8 s, now 0.8 s).
        return q.where(planned, t.client_id.in_(select(Client.id))).order_by(t.id)
    if ids is None:
        # Through the ids, so that the rows are read in table order: the status index
        # alone visits them in due order all over the table, then sorts (twice the time).
        return q.where(t.id.in_(select(t.id).where(planned))).order_by(t.id)
    return q.where(planned, t.client_id.in_(ids)).order_by(t.id)


_IDS: BindParameter[Any] = bindparam("ids", expanding=True)
_TIERS = select(Tier.id, Tier.code)
_FEW_CLIENTS = _clients(_IDS)
_FEW_CONTACTS = _contact_sets(_IDS)
_FEW_TOUCHES = _open_touches(_IDS)


_CHUNK_READS: dict[tuple[str, int], tuple[tuple[str, str], ...]] = {}
_MARK = -(10**15)  # the ids a chunk's reads are compiled with, then cut out of their SQL


def _chunk_reads(session: Session, part: Sequence[int]) -> list[str]:
    """The SQL of the three reads of `load_states` for the clients `part`.

    Compiled once per dialect and chunk size with marker ids, whose list is then replaced
    by the chunk's own ids (integers, written as the literal compile writes them): an
    import of 100,000 clients reads its clients back in 2 x 112 chunks, and compiling
    each read with its ids cost more than running it."""
    dialect = session.get_bind().dialect
    key = (dialect.name, len(part))
    found = _CHUNK_READS.get(key)
    if found is None:
        if len(_CHUNK_READS) >= 16:
            _CHUNK_READS.clear()
        marks = list(range(_MARK, _MARK + len(part)))
        listed = ", ".join(map(str, marks))
        parts = []
        for q in (_clients(marks), _contact_sets(marks), _open_touches(marks)):
            sql = str(q.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
            if sql.count(listed) != 1:
                raise AssertionError("a chunk's read does not list its ids once")
            before, _, after = sql.partition(listed)
            parts.append((before, after))
        found = _CHUNK_READS[key] = tuple(parts)
    ids = ", ".join([str(int(i)) for i in part])
    return [before + ids + after for before, after in found]


def _contacts(key: str | None) -> tuple[ContactInfo, ...]:
    """The contacts of one `_contact_sets` row."""
    found: list[ContactInfo] = []
    for point in (key or "").split():
        channel, _, flags = point.partition(":")
        found.append(ContactInfo(_CHANNELS[channel], flags[0] == "1", flags[1] == "1"))
    return tuple(found)


def load_states(
    session: Session,
    client_ids: Sequence[int] | None,
    tier_codes: Mapping[int, str] | None = None,
) -> tuple[list[ClientState], dict[int, Existing]]:
    """Active clients (all, or those given) as `ClientState`s, and their open touches.

    The whole book is read through the raw cursor (`rows`); a few clients (an outcome,
    a move) through statements built once with the ids as a parameter, which SQLAlchemy
    compiles once and caches: building and compiling SQL per call cost more than the
    reads themselves. `tier_codes`: the tiers' codes by id, when the caller has them."""
    client_rows: list[Any] = []
    contact_rows: list[Any] = []
    touch_rows: list[Any] = []
    if client_ids is not None and len(client_ids) <= FEW_CLIENTS:
        conn = session.connection()
        ids = {"ids": sorted(set(client_ids))}
        tier_rows = list(conn.execute(_TIERS)) if tier_codes is None else []
        client_rows = list(conn.execute(_FEW_CLIENTS, ids))
        contact_rows = list(conn.execute(_FEW_CONTACTS, ids))
        touch_rows = list(conn.execute(_FEW_TOUCHES, ids))
    else:
        tier_rows = rows(session, _TIERS) if tier_codes is None else []
        reads: Iterable[Sequence[Query | str]]
        if client_ids is None:  # the whole book: one statement each
            by_client = session.get_bind().dialect.name == "postgresql"
            reads = [
                (_clients(None), _contact_sets(None), _open_touches(None, by_client=by_client))
            ]
        else:
            reads = (_chunk_reads(session, part) for part in chunks(sorted(set(client_ids))))
        for clients_of, contacts_of, touches_of in reads:
            client_rows += rows(session, clients_of)
            contact_rows += rows(session, contacts_of)
            touch_rows += rows(session, touches_of)
    tiers = dict(tier_rows) if tier_codes is None else tier_codes
    days: Memo[Any, date] = Memo(day)
    combinations: Memo[str | None, tuple[ContactInfo, ...]] = Memo(_contacts)
    contacts = {cid: combinations[key] for cid, key in contact_rows}
    opens, existing = _opens(touch_rows, days)
    no_touches: tuple[OpenTouch, ...] = ()
    no_contacts: tuple[ContactInfo, ...] = ()
    histories = Memo(_history)
    states = []
    for (
        cid, tier_id, created, tz, value, risk, reached_on, done_on, reached_n, last, last_on,
    ) in client_rows:  # fmt: skip
        states.append(
            ClientState(
                cid,
                tiers[tier_id],
                days[created],
                True,
                tz,
                contacts.get(cid, no_contacts),
                histories[(reached_on, done_on, last, last_on)],
                opens.get(cid, no_touches),
                value,
                bool(risk),
                reached_n,
            )
        )
    return states, existing


def reload_open(
    session: Session, states: Sequence[ClientState]
) -> tuple[list[ClientState], dict[int, Existing]]:
    """`load_states` again for a few clients whose rows and contacts this transaction
    read already and did not change since, only their open touches changed (an outcome
    that planned a retry): one read instead of four."""
    ids = {"ids": sorted({s.id for s in states})}
    found = list(session.connection().execute(_FEW_TOUCHES, ids))
    opens, existing = _opens(found, Memo(day))
    return [s._replace(open=opens.get(s.id, ())) for s in states], existing


def _opens(
    touch_rows: Iterable[Any], days: Memo[Any, date]
) -> tuple[dict[int, tuple[OpenTouch, ...]], dict[int, Existing]]:
    """Open touches by client, and as stored (for `write_plan`), from `_open_touches`."""
    instants: Memo[Any, datetime | None] = Memo(instant)
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
            bool(pinned), attempt, seq, step, *_recalled(reason, bool(pinned)),
        )  # fmt: skip
        opens[cid] = (*opens.get(cid, ()), touch)  # most clients have one
    return opens, existing


_RECALLED = tuple(f'"{code}"' for code in R.RECALLED)
_NOTHING_RECALLED: tuple[None, None, None] = (None, None, None)
Recalled = tuple[Channel | None, date | None, Reason | None]


@lru_cache(maxsize=1 << 12)
def _recalled(reason: str | None, pinned: bool) -> Recalled:
    """What a re-plan reads back of a stored touch's reasons (reasons.recalled). Kept
    by the stored text: a book's sequence steps of one day share their reasons."""
    if not reason or not any(code in reason for code in _RECALLED):
        return _NOTHING_RECALLED  # nearly every touch: no JSON decoded
    try:
        channel, late, step = R.recalled(decode_reasons(reason), pinned)
    except ValueError:  # a day that is no date: nothing recalled
        return _NOTHING_RECALLED
    return _CHANNELS.get(channel or ""), late, step


def _history(stored: tuple[Any, Any, Any, Any]) -> tuple[DoneTouch, ...]:
    """The short history the planner needs: the last reaching and the last done day,
    which the book keeps on the client row (see Client.last_reached_on), the latter with
    the outcome logged on it (Client.last_outcome), which the gap rule reads: only a
    retry after "no answer" may come sooner than the gap. A done day later than the last
    outcome is a price list sent (a message left: the client was disturbed); a book that
    never stored an outcome reads as before ("no answer")."""
    reached_on, done_on, last, last_on = stored
    reached_on, done_on = (None if d is None else day(d) for d in (reached_on, done_on))
    history: list[DoneTouch] = []
    if reached_on is not None:
        history.append(DoneTouch(reached_on, *_REACHED))
    if done_on is not None and (reached_on is None or done_on > reached_on):
        outcome = Outcome.NO_ANSWER
        if last is not None:
            last_day = None if last_on is None else day(last_on)
            known = _OUTCOMES.get(last) if last_day == done_on else None
            if known is not None and not known.reached_client:
                outcome = known
            elif last_day is None or last_day < done_on:
                outcome = Outcome.LEFT_MESSAGE
        history.append(DoneTouch(done_on, *_NOT_REACHED, outcome))
    return tuple(history)


_OUTCOMES = {o.value: o for o in Outcome}
_REACHED = (Channel.CALL, Purpose.CHECK_IN, TouchKind.CADENCE, Outcome.REACHED)
_NOT_REACHED = (Channel.CALL, Purpose.CHECK_IN, TouchKind.CADENCE)


_TOUCH = cast("Table", Touch.__table__)
_UPDATE_BY_ID = update(_TOUCH).where(_TOUCH.c.id == bindparam("b_id"))


_WRITE_UPDATE = (
    update(_TOUCH)
    .where(_TOUCH.c.id == bindparam("touch_id"))
    .values({name: bindparam(name) for name in STORED})
)
_WRITE_INSERT = insert(_TOUCH)


@dataclass(slots=True)
class WriteResult:
    created: int = 0
    updated: int = 0
    cancelled: int = 0
    overbooked: int = 0


# A team book (PostgreSQL) writes a big plan through COPY into a temporary table and one
# statement per kind of change (planner.team.bulk_write); False: row by row, as SQLite.
PG_BULK = True
PG_BULK_ROWS = 200  # fewer changed touches (an outcome, a move) go row by row
# A laptop book (SQLite) writes only the changed columns through the DBAPI's executemany,
# with the values in their storage forms (sqlite_plan.py); False: Core, as other databases.
SQLITE_RAW = True


def write_plan(
    session: Session, planned: Sequence[PlannedTouch], existing: dict[int, Existing]
) -> WriteResult:
    """Store the plan: update changed open touches, insert new ones, cancel the dropped.

    Rows go out in executemany batches as they are built (on SQLite only the changed
    columns, sqlite_plan.py; on PostgreSQL a big plan goes through COPY), so the memory
    of a whole-book write stays flat in the number of touches (an import of 100,000
    clients rewrites about 400,000)."""
    result = WriteResult()
    connection = session.connection()
    dropped = dict(existing)  # what the plan keeps is taken out by `_changes`
    found = _changes(planned, dropped, result)
    if SQLITE_RAW and connection.dialect.name == "sqlite":
        return write_sqlite(Bulk(connection), found, dropped, result)
    changes: Iterator[tuple[int | None, dict[str, Any]]] = map(_row, found)
    if PG_BULK and connection.dialect.name == "postgresql":
        from planner.team.bulk_write import write_bulk

        first = list(islice(changes, PG_BULK_ROWS))
        if len(first) == PG_BULK_ROWS:
            result.created, result.updated = write_bulk(connection, chain(first, changes))
            result.cancelled = write_bulk_cancel(connection, list(dropped))
            return result
        changes = iter(first)
    update_sql, insert_sql = _WRITE_UPDATE, _WRITE_INSERT
    updates: list[dict[str, Any]] = []
    inserts: list[dict[str, Any]] = []
    created = updated = 0
    for touch_id, row in changes:
        if touch_id is not None:
            row["touch_id"] = touch_id
            updates.append(row)
            if len(updates) >= WRITE_CHUNK:
                connection.execute(update_sql, updates)
                updated += len(updates)
                updates = []
        else:
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
        connection.execute(
            update(_TOUCH).where(_TOUCH.c.id.in_(part)).values(status=TouchStatus.CANCELLED.value)
        )
    result.created, result.updated = created + len(inserts), updated + len(updates)
    result.cancelled = len(dropped)
    return result


def write_bulk_cancel(connection: Connection, ids: list[int]) -> int:
    """Cancel the dropped touches in one statement (PostgreSQL takes an array)."""
    if ids:
        connection.execute(
            update(_TOUCH)
            .where(_TOUCH.c.id == func.any(bindparam("ids", ids)))
            .values(status=TouchStatus.CANCELLED.value)
        )
    return len(ids)


def _changes(
    planned: Sequence[PlannedTouch], dropped: dict[int, Existing], result: WriteResult
) -> Iterator[Change]:
    """The touches the plan changes, as (id, what to store, as stored, the touch) or (None,
    what to store, None, the touch) for a new one; what the plan keeps is taken out of
    `dropped`, overbooked touches are counted."""
    encode = ReasonEncoder().encode
    naive: Memo[datetime | None, datetime | None] = Memo(_naive)  # few distinct windows
    for p in planned:
        if p.overbooked:
            result.overbooked += 1
        key = _stored_key(p, naive[p.due_at], naive[p.due_until], encode(p.reasons))
        old = None if p.id is None else dropped.pop(p.id, None)
        if old is None:
            yield None, key, None, p
        elif old != key:
            yield p.id, key, old, p
        # else most of a re-plan: nothing to write


def _row(change: Change) -> tuple[int | None, dict[str, Any]]:
    """A change as Core writes it: (id, columns to update) or (None, a new row)."""
    touch_id, key, _, p = change
    row = dict(zip(STORED, key, strict=True))
    row["channel"] = p.channel.value
    if touch_id is None:
        row.update(
            client_id=p.client_id,
            kind=p.kind.value,
            purpose=p.purpose.value,
            status=TouchStatus.PLANNED.value,
            pinned=p.pinned,
            sequence_code=p.sequence_code,
            step=p.step,
        )
    return touch_id, row


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


# Planned touches of one channel per day of a range, by the (status, channel, due, rank)
# index; built once (building a statement per read cost more than the read).
_DAY_COUNTS = (
    select(_TOUCH.c.due, func.count())
    .where(
        _TOUCH.c.status == TouchStatus.PLANNED.value,
        _TOUCH.c.channel == bindparam("channel"),
        _TOUCH.c.due >= bindparam("start", type_=_TOUCH.c.due.type),
        _TOUCH.c.due <= bindparam("end", type_=_TOUCH.c.due.type),
    )
    .group_by(_TOUCH.c.due)
)


def _done_on(by_client: bool) -> Any:
    t = _TOUCH.c
    q = select(t.channel, func.count()).where(
        t.status == TouchStatus.DONE.value, t.done_on == bindparam("day", type_=t.done_on.type)
    )
    if by_client:  # a team book: the salesperson's own, as row-level security shows clients
        q = q.where(t.client_id.in_(select(Client.id)))
    return q.group_by(t.channel)


# Touches done on a day per channel, by the (status, done_on, channel) index.
_DONE_ON = {False: _done_on(False), True: _done_on(True)}


def done_on(session: Session, day: date) -> dict[Channel, int]:
    """How many touches of each channel were done on `day`: seats of that day's capacity
    the salesperson has used already (a day's capacity counts what was done and what is
    still planned; Today shows both)."""
    by_client = session.get_bind().dialect.name == "postgresql"
    found: dict[Channel, int] = {}
    for channel, n in session.connection().execute(_DONE_ON[by_client], {"day": day}):
        known = _CHANNELS.get(channel)
        if known is not None and n:
            found[known] = int(n)
    return found


class WithDone(Mapping[tuple[Channel, date], int]):
    """A base load (`PlanSettings.base_load`) with the seats that touches done on `day`
    took: levelling then fills only what is left of that day's capacity. A re-plan in the
    middle of the day (a setting changed, an outcome logged) planned the day's whole
    capacity again on top of the calls already made."""

    def __init__(
        self, base: Mapping[tuple[Channel, date], int], done: Mapping[Channel, int], day: date
    ) -> None:
        self._base = base
        self._done = done
        self._day = day

    def __getitem__(self, key: tuple[Channel, date]) -> int:
        found = self._base.get(key, 0)
        return found + self._done.get(key[0], 0) if key[1] == self._day else found

    def __iter__(self) -> Iterator[tuple[Channel, date]]:
        # the keys the base knows (a LazyLoad: those read so far; asking it for another
        # would read it), then the done touches' day
        known = list(self._base)
        yield from known
        seen = set(known)
        for channel in self._done:
            if (channel, self._day) not in seen:
                yield (channel, self._day)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:
        return bool(self._done) or bool(self._base)


def with_done(
    session: Session, load: Mapping[tuple[Channel, date], int], today: date
) -> Mapping[tuple[Channel, date], int]:
    """`load` with today's done touches added (`WithDone`), or `load` itself when none."""
    done = done_on(session, today)
    return WithDone(load, done, today) if done else load


class LazyLoad(Mapping[tuple[Channel, date], int]):
    """`base_load` for re-planning a few clients, read a few days at a time.

    Levelling asks only for the days where the re-planned clients' touches compete for
    a seat (a handful after one outcome). The first question about a channel reads the
    counts of a window of days in one range over the (status, channel, due, rank)
    index, which holds every column it needs (no table row is read), and the
    re-planned clients' own open touches, known from `load_states`, are taken off:
    never a GROUP BY over the whole book, never a client filter that must visit rows."""

    # Calendar days read at once: the first question about a channel reads its day only
    # (most outcomes need one), a second one the next WINDOW days (a carried touch asks
    # for the days after).
    WINDOW = 14

    def __init__(self, session: Session, own: Iterable[Existing]) -> None:
        """`own`: the open touches (as `load_states` read them) of the clients being
        re-planned, whose seats are theirs to take again."""
        self._session = session
        self._known: dict[tuple[Channel, date], int] = {}
        self._asked: set[Channel] = set()
        self._own: dict[tuple[str, date], int] = {}
        for stored in own:
            key = (str(stored[2]), stored[0])
            self._own[key] = self._own.get(key, 0) + 1

    def __getitem__(self, key: tuple[Channel, date]) -> int:
        found = self._known.get(key)
        if found is None:
            self._read(*key)
            found = self._known[key]
        return found

    def _read(self, channel: Channel, start: date) -> None:
        window = self.WINDOW if channel in self._asked else 1
        self._asked.add(channel)
        end = start + timedelta(days=window - 1)
        counts = {start + timedelta(days=n): 0 for n in range(window)}
        found = self._session.connection().execute(
            _DAY_COUNTS, {"channel": channel.value, "start": start, "end": end}
        )
        for due, n in found:
            counts[day(due)] = int(n)
        for d, n in counts.items():
            key = (channel, d)
            if key not in self._known:
                self._known[key] = max(0, n - self._own.get((channel.value, d), 0))

    def __bool__(self) -> bool:
        return True

    def __iter__(self) -> Iterator[tuple[Channel, date]]:
        return iter(self._known)

    def __len__(self) -> int:
        return len(self._known)
