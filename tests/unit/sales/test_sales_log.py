"""Recording sales: tier prices, exact totals, refusals, and the sequences a sale starts."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.app import Services
from planner.errors import BookError, ValidationError
from planner.models import Touch
from planner.scheduling import WorkingCalendar
from planner.services.salesviews import SaleLineInput
from tests.unit.sales.conftest import TODAY, AddClient


def sequence_touches(services: Services, cid: int, code: str) -> list[Touch]:
    with services.book.reading() as s:
        return list(
            s.scalars(
                select(Touch)
                .where(Touch.client_id == cid, Touch.sequence_code == code)
                .where(Touch.status == "planned")
                .order_by(Touch.base_due)
            )
        )


def test_a_sale_is_priced_from_the_tier_price_book(
    catalog: Services, add_client: AddClient
) -> None:
    cid = add_client(tier="A")
    catalog.catalog.set_tier_price("A", "BITS", discount="10")
    catalog.catalog.set_tier_price("A", "CASE", price="80")
    result = catalog.sales.record_sale(
        cid,
        TODAY,
        [("DRILL", "1"), ("BITS", "3"), ("CASE", "2"), SaleLineInput("GLOVES", "1,5", "15,00")],
        note="first order",
    )
    sale = result.value.sale
    lines = {ln.code: ln for ln in sale.lines}
    assert (lines["DRILL"].unit_price_minor, lines["DRILL"].price_source) == (123450, "list")
    assert (lines["BITS"].unit_price_minor, lines["BITS"].price_source) == (4491, "tier")
    assert lines["BITS"].amount_minor == 13473
    assert (lines["CASE"].unit_price_minor, lines["CASE"].amount_minor) == (8000, 16000)
    assert lines["GLOVES"].quantity_milli == 1500
    assert (lines["GLOVES"].amount_minor, lines["GLOVES"].price_source) == (2250, "manual")
    assert sale.total_minor == 123450 + 13473 + 16000 + 2250
    assert sale.note == "first order"
    assert result.changes.sales
    assert cid in result.changes.clients
    assert catalog.clients.get(cid).value_minor == sale.total_minor


def test_refusals_write_nothing(catalog: Services, add_client: AddClient) -> None:
    cid = add_client()
    with pytest.raises(ValidationError) as err:
        catalog.sales.record_sale(cid, TODAY + timedelta(days=1), [("DRILL", "1")])
    assert "future" in err.value.problems["day"]
    with pytest.raises(ValidationError) as err:
        catalog.sales.record_sale(
            cid, TODAY, [("NOPE", "1"), ("BITS", "0"), ("CASE", "x"), ("GLOVES", "1", "-2")]
        )
    assert set(err.value.problems) == {"lines.0", "lines.1", "lines.2", "lines.3"}
    with pytest.raises(ValidationError):
        catalog.sales.record_sale(cid, TODAY, [])
    catalog.catalog.deactivate("MASK")
    with pytest.raises(ValidationError, match="no longer sold"):
        catalog.sales.record_sale(cid, TODAY, [("MASK", "1")])
    catalog.clients.archive(cid)
    with pytest.raises(BookError, match="archived"):
        catalog.sales.record_sale(cid, TODAY, [("DRILL", "1")])
    assert catalog.sales.sales(cid) == []


def test_sales_are_listed_per_client_and_period(catalog: Services, add_client: AddClient) -> None:
    a, b = add_client("A"), add_client("B")
    catalog.sales.record_sale(a, date(2026, 9, 1), [("BITS", "1")])
    catalog.sales.record_sale(a, date(2026, 11, 2), [("CASE", "1")])
    catalog.sales.record_sale(b, date(2026, 10, 15), [("GLOVES", "2")])
    assert [s.day for s in catalog.sales.sales(a)] == [date(2026, 11, 2), date(2026, 9, 1)]
    october = catalog.sales.sales(start=date(2026, 10, 1), end=date(2026, 10, 31))
    assert [(s.client_id, s.total_minor) for s in october] == [(b, 3198)]
    assert len(catalog.sales.sales()) == 3
    assert catalog.sales.sale(october[0].id).lines[0].code == "GLOVES"
    with pytest.raises(BookError):
        catalog.sales.sales(start=date(2026, 10, 2), end=date(2026, 10, 1))


def test_after_sale_and_warranty_sequences_in_the_plan(
    catalog: Services, add_client: AddClient
) -> None:
    cid = add_client()
    result = catalog.sales.record_sale(cid, TODAY, [("DRILL", "1"), ("BITS", "2")]).value
    calendar = catalog.planning.calendar()
    after = sequence_touches(catalog, cid, "after-sale")
    # DESIGN.md §4: thank-you +1, check-in +7, price-list +14 working days after the sale
    assert [(t.purpose, t.base_due) for t in after] == [
        ("thank-you", date(2026, 11, 27)),
        ("check-in", date(2026, 12, 7)),
        ("price-list", date(2026, 12, 16)),
    ]
    assert [calendar.working_days_between(TODAY, t.base_due) for t in after] == [1, 7, 14]
    # the drill's 24-month warranty ends on Sun 26 Nov 2028; the check is 10 working days
    # before it: Fri 24 is the first, Mon 13 the tenth
    (warranty,) = sequence_touches(catalog, cid, "warranty")
    assert warranty.purpose == "warranty-check"
    assert warranty.base_due == date(2028, 11, 13)
    assert calendar.working_days_between(warranty.base_due, date(2028, 11, 24)) == 9
    assert set(result.touches) == {t.id for t in [*after, warranty]}
    planned = catalog.clients.get(cid).planned  # re-planned: on working days, none overdue
    assert {"thank-you", "check-in", "price-list", "warranty-check"} <= {t.purpose for t in planned}
    assert all(t.due > TODAY and calendar.is_working(t.due) for t in planned)


def test_warranty_sequences_per_distinct_end(catalog: Services, add_client: AddClient) -> None:
    cid = add_client()
    catalog.sales.record_sale(cid, TODAY, [("DRILL", "1"), ("LADDER", "1"), ("LADDER", "2")])
    ends = [t.base_due for t in sequence_touches(catalog, cid, "warranty")]
    calendar = WorkingCalendar(catalog.planning.calendar().rules)
    assert ends == [
        date(2027, 11, 12),  # ladder: 12 months -> Fri 26 Nov 2027, minus 10 working days
        date(2028, 11, 13),  # drill: 24 months
    ]
    assert calendar.working_days_between(ends[0], date(2027, 11, 26)) == 10


def test_a_newer_sale_restarts_the_after_sale_steps(
    catalog: Services, add_client: AddClient
) -> None:
    cid = add_client()
    catalog.sales.record_sale(cid, TODAY - timedelta(days=7), [("BITS", "1")])
    catalog.sales.record_sale(cid, TODAY, [("CASE", "1")])
    after = sequence_touches(catalog, cid, "after-sale")
    assert [t.base_due for t in after] == [
        date(2026, 11, 27),
        date(2026, 12, 7),
        date(2026, 12, 16),
    ]


def test_catching_up_on_an_old_sale_starts_no_late_thank_you(
    catalog: Services, add_client: AddClient
) -> None:
    cid = add_client()
    catalog.sales.record_sale(cid, date(2026, 6, 1), [("LADDER", "1")])
    catalog.sales.record_sale(cid, date(2025, 1, 10), [("LADDER", "1")])  # warranty over
    assert sequence_touches(catalog, cid, "after-sale") == []
    # the June sale's ladder is under warranty until Tue 1 Jun 2027: that check still comes
    assert [t.base_due for t in sequence_touches(catalog, cid, "warranty")] == [date(2027, 5, 18)]


def test_deleting_a_client_deletes_their_sales_and_offers(
    catalog: Services, add_client: AddClient, tmp_path: Path
) -> None:
    cid = add_client()
    keep = add_client("Kept")
    catalog.sales.record_sale(cid, TODAY, [("DRILL", "1")])
    catalog.sales.record_sale(keep, TODAY, [("BITS", "1")])
    catalog.offers.make_price_list(cid, tmp_path / "offer.xlsx")
    catalog.clients.delete(cid)
    assert catalog.sales.sales(cid) == []
    assert catalog.offers.offers(cid) == []
    assert [s.client_id for s in catalog.sales.sales()] == [keep]
    assert catalog.backups.check() == []  # integrity and foreign keys
