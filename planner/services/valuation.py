"""Keeps `client.value_minor` and `client.at_risk` in step with the sales log, starts the
win-back sequence when a client becomes at risk, and suggests tiers.

The planner reads those two columns for priority (`ClientState.value`/`at_risk`), so
they are stored rather than computed on every re-plan. Risk depends on today, so the UI
should call `recompute_daily()` once a day (e.g. on start) besides after each sale.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from planner.errors import BookError, NotFound
from planner.models import Client, Tier, Touch
from planner.sales import analytics as an
from planner.sales.models import Sale
from planner.services.context import Context
from planner.services.planning import PlanningService, Progress
from planner.services.result import Result
from planner.services.salesviews import ClientValue, DailyRun, RecomputeResult
from planner.services.views import Changes
from planner.services.whole_book import whole_book_write
from planner.vocabulary import ClientStatus, SequenceTrigger, TouchStatus

WIN_BACK = "win-back"


def _purchases(session: Session, client_ids: Sequence[int] | None) -> dict[int, an.Rfm]:
    q = select(Sale.client_id, Sale.day, Sale.total_minor).order_by(Sale.client_id, Sale.day)
    if client_ids is not None:
        q = q.where(Sale.client_id.in_(list(client_ids)))
    grouped: dict[int, list[an.Purchase]] = defaultdict(list)
    for cid, day, total in session.execute(q):
        grouped[cid].append(an.Purchase(day, total))
    return {cid: an.rfm(p) for cid, p in grouped.items()}


class ValueService:
    def __init__(self, ctx: Context, planning: PlanningService) -> None:
        self.ctx = ctx
        self.planning = planning

    # --- inside other use cases ---------------------------------------------------------
    def refresh_in(self, session: Session, client_ids: Sequence[int] | None) -> RecomputeResult:
        """Recompute value and risk of some clients (or all) inside the caller's
        transaction; start win-back for clients who just became at risk."""
        today = self.ctx.today(session)
        session.flush()
        found = _purchases(session, client_ids)
        q = select(Client.id, Client.value_minor, Client.at_risk, Client.status)
        if client_ids is not None:
            q = q.where(Client.id.in_(list(client_ids)))
        updates: list[dict[str, object]] = []
        changed: set[int] = set()
        newly: list[int] = []
        back: list[int] = []
        total = 0
        for cid, old_value, old_risk, status in session.execute(q):
            total += 1
            r = found.get(cid, an.rfm(()))
            risk = an.is_at_risk(r, today)
            if r.monetary_minor != old_value or risk != bool(old_risk):
                updates.append({"cid": cid, "v": r.monetary_minor, "r": risk})
                changed.add(cid)
            if risk and not old_risk and status == ClientStatus.ACTIVE.value:
                newly.append(cid)
            elif old_risk and not risk:
                back.append(cid)
        if updates:
            table = cast("Table", Client.__table__)  # Core: bulk, and no version bump
            session.execute(
                update(table)
                .where(table.c.id == bindparam("cid"))
                .values(value_minor=bindparam("v"), at_risk=bindparam("r")),
                updates,
            )
        started = [cid for cid in newly if self._start_win_back(session, cid, today)]
        if back:  # they bought again: "did something go wrong?" calls are out of place now
            session.execute(
                update(Touch)
                .where(
                    Touch.client_id.in_(back),
                    Touch.sequence_code == WIN_BACK,
                    Touch.status == TouchStatus.PLANNED.value,
                )
                .values(status=TouchStatus.CANCELLED.value)
                .execution_options(synchronize_session=False)
            )
        return RecomputeResult(
            clients=total,
            changed=len(updates),
            newly_at_risk=tuple(newly),
            win_back_started=tuple(started),
            changes=Changes(
                clients=frozenset(changed),
                all_clients=client_ids is None,
                touches=bool(started or back),
            ),
        )

    def _start_win_back(self, session: Session, client_id: int, today: date) -> bool:
        """Once per silence: never while a win-back touch of the client is still open."""
        open_one = session.scalar(
            select(Touch.id).where(
                Touch.client_id == client_id,
                Touch.sequence_code == WIN_BACK,
                Touch.status == TouchStatus.PLANNED.value,
            )
        )
        if open_one is not None:
            return False
        ids = self.planning.start_sequence(
            session, client_id, SequenceTrigger.DORMANT, today, code=WIN_BACK
        )
        return bool(ids)

    # --- use cases --------------------------------------------------------------------------
    def recompute_all(self) -> Result[RecomputeResult]:
        """The whole book in one transaction; re-plans the clients whose risk started."""
        with self.ctx.book.transaction() as session:
            result = self.refresh_in(session, None)
            if result.win_back_started:
                self.planning.replan_in(session, list(result.win_back_started))
            return Result(result, result.changes)

    def recompute_daily(
        self, last: date | None = None, progress: Progress | None = None
    ) -> Result[DailyRun]:
        """Once a day: value and risk of every client, then the daily planning step (the
        whole book levelled for the new day, birthdays ahead), in one transaction.
        `last`: the day it last ran; when that is today, nothing is done."""

        def work(session: Session) -> DailyRun:
            today = self.ctx.today(session)
            if last == today:
                return DailyRun(today)
            value = self.refresh_in(session, None)
            return DailyRun(today, value, self.planning.replan_in(session, None, progress))

        run = whole_book_write(self.ctx.book, work)
        changes = Changes()
        for part in (run.value, run.plan):
            changes = changes if part is None else changes | part.changes
        return Result(run, changes)

    def client_value(self, client_id: int) -> ClientValue:
        with self.ctx.book.reading() as session:
            return self._values(session, [client_id])[0]

    def suggestions(self, only_different: bool = True) -> list[ClientValue]:
        """Every active client's value and suggested tier (those that differ by default)."""
        with self.ctx.book.reading() as session:
            values = self._values(session, None)
            if only_different:
                values = [v for v in values if v.suggested_tier not in (None, v.tier)]
            return values

    def accept_tier(self, client_id: int, tier: str) -> Result[None]:
        """Move the client to `tier` (usually the suggested one) and re-plan them."""
        return self.accept_tiers([(client_id, tier)])

    def accept_tiers(self, moves: Sequence[tuple[int, str]]) -> Result[None]:
        """Move clients to tiers ((client id, tier code) pairs, usually the suggested ones)
        and re-plan them, in one transaction: an unknown client or tier moves nobody."""
        with self.ctx.book.transaction() as session:
            tiers = {t.code: t for t in session.scalars(select(Tier))}
            moved: list[int] = []
            for client_id, tier in moves:
                client = session.get(Client, client_id)
                if client is None:
                    raise NotFound("client", client_id)
                row = tiers.get(tier.strip().upper())
                if row is None:
                    raise BookError("unknown-tier", f"unknown tier {tier!r}", field="tier")
                client.tier = row
                moved.append(client_id)
            if moved:
                session.flush()
                self.planning.replan_in(session, moved)
            return Result(None, Changes(clients=frozenset(moved), touches=bool(moved)))

    def _values(self, session: Session, client_ids: Sequence[int] | None) -> list[ClientValue]:
        """Values of some clients, or of every active client (None: no huge IN lists)."""
        today = self.ctx.today(session)
        everyone = _purchases(session, None)
        book = an.book_values([r.monetary_minor for r in everyone.values()])
        q = select(Client.id, Tier.code).join(Tier, Tier.id == Client.tier_id)
        if client_ids is None:
            q = q.where(Client.status == ClientStatus.ACTIVE.value)
        else:
            q = q.where(Client.id.in_(list(client_ids)))
        tiers = {cid: code for cid, code in session.execute(q.order_by(Client.id))}
        out = []
        for cid in tiers if client_ids is None else client_ids:
            if cid not in tiers:
                raise NotFound("client", cid)
            r = everyone.get(cid, an.rfm(()))
            suggested, rule = an.suggest_tier(r, today, book)
            median = an.median_interval(r.purchase_days)
            out.append(
                ClientValue(
                    client_id=cid,
                    purchases=r.frequency,
                    monetary_minor=r.monetary_minor,
                    last_purchase=r.last_purchase,
                    recency_days=r.recency_days(today),
                    median_interval_days=median,
                    at_risk=an.is_at_risk(r, today),
                    tier=tiers[cid],
                    suggested_tier=suggested,
                    rule=rule,
                )
            )
        return out
