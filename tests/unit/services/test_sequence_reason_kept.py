"""A sequence step keeps naming the event that started it (issue 8, Deliver 6).

A step is made with a "sequence" reason naming its sequence, step, event day and offset;
every re-plan after that (the client's own, the whole book's, an import's chunked one)
used to make that reason again without the event ("Sequence «Onboarding», step 2"
instead of "…, after 7 December"). Real books, read back with sqlite3."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from planner.app import Services
from planner.db import Book
from planner.services.importing import ImportOptions
from planner.services.views import ClientInput, ContactPointInput

WARSAW = ZoneInfo("Europe/Warsaw")
MONDAY = date(2026, 12, 7)


def services_on(path: Path, day: date) -> Services:
    now = datetime(day.year, day.month, day.day, 10, tzinfo=WARSAW)
    return Services(Book(path), lambda: now)


def sequence_reasons(path: Path) -> list[dict[str, str]]:
    """The stored "sequence" reason of every planned sequence step."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT reason FROM touch WHERE kind = 'sequence' AND status = 'planned'"
            " AND sequence_code <> 'birthday' ORDER BY id"
        ).fetchall()
    found = []
    for (text,) in rows:
        for code, args in json.loads(text):
            if code == "sequence":
                found.append(args)
    return found


def test_a_new_clients_steps_keep_their_event_through_every_re_plan(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite"
    services = services_on(path, MONDAY)
    try:
        services.clients.add(
            ClientInput(
                name="Anna Nowak",
                tier="B",
                contacts=(
                    ContactPointInput("call", "+48601234567", preferred=True),
                    ContactPointInput("email", "anna@example.com"),
                ),
            )
        )
        made = sequence_reasons(path)
        assert made, "the new client's onboarding steps"
        assert {r.get("event") for r in made} == {MONDAY.isoformat()}
        services.planning.replan_all()
        services.settings.set("capacity.call", "3")  # a settings change re-plans too
    finally:
        services.close()
    later = services_on(path, date(2026, 12, 8))  # the next day's planning step
    try:
        later.planning.daily()
    finally:
        later.close()
    assert sequence_reasons(path) == made


def test_an_imports_onboarding_steps_name_the_import_day(tmp_path: Path) -> None:
    source = tmp_path / "clients.csv"
    source.write_bytes(
        "\ufeffName;Phone;E-mail\r\n"
        "Jan Kowalski;+48 601 234 567;jan@example.com\r\n"
        "Ewa Wiśniewska;+48 602 345 678;ewa@example.com\r\n".encode()
    )
    path = tmp_path / "book.sqlite"
    services = services_on(path, MONDAY)
    try:
        result = services.transfer.import_file(source, options=ImportOptions(save_report=False))
        assert result.value.imported == 2
    finally:
        services.close()
    steps = sequence_reasons(path)
    assert steps, "the imported clients' onboarding steps"
    assert {r.get("event") for r in steps} == {MONDAY.isoformat()}
