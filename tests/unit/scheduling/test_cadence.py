"""The cadence: calendar-correct intervals, the anchor, and the channel choice."""

from __future__ import annotations

from datetime import date

import pytest
from sched_builders import client, contacts, done, tier

from planner.scheduling import add_interval, cadence_anchor, choose_channel, rotation_index
from planner.scheduling.types import Reason
from planner.vocabulary import Channel, IntervalUnit, Outcome, TouchKind

CALL, EMAIL, SMS, MEETING, WHATSAPP = (
    Channel.CALL,
    Channel.EMAIL,
    Channel.SMS,
    Channel.MEETING,
    Channel.WHATSAPP,
)
MONTH, WEEK, DAY = IntervalUnit.MONTH, IntervalUnit.WEEK, IntervalUnit.DAY


@pytest.mark.parametrize(
    ("anchor", "unit", "count", "expected"),
    [
        (date(2026, 1, 31), MONTH, 1, date(2026, 2, 28)),
        (date(2028, 1, 31), MONTH, 1, date(2028, 2, 29)),  # leap year
        (date(2026, 3, 31), MONTH, 1, date(2026, 4, 30)),
        (date(2026, 8, 31), MONTH, 6, date(2027, 2, 28)),
        (date(2028, 2, 29), MONTH, 12, date(2029, 2, 28)),
        (date(2026, 12, 15), MONTH, 3, date(2027, 3, 15)),
        (date(2026, 1, 31), WEEK, 2, date(2026, 2, 14)),
        (date(2026, 2, 27), DAY, 3, date(2026, 3, 2)),
        (date(2026, 2, 27), DAY, 0, date(2026, 2, 27)),
    ],
)
def test_add_interval_is_calendar_correct(
    anchor: date, unit: IntervalUnit, count: int, expected: date
) -> None:
    assert add_interval(anchor, unit, count) == expected


def test_months_counted_from_the_anchor_do_not_drift() -> None:
    # Re-anchoring on the 31st each time lands on every month's last day, never the 28th.
    anchor = date(2026, 1, 31)
    dues = [add_interval(anchor, MONTH, n) for n in range(1, 6)]
    assert dues == [date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31),
                    date(2026, 6, 30)]  # fmt: skip


def test_the_anchor_is_the_last_touch_that_reached_the_client() -> None:
    c = client(
        history=(
            done(date(2026, 2, 2), Outcome.REACHED),
            done(date(2026, 2, 9), Outcome.ORDER, kind=TouchKind.MANUAL),
            done(date(2026, 2, 16), Outcome.NO_ANSWER),
            done(date(2026, 2, 18), Outcome.LEFT_MESSAGE),
        )
    )
    assert cadence_anchor(c) == (date(2026, 2, 9), Reason("last-reached", (("day", "2026-02-09"),)))


def test_without_a_reaching_touch_the_anchor_is_the_clients_creation() -> None:
    c = client(created_on=date(2026, 1, 15), history=(done(date(2026, 2, 16), Outcome.NO_ANSWER),))
    assert cadence_anchor(c) == (date(2026, 1, 15), Reason("created", (("day", "2026-01-15"),)))


def test_rotation_counts_reaching_cadence_touches_or_takes_the_services_count() -> None:
    c = client(
        history=(
            done(date(2026, 2, 2), Outcome.REACHED),
            done(date(2026, 2, 9), Outcome.ORDER, kind=TouchKind.MANUAL),
            done(date(2026, 2, 16), Outcome.NO_ANSWER),
            done(date(2026, 3, 2), Outcome.MEETING_SET),
        )
    )
    assert rotation_index(c) == 2
    assert rotation_index(c._replace(rotation=7)) == 7


def test_the_rotation_advances_through_the_tiers_channels() -> None:
    t = tier(channels=(MEETING, CALL, EMAIL))
    c = client(reach=contacts(MEETING, CALL, EMAIL))
    assert [choose_channel(t, c, n) for n in range(4)] == [
        (MEETING, ()),
        (CALL, ()),
        (EMAIL, ()),
        (MEETING, ()),
    ]


def test_the_preferred_channel_replaces_the_rotation_where_the_tier_allows() -> None:
    c = client(reach=contacts(CALL, EMAIL, WHATSAPP, preferred=WHATSAPP))
    assert choose_channel(tier(), c, 0) == (
        WHATSAPP,
        (Reason("preferred-channel", (("channel", "whatsapp"),)),),
    )
    assert choose_channel(tier(allow_preferred=False), c, 0) == (CALL, ())
    # the rotation already gives it: nothing to say
    same = client(reach=contacts(CALL, EMAIL, preferred=CALL))
    assert choose_channel(tier(), same, 0) == (CALL, ())


def test_a_preferred_channel_without_consent_is_ignored() -> None:
    c = client(reach=contacts(CALL, EMAIL, WHATSAPP, preferred=WHATSAPP, no_consent=[WHATSAPP]))
    assert choose_channel(tier(), c, 1) == (EMAIL, ())


def test_no_consent_falls_back_in_the_tiers_order() -> None:
    t = tier(channels=(MEETING, CALL, EMAIL))
    c = client(reach=contacts(MEETING, CALL, EMAIL, no_consent=[CALL]))
    assert choose_channel(t, c, 1) == (
        MEETING,
        (
            Reason("no-consent", (("channel", "call"),)),
            Reason("fallback-channel", (("channel", "meeting"),)),
        ),
    )


def test_then_any_consenting_channel_of_the_client() -> None:
    c = client(reach=contacts(CALL, EMAIL, SMS, no_consent=[CALL, EMAIL]))
    assert choose_channel(tier(), c, 0) == (
        SMS,
        (
            Reason("no-consent", (("channel", "call"),)),
            Reason("fallback-channel", (("channel", "sms"),)),
        ),
    )


def test_a_channel_with_no_contact_point_at_all_has_no_consent() -> None:
    c = client(reach=contacts(EMAIL))
    chosen = choose_channel(tier(), c, 0)
    assert chosen is not None
    assert chosen[0] is EMAIL
    assert [r.code for r in chosen[1]] == ["no-consent", "fallback-channel"]


def test_no_consenting_channel_means_no_channel() -> None:
    assert (
        choose_channel(tier(), client(reach=contacts(CALL, EMAIL, no_consent=[CALL, EMAIL])), 0)
        is None
    )
    assert choose_channel(tier(), client(reach=()), 0) is None


def test_excluded_channels_are_skipped_without_a_consent_reason() -> None:
    c = client(reach=contacts(CALL, EMAIL, preferred=CALL))
    assert choose_channel(tier(), c, 0, exclude=(CALL,)) == (
        EMAIL,
        (Reason("fallback-channel", (("channel", "email"),)),),
    )


def test_a_tier_without_channels_uses_any_consenting_channel_in_a_stable_order() -> None:
    c = client(reach=contacts(SMS, EMAIL))
    assert choose_channel(tier(channels=()), c, 3) == (
        EMAIL,
        (Reason("fallback-channel", (("channel", "email"),)),),
    )
