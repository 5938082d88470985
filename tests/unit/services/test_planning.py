"""Planning services on a real book: outcomes re-plan at once, moves, days off, settings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.app import Services
from planner.errors import BookError
from planner.services.views import ClientInput, ContactPointInput
from planner.vocabulary import Outcome

TODAY = date(2026, 11, 26)


def add(services: Services, name: str = "Client", tier: str = "B", **kw: object) -> int:
    contacts = kw.pop(
        "contacts",
        (
            ContactPointInput("call", "+48601234567", preferred=True),
            ContactPointInput("email", "c@example.com"),
        ),
    )
    cid = services.clients.add(
        ClientInput(name=name, tier=tier, contacts=contacts, **kw)  # type: ignore[arg-type]
    ).value
    return cid


def cadence(services: Services, cid: int) -> list[object]:
    return [t for t in services.clients.get(cid).planned if t.kind in ("cadence", "retry")]


def test_a_new_client_gets_onboarding_and_one_cadence_touch(services: Services) -> None:
    cid = add(services)
    planned = services.clients.get(cid).planned
    kinds = sorted(t.kind for t in planned)
    assert kinds.count("cadence") == 1
    assert any(t.purpose == "onboarding" for t in planned)
    assert all(t.reason for t in planned)
    assert all(t.due >= TODAY for t in planned)


def test_reached_outcome_re_anchors_the_cadence(services: Services) -> None:
    cid = add(services, tier="B")
    (touch,) = cadence(services, cid)
    logged = services.planning.log_outcome(touch.id, Outcome.REACHED, "talked")  # type: ignore[attr-defined]
    assert cid in logged.changes.clients
    detail = services.clients.get(cid)
    assert detail.history[0].outcome == "reached"
    assert detail.history[0].note == "talked"
    (nxt,) = cadence(services, cid)
    # Tier B: every month from today (the last touch that reached the client).
    assert date(2026, 12, 24) <= nxt.due <= date(2026, 12, 31)  # type: ignore[attr-defined]
    assert nxt.id != touch.id  # type: ignore[attr-defined]
    # the call gives the client's next touches back, soonest first
    planned = sorted(services.clients.get(cid).planned, key=lambda t: (t.due, t.channel, t.id))
    assert [t.id for t in logged.value.next] == [t.id for t in planned]
    assert nxt.id in {t.id for t in logged.value.next}  # type: ignore[attr-defined]


def test_no_answer_plans_a_retry_after_the_tiers_delay(services: Services) -> None:
    cid = add(services, tier="B")
    (touch,) = cadence(services, cid)
    services.planning.log_outcome(touch.id, Outcome.NO_ANSWER)  # type: ignore[attr-defined]
    (retry,) = cadence(services, cid)
    assert retry.kind == "retry"  # type: ignore[attr-defined]
    assert retry.attempt == 1  # type: ignore[attr-defined]
    assert retry.due > TODAY  # type: ignore[attr-defined]


def test_do_not_contact_withdraws_that_channel(services: Services) -> None:
    cid = add(services, tier="B")
    (touch,) = cadence(services, cid)
    channel = touch.channel  # type: ignore[attr-defined]
    services.planning.log_outcome(touch.id, Outcome.DO_NOT_CONTACT)  # type: ignore[attr-defined]
    detail = services.clients.get(cid)
    assert all(not c.consent for c in detail.contacts if c.channel == channel)
    assert all(t.channel != channel for t in detail.planned)


def test_do_not_contact_can_stop_the_client(services: Services) -> None:
    cid = add(services)
    (touch,) = cadence(services, cid)
    services.planning.log_outcome(touch.id, Outcome.DO_NOT_CONTACT, stop_client=True)  # type: ignore[attr-defined]
    detail = services.clients.get(cid)
    assert detail.status == "do-not-contact"
    assert detail.planned == ()


def test_logging_twice_is_refused(services: Services) -> None:
    cid = add(services)
    (touch,) = cadence(services, cid)
    services.planning.log_outcome(touch.id, Outcome.REACHED)  # type: ignore[attr-defined]
    with pytest.raises(BookError):
        services.planning.log_outcome(touch.id, Outcome.REACHED)  # type: ignore[attr-defined]


def test_move_pins_the_touch(services: Services) -> None:
    cid = add(services)
    (touch,) = cadence(services, cid)
    target = date(2027, 1, 12)
    services.planning.move(touch.id, target)  # type: ignore[attr-defined]
    moved = services.planning.touch(touch.id)  # type: ignore[attr-defined]
    assert (moved.due, moved.pinned) == (target, True)
    services.planning.replan_all()
    assert services.planning.touch(touch.id).due == target  # type: ignore[attr-defined]
    with pytest.raises(BookError):
        services.planning.move(touch.id, TODAY - timedelta(days=1))  # type: ignore[attr-defined]


def test_a_day_off_re_levels_the_plan(services: Services) -> None:
    ids = [add(services, name=f"C{i}", tier="A") for i in range(5)]
    busy = {t.due for cid in ids for t in services.clients.get(cid).planned}
    day = min(busy)
    result = services.planning.set_day(day, "off", "vacation").value
    assert result.changes.calendar
    assert all(t.due != day for t in services.planning.plan(TODAY, TODAY + timedelta(days=60)))
    assert services.planning.days() == [(day, "off", "vacation")]
    services.planning.set_day(day, None)
    assert services.planning.days() == []


def test_a_holiday_country_setting_re_plans_the_book(services: Services) -> None:
    # Tier A every 2 weeks from 2026-10-28 falls on Wednesday 2026-11-11, Polish Independence Day.
    cid = services.clients.add(
        ClientInput(name="Key", tier="A", contacts=(ContactPointInput("call", "+48601234567"),))
    ).value
    services.planning.plan(TODAY, TODAY + timedelta(days=400))
    services.settings.set("calendar.country", "PL")
    services.settings.set("gap.days", "0")
    holidays = {date(2026, 12, 24), date(2026, 12, 25), date(2026, 12, 26), date(2027, 1, 1)}
    plan = services.planning.plan(TODAY, TODAY + timedelta(days=60))
    assert plan
    assert not holidays & {t.due for t in plan}
    assert services.settings.get("calendar.country") == "PL"
    assert cid


def test_bad_setting_changes_nothing(services: Services) -> None:
    with pytest.raises(BookError):
        services.settings.set_many({"gap.days": "3", "calendar.weekend": "sat,funday"})
    assert services.settings.get("gap.days") == 2
    with pytest.raises(BookError):
        services.settings.set("no.such.key", "1")
    with pytest.raises(BookError):
        services.settings.set_many({"calendar.work_start": "18:00", "calendar.work_end": "09:00"})


def test_agenda_shows_due_and_overdue(services: Services) -> None:
    cid = add(services, tier="A")
    planned = services.clients.get(cid).planned
    last = max(t.due for t in planned)
    agenda = services.planning.agenda(last)
    assert {t.id for t in planned} <= {t.id for t in agenda}
    assert services.planning.agenda(TODAY - timedelta(days=1)) == []


def test_load_counts_per_day_and_channel(services: Services) -> None:
    for i in range(3):
        add(services, name=f"C{i}", tier="A")
    loads = services.planning.load(TODAY, TODAY + timedelta(days=30))
    assert sum(x.planned for x in loads) == len(
        services.planning.plan(TODAY, TODAY + timedelta(days=30))
    )
    assert all(x.capacity is not None for x in loads)


def test_capacity_zero_flags_overbooked_instead_of_dropping(services: Services) -> None:
    ids = [add(services, name=f"C{i}", tier="B") for i in range(3)]
    services.settings.set_many({"capacity.call": "0", "capacity.email": "0", "capacity.sms": "0"})
    plan = services.planning.plan(TODAY, TODAY + timedelta(days=400))
    cadence_touches = [t for t in plan if t.kind == "cadence"]
    assert len(cadence_touches) == len(ids)
    assert all(t.overbooked for t in cadence_touches)
