"""The post-sale offer as plain data: its lines, the salesperson, the totals.

`planner.services.offers.build_offer` turns the book into an `Offer`; the price list
documents, the call scripts and the UI all read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Salesperson:
    name: str
    company: str
    phone: str
    email: str
    logo: Path | None  # only when the file exists


@dataclass(frozen=True, slots=True)
class OfferLine:
    item_id: int
    code: str
    name: str
    category: str | None
    unit: str
    benefits: str | None
    reason: str  # related | popular
    related_to: str | None  # name of the bought item it goes with
    kind: str | None  # consumable | service | accessory (for related items)
    price_minor: int  # the client's tier price
    discount_minor: int
    discounted_minor: int


@dataclass(frozen=True, slots=True)
class Offer:
    client_id: int
    client_name: str
    company: str | None
    tier: str
    language: str
    currency: str
    created_on: date
    valid_until: date
    discount_bp: int
    conditions: tuple[str, ...]
    lines: tuple[OfferLine, ...]
    salesperson: Salesperson
    salutation: str = ""  # how the letter begins, in the client's language

    @property
    def total_minor(self) -> int:
        return sum(ln.price_minor for ln in self.lines)

    @property
    def discount_total_minor(self) -> int:
        return sum(ln.discount_minor for ln in self.lines)

    @property
    def discounted_total_minor(self) -> int:
        return sum(ln.discounted_minor for ln in self.lines)
