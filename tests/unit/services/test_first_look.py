"""Today's first look at a book's file: the same screen the services read once the book
is open, without SQLAlchemy; and nothing at all where it cannot vouch for one."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.app import Services
from planner.db import Book, alembic_config
from planner.demo import generate
from planner.services.first_look import SCHEMA_HEAD, first_look
from planner.vocabulary import Outcome
from tests.conftest import FIXED_NOW, fixed_clock

ROOT = Path(__file__).resolve().parents[3]
TODAY = FIXED_NOW.date()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A worked book: ranks as the planner sets them, a few outcomes logged today."""
    path = tmp_path_factory.mktemp("look") / "demo.sqlite"
    book = Book(path)
    try:
        generate(book, 400, seed=3, locale="pl", today=TODAY)
    finally:
        book.close()
    with closing(sqlite3.connect(path)) as conn:
        r = random.Random(2)
        ids = [i for (i,) in conn.execute("SELECT id FROM touch WHERE status = 'planned'")]
        conn.executemany(
            "UPDATE touch SET rank = ? WHERE id = ?", [(r.randrange(4), i) for i in ids]
        )
        conn.commit()
    services = Services(Book(path), fixed_clock())
    try:
        services.settings.set("capacity.call", "12")
        for touch in services.agenda.screen(TODAY).pages["call"].touches[:3]:
            services.planning.log_outcome(touch.id, Outcome.REACHED)
    finally:
        services.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "book.sqlite"
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{demo_file}{suffix}").exists():
            shutil.copyfile(f"{demo_file}{suffix}", f"{path}{suffix}")
    return path


def clock_at(day: date, hour: int = 10, zone: str = "Europe/Warsaw") -> Callable[[], datetime]:
    return fixed_clock(datetime(day.year, day.month, day.day, hour, tzinfo=ZoneInfo(zone)))


def test_the_schema_head_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


@pytest.mark.parametrize("later", [0, 1, 3, 9])
def test_the_first_look_is_the_screen_the_open_book_shows(demo: Path, later: int) -> None:
    # Later days hold overdue touches (the days between were not worked); day 0 holds
    # outcomes done today and a changed capacity.
    day = TODAY + timedelta(days=later)
    for page in (1, 30):
        look = first_look(demo, clock_at(day), page=page)
        assert look is not None
        services = Services(Book(demo), clock_at(day))
        try:
            screen = services.agenda.screen(services.uiextras.today(), page=page)
            values = services.settings.all()
            assert look.screen == screen
            assert look.today == services.uiextras.today()
            assert look.clients == services.clients.count()
            assert look.work_start == values["calendar.work_start"]
            assert look.timezone == values["calendar.timezone"]
        finally:
            services.close()
        assert look.screen.due > 0
        assert look.screen.pages
    if later == 0:
        assert look.screen.done == 3
        assert next(c for c in look.screen.channels if c.channel == "call").capacity == 12


def test_today_is_the_salespersons_day_not_the_machines(demo: Path) -> None:
    services = Services(Book(demo), fixed_clock())
    try:
        services.settings.set("calendar.timezone", "Pacific/Auckland")
    finally:
        services.close()
    # 23:30 in Warsaw is already the next morning in Auckland
    late = clock_at(TODAY, hour=23)
    look = first_look(demo, late)
    assert look is not None
    assert look.today == TODAY + timedelta(days=1)
    assert look.timezone == "Pacific/Auckland"


def test_the_first_look_writes_nothing(demo: Path) -> None:
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in demo.parent.iterdir()}
    assert first_look(demo, clock_at(TODAY)) is not None
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in demo.parent.iterdir()}
    # SQLite's read-only reader of a WAL book may leave the empty write-ahead log and its
    # index beside it (the opening creates both anyway); the book itself is untouched.
    assert {k: v for k, v in after.items() if k in before} == before
    wal = Path(f"{demo}-wal")
    assert set(after) - set(before) <= {"book.sqlite-wal", "book.sqlite-shm"}
    assert not wal.exists() or "book.sqlite-wal" in before or wal.stat().st_size == 0


def test_it_answers_nothing_it_cannot_vouch_for(demo: Path, tmp_path: Path) -> None:
    clock = clock_at(TODAY)
    assert first_look(tmp_path / "missing.sqlite", clock) is None
    assert first_look("postgresql://ann@team.example/book", clock) is None  # a team book
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n" * 50)
    assert first_look(garbage, clock) is None
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(demo.read_bytes()[:4096])
    assert first_look(truncated, clock) is None
    empty = tmp_path / "empty.sqlite"
    Services(Book(empty), clock).close()
    assert first_look(empty, clock) is None  # the welcome page is the real opening's call
    older = tmp_path / "older.sqlite"
    shutil.copyfile(demo, older)
    with closing(sqlite3.connect(older)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0019'")  # needs upgrading
        conn.commit()
    assert first_look(older, clock) is None
    with closing(sqlite3.connect(older)) as conn:
        conn.execute("DROP TABLE touch")
        conn.execute(f"UPDATE alembic_version SET version_num = '{SCHEMA_HEAD}'")
        conn.commit()
    assert first_look(older, clock) is None  # a damaged schema: the opening explains


def test_the_first_look_loads_no_database_library(demo: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from planner.clock import system_clock\n"
        "from planner.services.first_look import first_look\n"
        f"look = first_look(Path({str(demo)!r}), system_clock)\n"
        "assert look is not None and look.clients == 400\n"
        "heavy = ('sqlalchemy', 'alembic', 'holidays', 'dateutil', 'jinja2', 'openpyxl')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith(heavy)}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]", done.stderr
