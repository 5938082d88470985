"""Planning use cases: re-plan, agenda, the plan of a period, outcomes, moves, days off."""

from __future__ import annotations

from calendar import isleap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from planner.errors import BookError, NotFound
from planner.models import Client, DayOverride, Touch
from planner.models import Sequence as SequenceRow
from planner.scheduling import (
    WorkingCalendar,
    plan_after_outcome,
    plan_book,
)
from planner.scheduling.forecast import WEEKS, Forecast, forecast
from planner.scheduling.plan import bulk_allocation
from planner.scheduling.sequences import SequenceRule, StepRule, sequence_steps
from planner.scheduling.types import (
    CalendarRules,
    ClientState,
    DoneTouch,
    PlannedTouch,
    PlanSettings,
    Reason,
    TierRule,
)
from planner.services import outcome_path as op
from planner.services.bookstate import (
    Existing,
    LazyLoad,
    base_load,
    load_states,
    reload_open,
    with_done,
    write_plan,
)
from planner.services.context import Context
from planner.services.rawsql import chunks
from planner.services.result import Result
from planner.services.touchviews import encode_reasons, planned_of_client, query_touches
from planner.services.undo import CLIENT_ROWS, OpenTouches, UndoRecorder
from planner.services.views import Changes, DayLoad, ReplanResult, TouchView
from planner.services.whole_book import whole_book_write
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
OUTCOME_ROWS = ("client", "touch")  # what logging an outcome writes (its undo step)
STOP_ROWS = ("client", "contact_point", "touch")  # "do-not-contact": a channel's consent


def level_load(
    session: Session,
    client_ids: Sequence[int] | None,
    today: date,
    existing: Mapping[int, Existing] | None = None,
) -> Mapping[tuple[Channel, date], int]:
    """What the clients being re-planned are levelled against (`PlanSettings.base_load`):
    the seats today's done touches took and, for some clients (None: the whole book),
    everyone else's planned touches, read a few days at a time for a few clients (an
    outcome, a move). `existing`: the clients' open touches as `load_states` read them,
    when the caller has them."""
    load: Mapping[tuple[Channel, date], int] = {}
    if client_ids is not None:
        if len(client_ids) <= LAZY_LOAD_CLIENTS:
            if existing is None:
                existing = load_states(session, client_ids)[1]
            load = LazyLoad(session, existing.values())
        else:
            load = base_load(session, client_ids, today)
    return with_done(session, load, today)


@dataclass(frozen=True, slots=True)
class OutcomeLogged:
    """What logging an outcome gives back: the client's planned touches from today on,
    soonest first, as the same transaction left them (issue 9: one call, no re-read)."""

    client_id: int
    next: tuple[TouchView, ...]

    @property
    def first(self) -> TouchView | None:
        return self.next[0] if self.next else None


@dataclass(frozen=True, slots=True)
class Rules:
    """What one planning transaction reads of the settings (`PlanningService._rules`)."""

    today: date
    settings: PlanSettings
    tiers: dict[str, TierRule]
    calendar: WorkingCalendar
    tier_codes: Mapping[int, str]  # a client row's tier id -> its code


@dataclass(frozen=True, slots=True)
class _Kept:
    """What `_rules` keeps between transactions (Context.rules_cache): all but today."""

    timezone: str | None
    settings: PlanSettings
    tiers: dict[str, TierRule]
    calendar: WorkingCalendar
    tier_codes: Mapping[int, str]


def sequence_rules(
    session: Session, trigger: SequenceTrigger, code: str | None = None
) -> list[SequenceRule]:
    """The active sequences an event starts (the one named `code`, else those of
    `trigger`), as the pure `sequence_steps` takes them."""
    q = select(SequenceRow).where(SequenceRow.active.is_(True))
    q = q.where(SequenceRow.code == code) if code else q.where(SequenceRow.trigger == trigger)
    return [
        SequenceRule(
            seq.code,
            tuple(
                StepRule(
                    step.position,
                    step.offset_days,
                    Channel(step.channel) if step.channel else None,
                    Purpose(step.purpose),
                )
                for step in seq.steps
            ),
        )
        for seq in session.scalars(q)
    ]


