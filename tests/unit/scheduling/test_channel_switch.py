"""Channel switch (issue 8, Deliver 3): a low-priority touch that finds its live channel
full goes over the tier's asynchronous channel on the same day instead of waiting."""

from __future__ import annotations

from datetime import date

from sched_builders import client, contacts, done, tier

from planner.scheduling import PlanSettings, Reason, format_reason, plan_book
from planner.scheduling.types import CalendarRules, ClientState, PlannedTouch, TierRule
from planner.vocabulary import Channel, TouchKind

CALL, EMAIL, MEETING = Channel.CALL, Channel.EMAIL, Channel.MEETING
RULES = CalendarRules(country="PL", timezone="Europe/Warsaw")
MONDAY = date(2026, 3, 2)
WED = date(2026, 3, 4)
TIERS = {
    "A": tier("A", channels=(CALL,), priority=1, slip_days=2),  # live only
    "B": tier("B", channels=(CALL, EMAIL), priority=2, slip_days=2),
}


def due_on(day: date, cid: int, tier_code: str, **kw: object) -> ClientState:
    """A client whose cadence call is due on `day` (reached a month before)."""
    history = (done(day.replace(month=day.month - 1), kind=TouchKind.MANUAL),)
    reach = kw.pop("reach", contacts(CALL, EMAIL, preferred=CALL))
    return client(cid, tier_code=tier_code, reach=reach, history=history, **kw)  # type: ignore[arg-type]


def plan(
    clients: list[ClientState], capacity: dict[Channel, int], tiers: dict[str, TierRule] = TIERS
) -> dict[int, PlannedTouch]:
    got = plan_book(clients, tiers, RULES, PlanSettings(capacity=capacity), MONDAY)
    return {t.client_id: t for t in got}


def switched(day: str) -> Reason:
    return Reason("channel-switched", (("from", "call"), ("channel", "email"), ("day", day)))


def test_a_low_priority_call_on_a_full_day_goes_by_email_the_same_day() -> None:
    # two calls a day; four calls due Wed 4 Mar: two tier A, two tier B (call or e-mail)
    clients = [due_on(WED, 1, "A"), due_on(WED, 2, "A"), due_on(WED, 3, "B"), due_on(WED, 4, "B")]
    got = plan(clients, {CALL: 2, EMAIL: 5})
    assert {cid: (t.channel, t.due, t.overbooked) for cid, t in got.items()} == {
        1: (CALL, WED, False),
        2: (CALL, WED, False),
        3: (EMAIL, WED, False),
        4: (EMAIL, WED, False),
    }
    assert got[3].reasons[-1] == switched("2026-03-04")
    assert got[3].due_at is None  # an e-mail has no time window
    assert got[1].due_at is not None
    assert format_reason(got[3].reasons[-1:]) == (
        "switched from call to email: call full on 2026-03-04"
    )


def test_a_tier_without_an_asynchronous_channel_waits_for_a_call_seat() -> None:
    clients = [due_on(WED, cid, "A") for cid in (1, 2, 3)]
    got = plan(clients, {CALL: 2, EMAIL: 5})
    assert (got[3].channel, got[3].due) == (CALL, date(2026, 3, 5))
    assert got[3].reasons[-1] == Reason("capacity", (("from", "2026-03-04"), ("channel", "call")))


def test_no_switch_without_consent_for_the_asynchronous_channel() -> None:
    no_mail = contacts(CALL, EMAIL, preferred=CALL, no_consent=(EMAIL,))
    clients = [due_on(WED, 1, "A"), due_on(WED, 2, "A"), due_on(WED, 3, "B", reach=no_mail)]
    got = plan(clients, {CALL: 2, EMAIL: 5})
    assert (got[3].channel, got[3].due) == (CALL, date(2026, 3, 5))


def test_no_switch_when_the_asynchronous_channel_is_full_too() -> None:
    # one e-mail seat on Wed: the first B call switches, the second waits for Thursday
    clients = [due_on(WED, 1, "A"), due_on(WED, 2, "A"), due_on(WED, 3, "B"), due_on(WED, 4, "B")]
    got = plan(clients, {CALL: 2, EMAIL: 1})
    assert (got[3].channel, got[3].due) == (EMAIL, WED)
    assert (got[4].channel, got[4].due) == (CALL, date(2026, 3, 5))


def test_e_mails_due_that_day_keep_their_seats_before_a_switched_call() -> None:
    mail_first = tier("B", channels=(EMAIL, CALL), priority=2, slip_days=2)
    tiers = {**TIERS, "M": mail_first}
    by_mail = contacts(EMAIL)
    clients = [
        due_on(WED, 1, "A"),
        due_on(WED, 2, "B"),  # call full: would switch, but the one e-mail seat is taken
        due_on(WED, 3, "M", reach=by_mail),  # an e-mail due that day
    ]
    got = plan(clients, {CALL: 1, EMAIL: 1}, tiers)
    assert (got[3].channel, got[3].due, got[3].overbooked) == (EMAIL, WED, False)
    assert (got[2].channel, got[2].due) == (CALL, date(2026, 3, 5))


def test_other_clients_e_mails_count_against_the_switch() -> None:
    clients = [due_on(WED, 1, "A"), due_on(WED, 2, "B")]
    settings = PlanSettings(capacity={CALL: 1, EMAIL: 3}, base_load={(EMAIL, WED): 3})
    got = {t.client_id: t for t in plan_book(clients, TIERS, RULES, settings, MONDAY)}
    assert (got[2].channel, got[2].due) == (CALL, date(2026, 3, 5))
    settings = PlanSettings(capacity={CALL: 1, EMAIL: 3}, base_load={(EMAIL, WED): 2})
    got = {t.client_id: t for t in plan_book(clients, TIERS, RULES, settings, MONDAY)}
    assert (got[2].channel, got[2].due) == (EMAIL, WED)
