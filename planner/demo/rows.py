"""Every row of a demo book as plain tuples, deterministic for a seed, with no database.

The benchmarks time raw `sqlite3` executemany against `planner.demo.write_rows` on
exactly these rows, so they are already in the book's storage form: dates as ISO
text, instants as naive UTC text, booleans as 0/1 (what SQLAlchemy writes on SQLite).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from planner.demo.catalog import (
    ITEM_COLUMNS,
    LINE_COLUMNS,
    RELATED_COLUMNS,
    SALE_COLUMNS,
    TIER_PRICE_COLUMNS,
    SalesMaker,
    SalesRows,
    items_of,
)
from planner.demo.history import TIERS, Days, HistoryMaker
from planner.demo.people import Locale, PeopleMaker, load
from planner.errors import BookError
from planner.settings import DEFAULT_CAPACITY
from planner.text import is_phone_point, phone_terms, tokens

Row = tuple[object, ...]
Progress = Callable[[int, int], bool]

CLIENT_COLUMNS = (
    "id", "name", "company", "tier_id", "status", "notes", "birthday_year", "birthday_month",
    "birthday_day", "timezone", "language", "created_on", "updated_at", "value_minor",
    "at_risk", "last_reached_on", "last_done_on", "reached_cadence", "search_text", "version",
    "last_outcome", "last_outcome_on",
)  # fmt: skip
POINT_COLUMNS = ("client_id", "channel", "value", "label", "preferred", "consent")
TAG_COLUMNS = ("client_id", "name")
TOUCH_COLUMNS = (
    "client_id", "kind", "channel", "purpose", "status", "base_due", "due", "due_at",
    "due_until", "overbooked", "pinned", "attempt", "sequence_code", "step", "reason",
    "outcome", "note", "done_on", "done_at",
)  # fmt: skip
DEFAULT_TIER_IDS = {"A": 1, "B": 2, "C": 3, "D": 4}  # as `ensure_defaults` seeds them

TIER_MIX = (("A", 0.05), ("B", 0.20), ("C", 0.45), ("D", 0.30))
COMPANY_SHARE = {"A": 0.9, "B": 0.7, "C": 0.4, "D": 0.2}
# Preferred channel by tier: (channel, weight); "messenger" picks the locale's messenger.
PREFERRED = {
    "A": (("meeting", 40), ("call", 30), ("email", 10), ("messenger", 10), ("video", 5), ("", 5)),
    "B": (("call", 40), ("email", 25), ("messenger", 15), ("sms", 5), ("", 15)),
    "C": (("call", 30), ("email", 35), ("messenger", 15), ("sms", 5), ("", 15)),
    "D": (("email", 50), ("call", 15), ("messenger", 10), ("", 25)),
}
PROGRESS_EVERY = 2000
NATIVE_SHARE = 0.98  # clients who speak the book's language; the rest are foreign


@dataclass(slots=True)
class DemoRows:
    locale: Locale
    settings: dict[str, str]  # raw values; `planner.settings.parse` checks them on write
    clients: list[Row]
    points: list[Row]
    tags: list[Row]
    touches: list[Row]
    sales: SalesRows = field(default_factory=SalesRows)  # empty: the book had a catalog

    def tables(self) -> list[tuple[str, tuple[str, ...], list[Row]]]:
        """(table, columns, rows) in the order they must be written (foreign keys)."""
        return [
            ("client", CLIENT_COLUMNS, self.clients),
            ("contact_point", POINT_COLUMNS, self.points),
            ("client_tag", TAG_COLUMNS, self.tags),
            ("touch", TOUCH_COLUMNS, self.touches),
            ("catalog_item", ITEM_COLUMNS, self.sales.items),
            ("related_item", RELATED_COLUMNS, self.sales.related),
            ("tier_price", TIER_PRICE_COLUMNS, self.sales.tier_prices),
            ("sale", SALE_COLUMNS, self.sales.sales),
            ("sale_line", LINE_COLUMNS, self.sales.lines),
        ]


def insert_sql(table: str, columns: tuple[str, ...]) -> str:
    """The INSERT that both raw sqlite3 and the book's connection run (qmark style)."""
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def build_rows(
    clients: int,
    seed: int,
    locale: Locale,
    today: date,
    *,
    first_id: int = 1,
    tier_ids: dict[str, int] | None = None,
    progress: Progress | None = None,
    catalog: bool = True,
    first_item_id: int = 1,
    first_sale_id: int = 1,
) -> DemoRows:
    """The rows of `clients` demo clients with about a year of history before `today`;
    with `catalog`, the locale's catalog, tier prices and a sale per "order" outcome."""
    data = load(locale)
    tier_ids = tier_ids or DEFAULT_TIER_IDS
    r = random.Random(seed)
    people = PeopleMaker(data, r)
    days = Days(today, data.country, data.timezone)
    history = HistoryMaker(days, r, data.touch_notes)
    today_ord = today.toordinal()
    updated_at = f"{today.isoformat()} 00:00:00.000000"
    tier_codes = [code for code, _ in TIER_MIX]
    tier_cum = [0.05, 0.25, 0.70, 1.0]
    preferred_tables = {t: ([c for c, _ in ws], [w for _, w in ws]) for t, ws in PREFERRED.items()}
    out = DemoRows(locale, _settings(locale, clients), [], [], [], history.rows)
    seller = None
    if catalog and data.catalog:
        seller = SalesMaker(
            items_of(data.catalog, first_item_id), data.tier_discounts, tier_ids,
            data.currency, r, first_sale_id, data.touch_notes.get("order"),
        )  # fmt: skip
        out.sales = seller.rows
    for n in range(clients):
        if progress is not None and n % PROGRESS_EVERY == 0 and not progress(n, clients):
            raise BookError("cancelled", "cancelled: nothing was written")
        cid = first_id + n
        tier = r.choices(tier_codes, cum_weights=tier_cum)[0]
        person = people.person(COMPANY_SHARE[tier])
        created = today_ord - r.randrange(30, 1100)
        # [channel, value, label, preferred, consent] in the order they are stored
        points: list[list[object]] = []
        first_phone = people.phone(person.city)
        points.append(["call", first_phone, "mobile", 0, int(r.random() > 0.02)])
        points.append(["sms", first_phone, "mobile", 0, int(r.random() > 0.05)])
        if r.random() < 0.1:
            work = people.phone(person.city)
            points.append(["call", work, "work", 0, 1])
            points.append(["sms", work, "work", 0, 1])
        if r.random() < 0.8:
            email = people.email(person)
            points.append(["email", email, None, 0, int(r.random() > 0.08)])
        if (tier == "A" and r.random() < 0.6) or r.random() < 0.03:
            address = people.address(person.city)
            points.append(["meeting" if tier == "A" else "letter", address, "office", 0, 1])
            if tier == "A" and r.random() < 0.3:
                points.append(["letter", address, "office", 0, 1])
        names, weights = preferred_tables[tier]
        wanted = r.choices(names, weights)[0]
        if wanted == "messenger":
            wanted = r.choice(data.messengers)
            value = first_phone
            if wanted == "telegram" and r.random() < 0.5:
                value = people.handle(person)
            points.append([wanted, value, None, 0, 1])
        elif wanted == "video":
            points.append(["video", first_phone, None, 0, 1])
        if wanted:
            target = next((p for p in points if p[0] == wanted), points[0])
            target[3] = 1
        consenting = {str(p[0]) for p in points if p[4]}
        preferred = next((str(p[0]) for p in points if p[3] and p[4]), None)
        birthday: tuple[int, int] | None = None
        year = None
        if r.random() < 0.3:
            month = r.randrange(1, 13)
            birthday = (
                month,
                r.randrange(1, 29 if month == 2 else 31 if month in (4, 6, 9, 11) else 32),
            )
            year = r.randrange(1955, 2004) if r.random() < 0.7 else None
        archived = r.random() < 0.02
        start = max(created, today_ord - 365)
        end = r.randrange(start, today_ord) if archived and start < today_ord else today_ord
        s = history.simulate(cid, TIERS[tier], created, preferred, consenting, birthday, end)
        status = "do-not-contact" if s.stopped else "archived" if archived else "active"
        timezone = None
        if person.city.timezone != data.timezone:
            timezone = person.city.timezone
        elif r.random() < 0.03:
            timezone = r.choice(data.other_timezones)
        elif r.random() < 0.1:
            timezone = data.timezone
        # A few deliberate foreign clients (the card shows their language).
        language = data.language if r.random() < NATIVE_SHARE else r.choice(data.other_languages)
        tags = sorted(r.sample(data.tags, r.choices((0, 1, 2, 3), (40, 35, 18, 7))[0]))
        notes = r.choice(data.notes) if r.random() < 0.1 else None
        at_risk = 0
        if seller is None and len(s.orders) >= 2:  # else the services judge it from sales
            usual = (s.orders[-1] - s.orders[0]) / (len(s.orders) - 1)
            at_risk = int(today_ord - s.orders[-1] > max(60, 2 * usual))
        value_minor = s.value_minor
        if seller is not None:
            value_minor = seller.client(cid, tier, s.orders, days.iso, days.base, today_ord)
        for p in points:
            if p[0] in s.refused:
                p[4] = 0
            out.points.append((cid, *p))
        out.tags.extend((cid, t) for t in tags)
        text = fast_search_text(
            person.name, person.company, [(str(p[0]), str(p[1])) for p in points], tags
        )
        out.clients.append(
            (cid, person.name, person.company, tier_ids[tier], status, notes, year,
             birthday[0] if birthday else None, birthday[1] if birthday else None, timezone,
             language, date.fromordinal(created).isoformat(), updated_at, value_minor,
             at_risk, _iso(days, s.last_reached), _iso(days, s.last_done), s.reached_cadence,
             text, 1, s.last_outcome, _iso(days, s.last_done))
        )  # fmt: skip
    if progress is not None and not progress(clients, clients):
        raise BookError("cancelled", "cancelled: nothing was written")
    return out