class PlanningService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._calendars: dict[CalendarRules, WorkingCalendar] = {}

    # --- re-planning ---------------------------------------------------------------------
    def replan_all(self, progress: Progress | None = None) -> Result[ReplanResult]:
        """Re-plan the whole book in one transaction (all or nothing), planned on a
        snapshot without the write lock (`whole_book_write`)."""
        result = whole_book_write(self.ctx.book, lambda s: self.replan_in(s, None, progress))
        return Result(result, result.changes)

    def daily(self, progress: Progress | None = None) -> Result[ReplanResult]:
        """The daily planning step, at start-up and when the day changes: greetings are
        planned ahead for every client with a birthday coming up (and consent), and the
        whole book is levelled again for the new day (the backlog planned forward)."""
        return self.replan_all(progress)

    def replan_in(
        self, session: Session, client_ids: Sequence[int] | None, progress: Progress | None = None
    ) -> ReplanResult:
        """Re-plan some clients (levelled against everyone else's load) or the whole book."""
        with bulk_allocation():
            return self._replan_in(session, client_ids, self._rules(session), progress)

    def _replan_few(
        self,
        session: Session,
        client_ids: Sequence[int],
        rules: Rules,
        *,
        stopped: bool,
        read: Sequence[ClientState] | None = None,
    ) -> None:
        """Re-plan a few clients after an outcome, with the rules already read. Birthday
        greetings are the daily step's (an outcome changes no birthday), and only a
        client the outcome stopped has open touches to cancel. `read`: the clients as
        this transaction read them after its last change to their rows (only their open
        touches are read again)."""
        with bulk_allocation():
            self._replan_in(
                session, client_ids, rules, None, greet=False, stopped=stopped, read=read
            )

    def _rules(self, session: Session) -> Rules:
        """Everything a plan reads of the settings, once per transaction, and kept while
        the book says they cannot have changed (settings_cache.py: one PRAGMA instead of
        three reads); the working calendar (holiday tables, memoised days) is kept while
        its rules stay the same."""
        session.flush()
        cache = self.ctx.rules_cache
        token, kept = cache.get(session)
        if kept is None:
            values = self.ctx.all_settings(session)
            tiers, codes = self.ctx.tiers(session)
            kept = _Kept(
                timezone=values["calendar.timezone"],
                settings=self.ctx.plan_settings(session, values),
                tiers=tiers,
                calendar=self._calendar(session, values),
                tier_codes=codes,
            )
            cache.put(token, kept)
        return Rules(
            today=self.ctx.today(session, kept.timezone),
            settings=kept.settings,
            tiers=kept.tiers,
            calendar=kept.calendar,
            tier_codes=kept.tier_codes,
        )

    def _calendar(self, session: Session, values: dict[str, Any] | None = None) -> WorkingCalendar:
        return self.calendar_for(self.ctx.calendar_rules(session, values))

    def calendar_for(self, rules: CalendarRules) -> WorkingCalendar:
        """The working calendar of `rules`, kept per rules (its holiday tables and memoised
        days outlive one call): the planner's and Today's working-day flag share it."""
        calendar = self._calendars.get(rules)
        if calendar is None:
            if len(self._calendars) > 8:
                self._calendars.clear()
            # a change of working hours or zone keeps the days worked out (holidays...)
            same = next((c for c in self._calendars.values() if c.same_days(rules)), None)
            calendar = WorkingCalendar(rules) if same is None else same.with_hours(rules)
            self._calendars[rules] = calendar
        return calendar

    def _replan_in(
        self,
        session: Session,
        client_ids: Sequence[int] | None,
        rules: Rules,
        progress: Progress | None,
        *,
        greet: bool = True,
        stopped: bool = True,
        read: Sequence[ClientState] | None = None,
    ) -> ReplanResult:
        today = rules.today
        session.flush()
        if greet:
            self._start_birthdays(session, client_ids, today)
        if client_ids is None:
            self._cancel_inactive(session)
        elif stopped:
            self._cancel_inactive(session, client_ids)
        if read is not None and not stopped:
            states, existing = reload_open(session, read)
        else:
            states, existing = load_states(session, client_ids, rules.tier_codes)
        load = level_load(session, client_ids, today, existing)
        settings = replace(rules.settings, base_load=load)
        planned = plan_book(
            states, rules.tiers, rules.calendar.rules, settings, today, progress,
            calendar=rules.calendar,
        )  # fmt: skip
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
        open_touch = select(Touch.id).where(
            Touch.status == TouchStatus.PLANNED.value, Touch.client_id.in_(inactive)
        )
        if session.scalar(open_touch.limit(1)) is None:
            return  # nothing to cancel: no write (and no write lock) yet
        session.connection().execute(
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
    ) -> list[int]:
        """Start a sequence for many (client, event day) pairs at once; returns the new ids.

        A step's day is `offset` working days from the event (offset 0: the event day
        itself, which the planner then moves off a non-working day where it must).
        (An import's onboarding is planned inside its re-plan: `import_plan.Onboarding`.)
        """
        rules = sequence_rules(session, trigger, code)
        if not rules or not events:
            return []
        calendar = self._calendar(session)
        states = {s.id: s for s in load_states(session, [cid for cid, _ in events])[0]}
        tiers = self.ctx.tier_rules(session)
        rows: list[dict[str, object]] = []
        for client_id, event_day in events:
            state = states.get(client_id)
            if state is None:  # archived or stopped: no sequence
                continue
            for p in sequence_steps(state, tiers[state.tier], rules, event_day, calendar):
                rows.append(
                    {
                        "client_id": p.client_id,
                        "kind": TouchKind.SEQUENCE.value,
                        "channel": p.channel.value,
                        "purpose": p.purpose.value,
                        "status": TouchStatus.PLANNED.value,
                        "base_due": p.base_due,
                        "due": p.base_due,
                        "overbooked": False,
                        "pinned": False,
                        "attempt": 0,
                        "sequence_code": p.sequence_code,
                        "step": p.step,
                        "reason": encode_reasons([p.reason]),
                    }
                )
        if not rows:
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
        for cid, month, mday in session.connection().execute(q):
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
            have.update((cid, base) for cid, base in session.connection().execute(greetings))
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
    ) -> Result[OutcomeLogged]:
        """Mark a planned touch done and plan what follows at once (DESIGN.md section 3);
        the value holds the client's next planned touches.

        The fast path of DESIGN.md section 8 (<= 10 ms on a 100,000-client book): one
        transaction, lean Core writes by key (outcome_path.py), and a re-plan of this one
        client only, levelled against the others' counts on the few days its touches land
        on (bookstate.LazyLoad): no statement reads or counts the whole book."""
        with self.ctx.book.transaction() as session:
            rules = self._rules(session)
            today = rules.today
            done = op.read_planned(session, touch_id)
            # an outcome writes the client row and its touches (and a channel's consent
            # on "do-not-contact"), never its tags: the undo step reads only those
            scope = OUTCOME_ROWS if outcome is not Outcome.DO_NOT_CONTACT else STOP_ROWS
            undo = OpenTouches(self.ctx, session, [done.client_id], scope)
            if outcome is Outcome.RESCHEDULED and reschedule_to is None:
                raise BookError("bad-outcome", "a rescheduled touch needs the new date")
            if reschedule_to is not None and reschedule_to < today:
                raise BookError("bad-date", "cannot reschedule into the past")
            op.mark_done(session, done, outcome, note, today, self.ctx.utc_now())
            op.stamp_client(session, done, outcome, today, stop_client=stop_client)
            if not outcome.wants_retry and undo.has_open(TouchKind.RETRY, done.purpose):
                # the attempt is over: a pending retry of the same purpose is absorbed
                op.cancel_open(session, done.client_id, (TouchKind.RETRY,), purpose=done.purpose)
            read: list[ClientState] | None = None
            if outcome.wants_retry:
                states, _ = load_states(session, [done.client_id], rules.tier_codes)
                read = states  # the re-plan reads only the open touches again
                retry = self._retry(states[0], done, outcome, rules) if states else None
                if retry is not None:
                    # one open cadence-or-retry per client: the retry replaces the others
                    slot = (TouchKind.CADENCE, TouchKind.RETRY)
                    op.cancel_open(session, done.client_id, slot, pinned_too=True)
                    op.add_touch(session, retry)
            if reschedule_to is not None:
                moved = op.rescheduled(done, reschedule_to)
                if moved.kind is TouchKind.CADENCE:  # the client's cadence touch now
                    op.cancel_open(session, done.client_id, (TouchKind.CADENCE,))
                op.add_touch(session, moved)
            stopped = outcome is Outcome.DO_NOT_CONTACT and stop_client
            self._replan_few(session, [done.client_id], rules, stopped=stopped, read=read)
            name = undo.name_before(done.client_id)
            undo.record("outcome", {"client": done.client_id, "name": name, "touch": touch_id})
            upcoming = planned_of_client(session, done.client_id)
            return Result(
                OutcomeLogged(done.client_id, tuple(upcoming)),
                Changes(clients=frozenset({done.client_id}), touches=True),
            )

    def _retry(
        self, state: ClientState, done: op.DoneRow, outcome: Outcome, rules: Rules
    ) -> PlannedTouch | None:
        """The retry the outcome asks for. After "left a message" the client was
        disturbed, so the retry also keeps the minimum gap from this attempt (only a
        retry after "no answer" follows the retry delay alone, DESIGN.md section 4)."""
        attempt = DoneTouch(
            rules.today,
            Channel(done.channel),
            Purpose(done.purpose),
            done.kind,
            outcome,
            done.attempt,
        )
        tier = rules.tiers[state.tier]
        gap = rules.settings.gap_days if outcome is Outcome.LEFT_MESSAGE else 0
        return plan_after_outcome(state, tier, rules.calendar, attempt, rules.today, gap=gap)

    def move(self, touch_id: int, to: date) -> Result[None]:
        """Move a planned touch by hand: it is pinned there and the planner never moves it."""
        with self.ctx.book.transaction() as session:
            touch = self._planned(session, touch_id)
            today = self.ctx.today(session)
            if to < today:
                raise BookError("bad-date", f"cannot move a touch into the past ({to})")
            undo = UndoRecorder(self.ctx, session, [touch.client_id], CLIENT_ROWS)
            reasons = [Reason("pinned", (("from", touch.due.isoformat()), ("to", to.isoformat())))]
            touch.due = to
            touch.base_due = to
            touch.pinned = True
            touch.overbooked = False
            touch.reason = encode_reasons(reasons)
            session.flush()
            self.replan_in(session, [touch.client_id])
            undo.record("move", {"client": touch.client_id, "touch": touch_id})
            return Result(None, Changes(clients=frozenset({touch.client_id}), touches=True))

    def add_touch(
        self, client_id: int, day: date, channel: Channel, purpose: Purpose, note: str | None
    ) -> Result[int]:
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
            return Result(touch.id, Changes(clients=frozenset({client_id}), touches=True))

    def _planned(self, session: Session, touch_id: int) -> Touch:
        touch = session.get(Touch, touch_id)
        if touch is None:
            raise NotFound("touch", touch_id)
        if touch.status != TouchStatus.PLANNED.value:
            raise BookError("not-planned", f"touch {touch_id} is already {touch.status}")
        return touch

    # --- days off ------------------------------------------------------------------------
    def set_day(self, day: date, kind: str | None, note: str | None = None) -> Result[ReplanResult]:
        """Mark a personal day off ("off"), an extra working day ("work"), or clear it (None)."""
        if kind not in (None, "off", "work"):
            raise BookError("bad-day-kind", f"unknown day kind {kind!r}")
        with self.ctx.book.transaction() as session:
            _, book_wide = self.ctx.book.store_personal(session, {}, {day: kind})
            if book_wide:  # a laptop book's day; a team book's salesperson keeps their own
                session.execute(delete(DayOverride).where(DayOverride.day == day))
                if kind is not None:
                    session.add(DayOverride(day=day, kind=kind, note=note))
            session.flush()
            result = self.replan_in(session, None)
            changes = result.changes | Changes(calendar=True)
            return Result(replace(result, changes=changes), changes)

    def days(self) -> list[tuple[date, str, str | None]]:
        with self.ctx.book.reading() as session:
            found = self.ctx.day_overrides(session)
            return [(day, kind, note) for day, (kind, note) in sorted(found.items())]

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
            calendar = self._calendar(session)
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

    def forecast(self, weeks: int = WEEKS) -> Forecast:
        """The fit check: the load the book's tiers demand per week and channel over the
        next `weeks` weeks against capacity, with verdicts (scheduling/forecast.py)."""
        with self.ctx.book.reading() as session, bulk_allocation():
            rules = self._rules(session)
            states, _ = load_states(session, None)
            born = select(Client.id, Client.birthday_month, Client.birthday_day).where(
                Client.status == ClientStatus.ACTIVE.value,
                Client.birthday_month.is_not(None),
                Client.birthday_day.is_not(None),
            )
            birthdays = {cid: (m, d) for cid, m, d in session.execute(born) if m and d}
            horizon = rules.today + timedelta(weeks=weeks)
            steps = session.execute(
                select(Touch.due, Touch.channel).where(
                    Touch.status == TouchStatus.PLANNED.value,
                    Touch.due <= horizon,
                    Touch.kind == TouchKind.SEQUENCE.value,
                    Touch.sequence_code.is_distinct_from("birthday"),  # projected apart
                )
            )
            return forecast(
                states,
                rules.tiers,
                rules.calendar,
                rules.settings.capacity,
                rules.today,
                birthdays=birthdays,
                sequence_steps=[(due, Channel(ch)) for due, ch in steps],
                weeks=weeks,
            )

    def calendar(self) -> WorkingCalendar:
        with self.ctx.book.reading() as session:
            return self._calendar(session)

    def calendar_in(
        self, session: Session, values: dict[str, Any] | None = None
    ) -> WorkingCalendar:
        """The working calendar inside the caller's read (cached per calendar rules)."""
        return self._calendar(session, values)


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
