"""Per-salesperson settings, re-levelling at handover and conflicts that name who, on a
real PostgreSQL server (issue 14, points 3, 4 and 6)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from planner.app import Services
from planner.db import Book
from planner.errors import Conflict
from planner.models import Client, Setting
from planner.services.team_handover import HANDED_OVER
from planner.services.views import ClientInput, ContactPointInput
from planner.team.people import add_salesperson
from tests.conftest import fixed_clock


def as_login(url: str, login: str) -> str:
    return make_url(url).set(username=login).render_as_string(hide_password=False)


@pytest.fixture
def team(pg_url: str) -> str:
    admin = Services(Book(pg_url), fixed_clock())
    add_salesperson(admin.book.engine, "anna", "Anna Nowak")
    add_salesperson(admin.book.engine, "boris", "Борис Ёлкин")
    add_salesperson(admin.book.engine, "maria", "Maria Manager", manager=True)
    admin.close()
    return pg_url


def member(team: str, login: str) -> Services:
    return Services(Book(as_login(team, login)), fixed_clock())


def add_calls(services: Services, prefix: str, n: int) -> list[int]:
    return [
        services.clients.add(
            ClientInput(
                name=f"{prefix} {i}",
                tier="A",
                contacts=(ContactPointInput("call", f"+4860120{i:04d}"),),
            )
        ).value
        for i in range(n)
    ]


def calls_per_day(services: Services, owner: str) -> Counter[date]:
    """Planned, not overbooked calls per day of one owner's clients (a manager's view)."""
    with services.book.reading() as session:
        rows = session.execute(
            text(
                "SELECT t.due FROM touch t JOIN client c ON c.id = t.client_id "
                "JOIN salesperson s ON s.id = c.owner_id WHERE s.login = :o "
                "AND t.status = 'planned' AND t.channel = 'call' AND NOT t.overbooked"
            ),
            {"o": owner},
        ).all()
    return Counter(due for (due,) in rows)


def test_each_salesperson_plans_with_their_own_settings(team: str) -> None:
    anna, boris = member(team, "anna"), member(team, "boris")
    try:
        anna.settings.set_many({"capacity.call": "1", "me.name": "Anna N."})
        assert anna.settings.get("capacity.call") == 1
        assert anna.settings.all()["me.name"] == "Anna N."
        assert boris.settings.get("capacity.call") == 20  # the book's default, not Anna's
        assert boris.settings.all()["me.name"] == ""
        with anna.book.reading() as session:  # kept in her row, not the book's settings
            assert session.get(Setting, "capacity.call") is None
        off = fixed_clock()().date() + timedelta(days=1)
        anna.planning.set_day(off, "off")
        assert [d for d, kind, _ in anna.planning.days() if kind == "off"] == [off]
        assert boris.planning.days() == []
        add_calls(anna, "Anna's client", 4)
        add_calls(boris, "Boris's client", 4)
    finally:
        anna.close()
        boris.close()
    admin = Services(Book(team), fixed_clock())
    try:
        admin.team.replan()
        own = calls_per_day(admin, "anna")
        assert own
        assert max(own.values()) <= 1
        assert off not in own  # her day off
        assert max(calls_per_day(admin, "boris").values()) > 1  # his: the book's 20
    finally:
        admin.close()


def test_a_salesperson_cannot_change_anothers_settings(team: str) -> None:
    raw = create_engine(make_url(as_login(team, "anna")).set(drivername="postgresql+psycopg"))
    try:
        with raw.begin() as conn:
            changed = conn.execute(
                text("UPDATE salesperson SET settings = '{}' WHERE login = 'boris'")
            ).rowcount
            assert changed == 0
            mine = conn.execute(
                text("UPDATE salesperson SET settings = '{}' WHERE login = 'anna'")
            ).rowcount
            assert mine == 1
            assert conn.scalar(text("SELECT count(*) FROM salesperson")) == 3
    finally:
        raw.dispose()


def test_handover_relevels_into_the_receivers_capacity(team: str) -> None:
    anna, boris, maria = member(team, "anna"), member(team, "boris"), member(team, "maria")
    try:
        boris.settings.set("capacity.call", "1")
        given = add_calls(anna, "Anna's client", 3)
        add_calls(boris, "Boris's client", 1)
        assert max(calls_per_day(maria, "anna").values()) > 1  # her days hold several
        done = maria.team.hand_over(given, "boris").value
        assert done.moved == 3
        assert done.touches >= 3
        per_day = calls_per_day(maria, "boris")
        assert sum(per_day.values()) >= 4
        assert max(per_day.values()) <= 1  # within the receiver's capacity
        assert calls_per_day(maria, "anna") == Counter()
        assert boris.clients.count() == 4
        assert anna.clients.count() == 0
        with boris.book.reading() as session:
            reasons = session.execute(
                text("SELECT reason FROM touch WHERE client_id = :c AND status = 'planned'"),
                {"c": given[0]},
            ).scalars()
            found = [r for raw in reasons for r in json.loads(raw) if r[0] == HANDED_OVER]
        assert found
        assert found[0][1] == {"from": "Anna Nowak", "to": "Борис Ёлкин"}
        detail = boris.clients.get(given[0])
        assert any("Anna Nowak" in t.reason for t in detail.planned)
        with pytest.raises(Exception, match="not yours"):  # a salesperson cannot give away
            boris.team.hand_over(given, "anna")
    finally:
        anna.close()
        boris.close()
        maria.close()


def test_a_stale_edit_says_who_changed_the_client_and_when(team: str) -> None:
    anna, maria = member(team, "anna"), member(team, "maria")
    try:
        (cid,) = add_calls(anna, "Jan Kowalski", 1)
        stale = anna.clients.get(cid)
        maria.clients.edit(cid, replace(stale.to_input(), name="Jan K."), version=stale.version)
        with pytest.raises(Conflict) as caught:
            anna.clients.edit(cid, replace(stale.to_input(), name="J."), version=stale.version)
        assert caught.value.who == "Maria Manager"
        assert caught.value.when is not None
        assert "changed by Maria Manager at " in caught.value.message
        assert anna.clients.get(cid).name == "Jan K."  # nothing of hers half-written
    finally:
        anna.close()
        maria.close()


def test_a_lost_race_names_the_winner(team: str) -> None:
    anna, maria = member(team, "anna"), member(team, "maria")
    try:
        (cid,) = add_calls(anna, "Jan Kowalski", 1)
        stale = anna.clients.get(cid)

        def lose_the_race() -> None:
            with anna.book.transaction() as session:
                client = session.scalars(select(Client).where(Client.id == cid)).one()
                maria.clients.edit(cid, replace(stale.to_input(), name="Jan K."))
                client.name = "J."  # on the snapshot read before Maria's edit
                session.flush()

        with pytest.raises(Conflict) as caught:
            lose_the_race()
        assert caught.value.who == "Maria Manager"
        assert "client " + str(cid) in caught.value.message
    finally:
        anna.close()
        maria.close()
