"""What a logged outcome asks for: a retry, a fallback channel, or nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sched_builders import client, codes, contacts, done, tier

from planner.scheduling import PlannedTouch, Reason, WorkingCalendar, plan_after_outcome
from planner.scheduling.types import CalendarRules, ClientState, DoneTouch, TierRule
from planner.vocabulary import Channel, Outcome, Purpose, TouchKind

CALL, EMAIL, SMS = Channel.CALL, Channel.EMAIL, Channel.SMS
CAL = WorkingCalendar(CalendarRules(country="PL", timezone="Europe/Warsaw"))
THURSDAY = date(2026, 4, 2)  # before Easter: Fri 3 is working, Mon 6 is Easter Monday


def after(
    outcome: Outcome,
    *,
    channel: Channel = CALL,
    attempt: int = 0,
    c: ClientState | None = None,
    t: TierRule | None = None,
) -> PlannedTouch | None:
    d: DoneTouch = done(THURSDAY, outcome, channel, TouchKind.CADENCE, Purpose.FEEDBACK, attempt)
    return plan_after_outcome(c or client(), t or tier(), CAL, d, THURSDAY)


@pytest.mark.parametrize("outcome", [Outcome.NO_ANSWER, Outcome.LEFT_MESSAGE])
def test_no_answer_retries_on_the_same_channel_after_the_delay_in_working_days(
    outcome: Outcome,
) -> None:
    r = after(outcome)
    assert r is not None
    assert (r.id, r.kind, r.channel, r.purpose, r.attempt) == (
        None,
        TouchKind.RETRY,
        CALL,
        Purpose.FEEDBACK,
        1,
    )
    assert r.base_due == r.due == date(2026, 4, 7)  # Fri 3, then Tue 7 after Easter
    assert (r.due_at, r.due_until) == (
        datetime(2026, 4, 7, 7, tzinfo=UTC),
        datetime(2026, 4, 7, 16, tzinfo=UTC),
    )
    assert r.reasons == (Reason("retry", (("attempt", "1"), ("of", "2"))),)


def test_the_last_allowed_retry_is_still_on_the_same_channel() -> None:
    r = after(Outcome.NO_ANSWER, attempt=1)
    assert r is not None
    assert (r.channel, r.attempt) == (CALL, 2)


def test_past_the_retry_limit_the_next_channel_of_the_tier_takes_over() -> None:
    r = after(Outcome.NO_ANSWER, attempt=2)
    assert r is not None
    assert (r.kind, r.channel, r.attempt, r.due, r.due_at) == (
        TouchKind.RETRY,
        EMAIL,
        0,
        date(2026, 4, 7),
        None,
    )
    assert r.reasons == (
        Reason("fallback", (("channel", "email"), ("attempts", "3"))),
        Reason("retry-limit", (("channel", "call"), ("limit", "2"))),
        Reason("fallback-channel", (("channel", "email"),)),
    )


def test_the_fallback_skips_channels_without_consent_and_never_wraps_around() -> None:
    t = tier(channels=(CALL, EMAIL, SMS))
    c = client(reach=contacts(CALL, EMAIL, SMS, no_consent=[EMAIL]))
    r = after(Outcome.NO_ANSWER, attempt=2, c=c, t=t)
    assert r is not None
    assert r.channel is SMS
    assert after(Outcome.NO_ANSWER, channel=SMS, attempt=2, c=c, t=t) is None
    assert after(Outcome.NO_ANSWER, channel=EMAIL, attempt=2) is None


def test_a_retry_limit_of_zero_falls_back_at_once() -> None:
    r = after(Outcome.NO_ANSWER, t=tier(retry_limit=0))
    assert r is not None
    assert (r.channel, r.attempt) == (EMAIL, 0)


def test_a_channel_that_lost_consent_is_not_retried() -> None:
    c = client(reach=contacts(CALL, EMAIL, no_consent=[CALL]))
    r = after(Outcome.NO_ANSWER, c=c)
    assert r is not None
    assert r.channel is EMAIL
    assert codes(r.reasons) == ["fallback", "no-consent", "fallback-channel"]


@pytest.mark.parametrize(
    "outcome",
    [o for o in Outcome if not o.wants_retry],
)
def test_other_outcomes_plan_no_retry(outcome: Outcome) -> None:
    assert after(outcome) is None


def test_an_inactive_client_gets_no_retry() -> None:
    assert after(Outcome.NO_ANSWER, c=client(active=False)) is None


def test_a_retry_call_waits_for_common_working_hours() -> None:
    # Los Angeles and Warsaw share working hours only 9-27 March 2026
    c = client(tz="America/Los_Angeles")
    d = done(date(2026, 3, 2), Outcome.NO_ANSWER)
    r = plan_after_outcome(c, tier(), CAL, d, date(2026, 3, 2))
    assert r is not None
    assert (r.base_due, r.due, r.channel) == (date(2026, 3, 4), date(2026, 3, 9), CALL)
    assert codes(r.reasons) == ["retry", "no-common-hours"]
