"""A touch and a contact point carry their client's owner on a team book (revision 0022),
kept right by the database: a salesperson cannot read or change another's rows by forging
it, a handover moves it, and the migration fills it for the rows a team book holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import ProgrammingError

from planner.app import Services
from planner.db import Book, alembic_config
from planner.team.book import make_team_engine
from planner.team.people import add_salesperson, handover
from tests.conftest import fixed_clock
from tests.team.test_pg_migrations import copy_rows, pg_at_revision
from tests.team.test_pg_security import add, as_login
from tests.team.test_pg_security import team as team  # the fixture
from tests.unit.storage.test_migrations import POPULATE, at_revision

_NEW_TOUCH = (
    "INSERT INTO touch (client_id, owner_id, kind, channel, purpose, status, base_due, due, "
    "overbooked, rank, pinned, attempt, reason) VALUES (:c, :o, 'cadence', 'call', "
    "'followup', 'planned', '2026-10-05', '2026-10-05', false, 0, false, 0, '[]')"
)


def raw(url: str, login: str) -> Engine:
    return make_team_engine(as_login(url, login))


def owners(url: str, client_id: int, table: str = "touch") -> set[int | None]:
    """The owner_id of every touch (or contact point) of a client, read by the administrator."""
    engine = make_team_engine(url)
    with engine.connect() as conn:
        found = conn.execute(
            text(f"SELECT DISTINCT owner_id FROM {table} WHERE client_id = :c"), {"c": client_id}
        )
        result = {r[0] for r in found}
    engine.dispose()
    return result


def ids(url: str) -> dict[str, int]:
    engine = make_team_engine(url)
    with engine.connect() as conn:
        found = {
            str(r[0]): int(r[1]) for r in conn.execute(text("SELECT login, id FROM salesperson"))
        }
    engine.dispose()
    return found


def two_clients(url: str) -> tuple[int, int]:
    anna = Services(Book(as_login(url, "anna")), fixed_clock())
    boris = Services(Book(as_login(url, "boris")), fixed_clock())
    try:
        return add(anna, "Jan Kowalski"), add(boris, "Пётр Петров")
    finally:
        anna.close()
        boris.close()


def test_a_touch_gets_its_clients_owner_and_a_forged_one_is_overwritten(team: str) -> None:
    a1, b1 = two_clients(team)
    who = ids(team)
    assert owners(team, a1) == {who["anna"]}
    assert owners(team, b1) == {who["boris"]}
    anna = raw(team, "anna")
    with anna.begin() as conn:
        conn.execute(text("UPDATE touch SET owner_id = :o"), {"o": who["boris"]})
        conn.execute(text("UPDATE contact_point SET owner_id = :o"), {"o": who["boris"]})
        conn.execute(text(_NEW_TOUCH), {"c": a1, "o": who["boris"]})
        conn.execute(text(_NEW_TOUCH.replace(":o", "NULL")), {"c": a1})
    assert owners(team, a1) == {who["anna"]}  # the database wrote hers over each forgery
    assert owners(team, a1, "contact_point") == {who["anna"]}
    boris = raw(team, "boris")
    with boris.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM touch WHERE client_id = :c"), {"c": a1}) == 0
    boris.dispose()
    anna.dispose()


def test_a_salesperson_cannot_reach_another_salespersons_touches(team: str) -> None:
    a1, b1 = two_clients(team)
    who = ids(team)
    anna = raw(team, "anna")
    with anna.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM touch WHERE client_id = :c"), {"c": b1}) == 0
        seen = conn.scalar(
            text("SELECT count(*) FROM touch WHERE owner_id = :o"), {"o": who["boris"]}
        )
        assert seen == 0
        gone = conn.execute(text("DELETE FROM touch WHERE client_id = :c"), {"c": b1})
        assert gone.rowcount == 0
        conn.rollback()
    for sql, args in [
        (_NEW_TOUCH, {"c": b1, "o": who["anna"]}),  # a touch for his client, forged as hers
        (_NEW_TOUCH, {"c": b1, "o": who["boris"]}),
        ("UPDATE touch SET client_id = :b WHERE client_id = :a", {"a": a1, "b": b1}),
        ("UPDATE contact_point SET client_id = :b WHERE client_id = :a", {"a": a1, "b": b1}),
        (
            "INSERT INTO contact_point (client_id, owner_id, channel, value, preferred, "
            "consent) VALUES (:b, :o, 'call', '+48600000000', false, true)",
            {"b": b1, "o": who["anna"]},
        ),
    ]:
        with anna.begin() as conn, pytest.raises(ProgrammingError, match="row-level security"):
            conn.execute(text(sql), args)
    anna.dispose()
    assert owners(team, b1) == {who["boris"]}
    assert owners(team, a1) == {who["anna"]}


def test_a_handover_moves_the_touches_owner(team: str) -> None:
    a1, _ = two_clients(team)
    who = ids(team)
    maria = Services(Book(as_login(team, "maria")), fixed_clock())
    try:
        assert handover(maria.book.engine, [a1], "boris") == 1
    finally:
        maria.close()
    assert owners(team, a1) == {who["boris"]}
    assert owners(team, a1, "contact_point") == {who["boris"]}
    anna, boris = raw(team, "anna"), raw(team, "boris")
    query = text("SELECT count(*) FROM touch WHERE client_id = :c")
    with anna.connect() as a, boris.connect() as b:
        assert a.scalar(query, {"c": a1}) == 0
        assert b.scalar(query, {"c": a1}) >= 1
    anna.dispose()
    boris.dispose()


def test_the_migration_fills_the_owner_of_a_team_books_touches(tmp_path: Path, pg_url: str) -> None:
    path = tmp_path / "old.sqlite"
    at_revision(path, "0021")
    with sqlite3.connect(path) as conn:
        POPULATE["0021"](conn)
    pg_at_revision(pg_url, "0021")
    assert copy_rows(path, pg_url)["touch"] >= 1
    engine = make_team_engine(pg_url)
    owner = add_salesperson(engine, "anna", "Anna Nowak")
    with engine.begin() as conn:
        conn.execute(text("UPDATE client SET owner_id = :o"), {"o": owner})
    command.upgrade(alembic_config(engine), "head")
    with engine.connect() as conn:
        for table in ("touch", "contact_point"):
            found = conn.execute(text(f"SELECT owner_id, count(*) FROM {table} GROUP BY 1"))
            assert dict(found.all()) == {owner: conn.scalar(text(f"SELECT count(*) FROM {table}"))}
    engine.dispose()
    anna = raw(pg_url, "anna")
    with anna.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM touch")) >= 1
    anna.dispose()


def test_a_laptop_books_touches_have_no_owner(tmp_path: Path) -> None:
    services = Services(Book(tmp_path / "book.sqlite"), fixed_clock())
    try:
        add(services, "Jan Kowalski")
    finally:
        services.close()
    lite = create_engine(f"sqlite:///{tmp_path / 'book.sqlite'}")
    with lite.connect() as conn:
        found = [
            conn.execute(text(f"SELECT DISTINCT owner_id FROM {t}")).all()
            for t in ("touch", "contact_point")
        ]
    lite.dispose()
    assert found == [[(None,)], [(None,)]]


def test_a_team_book_goes_down_to_0021_and_up_again(team: str) -> None:
    a1, b1 = two_clients(team)
    engine = make_team_engine(team)
    command.downgrade(alembic_config(engine), "0021")
    with engine.connect() as conn:
        found = conn.execute(
            text(
                "SELECT count(*) FROM information_schema.columns "
                "WHERE column_name = 'owner_id' AND table_name IN ('touch', 'contact_point')"
            )
        )
        assert found.scalar() == 0
    anna = raw(team, "anna")
    with anna.connect() as conn:  # the 0011 policies hold again
        query = text("SELECT count(*) FROM touch WHERE client_id = :c")
        assert conn.scalar(query, {"c": a1}) >= 1
        assert conn.scalar(query, {"c": b1}) == 0
    anna.dispose()
    command.upgrade(alembic_config(engine), "head")
    engine.dispose()
    who = ids(team)
    assert owners(team, a1) == {who["anna"]}
    assert owners(team, b1, "contact_point") == {who["boris"]}
