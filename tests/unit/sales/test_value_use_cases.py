"""Accepting suggested tiers and the daily recompute are one call and one transaction each."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from planner.app import Services
from planner.errors import BookError
from tests.unit.sales.conftest import TODAY, AddClient
from tests.unit.services.test_settings_save import count_calls


def writes(monkeypatch: pytest.MonkeyPatch, services: Services) -> list[str]:
    """Every write transaction the book opens from now on (locked or on a snapshot)."""
    opened: list[str] = []
    book = services.ctx.book
    for name in ("transaction", "optimistic"):
        original = getattr(book, name)

        def counting(*args: Any, _name: str = name, _original: Any = original, **kw: Any) -> Any:
            opened.append(_name)
            return _original(*args, **kw)

        monkeypatch.setattr(book, name, counting)
    return opened


def test_accepting_many_tiers_is_one_transaction(
    catalog: Services, add_client: AddClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    once = add_client("Once", tier="A")
    other = add_client("Other", tier="B")
    catalog.sales.record_sale(once, TODAY, [("BITS", "1")])
    replans = count_calls(monkeypatch, catalog.planning, "replan_in")
    transactions = writes(monkeypatch, catalog)
    result = catalog.value.accept_tiers([(once, "D"), (other, "c")])
    assert (len(transactions), len(replans)) == (1, 1)
    assert result.changes.clients == {once, other}
    assert result.changes.touches
    assert (catalog.clients.get(once).tier, catalog.clients.get(other).tier) == ("D", "C")


def test_an_unknown_tier_moves_nobody(catalog: Services, add_client: AddClient) -> None:
    first = add_client("First", tier="A")
    second = add_client("Second", tier="B")
    with pytest.raises(BookError):
        catalog.value.accept_tiers([(first, "D"), (second, "Z")])
    assert (catalog.clients.get(first).tier, catalog.clients.get(second).tier) == ("A", "B")


def test_the_daily_recompute_is_one_transaction_and_runs_once_a_day(
    catalog: Services, add_client: AddClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = add_client("Silent", tier="B")
    for weeks in (30, 26, 22, 18):  # a regular buyer who went quiet
        catalog.sales.record_sale(cid, TODAY - timedelta(weeks=weeks), [("GLOVES", "1")])
    transactions = writes(monkeypatch, catalog)
    refreshed = count_calls(monkeypatch, catalog.value, "refresh_in")
    ran = catalog.value.recompute_daily()
    assert (len(transactions), len(refreshed)) == (1, 1)
    assert ran.value.day == TODAY
    assert ran.value.value is not None
    assert ran.value.plan is not None
    assert ran.changes.touches
    assert ran.changes.all_clients
    assert catalog.clients.get(cid).at_risk
    again = catalog.value.recompute_daily(last=TODAY)  # already ran today: nothing to do
    assert (again.value.value, again.value.plan) == (None, None)
    assert again.changes == type(again.changes)()
    assert len(refreshed) == 1
