"""The whole book: capacity levelling, priorities, slip, progress and determinism."""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import date

import pytest
from sched_builders import MONDAY, client, contacts, done, opened, tier

from planner.scheduling import (
    PlanCancelled,
    PlannedTouch,
    PlanSettings,
    Reason,
    UnknownTier,
    format_reason,
    plan_book,
)
from planner.scheduling.types import CalendarRules, ClientState, TierRule
from planner.vocabulary import Channel, Outcome, TouchKind

CALL, EMAIL = Channel.CALL, Channel.EMAIL
RULES = CalendarRules(country="PL", timezone="Europe/Warsaw")
TIERS = {
    "A": tier("A", channels=(CALL,), priority=1, slip_days=2),
    "B": tier("B", channels=(CALL,), priority=2, slip_days=2),
}
WED = date(2026, 3, 4)


def due_on(day: date, cid: int, **kw: object) -> ClientState:
    """A client whose cadence call is due on `day` (reached a month before, by hand)."""
    anchor = day.replace(month=day.month - 1)
    history = (done(anchor, kind=TouchKind.MANUAL),)
    return client(cid, reach=contacts(CALL), history=history, **kw)  # type: ignore[arg-type]


def book(
    clients: list[ClientState],
    capacity: Mapping[Channel, int] | None = None,
    *,
    tiers: Mapping[str, TierRule] = TIERS,
    today: date = MONDAY,
    **settings: object,
) -> dict[int, PlannedTouch]:
    plan = plan_book(
        clients,
        tiers,
        RULES,
        PlanSettings(capacity=dict(capacity or {}), **settings),  # type: ignore[arg-type]
        today,
    )
    return {t.client_id if t.kind is TouchKind.CADENCE else -t.client_id: t for t in plan}


def capacity_reason(day: str) -> Reason:
    return Reason("capacity", (("from", day), ("channel", "call")))


def test_overflow_carries_by_priority_within_the_slip_and_overbooks_the_rest() -> None:
    # seven calls due Wed 4 Mar, two a day, slip 2 working days (until Fri 6 Mar)
    clients = [due_on(WED, cid, value=100 - cid) for cid in range(1, 8)]
    got = book(clients, {CALL: 2})
    assert {cid: (t.due, t.overbooked) for cid, t in got.items()} == {
        1: (date(2026, 3, 4), False),
        2: (date(2026, 3, 4), False),
        3: (date(2026, 3, 5), False),
        4: (date(2026, 3, 5), False),
        5: (date(2026, 3, 6), False),
        6: (date(2026, 3, 6), False),
        7: (date(2026, 3, 4), True),  # Mon 9 Mar is past the slip: back on its day
    }
    for cid in (3, 4, 5, 6):
        assert got[cid].reasons[-1] == capacity_reason("2026-03-04")
    assert got[7].reasons[-1] == Reason("overbooked", (("channel", "call"), ("capacity", "2")))
    assert all(t.base_due == WED for t in got.values())


def test_tier_priority_then_risk_then_value_decide_who_stays() -> None:
    clients = [
        due_on(WED, 1, value=10**6),
        due_on(WED, 2, value=10, at_risk=True),
        due_on(WED, 3, tier_code="A"),
    ]
    slow = {
        code: tier(code, channels=(CALL,), priority=t.priority, slip_days=5)
        for code, t in TIERS.items()
    }
    got = book(clients, {CALL: 1}, tiers=slow)
    assert [got[c].due for c in (3, 2, 1)] == [WED, date(2026, 3, 5), date(2026, 3, 6)]


def test_tier_priority_goes_before_a_carried_touch() -> None:
    clients = [
        due_on(WED, 1, tier_code="A"),
        due_on(WED, 2),
        due_on(date(2026, 3, 5), 3, tier_code="A"),
    ]
    got = book(clients, {CALL: 1})
    assert (got[1].due, got[2].due, got[3].due) == (WED, date(2026, 3, 6), date(2026, 3, 5))


def test_the_backlog_is_planned_forward_by_priority_and_pinned_touches_keep_their_seat() -> None:
    pinned = opened(90, TouchKind.MANUAL, WED, pinned=True)
    clients = [
        client(1, reach=contacts(CALL), created_on=date(2026, 2, 20), open_touches=(pinned,)),
        due_on(WED, 2, tier_code="A"),
        client(3, reach=contacts(CALL), created_on=date(2026, 1, 20)),  # due 20 Feb: overdue
        client(4, reach=contacts(CALL), created_on=date(2026, 1, 21)),  # due 21 Feb: overdue
        due_on(MONDAY, 5, tier_code="A"),
    ]
    got = book(clients, {CALL: 1})
    assert (got[-1].due, got[-1].overbooked) == (WED, False)
    assert got[5].due == MONDAY  # tier A first, before the backlog
    assert (got[3].due, got[3].overbooked) == (date(2026, 3, 3), False)  # most overdue next
    assert got[2].due == date(2026, 3, 5)  # tier A, but the pinned touch holds Wednesday
    assert (got[4].due, got[4].overbooked) == (date(2026, 3, 6), False)
    assert [r.code for r in got[4].reasons] == ["cadence", "carried", "capacity"]
    assert all(t.due >= MONDAY for t in got.values())


