"""Each login's own undo steps on a real PostgreSQL server (revision 0021): a salesperson's
connection cannot read a colleague's undo snapshots (they hold clients' data), even with
hand-written SQL, and Edit → Undo reverts only one's own last action."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from planner.app import Services
from planner.db import Book
from planner.errors import BookError
from tests.conftest import fixed_clock
from tests.team.test_pg_security import add, as_login, team  # noqa: F401  (the team fixture)


def test_undo_steps_are_each_logins_own(team: str) -> None:  # noqa: F811
    anna = Services(Book(as_login(team, "anna")), fixed_clock())
    boris = Services(Book(as_login(team, "boris")), fixed_clock())
    try:
        a1 = add(anna, "Jan Kowalski")
        anna.clients.archive(a1)  # anna's last undoable action
        b1 = add(boris, "Пётр Петров")
        boris.clients.archive(b1)

        raw = create_engine(make_url(as_login(team, "anna")).set(drivername="postgresql+psycopg"))
        with raw.connect() as conn:
            snapshots = conn.execute(text("SELECT login, before, after FROM undo_step")).all()
            assert snapshots  # anna's own steps are there
            assert {login for login, _, _ in snapshots} == {"anna"}
            assert not any("Петров" in before + after for _, before, after in snapshots)
            # A forged login is overwritten by the database and so stays anna's.
            conn.execute(
                text(
                    "INSERT INTO undo_step (action, args, clients, before, after, undone, "
                    "created_at, login) VALUES ('edit', '{}', '[]', '{}', '{}', false, "
                    "now(), 'boris')"
                )
            )
            conn.execute(text("DELETE FROM undo_step WHERE action = 'edit'"))  # only anna's
            conn.commit()
        raw.dispose()

        anna.undo()  # anna's archive is taken back; boris's stays
        assert anna.clients.get(a1, history=0).status == "active"
        assert boris.clients.get(b1, history=0).status == "archived"
        boris.undo()
        assert boris.clients.get(b1, history=0).status == "active"
    finally:
        anna.close()
        boris.close()


def test_a_manager_does_not_undo_a_salespersons_action(team: str) -> None:  # noqa: F811
    anna = Services(Book(as_login(team, "anna")), fixed_clock())
    maria = Services(Book(as_login(team, "maria")), fixed_clock())
    try:
        a1 = add(anna, "Jan Kowalski")
        anna.clients.archive(a1)
        undo, _redo = maria.history.history()
        assert undo is None  # the manager sees the team's clients, not their undo steps
        with pytest.raises(BookError):
            maria.undo()
        assert anna.clients.get(a1, history=0).status == "archived"
    finally:
        anna.close()
        maria.close()
