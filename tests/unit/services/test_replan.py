"""The whole-book re-plan's reading and writing: birthdays, unchanged touches, contacts."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.app import Services
from planner.db import Book
from planner.scheduling import ContactInfo, Reason
from planner.services.bookstate import load_states
from planner.services.touchviews import ReasonEncoder, encode_reasons
from planner.services.views import ClientInput, ContactPointInput
from planner.vocabulary import Channel

WARSAW = ZoneInfo("Europe/Warsaw")


def services_on(book_path: Path, day: date) -> Services:
    """Services whose today is `day` (10:00 in Warsaw)."""
    now = datetime(day.year, day.month, day.day, 10, tzinfo=WARSAW)
    return Services(Book(book_path), lambda: now)


def add(services: Services, birthday: tuple[int | None, int, int] | None = None) -> int:
    contacts = (
        ContactPointInput("call", "+48601234567", preferred=True),
        ContactPointInput("email", "c@example.com"),
    )
    cid = services.clients.add(
        ClientInput(name="Client", tier="B", contacts=contacts, birthday=birthday)
    ).value
    return cid


def greetings(services: Services, cid: int) -> list[date]:
    return [t.due for t in services.clients.get(cid).planned if t.purpose == "birthday"]


def bases(book_path: Path, cid: int) -> list[str]:
    with sqlite3.connect(book_path) as conn:
        rows = conn.execute(
            "SELECT base_due FROM touch WHERE client_id = ? AND sequence_code = 'birthday'",
            (cid,),
        ).fetchall()
    return [r[0] for r in rows]


@pytest.mark.parametrize(
    ("today", "birthday", "greeted_on"),
    [
        (date(2026, 11, 26), (None, 12, 26), "2026-12-26"),  # 30 days ahead: the last one
        (date(2026, 12, 20), (1980, 1, 5), "2027-01-05"),  # across the new year
        (date(2027, 2, 10), (None, 2, 29), "2027-02-28"),  # 29 February in a common year
    ],
)
def test_an_upcoming_birthday_gets_one_greeting(
    book_path: Path, today: date, birthday: tuple[int | None, int, int], greeted_on: str
) -> None:
    services = services_on(book_path, today)
    try:
        cid = add(services, birthday)
        services.planning.replan_all()
        services.planning.replan_all()
        assert bases(book_path, cid) == [greeted_on]
    finally:
        services.close()


def test_a_birthday_past_the_look_ahead_gets_none_yet(book_path: Path) -> None:
    services = services_on(book_path, date(2026, 11, 26))
    try:
        cid = add(services, (None, 12, 27))  # 31 days ahead
        services.planning.replan_all()
        assert bases(book_path, cid) == []
    finally:
        services.close()
    later = services_on(book_path, date(2026, 11, 27))
    try:
        later.planning.replan_all()
        assert bases(book_path, cid) == ["2026-12-27"]
    finally:
        later.close()


def test_re_planning_an_unchanged_book_writes_nothing(services: Services) -> None:
    for n in range(3):
        add(services, (None, 12, 1 + n))
    first = services.planning.replan_all().value
    again = services.planning.replan_all().value
    assert first.touches == again.touches > 0
    assert (again.created, again.updated, again.cancelled) == (0, 0, 0)


def test_a_change_is_written_and_only_once(services: Services) -> None:
    cid = add(services)
    services.planning.replan_all()
    services.settings.set("gap.days", "5")  # re-plans; may move touches
    after = services.planning.replan_all().value
    assert (after.created, after.updated, after.cancelled) == (0, 0, 0)
    assert services.clients.get(cid).planned


def test_contacts_are_read_with_their_flags_and_unknown_channels_left_out(
    services: Services, book_path: Path
) -> None:
    cid = add(services)
    bare = services.clients.add(ClientInput(name="No contacts", tier="B")).value
    with sqlite3.connect(book_path) as conn:
        conn.execute(
            "INSERT INTO contact_point (client_id, channel, value, preferred, consent) "
            "VALUES (?, 'fax', '+48221234567', 1, 1), (?, 'sms', '+48601234567', 0, 0)",
            (cid, cid),
        )
    with services.ctx.book.reading() as session:
        states = {s.id: s for s in load_states(session, None)[0]}
        assert load_states(session, [cid])[0] == [states[cid]]
    assert states[cid].contacts == (
        ContactInfo(Channel.CALL, preferred=True, consent=True),
        ContactInfo(Channel.EMAIL, preferred=False, consent=True),
        ContactInfo(Channel.SMS, preferred=False, consent=False),
    )
    assert states[bare].contacts == ()


TEXT = st.text(max_size=8)
REASONS = st.lists(
    st.builds(Reason, TEXT, st.lists(st.tuples(TEXT, TEXT), max_size=3).map(tuple)), max_size=4
)


@given(st.lists(REASONS, max_size=6))
def test_the_plan_encoder_writes_what_encode_reasons_writes(lists: list[list[Reason]]) -> None:
    encoder = ReasonEncoder()
    shared = [tuple(r) for r in lists] + [tuple(r) for r in lists]  # the same reasons twice
    assert [encoder.encode(r) for r in shared] == [encode_reasons(r) for r in shared]


def test_clients_read_in_chunks_are_the_clients_read_whole(tmp_path: Path) -> None:
    """Many clients are read in chunks of CHUNK ids, each chunk's SQL compiled once per
    size with marker ids and then given the chunk's own: the same states, and the same
    touches as stored, as the whole-book read gives for them."""
    from planner.demo import generate
    from planner.services.rawsql import CHUNK

    path = tmp_path / "chunks.sqlite"
    generate(Book(path), CHUNK + 300, seed=3, locale="pl", today=date(2026, 3, 12))
    services = services_on(path, date(2026, 3, 12))
    try:
        with services.ctx.book.reading() as session:
            states, stored = load_states(session, None)
            assert len(states) > CHUNK + 100  # two chunk sizes: CHUNK and the rest
            wanted = [s.id for s in states if s.id % 7 != 3]  # gaps: not a range of ids
            assert len(wanted) > CHUNK
            got, got_stored = load_states(session, wanted[::-1])  # any order
            again, _ = load_states(session, wanted)  # compiled once, read again
    finally:
        services.close()
    keep = set(wanted)
    assert got == again == [s for s in states if s.id in keep]
    mine = {t.id for s in got for t in s.open}
    assert got_stored == {tid: row for tid, row in stored.items() if tid in mine}
    assert sum(len(s.open) for s in got) > 0
