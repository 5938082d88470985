"""Planning use cases: re-plan, agenda, the plan of a period, outcomes, moves, days off."""

from __future__ import annotations

from calendar import isleap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from planner.errors import BookError, NotFound
from planner.models import Base, Client, ContactPoint, DayOverride, Touch
from planner.models import Sequence as SequenceRow
from planner.scheduling import (
    WorkingCalendar,
    choose_channel,
    plan_after_outcome,
    plan_book,
)
from planner.scheduling.plan import bulk_allocation
from planner.scheduling.types import DoneTouch, PlannedTouch, Reason
from planner.services.bookstate import LazyLoad, base_load, chunks, load_states, write_plan
from planner.services.context import Context
from planner.services.touchviews import encode_reasons, query_touches
from planner.services.views import Changes, DayLoad, ReplanResult, TouchView
from planner.vocabulary import (
    Channel,
    ClientStatus,
    Outcome,
    Purpose,
    SequenceTrigger,
    TouchKind,
    TouchStatus,
)

Progress = Callable[[int, int], bool]  # (done, total) -> carry on?

BIRTHDAY_LOOKAHEAD_DAYS = 30
LAZY_LOAD_CLIENTS = 64  # re-planning up to this many clients reads the load day by day


class PlanningService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # --- re-planning ---------------------------------------------------------------------
    def replan_all(self, progress: Progress | None = None) -> ReplanResult:
        """Re-plan the whole book in one transaction (all or nothing)."""
        with self.ctx.book.transaction() as session:
            return self.replan_in(session, None, progress)

    def daily(self, progress: Progress | None = None) -> ReplanResult:
        """The daily planning step, at start-up and when the day changes: greetings are
        planned ahead for every client with a birthday coming up (and consent), and the
        whole book is levelled again for the new day (the backlog planned forward)."""
        return self.replan_all(progress)

    def replan_in(
        self, session: Session, client_ids: Sequence[int] | None, progress: Progress | None = None
    ) -> ReplanResult:
        """Re-plan some clients (levelled against everyone else's load) or the whole book."""
        with bulk_allocation():
            return self._replan_in(session, client_ids, progress)

    def _replan_in(
        self, session: Session, client_ids: Sequence[int] | None, progress: Progress | None
    ) -> ReplanResult:
        today = self.ctx.today(session)
        session.flush()
        self._start_birthdays(session, client_ids, today)
        if client_ids is None:
            self._cancel_inactive(session)
        else:
            self._cancel_inactive(session, client_ids)
        states, existing = load_states(session, client_ids)
        settings = self.ctx.plan_settings(session)
        if client_ids is not None:
            if len(client_ids) <= LAZY_LOAD_CLIENTS:  # an outcome, a move: a few days read
                load: Mapping[tuple[Channel, date], int] = LazyLoad(session, client_ids)
            else:
                load = base_load(session, client_ids, today)
            settings = replace(settings, base_load=load)
        planned = plan_book(
            states,
            self.ctx.tier_rules(session),
            self.ctx.calendar_rules(session),
            settings,
            today,
            progress,
        )
        written = write_plan(session, planned, existing)
        changed = frozenset(client_ids or ())
        return ReplanResult(
            clients=len(states),
            touches=len(planned),
            created=written.created,
            updated=written.updated,
            cancelled=written.cancelled,
            overbooked=written.overbooked,
            changes=Changes(clients=changed, all_clients=client_ids is None, touches=True),
        )

    def _cancel_inactive(self, session: Session, client_ids: Sequence[int] | None = None) -> None:
        inactive = select(Client.id).where(Client.status != ClientStatus.ACTIVE.value)
        if client_ids is not None:
            inactive = inactive.where(Client.id.in_(list(client_ids)))
        session.execute(
            update(Touch)
            .where(Touch.status == TouchStatus.PLANNED.value, Touch.client_id.in_(inactive))
            .values(status=TouchStatus.CANCELLED.value)
            .execution_options(synchronize_session=False)
        )

    # --- sequences -----------------------------------------------------------------------
    def start_sequence(
        self,
        session: Session,
        client_id: int,
        trigger: SequenceTrigger,
        event_day: date,
        *,
        code: str | None = None,
    ) -> list[int]:
        """Create the steps of every active sequence of `trigger` (or the one `code`)."""
        return self.start_sequences(session, [(client_id, event_day)], trigger, code=code)

    def start_sequences(
        self,
        session: Session,
        events: Sequence[tuple[int, date]],
        trigger: SequenceTrigger,
        *,
        code: str | None = None,
        returning: bool = True,
    ) -> list[int]:
        """Start a sequence for many (client, event day) pairs at once; returns the new ids.

        A step's day is `offset` working days from the event (offset 0: the event day
        itself, which the planner then moves off a non-working day where it must).
        `returning=False` (an import's onboarding): one Core executemany, no ids back.
        """
        q = select(SequenceRow).where(SequenceRow.active.is_(True))
        q = q.where(SequenceRow.code == code) if code else q.where(SequenceRow.trigger == trigger)
        sequences = list(session.scalars(q))
        if not sequences or not events:
            return []
        calendar = WorkingCalendar(self.ctx.calendar_rules(session))
        states = {s.id: s for s in load_states(session, [cid for cid, _ in events])[0]}
        tiers = self.ctx.tier_rules(session)
        rows: list[dict[str, object]] = []
        for client_id, event_day in events:
            state = states.get(client_id)
            if state is None:  # archived or stopped: no sequence
                continue
            fallback = choose_channel(tiers[state.tier], state, 0)
            for seq in sequences:
                for step in seq.steps:
                    channel = Channel(step.channel) if step.channel else None
                    if channel is None or not any(
                        c.channel is channel and c.consent for c in state.contacts
                    ):
                        if fallback is None:
                            continue
                        channel = fallback[0]
                    base_due = (
                        shift_working_days(calendar, event_day, step.offset_days)
                        if step.offset_days
                        else event_day
                    )
                    reason = Reason(
                        "sequence",
                        (
                            ("code", seq.code),
                            ("step", str(step.position + 1)),
                            ("event", event_day.isoformat()),
                            ("offset", str(step.offset_days)),
                        ),
                    )
                    rows.append(
                        {
                            "client_id": client_id,
                            "kind": TouchKind.SEQUENCE.value,
                            "channel": channel.value,
                            "purpose": step.purpose,
                            "status": TouchStatus.PLANNED.value,
                            "base_due": base_due,
                            "due": base_due,
                            "overbooked": False,
                            "pinned": False,
                            "attempt": 0,
                            "sequence_code": seq.code,
                            "step": step.position,
                            "reason": encode_reasons([reason]),
                        }
                    )
        if not rows:
            return []
        if not returning:
            session.connection().execute(insert(Base.metadata.tables["touch"]), rows)
            return []
        stmt = insert(Touch).returning(Touch.id, sort_by_parameter_order=True)
        return list(session.scalars(stmt, rows))

    def _start_birthdays(
        self, session: Session, client_ids: Sequence[int] | None, today: date
    ) -> None:
        """A birthday greeting for each active client whose birthday is coming up."""
        # Only clients born in a month the look-ahead touches are read; next_birthday
        # then decides (a 29 February birthday is greeted on 28 February, same month).
        months = {(today + timedelta(days=n)).month for n in range(BIRTHDAY_LOOKAHEAD_DAYS + 1)}
        candidates = select(Client.id).where(
            Client.status == ClientStatus.ACTIVE.value, Client.birthday_month.in_(sorted(months))
        )
        if client_ids is not None:
            candidates = candidates.where(Client.id.in_(list(client_ids)))
        q = candidates.add_columns(Client.birthday_month, Client.birthday_day)
        upcoming: dict[int, date] = {}
        for cid, month, mday in session.execute(q):
            nxt = next_birthday(month or 1, mday or 1, today)
            if nxt is not None and (nxt - today).days <= BIRTHDAY_LOOKAHEAD_DAYS:
                upcoming[cid] = nxt
        if not upcoming:
            return
        have: set[tuple[int, date]] = set()
        for part in chunks(sorted(upcoming)):  # each client's touches by ix_touch_client_status
            greetings = select(Touch.client_id, Touch.base_due).where(
                Touch.client_id.in_(part),
                Touch.sequence_code == "birthday",
                Touch.base_due >= today,
            )  # any status: a greeting already sent this year is not planned again
            have.update((cid, base) for cid, base in session.execute(greetings))
        due = [(cid, day) for cid, day in sorted(upcoming.items()) if (cid, day) not in have]
        self.start_sequences(session, due, SequenceTrigger.BIRTHDAY)

    # --- outcomes and moves ----------------------------------------------------------------
    def log_outcome(
        self,
        touch_id: int,
        outcome: Outcome,
        note: str | None = None,
        *,
        reschedule_to: date | None = None,
        stop_client: bool = False,
    ) -> Changes:
        """Mark a planned touch done and plan what follows at once (DESIGN.md section 3)."""
        with self.ctx.book.transaction() as session:
            touch = self._planned(session, touch_id)
            today = self.ctx.today(session)
            if outcome is Outcome.RESCHEDULED and reschedule_to is None:
                raise BookError("bad-outcome", "a rescheduled touch needs the new date")
            if reschedule_to is not None and reschedule_to < today:
                raise BookError("bad-date", "cannot reschedule into the past")
            touch.status = TouchStatus.DONE.value
            touch.outcome = outcome.value
            touch.note = (note or "").strip() or touch.note
            touch.done_on = today
            touch.done_at = self.ctx.utc_now()
            client = session.get(Client, touch.client_id)
            assert client is not None
            client.last_done_on = max(client.last_done_on or today, today)
            if outcome.reached_client:
                client.last_reached_on = today
                if touch.kind == TouchKind.CADENCE.value:
                    client.reached_cadence += 1
            if outcome is Outcome.DO_NOT_CONTACT:
                if stop_client:
                    client.status = ClientStatus.DO_NOT_CONTACT.value
                else:
                    session.execute(
                        update(ContactPoint)
                        .where(
                            ContactPoint.client_id == client.id,
                            ContactPoint.channel == touch.channel,
                        )
                        .values(consent=False)
                    )
            if not outcome.wants_retry:
                # the attempt is over: a pending retry of the same purpose is absorbed
                session.execute(
                    update(Touch)
                    .where(
                        Touch.client_id == touch.client_id,
                        Touch.status == TouchStatus.PLANNED.value,
                        Touch.kind == TouchKind.RETRY.value,
                        Touch.purpose == touch.purpose,
                        Touch.pinned.is_(False),
                    )
                    .values(status=TouchStatus.CANCELLED.value)
                    .execution_options(synchronize_session=False)
                )
            session.flush()
            if outcome.wants_retry:
                self._plan_retry(session, touch, outcome, today)
            if reschedule_to is not None:
                regular = touch.kind in (TouchKind.CADENCE.value, TouchKind.RETRY.value)
                if regular:  # the rescheduled attempt is the client's cadence touch now
                    self._cancel_open(session, touch.client_id, TouchKind.CADENCE)
                reasons = [
                    Reason("rescheduled", (("from", touch.due.isoformat()),)),
                ]
                session.add(
                    Touch(
                        client_id=touch.client_id,
                        kind=TouchKind.CADENCE.value if regular else TouchKind.MANUAL.value,
                        channel=touch.channel,
                        purpose=touch.purpose,
                        status=TouchStatus.PLANNED.value,
                        base_due=touch.due,  # base != due on a pinned touch: rescheduled
                        due=reschedule_to,
                        pinned=True,
                        attempt=0,
                        reason=encode_reasons(reasons),
                    )
                )
            self.replan_in(session, [touch.client_id])
            return Changes(clients=frozenset({touch.client_id}), touches=True)

    def _cancel_open(self, session: Session, client_id: int, *kinds: TouchKind) -> None:
        session.execute(
            update(Touch)
            .where(
                Touch.client_id == client_id,
                Touch.status == TouchStatus.PLANNED.value,
                Touch.kind.in_([k.value for k in kinds]),
                Touch.pinned.is_(False),
            )
            .values(status=TouchStatus.CANCELLED.value)
            .execution_options(synchronize_session=False)
        )

    def _plan_retry(self, session: Session, touch: Touch, outcome: Outcome, today: date) -> None:
        states, _ = load_states(session, [touch.client_id])
        if not states:
            return
        state = states[0]
        tier = self.ctx.tier_rules(session)[state.tier]
        calendar = WorkingCalendar(self.ctx.calendar_rules(session))
        done = DoneTouch(
            today,
            Channel(touch.channel),
            Purpose(touch.purpose),
            TouchKind(touch.kind),
            outcome,
            touch.attempt,
        )
        retry = plan_after_outcome(state, tier, calendar, done, today)
        if retry is None:
            return
        # The retry replaces the open cadence touch: one open cadence-or-retry per client.
        session.execute(
            update(Touch)
            .where(
                Touch.client_id == touch.client_id,
                Touch.status == TouchStatus.PLANNED.value,
                Touch.kind.in_([TouchKind.CADENCE.value, TouchKind.RETRY.value]),
            )
            .values(status=TouchStatus.CANCELLED.value)
            .execution_options(synchronize_session=False)
        )
        session.add(_new_touch(retry))

    def move(self, touch_id: int, to: date) -> Changes:
        """Move a planned touch by hand: it is pinned there and the planner never moves it."""
        with self.ctx.book.transaction() as session:
            touch = self._planned(session, touch_id)
            today = self.ctx.today(session)
            if to < today:
                raise BookError("bad-date", f"cannot move a touch into the past ({to})")
            reasons = [Reason("pinned", (("from", touch.due.isoformat()), ("to", to.isoformat())))]
            touch.due = to
            touch.base_due = to
            touch.pinned = True
            touch.overbooked = False
            touch.reason = encode_reasons(reasons)
            session.flush()
            self.replan_in(session, [touch.client_id])
            return Changes(clients=frozenset({touch.client_id}), touches=True)

    def add_touch(
        self, client_id: int, day: date, channel: Channel, purpose: Purpose, note: str | None
    ) -> tuple[int, Changes]:
        with self.ctx.book.transaction() as session:
            if session.get(Client, client_id) is None:
                raise NotFound("client", client_id)
            touch = Touch(
                client_id=client_id,
                kind=TouchKind.MANUAL.value,
                channel=channel.value,
                purpose=purpose.value,
                status=TouchStatus.PLANNED.value,
                base_due=day,
                due=day,
                pinned=True,
                attempt=0,
                note=note,
                reason=encode_reasons([Reason("manual")]),
            )
            session.add(touch)
            session.flush()
            self.replan_in(session, [client_id])
            return touch.id, Changes(clients=frozenset({client_id}), touches=True)

    def _planned(self, session: Session, touch_id: int) -> Touch:
        touch = session.get(Touch, touch_id)
        if touch is None:
            raise NotFound("touch", touch_id)
        if touch.status != TouchStatus.PLANNED.value:
            raise BookError("not-planned", f"touch {touch_id} is already {touch.status}")
        return touch

    # --- days off ------------------------------------------------------------------------
    def set_day(self, day: date, kind: str | None, note: str | None = None) -> ReplanResult:
        """Mark a personal day off ("off"), an extra working day ("work"), or clear it (None)."""
        if kind not in (None, "off", "work"):
            raise BookError("bad-day-kind", f"unknown day kind {kind!r}")
        with self.ctx.book.transaction() as session:
            session.execute(delete(DayOverride).where(DayOverride.day == day))
            if kind is not None:
                session.add(DayOverride(day=day, kind=kind, note=note))
            session.flush()
            result = self.replan_in(session, None)
            return replace(result, changes=result.changes | Changes(calendar=True))

    def days(self) -> list[tuple[date, str, str | None]]:
        with self.ctx.book.reading() as session:
            return [
                (o.day, o.kind, o.note)
                for o in session.scalars(select(DayOverride).order_by(DayOverride.day))
            ]

    # --- reading -------------------------------------------------------------------------
    def agenda(self, day: date | None = None) -> list[TouchView]:
        """Due and overdue planned touches on `day` (default today), most urgent first."""
        with self.ctx.book.reading() as session:
            today = self.ctx.today(session)
            return query_touches(
                session, Touch.status == TouchStatus.PLANNED.value, Touch.due <= (day or today)
            )

    def plan(self, start: date, end: date, client_id: int | None = None) -> list[TouchView]:
        if end < start:
            raise BookError("bad-range", f"the period ends ({end}) before it starts ({start})")
        with self.ctx.book.reading() as session:
            where = [
                Touch.status == TouchStatus.PLANNED.value,
                Touch.due >= start,
                Touch.due <= end,
            ]
            if client_id is not None:
                where.append(Touch.client_id == client_id)
            return query_touches(session, *where)

    def touch(self, touch_id: int) -> TouchView:
        with self.ctx.book.reading() as session:
            found = query_touches(session, Touch.id == touch_id)
            if not found:
                raise NotFound("touch", touch_id)
            return found[0]

    def load(self, start: date, end: date) -> list[DayLoad]:
        """Planned touches per day and channel against capacity, for the planning view."""
        with self.ctx.book.reading() as session:
            calendar = WorkingCalendar(self.ctx.calendar_rules(session))
            capacity = self.ctx.plan_settings(session).capacity
            rows = session.execute(
                select(
                    Touch.due,
                    Touch.channel,
                    func.count(),
                    func.sum(case((Touch.overbooked.is_(True), 1), else_=0)),
                )
                .where(
                    Touch.status == TouchStatus.PLANNED.value,
                    Touch.due >= start,
                    Touch.due <= end,
                )
                .group_by(Touch.due, Touch.channel)
                .order_by(Touch.due, Touch.channel)
            )
            return [
                DayLoad(
                    day=due,
                    channel=channel,
                    planned=int(n),
                    capacity=capacity.get(Channel(channel)),
                    overbooked=int(over or 0),
                    working=calendar.is_working(due),
                )
                for due, channel, n, over in rows
            ]

    def calendar(self) -> WorkingCalendar:
        with self.ctx.book.reading() as session:
            return WorkingCalendar(self.ctx.calendar_rules(session))