_WORD = re.compile(r"\w+")


@cache
def _folded(text: str) -> str:
    return " ".join(tokens(text))


def fast_search_text(
    name: str, company: str | None, points: list[tuple[str, str]], tags: list[str]
) -> str:
    """`planner.text.search_text`, piece by piece with the repeating pieces (names,
    companies, tags) folded once: folding dominated generation. A test holds the two
    equal on every demo locale."""
    parts = [_folded(name), _folded(company or "")]
    for channel, value in points:
        if is_phone_point(channel, value):
            parts.extend(phone_terms(value))
        elif value.isascii():
            parts.append(" ".join(_WORD.findall(value.lower())))
        else:
            parts.append(_folded(value))
    parts.extend(_folded(t) for t in tags)
    return " ".join(p for p in parts if p)


def _iso(days: Days, ordinal: int | None) -> str | None:
    return None if ordinal is None else days.iso[ordinal - days.base]


# One salesperson's day for a book of up to this many clients; a bigger demo book is a
# team's (whole multiples of it), so that its plan is not mostly overbooked.
CAPACITY_BOOK_SIZE = 2000
ONE_PERSON_DAY = {
    "call": 40, "meeting": 4, "video": 4, "email": 60, "sms": 30, "whatsapp": 30,
    "viber": 30, "telegram": 30, "letter": 10,
}  # fmt: skip


def _settings(locale: Locale, clients: int = 0) -> dict[str, str]:
    data = load(locale)
    scale = max(1, -(-clients // CAPACITY_BOOK_SIZE))
    capacity = {
        f"capacity.{ch.value}": str(ONE_PERSON_DAY.get(ch.value, n) * scale)
        for ch, n in DEFAULT_CAPACITY.items()
    }
    return {
        **capacity,
        "calendar.country": data.country,
        "calendar.timezone": data.timezone,
        "phone.region": data.region,
        "ui.language": data.language,
        "book.currency": data.currency,
        "me.name": data.me["name"],
        "me.company": data.me["company"],
        "me.phone": data.me["phone"],
        "me.email": data.me["email"],
    }
