"""The same queries on the same book give the same ids on SQLite and PostgreSQL (14.2)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from planner.app import Services
from planner.db import Book
from planner.services.views import ClientInput, ContactPointInput
from tests.conftest import fixed_clock

PEOPLE = [
    ("Пётр Ёлкин", "Łódź Sp. z o.o.", "+48 601 234 567", "petr@example.com", ("vip",)),
    ("Piotr Łukasik", "Ёлка ООО", "+48 602 111 222", "lukasik@firma.pl", ()),
    ("Anna Nowak", None, "+7 912 345 67 89", "anna.nowak@example.com", ("opt",)),
    ("ELKA market", "Zielona Góra", "+48 603 999 000", "shop@elka.pl", ("vip", "opt")),
    ("Jan Kowalski", "Kowalski i Syn", "+48 604 555 666", "jan@kowalski.pl", ()),
]
QUERIES = [
    "елкин",
    "ЁЛКИН",
    "ёлка",
    "елк",
    "lodz",
    "Łódź",
    "lukasik",
    "łuk",
    "anna",
    "NOWAK",
    "601",
    "234 567",
    "+48 601",
    "912",
    "example",
    "vip",
    "opt",
    "kowalski syn",
    "z o",
    "nobody",
    "góra",
    "gora",
    "shop@elka",
]


def fill(services: Services) -> list[int]:
    ids = []
    for name, company, phone, mail, tags in PEOPLE:
        cid = services.clients.add(
            ClientInput(
                name=name,
                company=company,
                contacts=(ContactPointInput("call", phone), ContactPointInput("email", mail)),
                tags=tags,
            )
        ).value
        ids.append(cid)
    return ids


def test_same_queries_same_ids_on_both_engines(book_path: Path, pg_url: str) -> None:
    lite = Services(Book(book_path), fixed_clock())
    team = Services(Book(pg_url), fixed_clock())
    try:
        assert fill(lite) == fill(team)
        for query in QUERIES:
            expected = lite.clients.search(query)
            assert team.clients.search(query) == expected, query
            assert team.clients.search(query, limit=1) == expected[:1], query
        assert lite.clients.search("елкин")  # the queries do find something
        with team.book.read_connection() as conn:
            conn.execute(text("SET LOCAL enable_seqscan = off"))  # five rows would scan
            plan = "\n".join(
                r[0]
                for r in conn.execute(
                    text("EXPLAIN SELECT id FROM client WHERE search_text LIKE '%елк%'")
                )
            )
        assert "ix_client_search_trgm" in plan
    finally:
        lite.close()
        team.close()