def _new_touch(p: PlannedTouch) -> Touch:
    return Touch(
        client_id=p.client_id,
        kind=p.kind.value,
        channel=p.channel.value,
        purpose=p.purpose.value,
        status=TouchStatus.PLANNED.value,
        base_due=p.base_due,
        due=p.due,
        overbooked=p.overbooked,
        pinned=p.pinned,
        attempt=p.attempt,
        reason=encode_reasons(p.reasons),
    )


def shift_working_days(calendar: WorkingCalendar, day: date, offset: int) -> date:
    """`offset` working days after `day` (before it, for a negative offset)."""
    if offset >= 0:
        return calendar.add_working_days(day, offset)
    d = day
    left = -offset
    while left:
        d -= timedelta(days=1)
        if calendar.is_working(d):
            left -= 1
    return d


def next_birthday(month: int, day: int, today: date) -> date | None:
    """The next birthday on or after `today`; 29 February is greeted on 28 February in a
    common year. None for a day that no year has."""
    for year in (today.year, today.year + 1):
        leap_day_in_common_year = (month, day) == (2, 29) and not isleap(year)
        try:
            candidate = date(year, 2, 28) if leap_day_in_common_year else date(year, month, day)
        except ValueError:
            return None
        if candidate >= today:
            return candidate
    return None