def test_a_carry_never_breaks_the_clients_gap() -> None:
    manual = opened(80, TouchKind.MANUAL, date(2026, 3, 6), channel=EMAIL)
    clients = [
        due_on(WED, 1, tier_code="A"),
        client(
            2,
            reach=contacts(CALL, EMAIL),
            history=(done(date(2026, 2, 4), kind=TouchKind.MANUAL),),
            open_touches=(manual,),
        ),
    ]
    got = book(clients, {CALL: 1})  # Thu 5 and Fri 6 are too close to the e-mail on Fri 6
    assert (got[2].due, got[2].overbooked, got[-2].due) == (WED, True, date(2026, 3, 6))
    wider = book(clients, {CALL: 1}, tiers={**TIERS, "B": tier("B", channels=(CALL,), slip_days=5)})
    assert (wider[2].due, wider[2].overbooked) == (date(2026, 3, 9), False)


def test_other_clients_load_counts_against_capacity() -> None:
    got = book([due_on(WED, 1)], {CALL: 2}, base_load={(CALL, WED): 2})
    assert got[1].due == date(2026, 3, 5)


def test_channels_without_capacity_are_unlimited_and_nothing_is_dropped() -> None:
    clients = [due_on(WED, cid) for cid in range(1, 51)]
    got = book(clients, {EMAIL: 1})
    assert len(got) == 50
    assert {t.due for t in got.values()} == {WED}
    assert not any(t.overbooked for t in got.values())


def test_the_english_reason_line_of_a_levelled_touch() -> None:
    today = date(2026, 11, 2)
    x = client(1, reach=contacts(CALL), history=(done(date(2026, 10, 7), kind=TouchKind.MANUAL),))
    y = due_on(date(2026, 11, 9), 2, tier_code="A")
    got = book([x, y], {CALL: 1}, today=today, tiers={**TIERS, "B": tier("B")})
    assert got[1].due == date(2026, 11, 10)
    assert format_reason(got[1].reasons) == (
        "Tier B: every 1 month since last reached 2026-10-07; "
        "moved from Sat 2026-11-07 (weekend); carried over: call full on Mon 2026-11-09"
    )


def test_inactive_clients_are_left_out_and_an_unknown_tier_is_an_error() -> None:
    assert book([due_on(WED, 1, active=False)]) == {}
    with pytest.raises(UnknownTier, match="'Z'"):
        book([due_on(WED, 1, tier_code="Z")])


def test_progress_is_reported_and_can_cancel() -> None:
    clients = [due_on(WED, cid) for cid in range(1, 3000)]
    seen: list[tuple[int, int]] = []

    def report(done_: int, total: int) -> bool:
        seen.append((done_, total))
        return True

    plan_book(clients, TIERS, RULES, PlanSettings(), MONDAY, report)
    assert seen == [(0, 2999), (1024, 2999), (2048, 2999), (2999, 2999)]
    with pytest.raises(PlanCancelled):
        plan_book(clients, TIERS, RULES, PlanSettings(), MONDAY, lambda d, t: d < 1024)


def test_the_plan_does_not_depend_on_the_order_of_the_clients() -> None:
    rnd = random.Random(7)
    clients = [
        due_on(
            date(2026, 3, rnd.randrange(3, 20)),
            cid,
            value=rnd.randrange(3),
            tier_code="AB"[cid % 2],
        )
        for cid in range(1, 200)
    ]
    settings = PlanSettings(capacity={CALL: 5})
    first = plan_book(clients, TIERS, RULES, settings, MONDAY)
    rnd.shuffle(clients)
    assert plan_book(clients, TIERS, RULES, settings, MONDAY) == first
    assert [t.client_id for t in first] == sorted(t.client_id for t in first)


def test_a_client_reached_today_is_planned_a_full_interval_ahead() -> None:
    c = client(1, reach=contacts(CALL), history=(done(MONDAY, Outcome.ORDER),))
    assert book([c])[1].due == date(2026, 4, 2)
