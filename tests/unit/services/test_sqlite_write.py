"""write_plan's SQLite path (sqlite_plan.py: the DBAPI's executemany of the changed
columns in their storage forms) stores what Core's executemany stores: a capacity change
that moves many touches of a demo book over capacity, written both ways, gives the same
bytes in every column of every touch row (a DateTime format was caught this way once);
and it names in an UPDATE only the columns whose value changed."""

from __future__ import annotations

import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from planner.app import Services
from planner.db import Book
from planner.services import bookstate, sqlite_plan
from tests.conftest import fixed_clock
from tests.unit.services.over_capacity import over_capacity_book, touches

CLIENTS = 1500


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return over_capacity_book(tmp_path_factory, "positional", CLIENTS, 5, 6, 9)


def fewer_calls(
    template: Path, path: Path, seen: list[tuple[str, Any]] | None = None
) -> list[tuple[object, ...]]:
    """The touch rows after the call capacity went down; `seen`: the statements run."""
    shutil.copyfile(template, path)
    services = Services(Book(path), fixed_clock())
    if seen is not None:

        @event.listens_for(services.ctx.book.engine, "before_cursor_execute")
        def _seen(conn: Any, cursor: Any, sql: str, params: Any, *_: Any) -> None:
            seen.append((sql, params))

    try:
        services.settings.set("capacity.call", "3")  # carries many calls: many updates
    finally:
        services.close()
    return touches(path)


def test_the_positional_update_stores_what_sqlalchemy_stores(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = fewer_calls(template, tmp_path / "raw.sqlite")
    monkeypatch.setattr(bookstate, "SQLITE_RAW", False)  # Core's executemany
    core = fewer_calls(template, tmp_path / "core.sqlite")
    assert raw == core
    assert raw != touches(template)  # the change did move touches


_SET = re.compile(r"^UPDATE touch SET (.+) WHERE id = \?$")


def test_an_update_names_only_the_columns_that_changed(template: Path, tmp_path: Path) -> None:
    """A touch that only turned overbooked keeps its due and rank unwritten: the indexes
    on them are not rewritten for nothing."""
    with closing(sqlite3.connect(template)) as conn:
        conn.row_factory = sqlite3.Row
        before = {r["id"]: dict(r) for r in conn.execute("SELECT * FROM touch")}
    seen: list[tuple[str, Any]] = []
    fewer_calls(template, tmp_path / "book.sqlite", seen)
    updated = 0
    narrow = 0
    for sql, params in seen:
        found = _SET.match(sql)
        if found is None:
            continue
        names = [part.split(" = ")[0] for part in found.group(1).split(", ")]
        narrow += "due" not in names
        for row in params:
            *values, touch_id = row
            old = before[touch_id]
            for name, value in zip(names, values, strict=True):
                assert old[name] != value, (touch_id, name)
            updated += 1
    assert updated > sqlite_plan.FEW_UPDATES  # the change did move many touches
    assert narrow  # and some of them stayed on their day
