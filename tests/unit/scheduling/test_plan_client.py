"""One client's desired touches (DESIGN.md section 4), before capacity levelling."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sched_builders import MONDAY, client, codes, contacts, done, opened, tier

from planner.scheduling import (
    PlannedTouch,
    PlanSettings,
    Reason,
    WorkingCalendar,
    plan_client,
)
from planner.scheduling.types import CalendarRules, ClientState, TierRule
from planner.vocabulary import Channel, Outcome, Purpose, TouchKind

CALL, EMAIL, SMS, WHATSAPP = Channel.CALL, Channel.EMAIL, Channel.SMS, Channel.WHATSAPP
CADENCE, RETRY, SEQUENCE, MANUAL = (
    TouchKind.CADENCE,
    TouchKind.RETRY,
    TouchKind.SEQUENCE,
    TouchKind.MANUAL,
)
RULES = CalendarRules(country="PL", timezone="Europe/Warsaw")
TODAY = MONDAY  # 2026-03-02


def plan(
    c: ClientState,
    t: TierRule | None = None,
    *,
    settings: PlanSettings | None = None,
    today: date = TODAY,
) -> list[PlannedTouch]:
    return plan_client(c, t or tier(), WorkingCalendar(RULES), settings or PlanSettings(), today)


def one(touches: list[PlannedTouch]) -> PlannedTouch:
    assert len(touches) == 1, touches
    return touches[0]


def cadence_reason(anchor: str, since: str = "last-reached") -> Reason:
    return Reason(
        "cadence",
        (("tier", "B"), ("count", "1"), ("unit", "month"), ("anchor", anchor), ("since", since)),
    )


def utc(m: int, d: int, hh: int) -> datetime:
    return datetime(2026, m, d, hh, tzinfo=UTC)


# -- which touches -------------------------------------------------------------------------


def test_an_inactive_client_gets_nothing_and_its_open_touches_are_dropped() -> None:
    c = client(active=False, open_touches=(opened(10, CADENCE, date(2026, 3, 20)),))
    assert plan(c) == []


def test_a_client_without_any_consenting_channel_is_unreachable() -> None:
    c = client(
        reach=contacts(CALL, EMAIL, no_consent=[CALL, EMAIL]),
        open_touches=(opened(10, MANUAL, date(2026, 3, 20), pinned=True),),
    )
    assert plan(c) == []


def test_a_new_client_gets_one_cadence_touch_an_interval_after_creation() -> None:
    t = one(plan(client(created_on=date(2026, 2, 20))))
    assert t.id is None
    assert (t.kind, t.channel, t.purpose) == (CADENCE, CALL, Purpose.CHECK_IN)
    assert t.base_due == t.due == date(2026, 3, 20)
    assert (t.due_at, t.due_until) == (utc(3, 20, 8), utc(3, 20, 17))  # Warsaw 9-18 (CET)
    assert t.reasons == (cadence_reason("2026-02-20", "created"),)
    assert not t.overbooked


def test_an_open_cadence_touch_is_updated_in_place_and_extra_ones_dropped() -> None:
    c = client(
        history=(done(date(2026, 2, 20)),),
        open_touches=(
            opened(12, CADENCE, date(2026, 3, 1), purpose=Purpose.NEWS_OFFER),
            opened(11, CADENCE, date(2026, 3, 5), purpose=Purpose.FEEDBACK),
        ),
    )
    t = one(plan(c))
    assert (t.id, t.purpose, t.due) == (11, Purpose.FEEDBACK, date(2026, 3, 20))
    assert t.reasons == (cadence_reason("2026-02-20"),)


def test_a_weekend_due_moves_to_monday_with_one_reason_for_both_days() -> None:
    t = one(plan(client(history=(done(date(2026, 2, 7)),))))
    assert (t.base_due, t.due) == (date(2026, 3, 7), date(2026, 3, 9))
    assert t.reasons == (
        cadence_reason("2026-02-07"),
        Reason("weekend", (("from", "2026-03-07"), ("days", "2026-03-07,2026-03-08"))),
    )


def test_easter_moves_a_touch_past_the_weekend_and_easter_monday() -> None:
    reached = done(date(2026, 3, 4), kind=MANUAL)  # not a cadence touch: rotation stays on call
    t = one(plan(client(history=(reached,)), today=date(2026, 3, 30)))
    assert (t.base_due, t.due) == (date(2026, 4, 4), date(2026, 4, 7))
    assert codes(t.reasons) == ["cadence", "weekend", "holiday"]
    assert t.reasons[2].arg("name") == "Easter Monday"
    assert (t.due_at, t.due_until) == (utc(4, 7, 7), utc(4, 7, 16))  # summer time now


def test_the_rotation_and_the_preferred_channel_choose_the_cadence_channel() -> None:
    history = (done(date(2026, 1, 20)), done(date(2026, 2, 20)))  # two reached cadence touches
    three = tier(channels=(CALL, EMAIL, SMS))
    assert (
        one(plan(client(history=history, reach=contacts(CALL, EMAIL, SMS)), three)).channel is SMS
    )
    pref = client(history=history, reach=contacts(CALL, EMAIL, SMS, WHATSAPP, preferred=WHATSAPP))
    t = one(plan(pref, three))
    assert t.channel is WHATSAPP
    assert codes(t.reasons) == ["cadence", "preferred-channel"]


def test_no_consent_on_the_rotation_channel_falls_back() -> None:
    c = client(
        history=(done(date(2026, 2, 20), kind=MANUAL),),
        reach=contacts(CALL, EMAIL, no_consent=[CALL]),
    )
    t = one(plan(c))
    assert (t.channel, t.due_at) == (EMAIL, None)
    assert codes(t.reasons) == ["cadence", "no-consent", "fallback-channel"]


# -- overdue -------------------------------------------------------------------------------


def test_a_touch_is_never_created_in_the_past() -> None:
    # base 15 Feb 2026 is a Sunday, in the past: planned from today, carried over
    t = one(plan(client(created_on=date(2026, 1, 15))))
    assert (t.base_due, t.due) == (date(2026, 2, 15), TODAY)
    assert t.reasons == (
        cadence_reason("2026-01-15", "created"),
        Reason("carried", (("from", "2026-02-15"),)),
    )


def test_an_open_touch_is_overdue_when_its_planned_day_has_passed() -> None:
    c = client(
        history=(done(date(2026, 1, 27)),),
        open_touches=(opened(10, CADENCE, date(2026, 2, 27), date(2026, 2, 27)),),
    )
    t = one(plan(c))
    assert (t.id, t.due) == (10, TODAY)
    assert t.reasons[-1] == Reason("carried", (("from", "2026-02-27"),))


def test_a_touch_levelling_held_back_is_not_overdue_before_its_planned_day() -> None:
    # due by rule on Fri 27 Feb, capacity moved it to Tue 3 Mar; re-planned on Mon 2 Mar
    c = client(
        history=(done(date(2026, 1, 27)),),
        open_touches=(opened(10, CADENCE, date(2026, 2, 27), date(2026, 3, 3)),),
    )
    t = one(plan(c))
    assert (t.id, t.base_due, t.due) == (10, date(2026, 2, 27), TODAY)
    assert t.reasons[1] == Reason("carried", (("from", "2026-02-27"),))


# -- retries, pinned, sequences, manual ------------------------------------------------------


def test_an_open_retry_is_the_clients_cadence_touch() -> None:
    c = client(
        history=(done(date(2026, 2, 27), Outcome.NO_ANSWER),),
        open_touches=(
            opened(10, CADENCE, date(2026, 3, 20)),
            opened(20, RETRY, date(2026, 3, 3), attempt=1),
        ),
    )
    t = one(plan(c))
    assert (t.id, t.kind, t.attempt, t.due) == (20, RETRY, 1, date(2026, 3, 3))
    assert t.reasons == (Reason("retry", (("attempt", "1"), ("of", "2"))),)


def test_a_retry_on_a_channel_that_lost_consent_moves_to_the_next_channel() -> None:
    c = client(
        reach=contacts(CALL, EMAIL, no_consent=[CALL]),
        open_touches=(opened(20, RETRY, date(2026, 3, 3), attempt=2),),
    )
    t = one(plan(c))
    assert (t.id, t.kind, t.channel, t.attempt) == (20, RETRY, EMAIL, 0)
    assert codes(t.reasons) == ["fallback", "no-consent", "fallback-channel"]


def test_a_retry_with_no_channel_left_gives_way_to_the_cadence() -> None:
    c = client(
        created_on=date(2026, 2, 20),
        reach=contacts(CALL, SMS, no_consent=[CALL]),
        open_touches=(opened(20, RETRY, date(2026, 3, 3), attempt=2),),
    )
    t = one(plan(c, tier(channels=(EMAIL, CALL))))
    assert (t.id, t.kind, t.channel) == (None, CADENCE, SMS)


def test_a_pinned_touch_keeps_its_day_and_the_cadence_keeps_the_gap_from_it() -> None:
    pinned = opened(30, MANUAL, date(2026, 3, 5), channel=EMAIL, pinned=True)  # a Thursday
    c = client(history=(done(date(2026, 2, 6)),), open_touches=(pinned,))
    manual, cadence = plan(c)
    assert (manual.id, manual.due, manual.pinned) == (30, date(2026, 3, 5), True)
    assert manual.reasons == (Reason("pinned", (("kind", "manual"), ("day", "2026-03-05"))),)
    assert (cadence.base_due, cadence.due) == (date(2026, 3, 6), date(2026, 3, 9))
    assert cadence.reasons[1] == Reason("gap", (("from", "2026-03-06"), ("apart", "2026-03-05")))


def test_a_touch_pinned_on_a_saturday_is_planned_on_the_monday_still_pinned() -> None:
    """Before, a pinned touch kept any day, a Saturday too (this test's neighbour pinned
    one there): a hand move onto a weekend or a holiday, or a day the client asked for,
    planned a touch on a non-working day, which DESIGN.md section 4 never allows ("whatever
    an outcome, move or re-plan creates is due ... on a working day")."""
    pinned = opened(30, MANUAL, date(2026, 3, 7), channel=EMAIL, pinned=True)  # a Saturday
    c = client(history=(done(date(2026, 2, 6)),), open_touches=(pinned,))
    manual = next(t for t in plan(c) if t.id == 30)
    assert (manual.base_due, manual.due, manual.pinned) == (date(2026, 3, 9),) * 2 + (True,)
    assert manual.reasons[0] == Reason("pinned", (("kind", "manual"), ("day", "2026-03-09")))


def test_a_pinned_cadence_touch_fills_the_cadence_slot() -> None:
    pinned = opened(10, CADENCE, date(2026, 3, 20), date(2026, 3, 25), pinned=True)
    t = one(plan(client(history=(done(date(2026, 2, 20)),), open_touches=(pinned,))))
    assert (t.id, t.due, t.pinned, t.kind) == (10, date(2026, 3, 25), True, CADENCE)


def test_event_touches_go_first_and_the_cadence_shifts_by_the_gap() -> None:
    c = client(
        history=(done(date(2026, 2, 9)),),  # cadence base Mon 9 Mar
        open_touches=(
            opened(40, MANUAL, date(2026, 3, 10), channel=EMAIL),
            opened(41, SEQUENCE, date(2026, 3, 12), channel=EMAIL, code="after-sale", step=2),
        ),
    )
    manual, sequence, cadence = plan(c)
    assert (manual.id, manual.due) == (40, date(2026, 3, 10))
    assert (sequence.id, sequence.due) == (41, date(2026, 3, 12))
    assert (cadence.kind, cadence.due) == (CADENCE, date(2026, 3, 16))  # 14 = Sat
    assert cadence.reasons[1:] == (
        Reason("gap", (("from", "2026-03-09"), ("apart", "2026-03-12"))),
    )
    assert sequence.reasons == (  # stored step 2 is the third step
        Reason("sequence", (("code", "after-sale"), ("step", "3"), ("base", "2026-03-12"))),
    )
    assert manual.reasons == (Reason("manual"),)


def test_a_touch_may_stay_before_an_event_touch_when_the_gap_allows() -> None:
    c = client(
        history=(done(date(2026, 2, 5)),),  # cadence base Thu 5 Mar
        open_touches=(opened(40, MANUAL, date(2026, 3, 10), channel=EMAIL),),
    )
    manual, cadence = sorted(plan(c), key=lambda t: t.kind != MANUAL)
    assert (cadence.due, manual.due) == (date(2026, 3, 5), date(2026, 3, 10))


def test_the_gap_also_counts_from_the_last_done_touch_except_for_retries() -> None:
    history = (done(date(2026, 2, 2)), done(TODAY, Outcome.NO_ANSWER))
    settings = PlanSettings(gap_days=3)
    retry = opened(20, RETRY, date(2026, 3, 3), attempt=1)
    t = one(plan(client(history=history, open_touches=(retry,)), settings=settings))
    assert (t.id, t.due, t.reasons[1:]) == (20, date(2026, 3, 3), ())
    manual = opened(40, MANUAL, date(2026, 3, 3), channel=EMAIL)
    got = plan(client(history=history, open_touches=(manual,)), settings=settings)
    assert [(t.id, t.due) for t in got] == [(40, date(2026, 3, 5)), (None, date(2026, 4, 2))]
    assert got[0].reasons[1] == Reason("gap", (("from", "2026-03-03"), ("apart", "2026-03-02")))
    # the cadence counts from the failed attempt of today, not from the last reaching one
    assert got[1].reasons[0] == cadence_reason("2026-03-02", "last-attempt")


def test_precedence_lets_an_event_touch_take_the_day_before_a_retry() -> None:
    c = client(
        open_touches=(
            opened(20, RETRY, date(2026, 3, 3), attempt=1),
            opened(40, MANUAL, date(2026, 3, 3), channel=EMAIL),
        )
    )
    got = plan(c, settings=PlanSettings(gap_days=1))
    assert [(t.id, t.due) for t in got] == [(40, date(2026, 3, 3)), (20, date(2026, 3, 4))]


def test_a_sequence_step_on_a_channel_without_consent_uses_the_tiers_fallback() -> None:
    c = client(
        created_on=date(2026, 2, 20),
        reach=contacts(CALL, EMAIL, WHATSAPP, no_consent=[WHATSAPP]),
        open_touches=(opened(41, SEQUENCE, date(2026, 3, 4), channel=WHATSAPP, code="x", step=1),),
    )
    seq = next(t for t in plan(c) if t.kind is SEQUENCE)
    assert seq.channel is CALL
    assert codes(seq.reasons) == ["sequence", "no-consent", "fallback-channel"]


# -- birthdays and working hours ---------------------------------------------------------------


def birthday(channel: Channel) -> ClientState:
    greeting = opened(
        50, SEQUENCE, date(2026, 3, 7), channel=channel, purpose=Purpose.BIRTHDAY, code="birthday"
    )
    return client(
        created_on=date(2026, 2, 25), reach=contacts(CALL, EMAIL), open_touches=(greeting,)
    )


def test_a_birthday_greeting_by_email_stays_on_the_saturday() -> None:
    greeting = next(t for t in plan(birthday(EMAIL)) if t.id == 50)
    assert greeting.due == date(2026, 3, 7)
    assert greeting.reasons[1] == Reason("birthday-on-day", (("day", "2026-03-07"),))


@pytest.mark.parametrize(("channel", "allowed"), [(EMAIL, False), (CALL, True), (CALL, False)])
def test_otherwise_a_birthday_greeting_goes_on_the_working_day_before(
    channel: Channel, allowed: bool
) -> None:
    settings = PlanSettings(birthday_on_weekend=allowed)
    greeting = next(t for t in plan(birthday(channel), settings=settings) if t.id == 50)
    assert greeting.due == date(2026, 3, 6)
    assert codes(greeting.reasons) == ["sequence", "birthday-before"]


def test_a_call_waits_for_a_day_with_common_working_hours() -> None:
    # Los Angeles 9-18 meets Warsaw 9-18 only while the US is on summer time and Europe
    # not yet (9-27 March 2026): one hour, 16-17 UTC.
    c = client(created_on=date(2026, 2, 3), tz="America/Los_Angeles")
    t = one(plan(c))
    assert (t.base_due, t.due, t.channel) == (date(2026, 3, 3), date(2026, 3, 9), CALL)
    assert (t.due_at, t.due_until) == (utc(3, 9, 16), utc(3, 9, 17))
    assert t.reasons[1] == Reason("no-common-hours", (("from", "2026-03-03"),))


def test_without_common_hours_in_fourteen_working_days_the_channel_turns_asynchronous() -> None:
    c = client(created_on=date(2026, 3, 1), tz="America/Los_Angeles")
    t = one(plan(c))
    assert (t.due, t.channel, t.due_at, t.due_until) == (date(2026, 4, 1), EMAIL, None, None)
    assert t.reasons[1:] == (
        Reason("no-common-hours", (("channel", "call"),)),
        Reason("fallback-channel", (("channel", "email"),)),
    )
