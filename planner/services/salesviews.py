"""Plain data the sales services take and return (never ORM objects), for UI and CLI.

Money fields end in `_minor` (integer minor units of `currency`); text a person typed
(prices, quantities) comes in as text and is parsed exactly by the service.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from planner.problems import Problem
from planner.services.views import Changes, ReplanResult

RELATED_KINDS = ("consumable", "service", "accessory")


@dataclass(frozen=True, slots=True)
class ItemInput:
    """The catalog item form. `price` is text as typed: '12,50', '1 234.50'."""

    code: str
    name: str
    price: str
    category: str | None = None
    unit: str = "pcs"
    benefits: str | None = None
    warranty_months: int | None = None
    active: bool = True


@dataclass(frozen=True, slots=True)
class ItemEdit:
    """The catalog dialog's Save: the item (`old`: the code it is saved over, None for a
    new item), its related items ((code, kind) pairs; None leaves them as they are) and
    its tier prices ((tier, price, discount); neither: the list price again)."""

    item: ItemInput
    old: str | None = None
    related: tuple[tuple[str, str], ...] | None = None
    prices: tuple[tuple[str, str | None, str | None], ...] = ()


@dataclass(frozen=True, slots=True)
class RelatedView:
    code: str
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class ItemView:
    id: int
    code: str
    name: str
    category: str | None
    unit: str
    price_minor: int
    currency: str
    benefits: str | None
    warranty_months: int | None
    active: bool
    related: tuple[RelatedView, ...] = ()

    def to_input(self, price_text: str) -> ItemInput:
        return ItemInput(
            code=self.code,
            name=self.name,
            price=price_text,
            category=self.category,
            unit=self.unit,
            benefits=self.benefits,
            warranty_months=self.warranty_months,
            active=self.active,
        )


@dataclass(frozen=True, slots=True)
class TierPriceView:
    """One row of the price book: a tier's fixed price or its discount, and the result."""

    tier: str
    code: str
    price_minor: int | None
    discount_bp: int | None
    effective_minor: int


@dataclass(frozen=True, slots=True)
class SaleLineInput:
    """One line of a sale form: item code, quantity text ('2', '1,5'), optional price."""

    code: str
    quantity: str = "1"
    price: str | None = None  # overrides the tier price when given


@dataclass(frozen=True, slots=True)
class SaleLineView:
    code: str
    name: str
    unit: str
    quantity_milli: int
    unit_price_minor: int
    amount_minor: int
    price_source: str  # list | tier | manual


@dataclass(frozen=True, slots=True)
class SaleView:
    id: int
    client_id: int
    client: str
    day: date
    note: str | None
    currency: str
    total_minor: int
    lines: tuple[SaleLineView, ...]


@dataclass(frozen=True, slots=True)
class SaleResult:
    sale: SaleView
    touches: tuple[int, ...]  # sequence touches the sale started


@dataclass(frozen=True, slots=True)
class ClientValue:
    """A client's recency, frequency and monetary value, and what follows from them."""

    client_id: int
    purchases: int
    monetary_minor: int
    last_purchase: date | None
    recency_days: int | None
    median_interval_days: Fraction | None  # exact: a half day is possible
    at_risk: bool
    tier: str
    suggested_tier: str | None
    rule: Problem  # why that tier: a `suggest.*` code the UI translates (problem_texts: English)


@dataclass(frozen=True, slots=True)
class RecomputeResult:
    clients: int
    changed: int
    newly_at_risk: tuple[int, ...]
    win_back_started: tuple[int, ...]
    changes: Changes


@dataclass(frozen=True, slots=True)
class DailyRun:
    """The once-a-day step on `day` (the book's today): value and risk recomputed, then
    the whole book re-planned; both None when it had already run that day."""

    day: date
    value: RecomputeResult | None = None
    plan: ReplanResult | None = None
