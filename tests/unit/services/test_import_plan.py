"""The re-plan in chunks (services/import_plan.py) writes the plan of the one-shot re-plan,
byte for byte: every touch row (due, channel, reasons, rank, flags, ids), whatever the
chunk size, on a book levelled within capacity and on one whose capacity is overloaded."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import closing
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from planner.app import Services
from planner.db import Book
from planner.demo import generate
from planner.scheduling import PlanCancelled
from planner.services import import_plan
from planner.services.import_plan import replan_chunked
from planner.services.importing import ImportOptions
from planner.services.views import ReplanResult
from planner.vocabulary import SequenceTrigger
from tests.conftest import FIXED_NOW, fixed_clock

CLIENTS = 1_100  # a chunk of 1,000 is then a real chunk, and one past the book is too
LATER = FIXED_NOW + timedelta(days=9)  # the stored plan is stale: a backlog to carry
CHUNKS = [1, 7, 1_000, 10 * CLIENTS]
TIGHT = {"call": 2, "meeting": 1, "video": 1, "email": 3, "sms": 2, "whatsapp": 1}


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("chunked") / "demo.sqlite"
    services = Services(Book(path), fixed_clock())
    try:
        generate(services, CLIENTS, 11, "pl", FIXED_NOW.date())
    finally:
        services.close()
    return path


def _copy(template: Path, target: Path, capacity: dict[str, int] | None = None) -> Path:
    shutil.copyfile(template, target)
    if capacity:  # written past the service: the stored plan does not know it yet
        with closing(sqlite3.connect(target)) as conn, conn:
            conn.executemany(
                "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)",
                [(f"capacity.{ch}", str(n)) for ch, n in capacity.items()],
            )
    return target


def _touches(path: Path) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT * FROM touch ORDER BY id").fetchall()


Replan = Callable[[Services, Session], ReplanResult]


def _replanned(path: Path, replan: Replan) -> tuple[ReplanResult, list[tuple[Any, ...]]]:
    services = Services(Book(path), fixed_clock(LATER))
    try:
        with services.book.transaction() as session:
            result = replan(services, session)
    finally:
        services.close()
    return result, _touches(path)


def _one_shot(ids: Sequence[int] | None) -> Replan:
    return lambda services, session: services.planning.replan_in(session, ids)


def _chunked(ids: Sequence[int] | None, chunk: int) -> Replan:
    return lambda services, session: replan_chunked(services.planning, session, ids, chunk)


@pytest.fixture(scope="module")
def expected(demo_book: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    """The one-shot re-plan of each case, made once."""
    found: dict[Any, Any] = {}
    folder = tmp_path_factory.mktemp("one-shot")
    for load in ("fits", "overloaded"):
        for which in ("whole book", "a third"):
            path = _copy(demo_book, folder / f"{load}-{which}.sqlite", _capacity(load))
            found[(load, which)] = _replanned(path, _one_shot(_ids(which)))
    return found


def _capacity(load: str) -> dict[str, int] | None:
    return TIGHT if load == "overloaded" else None


def _ids(which: str) -> list[int] | None:
    return None if which == "whole book" else list(range(1, CLIENTS + 1, 3))


@pytest.mark.parametrize("chunk", CHUNKS)
@pytest.mark.parametrize("which", ["whole book", "a third"])
@pytest.mark.parametrize("load", ["fits", "overloaded"])
def test_the_chunked_re_plan_writes_the_one_shot_plan(
    demo_book: Path,
    tmp_path: Path,
    expected: dict[Any, Any],
    load: str,
    which: str,
    chunk: int,
) -> None:
    result, rows = expected[(load, which)]
    path = _copy(demo_book, tmp_path / "book.sqlite", _capacity(load))
    chunked_result, chunked_rows = _replanned(path, _chunked(_ids(which), chunk))
    assert result.created + result.updated > 50, "the re-plan has work to do"
    if load == "overloaded":
        assert result.overbooked > 0, "the capacity is overloaded"
        assert any('"channel-switched"' in str(r) or '"capacity"' in str(r) for r in rows)
    assert chunked_rows == rows
    assert chunked_result == result


def _source(path: Path, rows: int) -> Path:
    lines = ["Name;Phone;E-mail;Tier"]
    for i in range(rows):
        lines.append(f"Nowy Klient {i};+48 602 {i:06d};nowy{i}@firma.pl;{'ABCD'[i % 4]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _import(path: Path, source: Path) -> Any:
    services = Services(Book(path), fixed_clock(LATER))
    try:
        services.settings.set("phone.region", "PL")
        return services.transfer.import_file(source, options=ImportOptions(save_report=False)).value
    finally:
        services.close()


def test_an_import_in_chunks_writes_the_one_shot_plan(
    demo_book: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New clients with their onboarding, levelled against an overloaded book: the
    onboarding written first (start_sequences) and then the one-shot re-plan, against
    the chunked re-plan that plans the onboarding steps with the rest and writes them
    once. The same touches but their ids (written in another order); the re-plan
    creates the onboarding touches that the one-shot re-plan updated."""
    source = _source(tmp_path / "new.csv", 250)
    one = _copy(demo_book, tmp_path / "one.sqlite", TIGHT)
    with monkeypatch.context() as m:

        def one_shot(planning: Any, session: Session, ids: Any, *rest: Any) -> ReplanResult:
            onboarding = rest[-1]
            events = [(cid, onboarding.event_day) for cid in onboarding.clients]
            planning.start_sequences(session, events, SequenceTrigger.NEW_CLIENT)
            return planning.replan_in(session, ids)  # type: ignore[no-any-return]

        m.setattr("planner.services.importing.replan_chunked", one_shot)
        expected = _import(one, source)
    monkeypatch.setattr(import_plan, "PLAN_CHUNK", 7)
    chunked = _copy(demo_book, tmp_path / "chunked.sqlite", TIGHT)
    result = _import(chunked, source)
    assert result.imported == expected.imported == 250
    assert result.replan is not None
    assert expected.replan is not None
    onboarded = _onboarding_touches(one)
    assert onboarded >= 250
    assert result.replan.created == expected.replan.created + onboarded
    assert result.replan.updated == expected.replan.updated - onboarded
    same = ("clients", "touches", "cancelled", "overbooked", "changes")
    assert [getattr(result.replan, k) for k in same] == [getattr(expected.replan, k) for k in same]
    assert result.replan.overbooked > 0
    assert _without_ids(chunked) == _without_ids(one)
    assert _touches(chunked) != _touches(one), "the ids differ: the test compares rows"


