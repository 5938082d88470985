"""The sales log: record a sale (prices from the tier price book, sequences, value and
risk, re-plan) in one transaction, and list sales."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from planner.errors import BookError, Invalid, NotFound, ValidationError
from planner.models import Client, Touch
from planner.problems import Problem
from planner.sales.models import CatalogItem, Sale, SaleLine
from planner.sales.money import line_amount, parse_money, parse_quantity
from planner.services.catalog import currency, price_for, tier_rules
from planner.services.context import Context
from planner.services.planning import PlanningService
from planner.services.result import Result
from planner.services.salesviews import SaleLineInput, SaleLineView, SaleResult, SaleView
from planner.services.valuation import ValueService
from planner.services.views import Changes
from planner.vocabulary import ClientStatus, SequenceTrigger, TouchStatus

AFTER_SALE = "after-sale"
# A sale recorded later than this (catching up on old paper) starts no after-sale
# sequence: a thank-you call weeks late does more harm than good.
SEQUENCE_LOOKBACK_DAYS = 30
MAX_QUANTITY_MILLI = 10**9  # a million units: anything above is a typo
MAX_LINES = 500


@dataclass(frozen=True, slots=True)
class _Line:
    item: CatalogItem
    quantity_milli: int
    unit_price_minor: int
    source: str


def warranty_end(day: date, months: int) -> date:
    """Calendar-correct: a sale on 31 January with 1 month of warranty ends 28/29 Feb."""
    end: date = day + relativedelta(months=months)
    return end


class SalesService:
    def __init__(self, ctx: Context, planning: PlanningService, value: ValueService) -> None:
        self.ctx = ctx
        self.planning = planning
        self.value = value

    def record_sale(
        self,
        client_id: int,
        day: date,
        lines: Sequence[SaleLineInput | tuple[str, str | int] | tuple[str, str | int, str | None]],
        note: str | None = None,
    ) -> Result[SaleResult]:
        """Store a sale and everything that follows from it, all or nothing.

        Starts the after-sale sequence (for a sale of the last 30 days; a newer sale
        replaces the open steps of an earlier one) and, per distinct warranty end still
        ahead, the warranty sequence; then recomputes value and risk and re-plans.
        """
        inputs = [_as_input(line) for line in lines]
        with self.ctx.book.transaction() as session:
            client = session.get(Client, client_id)
            if client is None:
                raise NotFound("client", client_id)
            today = self.ctx.today(session)
            problems: list[Problem] = []
            if client.status == ClientStatus.ARCHIVED.value:
                raise BookError(
                    "archived-client", f"client {client_id} is archived; restore them first"
                )
            if day > today:
                problems.append(Problem.of("sale.future", "day", day=day, today=today))
            cur = currency(self.ctx, session)
            resolved = self._resolve(session, client.tier_id, inputs, cur, problems)
            if problems:
                raise ValidationError(problems)
            sale = Sale(
                client_id=client_id,
                day=day,
                note=(note or "").strip() or None,
                currency=cur,
                total_minor=0,
                created_at=self.ctx.utc_now(),
            )
            for i, ln in enumerate(resolved):
                sale.lines.append(
                    SaleLine(
                        position=i,
                        item_id=ln.item.id,
                        quantity_milli=ln.quantity_milli,
                        unit_price_minor=ln.unit_price_minor,
                        amount_minor=line_amount(ln.unit_price_minor, ln.quantity_milli),
                        price_source=ln.source,
                    )
                )
            sale.total_minor = sum(ln.amount_minor for ln in sale.lines)
            session.add(sale)
            session.flush()
            touches = self._start_sequences(session, client_id, day, today, resolved)
            value = self.value.refresh_in(session, [client_id])
            self.planning.replan_in(session, [client_id])
            view = _sale_views(session, [sale])[0]
            changes = Changes(clients=frozenset({client_id}), touches=True, sales=True)
            return Result(SaleResult(view, tuple(touches)), changes | value.changes)

    def _resolve(
        self,
        session: Session,
        tier_id: int,
        inputs: Sequence[SaleLineInput],
        cur: str,
        problems: list[Problem],
    ) -> list[_Line]:
        if not inputs:
            problems.append(Problem.of("sale.no-lines", "lines"))
        elif len(inputs) > MAX_LINES:
            problems.append(Problem.of("sale.many-lines", "lines", limit=MAX_LINES))
        codes = {ln.code.strip() for ln in inputs}
        items = {
            i.code: i
            for i in session.scalars(select(CatalogItem).where(CatalogItem.code.in_(codes)))
        }
        rules = tier_rules(session, tier_id)
        out: list[_Line] = []
        for n, ln in enumerate(inputs):
            field = f"lines.{n}"
            item = items.get(ln.code.strip())
            if item is None:
                problems.append(Problem.of("item.unknown-code", field, value=ln.code))
                continue
            if not item.active:
                problems.append(Problem.of("sale.inactive", field, item=item.code))
                continue
            try:
                qty = parse_quantity(ln.quantity)
            except Invalid as exc:
                problems.append(exc.at(field, item=item.code))
                continue
            if not 0 < qty <= MAX_QUANTITY_MILLI:
                problems.append(Problem.of("sale.bad-quantity", field, item=item.code))
                continue
            if ln.price is not None and ln.price.strip():
                try:
                    price = parse_money(ln.price, cur)
                except Invalid as exc:
                    problems.append(exc.at(field, item=item.code))
                    continue
                if price < 0:
                    problems.append(Problem.of("price.negative", field, item=item.code))
                    continue
                out.append(_Line(item, qty, price, "manual"))
            else:
                rule = rules.get(item.id)
                out.append(_Line(item, qty, price_for(item, rule), "tier" if rule else "list"))
        return out

    def _start_sequences(
        self, session: Session, client_id: int, day: date, today: date, lines: Sequence[_Line]
    ) -> list[int]:
        ids: list[int] = []
        if (today - day).days <= SEQUENCE_LOOKBACK_DAYS:
            session.execute(  # the newer sale's steps replace an earlier sale's open ones
                update(Touch)
                .where(
                    Touch.client_id == client_id,
                    Touch.sequence_code == AFTER_SALE,
                    Touch.status == TouchStatus.PLANNED.value,
                )
                .values(status=TouchStatus.CANCELLED.value)
                .execution_options(synchronize_session=False)
            )
            ids += self.planning.start_sequence(session, client_id, SequenceTrigger.SALE, day)
        ends = sorted(
            {warranty_end(day, ln.item.warranty_months) for ln in lines if ln.item.warranty_months}
        )
        for end in ends:
            if end >= today:
                ids += self.planning.start_sequence(
                    session, client_id, SequenceTrigger.WARRANTY_END, end
                )
        return ids

    # --- reading --------------------------------------------------------------------------
    def today(self) -> date:
        """Today in the salesperson's time zone (the default day of a new sale)."""
        with self.ctx.book.reading() as session:
            return self.ctx.today(session)

    def sales(
        self,
        client_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
        limit: int | None = None,
    ) -> list[SaleView]:
        """Sales newest first, of one client and/or a period (both ends included)."""
        if start and end and end < start:
            raise BookError("bad-range", f"the period ends ({end}) before it starts ({start})")
        with self.ctx.book.reading() as session:
            q = select(Sale).options(selectinload(Sale.lines))
            if client_id is not None:
                q = q.where(Sale.client_id == client_id)
            if start is not None:
                q = q.where(Sale.day >= start)
            if end is not None:
                q = q.where(Sale.day <= end)
            q = q.order_by(Sale.day.desc(), Sale.id.desc())
            if limit is not None:
                q = q.limit(limit)
            return _sale_views(session, list(session.scalars(q)))

    def sale(self, sale_id: int) -> SaleView:
        with self.ctx.book.reading() as session:
            sale = session.get(Sale, sale_id, options=[selectinload(Sale.lines)])
            if sale is None:
                raise NotFound("sale", sale_id)
            return _sale_views(session, [sale])[0]


