"""write_plan's SQLite path (`bookstate._write_sqlite`: the DBAPI's executemany of values
in their storage forms) stores what Core's executemany stores: a capacity change that
moves many touches of a demo book over capacity, written both ways, gives the same bytes
in every column of every touch row (a DateTime format was caught this way once)."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from planner.app import Services
from planner.db import Book
from planner.demo import generate
from planner.services import bookstate
from tests.conftest import FIXED_NOW, fixed_clock

CLIENTS = 1500


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("positional") / "template.sqlite"
    services = Services(Book(path), fixed_clock())
    try:
        generate(services, CLIENTS, 5, "pl", FIXED_NOW.date(), catalog=False)
        services.settings.set_many({"capacity.call": "6", "capacity.email": "9"})
        services.planning.replan_all()
    finally:
        services.close()
    return path


def touches(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT * FROM touch ORDER BY id").fetchall()


def fewer_calls(template: Path, path: Path) -> list[tuple[object, ...]]:
    shutil.copyfile(template, path)
    services = Services(Book(path), fixed_clock())
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
