"""Value and risk from the sales log: pure functions over plain data (DESIGN.md section 4).

Recency, frequency and monetary value (RFM) per client, in exact integers:

* **monetary** is the sum of all the client's sale totals (minor units, lifetime);
* **frequency** counts *purchase days*: two orders on one day are one purchase;
* **recency** is the days since the last purchase day.

**Suggested tier** (first rule that holds wins; the user accepts it or not):

* **A (large)**: monetary value at or above the book's 80th percentile among clients who
  bought anything (nearest-rank), at least 2 purchase days, and the book has at least
  5 buyers (below that a "top fifth" means nothing);
* **B (regular)**: at least 3 purchase days within the last 365 days;
* **C (occasional)**: at least 2 purchase days;
* **D (one-time)**: exactly one purchase day;
* no suggestion for a client who never bought.

**At risk**: at least 2 purchase days, and the days since the last purchase exceed
k × (default 2 ×) the client's own median interval between purchase days.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from planner.problems import Problem

A_QUANTILE = Fraction(4, 5)
MIN_BUYERS_FOR_A = 5
REGULAR_PURCHASES = 3
REGULAR_WINDOW_DAYS = 365
RISK_FACTOR = Fraction(2)


@dataclass(frozen=True, slots=True)
class Purchase:
    day: date
    amount_minor: int


@dataclass(frozen=True, slots=True)
class Rfm:
    purchase_days: tuple[date, ...]  # distinct, oldest first
    monetary_minor: int

    @property
    def frequency(self) -> int:
        return len(self.purchase_days)

    @property
    def last_purchase(self) -> date | None:
        return self.purchase_days[-1] if self.purchase_days else None

    def recency_days(self, today: date) -> int | None:
        last = self.last_purchase
        return None if last is None else (today - last).days


def rfm(purchases: Iterable[Purchase]) -> Rfm:
    days: set[date] = set()
    total = 0
    for p in purchases:
        days.add(p.day)
        total += p.amount_minor
    return Rfm(tuple(sorted(days)), total)


def median_interval(days: Sequence[date]) -> Fraction | None:
    """The median of the days between consecutive purchase days (exact), or None when
    there are fewer than 2 purchase days. `days` must be distinct and sorted."""
    if len(days) < 2:
        return None
    gaps = sorted((b - a).days for a, b in itertools.pairwise(days))
    mid = len(gaps) // 2
    if len(gaps) % 2:
        return Fraction(gaps[mid])
    return Fraction(gaps[mid - 1] + gaps[mid], 2)


def is_at_risk(r: Rfm, today: date, factor: Fraction = RISK_FACTOR) -> bool:
    """Silent for longer than `factor` × the client's usual interval between purchases."""
    median = median_interval(r.purchase_days)
    recency = r.recency_days(today)
    if median is None or recency is None:
        return False
    return recency > factor * median


def quantile_threshold(values: Sequence[int], q: Fraction = A_QUANTILE) -> int | None:
    """The nearest-rank `q` quantile of `values` (None if empty): the smallest value such
    that at least a fraction `q` of the values are at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    rank = -(-q.numerator * len(ordered) // q.denominator)  # ceil(q * n)
    return ordered[max(rank, 1) - 1]


@dataclass(frozen=True, slots=True)
class BookValues:
    """What the tier rules need to know about the whole book."""

    buyers: int
    a_threshold_minor: int | None


def book_values(monetary: Sequence[int]) -> BookValues:
    """From the monetary values of every client who bought anything."""
    return BookValues(len(monetary), quantile_threshold(monetary))


def suggest_tier(r: Rfm, today: date, book: BookValues) -> tuple[str | None, Problem]:
    """The suggested tier code and the rule that chose it, as a code with its figures
    (`suggest.*`: the UI translates it, the CLI prints `problem_texts`' English)."""
    if r.frequency == 0:
        return None, Problem.of("suggest.no-purchases")
    if (
        book.buyers >= MIN_BUYERS_FOR_A
        and book.a_threshold_minor is not None
        and r.monetary_minor >= book.a_threshold_minor
        and r.frequency >= 2
    ):
        return "A", Problem.of("suggest.top-value")
    since = today - timedelta(days=REGULAR_WINDOW_DAYS)
    recent = sum(1 for d in r.purchase_days if d > since)
    if recent >= REGULAR_PURCHASES:
        return "B", Problem.of("suggest.regular", days=recent, window=REGULAR_WINDOW_DAYS)
    if r.frequency >= 2:
        return "C", Problem.of("suggest.irregular", days=r.frequency)
    return "D", Problem.of("suggest.once")
