"""A demo book planned over its call and e-mail capacity, and its touch rows: what the
settings-change and plan-writing tests compare two ways of writing a plan on."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from planner.app import Services
from planner.db import Book
from planner.demo import generate
from tests.conftest import FIXED_NOW, fixed_clock


def over_capacity_book(
    factory: pytest.TempPathFactory, name: str, clients: int, seed: int, call: int, email: int
) -> Path:
    path = factory.mktemp(name) / "template.sqlite"
    services = Services(Book(path), fixed_clock())
    try:
        generate(services, clients, seed, "pl", FIXED_NOW.date(), catalog=False)
        services.settings.set_many({"capacity.call": str(call), "capacity.email": str(email)})
        services.planning.replan_all()
    finally:
        services.close()
    return path


def touches(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT * FROM touch ORDER BY id").fetchall()
