"""Recommendations: related-and-not-bought first, then popular in the tier; deterministic."""

from __future__ import annotations

from planner.app import Services
from planner.sales.recommend import POPULAR, RELATED, Relation, recommend
from tests.unit.sales.conftest import TODAY, AddClient

CODES = {1: "DRILL", 2: "BITS", 3: "SERVICE", 4: "CASE", 5: "LADDER", 6: "GLOVES", 7: "MASK"}
RELATED_TO = {
    1: [Relation(2, "consumable"), Relation(3, "service"), Relation(4, "accessory")],
    5: [Relation(6, "accessory"), Relation(2, "consumable")],
}


def test_related_first_newest_purchase_first_then_popular() -> None:
    picks = recommend(
        bought_newest_first=[5, 1],
        related=RELATED_TO,
        tier_sales_count={7: 3, 3: 9, 1: 50, 4: 3},
        active=CODES,
        codes=CODES,
    )
    assert [(p.item_id, p.reason) for p in picks] == [
        (6, RELATED),  # the ladder was bought last: its gloves first
        (2, RELATED),  # then its bits (once, though the drill relates to them too)
        (3, RELATED),
        (4, RELATED),
        (7, POPULAR),  # the drill (50 sales) was bought; case already listed
    ]
    assert picks[0].because_of == 5
    assert picks[0].kind == "accessory"


def test_excludes_bought_and_inactive_and_keeps_the_limit() -> None:
    picks = recommend(
        [1, 2], RELATED_TO, {6: 1, 7: 1}, active={1, 2, 4, 6, 7}, codes=CODES, limit=3
    )
    assert [p.item_id for p in picks] == [4, 6, 7]  # service inactive; ties by code G < M
    assert recommend([1], RELATED_TO, {}, CODES, CODES, limit=0) == []
    # no history at all: only what sells in the tier
    assert [p.item_id for p in recommend([], {}, {7: 2, 6: 2, 5: 5}, CODES, CODES)] == [5, 6, 7]


def test_offer_on_a_constructed_book(catalog: Services, add_client: AddClient) -> None:
    me = add_client("Me", tier="B")
    peers = [add_client(f"Peer {i}", tier="B") for i in range(3)]
    other_tier = add_client("Other", tier="A")
    catalog.sales.record_sale(me, TODAY, [("DRILL", "1"), ("MASK", "1")])
    for peer in peers:
        catalog.sales.record_sale(peer, TODAY, [("GLOVES", "1"), ("MASK", "1")])
    catalog.sales.record_sale(peers[0], TODAY, [("LADDER", "1")])
    for _ in range(5):
        catalog.sales.record_sale(other_tier, TODAY, [("LADDER", "1")])
    offer = catalog.offers.offer(me)
    assert [(ln.code, ln.reason) for ln in offer.lines] == [
        ("BITS", "related"),
        ("SERVICE", "related"),
        ("CASE", "related"),
        ("GLOVES", "popular"),  # 3 sales in tier B (the mask, also 3, was bought)
        ("LADDER", "popular"),  # 1 sale in tier B; tier A's 5 do not count
    ]
    assert offer.lines[0].related_to == "Drill X200"
    assert catalog.offers.offer(me, limit=2).lines == offer.lines[:2]


def test_offer_money_is_exact(catalog: Services, add_client: AddClient) -> None:
    cid = add_client(tier="B", language="pl")
    catalog.settings.set("discount.percent", "15")
    catalog.catalog.set_tier_price("B", "BITS", price="45,55")
    catalog.sales.record_sale(cid, TODAY, [("DRILL", "1")])
    offer = catalog.offers.offer(cid)
    bits, service, case = offer.lines
    assert offer.discount_bp == 1500  # the book's 15 % beats the tier's 10 %
    assert (bits.price_minor, bits.discount_minor, bits.discounted_minor) == (4555, 683, 3872)
    assert (service.price_minor, service.discount_minor) == (19900, 2985)
    assert (case.price_minor, case.discount_minor) == (8900, 1335)
    assert offer.total_minor == 4555 + 19900 + 8900
    assert offer.discount_total_minor == 683 + 2985 + 1335
    assert offer.discounted_total_minor == offer.total_minor - offer.discount_total_minor
    assert offer.valid_until == TODAY.replace(day=26, month=12)  # offer.valid_days = 30
    assert offer.language == "pl"
    assert (
        offer.conditions[0]
        == "Rabat 15\u00a0% obejmuje produkty i usługi wymienione w tej ofercie."
    )
    assert offer.conditions[1] == "Dotyczy zamówień złożonych do 26.12.2026 włącznie."
