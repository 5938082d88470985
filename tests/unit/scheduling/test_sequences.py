"""An event turns into the steps of its sequences: working-day offsets, the one fallback
rule for a channel the client has not consented to, the reason each step carries."""

from __future__ import annotations

from datetime import date

from sched_builders import client, contacts, tier

from planner.scheduling.calendar import WorkingCalendar
from planner.scheduling.sequences import (
    SequenceRule,
    StepRule,
    sequence_steps,
    shift_working_days,
)
from planner.scheduling.types import CalendarRules, Reason
from planner.vocabulary import Channel, Purpose

CALENDAR = WorkingCalendar(CalendarRules(country="PL", timezone="Europe/Warsaw"))
THURSDAY = date(2026, 4, 2)  # before Easter: Easter Monday (6 April) is a holiday in Poland
AFTER_SALE = SequenceRule(
    "after-sale",
    (
        StepRule(0, 0, Channel.EMAIL, Purpose.THANK_YOU),
        StepRule(1, 2, Channel.CALL, Purpose.CHECK_IN),
        StepRule(2, 5, None, Purpose.NEWS_OFFER),
    ),
)


def test_steps_fall_offset_working_days_after_the_event() -> None:
    got = sequence_steps(client(), tier(), [AFTER_SALE], THURSDAY, CALENDAR)
    assert [(s.step, s.channel, s.purpose, s.base_due) for s in got] == [
        (0, Channel.EMAIL, Purpose.THANK_YOU, THURSDAY),  # offset 0: the event day itself
        (1, Channel.CALL, Purpose.CHECK_IN, date(2026, 4, 7)),  # past the weekend and Easter
        (2, Channel.CALL, Purpose.NEWS_OFFER, date(2026, 4, 10)),  # no channel: the tier's
    ]
    assert got[1].reason == Reason(
        "sequence",
        (("code", "after-sale"), ("step", "2"), ("event", "2026-04-02"), ("offset", "2")),
    )
    assert {s.client_id for s in got} == {1}
    assert {s.sequence_code for s in got} == {"after-sale"}


def test_a_step_on_a_channel_without_consent_goes_by_the_tiers_next_channel() -> None:
    refused = client(reach=contacts(Channel.CALL, Channel.EMAIL, no_consent=[Channel.EMAIL]))
    got = sequence_steps(refused, tier(), [AFTER_SALE], THURSDAY, CALENDAR)
    assert [s.channel for s in got] == [Channel.CALL, Channel.CALL, Channel.CALL]
    by_email = client(reach=contacts(Channel.EMAIL))
    got = sequence_steps(by_email, tier(), [AFTER_SALE], THURSDAY, CALENDAR)
    assert [s.channel for s in got] == [Channel.EMAIL, Channel.EMAIL, Channel.EMAIL]


def test_the_fallback_is_the_channel_the_planner_would_use_and_none_without_consent() -> None:
    # reachable by WhatsApp only, a tier of calls and e-mails: every step goes by WhatsApp
    only_whatsapp = client(reach=contacts(Channel.WHATSAPP))
    got = sequence_steps(only_whatsapp, tier(), [AFTER_SALE], THURSDAY, CALENDAR)
    assert [s.channel for s in got] == [Channel.WHATSAPP] * 3
    refused = client(reach=contacts(Channel.CALL, no_consent=[Channel.CALL]))
    assert sequence_steps(refused, tier(), [AFTER_SALE], THURSDAY, CALENDAR) == []


def test_working_days_count_backwards_too() -> None:
    assert shift_working_days(CALENDAR, date(2026, 4, 7), -1) == date(2026, 4, 3)
    assert shift_working_days(CALENDAR, date(2026, 4, 7), 0) == date(2026, 4, 7)
    assert shift_working_days(CALENDAR, THURSDAY, 2) == date(2026, 4, 7)
