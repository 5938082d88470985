"""COPY a laptop book into a fresh team book (issue 14, point 9): every row arrives with
its id, each client with the owner given, and the id sequences continue after them."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, func, select, text

from planner.app import Services
from planner.db import Book
from planner.demo import generate
from planner.models import Client, ContactPoint, Touch
from planner.services.views import ClientInput
from planner.team.bulk_copy import copy_book
from planner.team.people import add_salesperson
from tests.conftest import FIXED_NOW, fixed_clock


def test_copy_keeps_every_row_and_gives_each_client_its_owner(pg_url: str, tmp_path: Path) -> None:
    path = tmp_path / "laptop.sqlite"
    Services(Book(path), fixed_clock()).close()
    generate(Book(path), 40, seed=3, locale="pl", today=FIXED_NOW.date(), catalog=False)
    admin = Services(Book(pg_url), fixed_clock())
    anna = add_salesperson(admin.book.engine, "anna", "Anna")
    boris = add_salesperson(admin.book.engine, "boris", "Boris")
    lite = create_engine(f"sqlite:///{path}")
    try:
        with lite.connect() as src, admin.book.engine.begin() as dst:
            copied = copy_book(src, dst, lambda cid: anna if cid <= 20 else boris)
        with lite.connect() as src:
            expected = {
                "client": src.scalar(select(func.count()).select_from(Client)),
                "contact_point": src.scalar(select(func.count()).select_from(ContactPoint)),
                "touch": src.scalar(select(func.count()).select_from(Touch)),
            }
            names = dict(src.execute(select(Client.id, Client.name)).all())
        assert {k: copied[k] for k in expected} == expected
        with admin.book.reading() as session:
            owners = dict(session.execute(select(Client.id, Client.owner_id)).all())
            assert dict(session.execute(select(Client.id, Client.name)).all()) == names
            n_touch = session.scalar(select(func.count()).select_from(Touch))
            assert n_touch == expected["touch"]
            assert session.scalar(text("SELECT count(*) FROM client WHERE owner_id IS NULL")) == 0
        assert {owners[i] for i in range(1, 21)} == {anna}
        assert {owners[i] for i in range(21, 41)} == {boris}
        new_id = admin.clients.add(ClientInput(name="Nowy Klient")).value  # the sequence moved on
        assert new_id > max(names)
    finally:
        lite.dispose()
        admin.close()
