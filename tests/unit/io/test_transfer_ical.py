"""The iCalendar export read back with the independent `icalendar` package."""

from __future__ import annotations

import gc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar
from transfer_helpers import add_client

from planner.app import Services
from planner.io.ical_format import HASH_PROP, PRODID, escape, fold, previous_sequences
from planner.io.labels import vocabulary
from planner.vocabulary import LIVE_CHANNELS

LIVE = {c.value for c in LIVE_CHANNELS}


def _book(services: Services) -> list[int]:
    services.settings.set_many({"phone.region": "PL", "calendar.timezone": "Europe/Warsaw"})
    long_name = "Żaneta Świętochowska-Szczęsnowicz, Przedsiębiorstwo; Handlowo Usługowe Łódź"
    return [
        add_client(services, "Jan Kowalski", phone="+48601234567", tier="A", company="ACME"),
        add_client(services, long_name, email="z@firma.pl", tier="D"),
        add_client(services, "Иванов Иван", phone="+48602345678", tier="B"),
    ]


def _events(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_events_times_and_text(services: Services, tmp_path: Path) -> None:
    ids = _book(services)
    path = tmp_path / "plan.ics"
    result = services.transfer.export_ical(path, language="en").value
    assert result.start == date(2026, 11, 26)
    planned = [
        t
        for cid in ids
        for t in services.clients.get(cid).planned
        if result.start <= t.due <= result.end
    ]
    events = _events(path)
    assert result.events == len(planned) == len(events) > 0
    domain = next(iter(events)).split("@", 1)[1]
    for touch in planned:
        event = events[f"touch-{touch.id}@{domain}"]
        start = event["DTSTART"].dt
        if touch.channel in LIVE and touch.due_at is not None:
            assert isinstance(start, datetime)
            assert start.tzinfo is not None
            assert start.astimezone(UTC).replace(tzinfo=None) == touch.due_at
            assert event["DTEND"].dt > start
        else:
            assert isinstance(start, date)
            assert not isinstance(start, datetime)
            assert start == touch.due
            assert event["DTEND"].dt == touch.due + timedelta(days=1)
        what = vocabulary("channel", touch.channel, "en")
        why = vocabulary("purpose", touch.purpose, "en")
        assert str(event["SUMMARY"]) == f"{what}: {touch.client} ({why})"
        assert touch.reason.split(";")[0] in str(event["DESCRIPTION"])
    raw = path.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert b"\r\n " in raw  # the long name was folded
    raw.decode("utf-8")  # folding never split a character


def test_uids_stable_and_sequence_rises_on_change(services: Services, tmp_path: Path) -> None:
    ids = _book(services)
    path = tmp_path / "plan.ics"
    services.transfer.export_ical(path)
    first = _events(path)
    again = services.transfer.export_ical(path).value
    second = _events(path)
    assert set(first) == set(second)
    assert again.changed == 0
    assert all(int(second[u]["SEQUENCE"]) == int(first[u]["SEQUENCE"]) == 0 for u in first)
    touch = services.clients.get(ids[0]).planned[0]
    services.planning.move(touch.id, touch.due + timedelta(days=7))
    moved = services.transfer.export_ical(path).value
    third = _events(path)
    uid = next(u for u in third if u.startswith(f"touch-{touch.id}@"))
    assert int(third[uid]["SEQUENCE"]) == 1
    assert moved.changed >= 1
    copy = tmp_path / "copy.ics"
    services.transfer.export_ical(copy)
    assert set(_events(copy)) == set(third)  # the book's uuid, not the path, names events


def test_escaping_and_folding_rules() -> None:
    assert escape("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf"
    line = "DESCRIPTION:" + "ж" * 100
    folded = fold(line)
    parts = folded.encode("utf-8").split(b"\r\n")
    assert all(len(p) <= 75 for p in parts)
    assert "".join(p[1:] if i else p for i, p in enumerate(folded[:-2].split("\r\n"))) == line


def test_an_earlier_export_is_read_back_without_an_object_per_event(tmp_path: Path) -> None:
    """The export runs with the collector paused; what it keeps of the earlier file must
    not be tens of thousands of garbage-tracked objects for the next pass to walk."""
    events = 5_000
    path = tmp_path / "plan.ics"
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODID}"]
    for i in range(events):
        lines += ["BEGIN:VEVENT", f"UID:touch-{i}@book", f"SEQUENCE:{i % 3}"]
        lines += [f"{HASH_PROP}:{i:016x}", "END:VEVENT"]
    path.write_text("\r\n".join([*lines, "END:VCALENDAR", ""]), encoding="utf-8", newline="")
    gc.collect()
    gc.disable()
    try:
        before = len(gc.get_objects())
        previous = previous_sequences(path)
        made = len(gc.get_objects()) - before
    finally:
        gc.enable()
    assert made < events / 100, f"{made} tracked objects for {events} events"
    assert len(previous) == events
    assert previous.get("touch-7@book", "new") == (1, f"{7:016x}")
    assert previous.get("touch-unknown@book", "new") == (0, "new")
