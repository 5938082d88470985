"""What a call script can say about a client: the template variables, as plain records.

`VARIABLES` documents every name for the template editor; `script_context` fills them
in from the book. Money is formatted in the script's language; dates stay dates (use
`|day` to print one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner.models import Client, ContactPoint, Touch
from planner.sales.models import CatalogItem, Sale
from planner.sales.money import format_money, format_percent, format_quantity
from planner.sales.sandbox import Record
from planner.services.catalog import currency
from planner.services.context import Context
from planner.services.offers import build_offer, client_language
from planner.vocabulary import Channel, TouchStatus

LAST_TOUCHES = 5
LAST_PURCHASES = 5
RECOMMENDATIONS = 5


@dataclass(frozen=True, slots=True)
class Variable:
    name: str
    description: str


VARIABLES: tuple[Variable, ...] = (
    Variable("client.name", "the client's full name as in the book"),
    Variable("client.first_name", "the first word of the name (for a friendly greeting)"),
    Variable(
        "client.salutation",
        "how to address the client, e.g. Уважаемая Анна Петровна! / Szanowna Pani Anno, / "
        "Dear Anna, (their own, else their language's default)",
    ),
    Variable("client.company", "the client's company, or nothing"),
    Variable("client.tier", "tier code: A, B, C or D"),
    Variable("client.tier_name", "tier name, e.g. Key, Regular"),
    Variable("client.birthday", "birthday as a date (year may be 1900 if unknown), or nothing"),
    Variable("client.since", "the day the client was added to the book"),
    Variable("client.value", "everything the client has bought, as money text"),
    Variable("client.at_risk", "true when the client is silent well past their usual interval"),
    Variable("client.tags", "list of the client's tags"),
    Variable("client.notes", "your notes on the client, or nothing"),
    Variable("contacts", "list of contact points: channel, value, label, preferred"),
    Variable("phone", "the preferred phone number, or nothing"),
    Variable("email", "the preferred e-mail address, or nothing"),
    Variable(
        "last_touches",
        f"up to {LAST_TOUCHES} last done touches, newest first: "
        "day, channel, purpose, outcome, note",
    ),
    Variable("last_touch", "the newest done touch (same fields), or nothing"),
    Variable(
        "last_purchases",
        f"up to {LAST_PURCHASES} last sales, newest first: day, "
        "total, items (name, quantity, unit, amount)",
    ),
    Variable("last_purchase", "the newest sale (same fields), or nothing"),
    Variable(
        "recommendations",
        f"up to {RECOMMENDATIONS} items to offer: name, code, "
        "benefits, price, your_price, related_to, kind, reason",
    ),
    Variable("me.name", "your name (settings me.name)"),
    Variable("me.company", "your company (settings me.company)"),
    Variable("me.phone", "your phone (settings me.phone)"),
    Variable("me.email", "your e-mail (settings me.email)"),
    Variable("touch.purpose", "why you contact the client now, e.g. check-in, win-back"),
    Variable("touch.channel", "call, meeting, email... (nothing in a preview)"),
    Variable("touch.due", "the day the touch is planned for (nothing in a preview)"),
    Variable("offer.discount", "the client's discount as text, e.g. 10 %"),
    Variable("offer.valid_days", "how many days an offer is valid"),
    Variable("offer.valid_until", "the day an offer made today expires"),
    Variable("today", "today's date"),
    Variable("language", "the script's language: en, ru or pl"),
    Variable("|day", "filter: a date in the script's language, e.g. {{ today|day }}"),
    Variable("|money", "filter: minor units as money, e.g. {{ 12345|money }}"),
)


def script_context(
    ctx: Context,
    session: Session,
    client_id: int,
    purpose: str,
    touch: Touch | None = None,
) -> dict[str, Any]:
    """Every variable of `VARIABLES` for one client (raises NotFound via build_offer)."""
    offer = build_offer(ctx, session, client_id, RECOMMENDATIONS)
    client = session.get(
        Client, client_id, options=[selectinload(Client.contacts), selectinload(Client.tags)]
    )
    assert client is not None  # build_offer checked it
    lang = client_language(ctx, session, client)
    cur = currency(ctx, session)

    def money(minor: int) -> str:
        return format_money(minor, cur, lang)

    contacts = [
        Record(channel=p.channel, value=p.value, label=p.label, preferred=p.preferred)
        for p in client.contacts
        if p.consent
    ]
    me = offer.salesperson
    last_touches = _last_touches(session, client_id)
    last_purchases = _last_purchases(session, client_id, money, lang)
    return {
        "client": Record(
            name=client.name,
            first_name=(client.name.split() or [""])[0],
            salutation=offer.salutation,
            company=client.company,
            tier=client.tier.code,
            tier_name=client.tier.name,
            birthday=_birthday(client),
            since=client.created_on,
            value=money(client.value_minor),
            at_risk=client.at_risk,
            tags=[t.name for t in client.tags],
            notes=client.notes,
        ),
        "contacts": contacts,
        "phone": _first(client.contacts, {Channel.CALL.value, Channel.SMS.value}),
        "email": _first(client.contacts, {Channel.EMAIL.value}),
        "last_touches": last_touches,
        "last_touch": last_touches[0] if last_touches else None,
        "last_purchases": last_purchases,
        "last_purchase": last_purchases[0] if last_purchases else None,
        "recommendations": [
            Record(
                name=ln.name,
                code=ln.code,
                benefits=ln.benefits,
                price=money(ln.price_minor),
                your_price=money(ln.discounted_minor),
                related_to=ln.related_to,
                kind=ln.kind,
                reason=ln.reason,
            )
            for ln in offer.lines
        ],
        "me": Record(name=me.name, company=me.company, phone=me.phone, email=me.email),
        "touch": Record(
            purpose=touch.purpose if touch else purpose,
            channel=touch.channel if touch else None,
            due=touch.due if touch else None,
        ),
        "offer": Record(
            discount=format_percent(offer.discount_bp, lang),
            valid_days=(offer.valid_until - offer.created_on).days,
            valid_until=offer.valid_until,
        ),
        "today": ctx.today(session),
        "language": lang,
    }


def _birthday(client: Client) -> date | None:
    if not (client.birthday_month and client.birthday_day):
        return None
    try:
        return date(client.birthday_year or 1900, client.birthday_month, client.birthday_day)
    except ValueError:  # 29 February without a year
        return date(2000, client.birthday_month, client.birthday_day)


def _first(points: list[ContactPoint], channels: set[str]) -> str | None:
    ordered = sorted(points, key=lambda p: (not p.preferred, p.id))
    return next(
        (p.value for p in ordered if p.consent and p.kind == "voice" and p.channel in channels),
        None,
    )


def _last_touches(session: Session, client_id: int) -> list[Record]:
    rows = session.scalars(
        select(Touch)
        .where(Touch.client_id == client_id, Touch.status == TouchStatus.DONE.value)
        .order_by(Touch.done_on.desc(), Touch.id.desc())
        .limit(LAST_TOUCHES)
    )
    return [
        Record(day=t.done_on, channel=t.channel, purpose=t.purpose, outcome=t.outcome, note=t.note)
        for t in rows
    ]


def _last_purchases(
    session: Session, client_id: int, money: Callable[[int], str], lang: str
) -> list[Record]:
    sales = list(
        session.scalars(
            select(Sale)
            .options(selectinload(Sale.lines))
            .where(Sale.client_id == client_id)
            .order_by(Sale.day.desc(), Sale.id.desc())
            .limit(LAST_PURCHASES)
        )
    )
    ids = {ln.item_id for s in sales for ln in s.lines}
    items = {i.id: i for i in session.scalars(select(CatalogItem).where(CatalogItem.id.in_(ids)))}
    return [
        Record(
            day=s.day,
            total=money(s.total_minor),
            items=[
                Record(
                    name=items[ln.item_id].name,
                    code=items[ln.item_id].code,
                    quantity=format_quantity(ln.quantity_milli, lang),
                    unit=items[ln.item_id].unit,
                    amount=money(ln.amount_minor),
                )
                for ln in s.lines
            ],
        )
        for s in sales
    ]
