"""A whole-book re-plan settles in one pass (issue 8): on a demo book whose call
capacity is far too small (so levelling carries, flags and switches channels), a second
re-plan right after the first writes nothing, and the stored touches are byte-identical."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from planner.app import Services
from planner.db import Book
from planner.demo import generate
from tests.conftest import FIXED_NOW, fixed_clock


def planned(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT id, client_id, kind, purpose, channel, due, base_due, due_at, due_until,"
            " overbooked, pinned, attempt, rank, reason FROM touch WHERE status = 'planned'"
            " ORDER BY id"
        ).fetchall()


def test_a_second_re_plan_of_an_overloaded_book_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite"
    services = Services(Book(path), fixed_clock())
    try:
        generate(services, 300, 3, "pl", FIXED_NOW.date())
        services.settings.set("capacity.call", "1")
        first = services.planning.replan_all().value
        stored = planned(path)
        again = services.planning.replan_all().value
    finally:
        services.close()
    assert any('"channel-switched"' in str(row[-1]) for row in stored)  # levelling had work
    assert first.touches == again.touches > 0
    assert (again.created, again.updated, again.cancelled) == (0, 0, 0)
    assert planned(path) == stored
