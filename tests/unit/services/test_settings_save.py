"""Settings → Save is one use case: values, tiers and days in one transaction, one re-plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from planner.app import Services
from planner.errors import NotFound, Refused
from planner.problem_texts import english
from planner.services.settings import SettingsEdit
from planner.services.views import ClientInput, ContactPointInput

TODAY = date(2026, 11, 26)


def add(services: Services, name: str, tier: str = "A") -> int:
    cid = services.clients.add(
        ClientInput(name=name, tier=tier, contacts=(ContactPointInput("call", "+48601234567"),))
    ).value
    return cid


def count_calls(monkeypatch: pytest.MonkeyPatch, obj: object, name: str) -> list[int]:
    calls: list[int] = []
    original = getattr(obj, name)

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(obj, name, counting)
    return calls


def test_one_save_is_one_transaction_and_one_replan(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [add(services, f"C{i}") for i in range(4)]
    day = min(t.due for cid in ids for t in services.clients.get(cid).planned)
    tier_a = next(t for t in services.settings.tiers() if t.code == "A")
    transactions = count_calls(monkeypatch, services.ctx.book, "transaction")
    replans = count_calls(monkeypatch, services.planning, "replan_in")
    edit = SettingsEdit(
        values={"capacity.call": "150", "gap.days": "1"},
        tiers=(replace(tier_a, interval_count=3),),
        days={day: "off"},
    )
    result = services.settings.save(edit)
    assert (len(transactions), len(replans)) == (1, 1)
    assert result.value == edit
    assert (result.changes.settings, result.changes.calendar, result.changes.touches) == (
        True,
        True,
        True,
    )
    assert services.settings.get("capacity.call") == 150
    assert next(t for t in services.settings.tiers() if t.code == "A").interval_count == 3
    assert services.planning.days() == [(day, "off", None)]
    assert all(t.due != day for t in services.planning.plan(TODAY, TODAY + timedelta(days=60)))


def test_a_refused_tier_leaves_nothing_committed(services: Services) -> None:
    add(services, "Key")
    tier_b = next(t for t in services.settings.tiers() if t.code == "B")
    before = services.planning.plan(TODAY, TODAY + timedelta(days=90))
    with pytest.raises(Refused) as caught:
        services.settings.save(
            SettingsEdit(
                values={"capacity.call": "150"},
                tiers=(replace(tier_b, channels=()),),
                days={TODAY + timedelta(days=1): "off"},
            )
        )
    problem = caught.value.problems[0]
    assert (problem.code, problem.field, problem.args) == (
        "tier.no-channel",
        "channels",
        {"tier": "B"},
    )
    assert english(problem) == "a tier needs at least one channel"
    assert services.settings.get("capacity.call") != 150
    assert services.planning.days() == []
    assert services.planning.plan(TODAY, TODAY + timedelta(days=90)) == before


def test_a_failure_inside_the_transaction_rolls_everything_back(services: Services) -> None:
    tier_a = next(t for t in services.settings.tiers() if t.code == "A")
    with pytest.raises(NotFound):
        services.settings.save(
            SettingsEdit(
                values={"capacity.call": "150"},
                tiers=(replace(tier_a, code="NOPE"),),
                days={TODAY + timedelta(days=1): "off"},
            )
        )
    assert services.settings.get("capacity.call") != 150
    assert services.planning.days() == []


def test_an_empty_save_changes_nothing(services: Services) -> None:
    result = services.settings.save(SettingsEdit())
    assert result.changes == type(result.changes)()
