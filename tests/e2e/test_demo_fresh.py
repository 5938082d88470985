"""File → Open a demo book writes a fresh demo, never under open connections: an open
demo (this window's, another window's, a command's) is left whole and the new one goes
beside it. A cancelled demo leaves no file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.app import Services
from planner.db import Book, check_integrity
from planner.demo import write_fresh
from planner.errors import BookError

TODAY = date(2026, 3, 12)


def count(path: Path) -> int:
    s = Services(Book(path))
    try:
        return len(s.clients.ids())
    finally:
        s.close()


def test_a_closed_demo_is_replaced_in_place(tmp_path: Path) -> None:
    path = tmp_path / "demo-pl.sqlite"
    assert write_fresh(path, 30, 1, "pl", TODAY) == path
    assert write_fresh(path, 20, 2, "pl", TODAY) == path
    assert count(path) == 20  # replaced, not added to


def test_an_open_demo_is_left_whole_and_the_new_one_goes_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "demo-ru.sqlite"
    write_fresh(path, 30, 1, "ru", TODAY)
    open_one = Services(Book(path))  # the window that has the demo open
    try:
        before = open_one.clients.ids()
        second = write_fresh(path, 20, 2, "ru", TODAY)
        assert second == tmp_path / "demo-ru-2.sqlite"
        third = write_fresh(second, 10, 3, "ru", TODAY)  # the second is closed: replaced
        assert third == second
        assert open_one.clients.ids() == before  # still readable, the same book
        assert check_integrity(open_one.book.engine) == []
    finally:
        open_one.close()
    assert count(path) == 30
    assert count(second) == 10


def test_a_cancelled_demo_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "demo-en.sqlite"
    with pytest.raises(BookError):
        write_fresh(path, 50, 1, "en", TODAY, progress=lambda done, total: done < total // 3)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("demo-en.sqlite")]
