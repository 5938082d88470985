"""Row-level security on a real PostgreSQL server (issue 14, points 3 and 4): a
salesperson's connection sees and changes only their own clients, even with hand-written
SQL; a manager sees the team and hands clients over in one transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from planner.app import Services
from planner.db import Book
from planner.services.views import ClientInput, ContactPointInput
from planner.team.people import add_salesperson, handover
from tests.conftest import fixed_clock


def as_login(url: str, login: str) -> str:
    return make_url(url).set(username=login).render_as_string(hide_password=False)


@pytest.fixture
def team(pg_url: str) -> str:
    admin = Book(pg_url)
    add_salesperson(admin.engine, "anna", "Anna Nowak")
    add_salesperson(admin.engine, "boris", "Борис Ёлкин")
    add_salesperson(admin.engine, "maria", "Maria Manager", manager=True)
    admin.close()
    return pg_url


def add(services: Services, name: str) -> int:
    cid = services.clients.add(
        ClientInput(name=name, contacts=(ContactPointInput("call", "+48601234567"),))
    ).value
    return cid


def test_each_salesperson_sees_only_their_own_clients(team: str) -> None:
    anna = Services(Book(as_login(team, "anna")), fixed_clock())
    boris = Services(Book(as_login(team, "boris")), fixed_clock())
    try:
        a1 = add(anna, "Jan Kowalski")
        b1 = add(boris, "Пётр Петров")
        assert anna.clients.search("kowalski") == [a1]
        assert anna.clients.search("петров") == []
        assert boris.clients.search("петров") == [b1]
        assert anna.clients.count() == 1
        assert boris.clients.count() == 1
    finally:
        anna.close()
        boris.close()


def test_hand_written_sql_cannot_reach_another_salespersons_clients(team: str) -> None:
    boris = Services(Book(as_login(team, "boris")), fixed_clock())
    b1 = add(boris, "Пётр Петров")
    boris.close()
    raw = create_engine(make_url(as_login(team, "anna")).set(drivername="postgresql+psycopg"))
    with raw.begin() as conn:
        assert conn.scalar(text("SELECT count(*) FROM client")) == 0
        assert conn.scalar(text("SELECT count(*) FROM touch")) == 0
        assert conn.scalar(text("SELECT count(*) FROM contact_point")) == 0
        assert (
            conn.execute(text("UPDATE client SET name = 'x' WHERE id = :i"), {"i": b1}).rowcount
            == 0
        )
        assert conn.execute(text("DELETE FROM touch")).rowcount == 0
    with raw.begin() as conn, pytest.raises(ProgrammingError):  # not hers to take
        conn.execute(
            text(
                "INSERT INTO contact_point (client_id, channel, value, preferred, consent) "
                "VALUES (:i, 'call', '+48600000000', false, true)"
            ),
            {"i": b1},
        )
    with raw.begin() as conn, pytest.raises(ProgrammingError):
        conn.execute(text("UPDATE salesperson SET login = 'anna2'"))
    with raw.begin() as conn, pytest.raises(ProgrammingError):
        conn.execute(text("SET ROLE cp_manager"))
    raw.dispose()


def test_manager_sees_the_team_and_hands_a_client_over(team: str) -> None:
    anna = Services(Book(as_login(team, "anna")), fixed_clock())
    boris = Services(Book(as_login(team, "boris")), fixed_clock())
    maria = Services(Book(as_login(team, "maria")), fixed_clock())
    try:
        a1 = add(anna, "Jan Kowalski")
        add(boris, "Пётр Петров")
        assert maria.clients.count() == 2
        with pytest.raises(Exception, match="not yours"):
            handover(anna.book.engine, [a1, 999_999], "boris")
        assert handover(maria.book.engine, [a1], "boris") == 1
        assert anna.clients.count() == 0
        assert boris.clients.count() == 2
        with boris.book.reading() as session:
            open_touches = session.execute(
                text("SELECT count(*) FROM touch WHERE client_id = :i AND status = 'planned'"),
                {"i": a1},
            ).scalar()
        assert open_touches  # the client's plan moved with them
    finally:
        anna.close()
        boris.close()
        maria.close()