def _onboarding_touches(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        query = "SELECT count(*) FROM touch WHERE sequence_code = 'onboarding'"
        return int(conn.execute(query).fetchone()[0])


def _without_ids(path: Path) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(touch)") if r[1] != "id"]
        found = conn.execute(f"SELECT {', '.join(columns)} FROM touch").fetchall()
    return sorted(found, key=repr)


def test_a_cancel_in_either_pass_writes_nothing(demo_book: Path, tmp_path: Path) -> None:
    path = _copy(demo_book, tmp_path / "book.sqlite")
    before = _touches(path)
    seen: list[tuple[int, int]] = []

    def stop_in_the_second_pass(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < total // 2 + 1

    services = Services(Book(path), fixed_clock(LATER))
    try:
        with pytest.raises(PlanCancelled), services.book.transaction() as session:
            replan_chunked(services.planning, session, None, 100, stop_in_the_second_pass)
    finally:
        services.close()
    assert seen[-1][0] > seen[-1][1] // 2  # it stopped while writing chunks
    assert _touches(path) == before


def test_a_chunk_holds_a_client_at_least(demo_book: Path, tmp_path: Path) -> None:
    services = Services(Book(_copy(demo_book, tmp_path / "book.sqlite")), fixed_clock(LATER))
    try:
        with pytest.raises(ValueError, match="at least one"), services.book.transaction() as s:
            replan_chunked(services.planning, s, None, 0)
    finally:
        services.close()


def test_the_chunked_re_plan_reports_the_clients(demo_book: Path, tmp_path: Path) -> None:
    path = _copy(demo_book, tmp_path / "book.sqlite")
    result, _ = _replanned(path, _chunked([5, 3, 3, 900], 2))
    assert result.clients == 3
    assert result.changes.clients == frozenset({3, 5, 900})
    assert not result.changes.all_clients
    whole, _ = _replanned(path, _chunked(None, 500))
    assert whole.changes.all_clients


def test_the_import_keeps_its_keys_on_disk_and_gives_the_connection_back_as_it_was(
    book_path: Path, tmp_path: Path
) -> None:
    """The duplicate keys' temporary table lives in a file during the import (db.py
    temp_on_disk); back in the pool the connection has the book's temp_store again, and
    a second import on it can switch again."""
    services = Services(Book(book_path), fixed_clock())
    try:
        services.settings.set("phone.region", "PL")
        for n in (1, 2):
            source = _source(tmp_path / f"new-{n}.csv", 30 * n)
            result = services.transfer.import_file(
                source, options=ImportOptions(save_report=False)
            ).value
            assert result.written
            with services.book.reading() as session:
                assert session.connection().exec_driver_sql("PRAGMA temp_store").scalar() == 2
    finally:
        services.close()
