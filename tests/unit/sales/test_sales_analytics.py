"""Value and risk: RFM, suggested tiers and the at-risk flag on constructed histories."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

from sqlalchemy import select

from planner.app import Services
from planner.models import Touch
from planner.problem_texts import english
from planner.problems import Problem
from planner.sales import analytics as an
from planner.services.clients import ClientFilter
from tests.unit.sales.conftest import TODAY, AddClient

D0 = date(2026, 1, 5)


def history(*offsets: int, amount: int = 10_000) -> an.Rfm:
    return an.rfm(an.Purchase(D0 + timedelta(days=o), amount) for o in offsets)


def test_rfm_counts_purchase_days_and_sums_exactly() -> None:
    r = an.rfm(
        [an.Purchase(D0, 1999), an.Purchase(D0, 1), an.Purchase(D0 + timedelta(days=9), 333)]
    )
    assert r.frequency == 2  # two orders on one day are one purchase
    assert r.monetary_minor == 2333
    assert r.last_purchase == D0 + timedelta(days=9)
    assert r.recency_days(D0 + timedelta(days=20)) == 11
    assert an.rfm([]).recency_days(TODAY) is None


def test_median_interval_is_exact() -> None:
    assert an.median_interval(history(0).purchase_days) is None
    assert an.median_interval(history(0, 30, 60).purchase_days) == 30
    assert an.median_interval(history(0, 10, 30, 70, 120).purchase_days) == 30  # 10,20,40,50
    assert an.median_interval(history(0, 10, 31).purchase_days) == Fraction(31, 2)  # 10, 21


def test_at_risk_past_twice_the_usual_interval() -> None:
    monthly = history(0, 30, 60)  # every 30 days, last on day 60
    assert not an.is_at_risk(monthly, D0 + timedelta(days=120))  # 60 days: exactly 2x
    assert an.is_at_risk(monthly, D0 + timedelta(days=121))  # 61 > 2 x 30
    assert not an.is_at_risk(monthly, D0 + timedelta(days=121), factor=Fraction(3))
    assert not an.is_at_risk(history(0), D0 + timedelta(days=1000))  # one purchase: no rhythm
    odd = history(0, 10, 31)  # median 15.5: at risk after 31 days, not at 31
    assert not an.is_at_risk(odd, D0 + timedelta(days=62))
    assert an.is_at_risk(odd, D0 + timedelta(days=63))


def test_quantile_threshold_nearest_rank() -> None:
    assert an.quantile_threshold([]) is None
    assert an.quantile_threshold([5]) == 5
    assert an.quantile_threshold([10, 20, 30, 40, 50]) == 40  # ceil(0.8 x 5) = 4th
    assert an.quantile_threshold(list(range(1, 11))) == 8


def test_suggested_tiers() -> None:
    today = D0 + timedelta(days=200)
    book = an.book_values([100, 200, 300, 400, 50_000])
    assert book.a_threshold_minor == 400
    big = history(0, 100, amount=25_000)
    assert an.suggest_tier(big, today, book)[0] == "A"
    assert an.suggest_tier(history(0, amount=99_999), today, book)[0] == "D"  # once: not A
    regular = history(120, 150, 180, amount=10)
    assert an.suggest_tier(regular, today, book) == (
        "B",
        Problem("suggest.regular", None, {"days": "3", "window": "365"}),
    )
    assert english(an.suggest_tier(regular, today, book)[1]) == (
        "bought on 3 days in the last 365 days"
    )
    assert an.suggest_tier(history(0, 150, amount=10), today, book)[0] == "C"
    assert an.suggest_tier(an.rfm([]), today, book) == (None, Problem("suggest.no-purchases"))
    small_book = an.book_values([25_000, 10])
    assert an.suggest_tier(big, today, small_book)[0] == "C"  # under 5 buyers: no "top fifth"


def win_backs(services: Services, cid: int) -> list[Touch]:
    with services.book.reading() as s:
        return list(
            s.scalars(
                select(Touch).where(
                    Touch.client_id == cid,
                    Touch.sequence_code == "win-back",
                    Touch.status == "planned",
                )
            )
        )


def test_sales_keep_value_and_risk_and_start_win_back_once(
    catalog: Services, add_client: AddClient
) -> None:
    cid = add_client()
    catalog.sales.record_sale(cid, date(2026, 6, 1), [("BITS", "1")])
    detail = catalog.clients.get(cid)
    assert (detail.value_minor, detail.at_risk) == (4990, False)
    # a second purchase a month later, then silence since July: 148 days > 2 x 30
    result = catalog.sales.record_sale(cid, date(2026, 7, 1), [("CASE", "1")])
    detail = catalog.clients.get(cid)
    assert (detail.value_minor, detail.at_risk) == (4990 + 8900, True)
    assert result.changes.touches
    started = win_backs(catalog, cid)
    assert [t.purpose for t in sorted(started, key=lambda t: t.base_due)] == [
        "win-back",
        "news-offer",
    ]
    assert catalog.clients.ids(ClientFilter(at_risk=True)) == [cid]  # the Book filter
    # still at risk: neither another sale in the past nor a recompute starts it again
    catalog.sales.record_sale(cid, date(2026, 7, 15), [("GLOVES", "1")])
    again = catalog.value.recompute_all().value
    assert again.win_back_started == ()
    assert len(win_backs(catalog, cid)) == 2
    # a purchase today ends the silence, and the open win-back calls with it
    catalog.sales.record_sale(cid, TODAY, [("MASK", "1")])
    assert not catalog.clients.get(cid).at_risk
    assert win_backs(catalog, cid) == []


def test_recompute_all_and_suggestions(catalog: Services, add_client: AddClient) -> None:
    once = add_client("Once", tier="A")
    twice = add_client("Twice", tier="B")
    catalog.sales.record_sale(once, TODAY, [("BITS", "1")])
    catalog.sales.record_sale(twice, TODAY - timedelta(days=20), [("BITS", "1")])
    catalog.sales.record_sale(twice, TODAY, [("BITS", "1")])
    result = catalog.value.recompute_all().value
    assert result.clients == 2
    assert result.changed == 0  # the sales already kept the columns up to date
    value = catalog.value.client_value(twice)
    assert (value.purchases, value.monetary_minor, value.recency_days) == (2, 9980, 0)
    assert value.median_interval_days == 20
    assert value.suggested_tier == "C"
    suggestions = {v.client_id: v.suggested_tier for v in catalog.value.suggestions()}
    assert suggestions == {once: "D", twice: "C"}
    changes = catalog.value.accept_tier(once, "D").changes
    assert once in changes.clients
    assert catalog.clients.get(once).tier == "D"
    assert once not in {v.client_id for v in catalog.value.suggestions()}
