"""The re-plan of an import's clients in chunks, the same plan as the one-shot re-plan.

`PlanningService.replan_in` reads every re-planned client, builds all their touches with
their reasons, levels them and holds the whole plan before writing it: at 100,000 new
clients that was most of the import's peak memory (about 680 MB resident).

Levelling cannot be split by clients: a day's seats go by priority (tier, lateness,
risk, value) over the whole book, so chunk k levelled against the load of chunks
1..k-1 would give an early row of the file a seat that a more important client later in
it gets in one pass. So the re-plan runs in three passes, the levelling state (every
touch being levelled) carried across the chunks:

1. per chunk: read the clients, place their touches (calendar, hours, gap), and keep
   only what levelling reads of them: the item without its reasons, and the client
   without its open touches and history. The reasons, the open touches as stored and
   the rows read are freed with the chunk;
2. level all kept touches at once (`levelling.level`, unchanged);
3. per chunk again: read the clients, place their touches again (the placement is a
   pure function of the client, so the same touches in the same order), give each
   levelled touch its placement reasons followed by what levelling added, and write
   the chunk's plan.

Clients are taken in id order and each chunk's plan is written in that order, so new
touches get the ids the one-shot re-plan gives them: the written rows are the same,
byte for byte (tests/unit/services/test_import_plan.py, with chunks of 1, 7, 1,000 and
more than the book, on a book whose capacity is overloaded too).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.models import Client
from planner.scheduling import PlanCancelled
from planner.scheduling.items import Item
from planner.scheduling.levelling import level
from planner.scheduling.plan import PROGRESS_EVERY, UnknownTier, _day_key, bulk_allocation
from planner.scheduling.sequences import SequenceRule, sequence_steps
from planner.scheduling.touches import Planner
from planner.scheduling.types import (
    ClientState,
    ContactInfo,
    OpenTouch,
    PlannedTouch,
    Reason,
    TierRule,
)
from planner.services.bookstate import (
    Existing,
    load_states,
    write_plan,
)
from planner.services.planning import PlanningService, level_load
from planner.services.rawsql import chunks
from planner.services.views import Changes, ReplanResult
from planner.vocabulary import Channel, ClientStatus, Purpose, TouchKind

# Ids of onboarding touches not stored yet: negative, in step order per client.
_STEPS_PER_CLIENT = 1 << 10
_UNSTORED = -(1 << 62)
_SEQUENCE = TouchKind.SEQUENCE
_Steps = tuple[tuple[Channel, Purpose, date, str, int, Reason], ...]
PLAN_CHUNK = 2_000  # clients per chunk: read, placed and written together (a few MB at once)
Progress = Callable[[int, int], bool]  # (done, total) -> carry on?


class PlanMismatch(RuntimeError):
    """The second placement of a chunk differs from the first (a planner that is not a
    pure function of the client); nothing is written, the transaction is rolled back."""


def replan_chunked(
    planning: PlanningService,
    session: Session,
    client_ids: Sequence[int] | None,
    chunk: int = PLAN_CHUNK,
    progress: Progress | None = None,
    onboarding: Onboarding | None = None,
) -> ReplanResult:
    """Re-plan these clients (levelled against everyone else's load), or the whole book
    with None, `chunk` clients at a time: the plan `planning.replan_in` writes.

    `progress(done, total)` returning False cancels (PlanCancelled): both passes over
    the clients count, so `total` is twice their number. `onboarding`: the sequences new
    clients start, planned with them (see `Onboarding`)."""
    if chunk < 1:
        raise ValueError("a chunk holds at least one client")
    with bulk_allocation():
        return _Chunked(planning, session, client_ids, chunk, progress, onboarding).run()


@dataclass(frozen=True, slots=True)
class Onboarding:
    """The sequences an import's new clients start on `event_day`, handed to the re-plan
    instead of written first: each chunk's new clients get their steps
    (`sequence_steps`, as `PlanningService.start_sequences` makes them) as open touches
    that are not stored yet, placed and levelled with the rest and written once, by the
    plan (inserted, not inserted and then updated, and never read back).

    Such a touch stands in the client's open touches under a negative id, in step
    order and before the stored ones: where `start_sequences` writes them first, they
    are the client's oldest open touches too (smaller ids than the birthday greetings
    the re-plan starts), so the planner orders them as before; the plan writes a touch
    whose id is not stored as a new row."""

    clients: range | frozenset[int]
    sequences: tuple[SequenceRule, ...]
    event_day: date


class _Chunked:
    def __init__(
        self,
        planning: PlanningService,
        session: Session,
        client_ids: Sequence[int] | None,
        chunk: int,
        progress: Progress | None,
        onboarding: Onboarding | None = None,
    ) -> None:
        self.planning, self.session, self.client_ids = planning, session, client_ids
        self.chunk, self.progress, self.onboarding = chunk, progress, onboarding
        self.days: dict[date, date] = {}  # one object per day for all the seats
        self.steps: dict[tuple[str, tuple[ContactInfo, ...]], _Steps] = {}  # onboarding

    def run(self) -> ReplanResult:
        planning, session, client_ids = self.planning, self.session, self.client_ids
        rules = planning._rules(session)
        today = rules.today
        session.flush()
        # the same steps, in the same order, as PlanningService._replan_in
        planning._start_birthdays(session, client_ids, today)
        planning._cancel_inactive(session, client_ids)
        settings = replace(rules.settings, base_load=level_load(session, client_ids, today))
        ids = self._ids()
        self.total = 2 * len(ids)
        self.done = 0
        self.tiers = rules.tiers
        self.calendar = rules.calendar
        planner = Planner(rules.calendar, settings, today)
        parts = list(chunks(ids, self.chunk))
        kept: list[list[list[_Seat]]] = []  # per chunk, per client with touches: its items
        for part in parts:
            states, _ = self._states(part)
            kept.append([self._slim(items) for items in self._placed(planner, states)])
        level(
            # levelling reads and writes only what a seat has (duck-typed as an Item)
            cast("list[list[Item]]", [group for groups in kept for group in groups]),
            settings.capacity,
            planner.cal,
            today,
            planner.gap,
            settings.base_load,
        )
        touches = created = updated = cancelled = overbooked = clients = 0
        for n, part in enumerate(parts):
            states, existing = self._states(part)
            clients += len(states)
            planned = self._finish(planner, states, kept[n])
            kept[n] = []  # this chunk's levelled touches are written: free them
            written = write_plan(session, planned, existing)  # the chunk's open touches
            touches += len(planned)
            created += written.created
            updated += written.updated
            cancelled += written.cancelled
            overbooked += written.overbooked
        if self.progress is not None and not self.progress(self.total, self.total):
            raise PlanCancelled
        return ReplanResult(
            clients=clients,
            touches=touches,
            created=created,
            updated=updated,
            cancelled=cancelled,
            overbooked=overbooked,
            changes=Changes(
                clients=frozenset(client_ids or ()), all_clients=client_ids is None, touches=True
            ),
        )

    def _states(self, part: Sequence[int]) -> tuple[list[ClientState], dict[int, Existing]]:
        """The chunk's clients as `load_states` reads them, new clients onboarded."""
        states, existing = load_states(self.session, part)
        onboarding = self.onboarding
        if onboarding is not None and onboarding.sequences:
            new = onboarding.clients
            states = [self._onboarded(s, onboarding) if s.id in new else s for s in states]
        return states, existing

    def _onboarded(self, client: ClientState, onboarding: Onboarding) -> ClientState:
        # The steps depend on the client's tier and contacts only (the event day, the
        # sequences and the calendar are the import's): made once per such pair.
        key = (client.tier, client.contacts)
        steps = self.steps.get(key)
        if steps is None:
            steps = self.steps[key] = tuple(
                (
                    step.channel,
                    step.purpose,
                    step.base_due,
                    step.sequence_code,
                    step.step,
                    step.reason,
                )
                for step in sequence_steps(
                    client,
                    self._tier(client),
                    onboarding.sequences,
                    onboarding.event_day,
                    self.calendar,
                )
            )
            if len(steps) >= _STEPS_PER_CLIENT:
                raise ValueError("too many onboarding steps for one client")
        if not steps:
            return client
        base = _UNSTORED - client.id * _STEPS_PER_CLIENT
        opens = tuple(
            OpenTouch(
                base + n,
                _SEQUENCE,
                channel,
                purpose,
                due,
                due,
                False,
                0,
                code,
                step,
                step_reason=why,
            )
            for n, (channel, purpose, due, code, step, why) in enumerate(steps)
        )
        return client._replace(open=(*opens, *client.open))

    def _ids(self) -> list[int]:
        """The clients to re-plan in id order (the whole book: its active clients, which
        are all that `load_states` reads)."""
        if self.client_ids is not None:
            return sorted(set(self.client_ids))
        active = select(Client.id).where(Client.status == ClientStatus.ACTIVE.value)
        return list(self.session.scalars(active.order_by(Client.id)))

    def _placed(self, planner: Planner, states: list[ClientState]) -> list[list[Item]]:
        """The chunk's clients' placed touches, as `plan._plan_book` makes them."""
        groups: list[list[Item]] = []
        progress = self.progress
        for client in states:
            at_step = self.done % PROGRESS_EVERY == 0
            if progress is not None and at_step and not progress(self.done, self.total):
                raise PlanCancelled
            self.done += 1
            if not client.active:
                continue
            items = planner.client_items(client, self._tier(client))
            if items:
                groups.append(items)
        return groups

    def _tier(self, client: ClientState) -> TierRule:
        tier = self.tiers.get(client.tier)
        if tier is None:
            raise UnknownTier(f"client {client.id} has unknown tier {client.tier!r}")
        return tier

    def _slim(self, items: list[Item]) -> list[_Seat]:
        """What levelling reads of a client's touches (`_Seat`), the dates shared."""
        client = _Client(items[0].client)
        days = self.days
        seats = [_Seat(item, client, days) for item in items]
        if len(seats) > 1:
            for seat in seats:
                seat.peers = seats
            for item in items:
                item.peers = None  # no reference cycles left for the collector
        return seats

    def _finish(
        self, planner: Planner, states: list[ClientState], levelled: list[list[_Seat]]
    ) -> list[PlannedTouch]:
        """The chunk's plan: each levelled touch with its placement reasons again, then
        levelling's, ordered as `plan._plan_book` orders them."""
        again = self._placed(planner, states)
        if len(again) != len(levelled):
            raise PlanMismatch("a chunk's clients have other touches the second time")
        to_planned = planner.to_planned
        result: list[PlannedTouch] = []
        for fresh, seats in zip(again, levelled, strict=True):
            if len(fresh) != len(seats):
                raise PlanMismatch(f"client {fresh[0].client.id}: other touches the second time")
            for item, seat in zip(fresh, seats, strict=True):
                placed = (item.kind, item.base_due, item.placed)
                if placed != (seat.kind, seat.base_due, seat.placed):
                    raise PlanMismatch(f"client {item.client.id}: another touch the second time")
                item.day = seat.day
                item.channel = seat.channel
                item.overbooked = seat.overbooked
                if seat.added:  # what levelling added, after placing's
                    item.reasons.extend(seat.added)
                seat.peers = None
            if len(fresh) > 1:
                fresh.sort(key=_day_key)
                for item in fresh:
                    item.peers = None
            result.extend(map(to_planned, fresh))
        return result


