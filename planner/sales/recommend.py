"""What to offer a client next: a pure, deterministic ranking over plain data.

1. Items related to what the client bought (its consumables, services, accessories),
   newest purchase first, each purchase's related items in the catalog's order.
2. Then items popular in the client's tier: by the number of sales that hold them
   (descending), ties by item code.

Never an item the client already bought, never an inactive one, never twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

RELATED = "related"
POPULAR = "popular"


@dataclass(frozen=True, slots=True)
class Relation:
    related_id: int
    kind: str  # consumable | service | accessory


@dataclass(frozen=True, slots=True)
class Pick:
    item_id: int
    reason: str  # related | popular
    because_of: int | None = None  # the bought item it relates to
    kind: str | None = None  # the relation's kind


def recommend(
    bought_newest_first: Sequence[int],
    related: Mapping[int, Sequence[Relation]],
    tier_sales_count: Mapping[int, int],
    active: Iterable[int],
    codes: Mapping[int, str],
    limit: int = 8,
) -> list[Pick]:
    """`bought_newest_first`: distinct item ids by the client's last purchase of them;
    `related`: item id -> its relations in catalog order; `tier_sales_count`: item id ->
    sales in the client's tier holding it; `codes`: item id -> code (the tie-break)."""
    if limit <= 0:
        return []
    usable = set(active) - set(bought_newest_first)
    picks: list[Pick] = []
    taken: set[int] = set()
    for bought in bought_newest_first:
        for rel in related.get(bought, ()):
            if rel.related_id in usable and rel.related_id not in taken:
                taken.add(rel.related_id)
                picks.append(Pick(rel.related_id, RELATED, bought, rel.kind))
                if len(picks) >= limit:
                    return picks
    popular = sorted(
        (
            iid
            for iid, n in tier_sales_count.items()
            if n > 0 and iid in usable and iid not in taken
        ),
        key=lambda iid: (-tier_sales_count[iid], codes.get(iid, ""), iid),
    )
    for iid in popular[: limit - len(picks)]:
        picks.append(Pick(iid, POPULAR))
    return picks