def _as_input(
    line: SaleLineInput | tuple[str, str | int] | tuple[str, str | int, str | None],
) -> SaleLineInput:
    if isinstance(line, SaleLineInput):
        return line
    code, qty, *rest = line
    return SaleLineInput(code, str(qty), rest[0] if rest else None)


def _sale_views(session: Session, sales: Sequence[Sale]) -> list[SaleView]:
    if not sales:
        return []
    item_ids = {ln.item_id for s in sales for ln in s.lines}
    items = {
        i.id: i for i in session.scalars(select(CatalogItem).where(CatalogItem.id.in_(item_ids)))
    }
    names: dict[int, str] = {
        cid: name
        for cid, name in session.execute(
            select(Client.id, Client.name).where(Client.id.in_({s.client_id for s in sales}))
        )
    }
    return [
        SaleView(
            id=s.id,
            client_id=s.client_id,
            client=names.get(s.client_id, ""),
            day=s.day,
            note=s.note,
            currency=s.currency,
            total_minor=s.total_minor,
            lines=tuple(
                SaleLineView(
                    code=items[ln.item_id].code,
                    name=items[ln.item_id].name,
                    unit=items[ln.item_id].unit,
                    quantity_milli=ln.quantity_milli,
                    unit_price_minor=ln.unit_price_minor,
                    amount_minor=ln.amount_minor,
                    price_source=ln.price_source,
                )
                for ln in s.lines
            ),
        )
        for s in sales
    ]