class _Seat:
    """A touch as levelling sees it (the attributes of `Item` that `levelling.level`
    reads and writes): about 40% less memory than the whole item with its reasons,
    which is what a levelled import of 100,000 clients holds at once."""

    __slots__ = (
        "added",
        "base_due",
        "cdue",
        "channel",
        "client",
        "day",
        "fixed",
        "kind",
        "limit",
        "needs_window",
        "order",
        "overbooked",
        "overdue",
        "peers",
        "pinned",
        "placed",
        "purpose",
        "state",
        "tier",
    )

    def __init__(self, item: Item, client: _Client, days: dict[date, date]) -> None:
        self.client = client
        self.tier = item.tier
        self.kind = item.kind
        self.channel = item.channel
        self.purpose = item.purpose
        self.base_due = days.setdefault(item.base_due, item.base_due)
        self.cdue = days.setdefault(item.cdue, item.cdue)
        self.placed = days.setdefault(item.placed, item.placed)
        self.day = days.setdefault(item.day, item.day)
        self.order = item.order
        self.fixed = item.fixed
        self.overdue = item.overdue
        self.pinned = item.pinned
        self.needs_window = item.needs_window
        self.overbooked = item.overbooked
        self.state = item.state
        self.limit = item.limit
        self.added: list[Reason] | None = None  # levelling's reasons (placing's are made again)
        self.peers: list[_Seat] | None = None

    @property
    def reasons(self) -> list[Reason]:
        """Made when levelling first adds one (most touches of a book that fits get none)."""
        if self.added is None:
            self.added = []
        return self.added


class _Client:
    """What levelling reads of a client (`ClientState` has eleven fields)."""

    __slots__ = ("at_risk", "contacts", "id", "timezone", "value")

    def __init__(self, state: ClientState) -> None:
        self.id = state.id
        self.timezone = state.timezone
        self.contacts = state.contacts
        self.at_risk = state.at_risk
        self.value = state.value
