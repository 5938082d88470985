"""Fixtures shared by every test: a fixed clock and a fresh book file per test.

The schema is created once per session and the file copied per test (STYLE.md habit 8).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.app import Services
from planner.db import Book

# Thursday 26 November 2026, 10:00 in Warsaw: a working day, not near a holiday.
FIXED_NOW = datetime(2026, 11, 26, 10, 0, tzinfo=ZoneInfo("Europe/Warsaw"))


def fixed_clock(now: datetime = FIXED_NOW) -> Callable[[], datetime]:
    return lambda: now


@pytest.fixture(scope="session")
def empty_book_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    services = Services(Book(path), fixed_clock())
    services.close()
    return path


@pytest.fixture
def book_path(tmp_path: Path, empty_book_template: Path) -> Path:
    path = tmp_path / "book.sqlite"
    shutil.copyfile(empty_book_template, path)
    return path


@pytest.fixture
def services(book_path: Path) -> Iterator[Services]:
    svc = Services(Book(book_path), fixed_clock())
    yield svc
    svc.close()
