"""The demo's catalog, tier prices and sales log, as plain rows like the rest of the demo.

Every "order" outcome of the history becomes a sale of catalog items at the client's
tier price: a first order brings a machine (with its warranty) and what goes with it,
later orders are mostly consumables. So Sales and Catalog open full, the price list has
something to recommend, and value, risk and the warranty sequences follow from sales.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from planner.sales.money import discounted, line_amount
from planner.services.sales import warranty_end

Row = tuple[object, ...]

ITEM_COLUMNS = (
    "id", "code", "name", "category", "unit", "price_minor", "benefits", "warranty_months",
    "active",
)  # fmt: skip
RELATED_COLUMNS = ("item_id", "related_id", "kind", "position")
TIER_PRICE_COLUMNS = ("tier_id", "item_id", "price_minor", "discount_bp")
SALE_COLUMNS = ("id", "client_id", "day", "note", "currency", "total_minor", "created_at")
LINE_COLUMNS = (
    "sale_id", "position", "item_id", "quantity_milli", "unit_price_minor", "amount_minor",
    "price_source",
)  # fmt: skip
# Typical quantity of a consumable per order, by tier (whole units).
_QUANTITY = {"A": (10, 40), "B": (5, 20), "C": (2, 8), "D": (1, 4)}
# What a first order brings, by tier: machine codes to choose from.
_FIRST = {"A": ("CM-300", "CM-300", "CM-100"), "B": ("CM-100", "CM-300"), "C": ("CM-100", "GR-20")}


@dataclass(frozen=True, slots=True)
class DemoItem:
    id: int
    code: str
    name: str
    category: str
    unit: str
    price_minor: int
    benefits: str
    warranty_months: int | None
    kind: str  # product | consumable | accessory | service
    related: tuple[tuple[str, str], ...]
    popularity: int


def items_of(raw: list[dict[str, Any]], first_id: int = 1) -> list[DemoItem]:
    """The locale's catalog (prices in major units of the book's currency)."""
    return [
        DemoItem(
            first_id + n,
            str(x["code"]),
            str(x["name"]),
            str(x["category"]),
            str(x["unit"]),
            int(x["price"]) * 100,
            str(x["benefits"]),
            x.get("warranty_months"),
            str(x["kind"]),
            tuple((str(c), str(k)) for c, k in x.get("related", ())),
            int(x.get("popularity", 1)),
        )
        for n, x in enumerate(raw)
    ]


@dataclass(slots=True)
class SalesRows:
    items: list[Row] = field(default_factory=list)
    related: list[Row] = field(default_factory=list)
    tier_prices: list[Row] = field(default_factory=list)
    sales: list[Row] = field(default_factory=list)
    lines: list[Row] = field(default_factory=list)
    warranties: list[tuple[int, int]] = field(default_factory=list)  # (client, end ordinal)


class SalesMaker:
    """Catalog rows once, then one client's sales at a time (deterministic)."""

    def __init__(
        self,
        items: list[DemoItem],
        discounts: dict[str, int],
        tier_ids: dict[str, int],
        currency: str,
        rnd: random.Random,
        first_sale_id: int = 1,
        notes: list[str] | None = None,
    ) -> None:
        self.r = rnd
        self.currency = currency
        self.discounts = discounts
        self.notes = notes or []
        self.by_code = {i.code: i for i in items}
        self.rows = SalesRows()
        self._next_sale = first_sale_id
        for i in items:
            self.rows.items.append(
                (i.id, i.code, i.name, i.category, i.unit, i.price_minor, i.benefits,
                 i.warranty_months, 1)
            )  # fmt: skip
            for pos, (code, kind) in enumerate(i.related):
                self.rows.related.append((i.id, self.by_code[code].id, kind, pos))
        for tier, bp in discounts.items():
            if tier in tier_ids:
                for i in items:
                    self.rows.tier_prices.append((tier_ids[tier], i.id, None, bp))
        self.consumables = [i for i in items if i.kind == "consumable"]
        self.weights = [i.popularity for i in self.consumables]
        self.extras = [i for i in items if i.kind in ("service", "accessory")]

    def _line(self, item: DemoItem, tier: str, qty: int) -> tuple[int, int, int, str]:
        bp = self.discounts.get(tier, 0)
        price = discounted(item.price_minor, bp) if bp else item.price_minor
        milli = qty * 1000
        return item.id, milli, price, "tier" if bp else "list"

    def client(
        self, cid: int, tier: str, orders: list[int], iso: list[str], base: int, today: int
    ) -> int:
        """Sales of one client on its order days; returns their total (the client's value)."""
        r, total = self.r, 0
        lo, hi = _QUANTITY[tier]
        for n, day in enumerate(orders):
            picked: list[tuple[int, int, int, str]] = []
            machine = None
            if n == 0 and tier in _FIRST:
                machine = self.by_code[r.choice(_FIRST[tier])]
                picked.append(self._line(machine, tier, 1))
                related = [self.by_code[c] for c, _ in machine.related]
                for rel in related[: r.randrange(1, len(related) + 1)]:
                    q = r.randrange(lo, hi + 1) if rel.kind == "consumable" else 1
                    picked.append(self._line(rel, tier, q))
            else:
                chosen = {c.id: c for c in r.choices(self.consumables, self.weights, k=3)}
                for item in list(chosen.values())[: r.randrange(1, 4)]:
                    picked.append(self._line(item, tier, r.randrange(lo, hi + 1)))
                if r.random() < 0.15:
                    picked.append(self._line(r.choice(self.extras), tier, 1))
            sid = self._next_sale
            self._next_sale += 1
            amount = 0
            for pos, (item_id, milli, price, source) in enumerate(picked):
                a = line_amount(price, milli)
                amount += a
                self.rows.lines.append((sid, pos, item_id, milli, price, a, source))
            i = day - base
            note = r.choice(self.notes) if self.notes and r.random() < 0.2 else None
            self.rows.sales.append(
                (sid, cid, iso[i], note, self.currency, amount, f"{iso[i]} 12:00:00.000000")
            )
            total += amount
            if machine is not None and machine.warranty_months:
                end = warranty_end(date.fromordinal(day), machine.warranty_months).toordinal()
                if end >= today:
                    self.rows.warranties.append((cid, end))
        return total
