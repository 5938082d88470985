"""The post-sale offer: what to recommend, at which price and discount, until when.

`build_offer` is the one place that turns the book into an `Offer` (plain data with
exact money); the price list documents, the call scripts and the UI all read it.

The discount is the larger of the book-wide `discount.percent` and the client's tier
discount (`tier.discount_bp`): both are promises of "at least this much", so a key tier
can get more, and raising the book default raises everyone. It applies on top of the
tier price book; each line's discount is rounded half up to the minor unit and the
totals are sums of the rounded lines, so the document always adds up.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.errors import NotFound
from planner.models import Client, Tier
from planner.sales.models import CatalogItem, RelatedItem, Sale, SaleLine
from planner.sales.money import discount_amount
from planner.sales.offers import Offer, OfferLine, Salesperson
from planner.sales.recommend import Relation, recommend
from planner.sales.salutation import salutation
from planner.sales.texts import conditions, language_of
from planner.services.catalog import currency, price_for, tier_rules
from planner.services.context import Context

DEFAULT_LIMIT = 8


def client_language(ctx: Context, session: Session, client: Client) -> str:
    """The client's own language, else the UI language."""
    return language_of(client.language or ctx.setting_value(session, "ui.language"))


def salesperson(ctx: Context, session: Session) -> Salesperson:
    values = ctx.all_settings(session)
    logo_text = str(values.get("me.logo") or "").strip()
    logo = Path(logo_text).expanduser() if logo_text else None
    return Salesperson(
        name=str(values.get("me.name") or ""),
        company=str(values.get("me.company") or ""),
        phone=str(values.get("me.phone") or ""),
        email=str(values.get("me.email") or ""),
        logo=logo if logo is not None and logo.is_file() else None,
    )


def offer_discount_bp(ctx: Context, session: Session, tier: Tier) -> int:
    book_bp = int(ctx.setting_value(session, "discount.percent")) * 100
    return max(book_bp, tier.discount_bp)


def bought_newest_first(session: Session, client_id: int) -> list[int]:
    """Distinct items the client bought, by their latest purchase (newest first)."""
    last_day = func.max(Sale.day)
    rows = list(
        session.execute(
            select(SaleLine.item_id, last_day, func.max(Sale.id))
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(Sale.client_id == client_id)
            .group_by(SaleLine.item_id)
        )
    )
    rows.sort(key=lambda r: (r[1], r[2], -r[0]), reverse=True)
    return [r[0] for r in rows]


def recommendations(
    session: Session, client: Client, limit: int = DEFAULT_LIMIT
) -> list[tuple[CatalogItem, str, CatalogItem | None, str | None]]:
    """(item, reason, the bought item it relates to, relation kind), best first."""
    bought = bought_newest_first(session, client.id)
    related: dict[int, list[Relation]] = defaultdict(list)
    if bought:
        for r in session.scalars(
            select(RelatedItem)
            .where(RelatedItem.item_id.in_(bought))
            .order_by(RelatedItem.item_id, RelatedItem.position, RelatedItem.id)
        ):
            related[r.item_id].append(Relation(r.related_id, r.kind))
    counts: dict[int, int] = {
        item_id: n
        for item_id, n in session.execute(
            select(SaleLine.item_id, func.count(func.distinct(Sale.id)))
            .join(Sale, Sale.id == SaleLine.sale_id)
            .join(Client, Client.id == Sale.client_id)
            .where(Client.tier_id == client.tier_id)
            .group_by(SaleLine.item_id)
        )
    }
    active: dict[int, str] = {
        item_id: code
        for item_id, code in session.execute(
            select(CatalogItem.id, CatalogItem.code).where(CatalogItem.active.is_(True))
        )
    }
    picks = recommend(bought, related, counts, active, active, limit)
    wanted = {p.item_id for p in picks} | {p.because_of for p in picks if p.because_of}
    items = {
        i.id: i for i in session.scalars(select(CatalogItem).where(CatalogItem.id.in_(wanted)))
    }
    return [
        (
            items[p.item_id],
            p.reason,
            items.get(p.because_of) if p.because_of else None,
            p.kind,
        )
        for p in picks
    ]


def build_offer(
    ctx: Context, session: Session, client_id: int, limit: int = DEFAULT_LIMIT
) -> Offer:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound("client", client_id)
    today = ctx.today(session)
    lang = client_language(ctx, session, client)
    cur = currency(ctx, session)
    bp = offer_discount_bp(ctx, session, client.tier)
    valid_until = today + timedelta(days=int(ctx.setting_value(session, "offer.valid_days")))
    rules = tier_rules(session, client.tier_id)
    lines = []
    for item, reason, because, kind in recommendations(session, client, limit):
        price = price_for(item, rules.get(item.id))
        off = discount_amount(price, bp)
        lines.append(
            OfferLine(
                item_id=item.id,
                code=item.code,
                name=item.name,
                category=item.category,
                unit=item.unit,
                benefits=item.benefits,
                reason=reason,
                related_to=because.name if because is not None else None,
                kind=kind,
                price_minor=price,
                discount_minor=off,
                discounted_minor=price - off,
            )
        )
    return Offer(
        client_id=client.id,
        client_name=client.name,
        company=client.company,
        tier=client.tier.code,
        language=lang,
        currency=cur,
        created_on=today,
        valid_until=valid_until,
        discount_bp=bp,
        conditions=conditions(lang, bp, valid_until, cur),
        lines=tuple(lines),
        salesperson=salesperson(ctx, session),
        salutation=salutation(client.name, lang, client.salutation),
    )
