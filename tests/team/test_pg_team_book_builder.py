"""The benchmark's team book builder (benchmarks/team_book.py), at a tiny size: the book
it builds, and the one it restores from its cached dump, is a valid team book."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select, text

from benchmarks.team_book import drop_database, login, team_book
from planner.app import Services
from planner.db import Book, current_revision, head_revision
from planner.models import Client, Touch
from planner.services.views import ClientInput
from tests.conftest import fixed_clock

SALESPEOPLE, EACH = 3, 12


def check(url: str) -> None:
    admin = Services(Book(url, migrate=False), fixed_clock())
    try:
        assert current_revision(admin.book.engine) == head_revision()
        # Every salesperson's copy is the plan the planner makes of it (ranks moved with
        # the client ids): a re-plan on the day the book was planned writes nothing.
        replanned = admin.team.replan().value
        assert set(replanned) == {login(i) for i in range(SALESPEOPLE)}
        for result in replanned.values():
            assert (result.created, result.updated, result.cancelled) == (0, 0, 0)
        with admin.book.reading() as session:
            owners = dict(
                session.execute(
                    text(
                        "SELECT s.login, count(c.id) FROM salesperson s "
                        "LEFT JOIN client c ON c.owner_id = s.id GROUP BY s.login"
                    )
                ).all()
            )
            assert session.scalar(select(func.count()).where(Client.owner_id.is_(None))) == 0
            orphans = text("SELECT count(*) FROM touch t LEFT JOIN client c ON c.id = t.client_id "
                           "WHERE c.id IS NULL")  # fmt: skip
            assert session.scalar(orphans) == 0
            all_touches = session.scalar(select(func.count()).select_from(Touch))
        assert owners == {login(i): EACH for i in range(SALESPEOPLE)}
    finally:
        admin.close()
    # Row-level security: a salesperson's own login sees their clients and touches only.
    member = Services(Book(url.replace("cp_admin@", f"{login(1)}@", 1)), fixed_clock())
    try:
        with member.book.reading() as session:
            seen = session.execute(select(Client.owner_id).distinct()).scalars().all()
            assert len(seen) == 1
            assert session.scalar(select(func.count()).select_from(Client)) == EACH
            own_touches = session.scalar(select(func.count()).select_from(Touch))
        assert own_touches is not None
        assert all_touches is not None
        assert 0 < own_touches * SALESPEOPLE == all_touches
        assert len(member.clients.search("a", limit=500)) <= EACH
        assert member.planning.agenda(date(2027, 12, 31)), "they have planned work"
        member.clients.add(ClientInput(name="Nowy Klient"))  # the id sequences moved on
        with member.book.reading() as session:
            assert session.scalar(select(func.count()).select_from(Client)) == EACH + 1
            assert session.scalar(select(func.max(Client.id))) == SALESPEOPLE * EACH + 1
    finally:
        member.close()


def test_the_built_and_the_restored_team_book_are_valid(pg_admin_url: str, tmp_path: Path) -> None:
    built, _lite, info = team_book(pg_admin_url, SALESPEOPLE, EACH, cache=tmp_path)
    restored = None
    try:
        assert "built_seconds" in info["team"]
        assert list(tmp_path.glob("team-*.dump")), "the built book is cached as a dump"
        check(built)
        restored, _lite, again = team_book(pg_admin_url, SALESPEOPLE, EACH, cache=tmp_path)
        assert "restored_seconds" in again["team"]
        check(restored)
    finally:
        drop_database(pg_admin_url, built)
        if restored is not None:
            drop_database(pg_admin_url, restored)
