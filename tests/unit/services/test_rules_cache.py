"""The plan's rules are kept between transactions (settings_cache.py) only while they
hold: a change through the services, through another connection to the file, or rolled
back, is what the next outcome plans with."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from planner.app import Services
from planner.models import Setting
from planner.services.views import ClientInput, ContactPointInput
from planner.vocabulary import Outcome


def add(services: Services, name: str) -> int:
    contacts = (
        ContactPointInput("call", "+48601234567", preferred=True),
        ContactPointInput("email", "c@example.com"),
    )
    cid = services.clients.add(ClientInput(name=name, tier="B", contacts=contacts)).value
    return cid


def retry_after_message(services: Services, cid: int) -> date:
    """Leave a message on the client's first sequence touch; the retry's day (tier B
    retries after 2 working days, and after a left message the gap holds too)."""
    first = next(t.id for t in services.clients.get(cid).planned if t.kind == "sequence")
    services.planning.log_outcome(first, Outcome.LEFT_MESSAGE)
    (retry,) = [t for t in services.clients.get(cid).planned if t.kind == "retry"]
    return retry.due


# the fixed clock's today is Thursday 26 November 2026: 2 working days on is Monday the
# 30th; a gap of 6 days from today is Wednesday 2 December
SHORT, LONG = date(2026, 11, 30), date(2026, 12, 2)


def test_a_setting_saved_through_the_services_is_planned_with_at_once(
    services: Services,
) -> None:
    one, two = add(services, "One"), add(services, "Two")
    assert retry_after_message(services, one) == SHORT  # the rules are kept from here
    services.settings.set_many({"gap.days": "6"})
    assert retry_after_message(services, two) == LONG


def test_a_setting_another_program_wrote_is_planned_with(
    services: Services, book_path: Path
) -> None:
    one, two = add(services, "One"), add(services, "Two")
    assert retry_after_message(services, one) == SHORT
    with sqlite3.connect(book_path) as other:  # another window, process or tool
        other.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES ('gap.days', ?)",
            (json.dumps(6),),
        )
    assert retry_after_message(services, two) == LONG


def test_a_rolled_back_setting_is_not_kept(services: Services) -> None:
    one, two = add(services, "One"), add(services, "Two")
    assert retry_after_message(services, one) == SHORT
    seen: list[int] = []

    def failing_action() -> None:
        with services.ctx.book.transaction() as session:
            session.merge(Setting(key="gap.days", value=json.dumps(6)))
            session.flush()
            seen.append(services.planning._rules(session).settings.gap_days)
            raise RuntimeError("the action fails: nothing of it stays")

    with pytest.raises(RuntimeError):
        failing_action()
    assert seen == [6]  # the change was seen inside its own transaction
    assert retry_after_message(services, two) == SHORT
