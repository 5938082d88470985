"""The import's bulk path (search index in one pass, onboarding without RETURNING) writes
exactly what the row-by-row path wrote: the same clients, the same plan, a sound index."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from transfer_helpers import add_client, integrity

from planner import search
from planner.app import Services
from planner.db import Book
from planner.services.importing import BATCH, ImportOptions

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
ROWS = BATCH + 100  # two batches: a later batch merges into an earlier batch's client
QUERIES = ["anna", "kowal", "firma 3", "601", "klient7", "łuk", "zmieniona", "stara"]


def _source(path: Path) -> Path:
    lines = ["Name;Company;Phone;E-mail;Tags"]
    first = ["Anna", "Łukasz", "Piotr", "Zofia", "Jan"]
    for i in range(ROWS):
        lines.append(
            f"{first[i % 5]} Kowalski {i};Firma {i % 40};+48 601 {i:06d};"
            f"klient{i}@firma.pl;t{i % 3}"
        )
    # duplicates: of a client the book had (its phone), and of a row of the first batch
    lines.append("Stara Klientka;;+48 500 000 001;zmieniona@poczta.pl;nowy")
    lines.append(f"Anna Kowalski 3;Firma późna;;klient3@firma.pl;{'x' * 3}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _book(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target


def _prepared(empty_book_template: Path, tmp_path: Path) -> Path:
    path = _book(empty_book_template, tmp_path / "template.sqlite")
    services = Services(Book(path), lambda: NOW)
    services.settings.set("phone.region", "PL")
    add_client(services, "Stara Klientka", phone="+48500000001", company="Stara firma")
    services.close()
    return path


def _import(path: Path, source: Path) -> Any:
    services = Services(Book(path), lambda: NOW)
    try:
        return services.transfer.import_file(
            source, options=ImportOptions(on_duplicate="update", save_report=False)
        ).value
    finally:
        services.close()


def _state(path: Path) -> dict[str, Any]:
    with closing(sqlite3.connect(path)) as conn:
        found: dict[str, Any] = {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("client", "contact_point", "client_tag", "touch")
        }
        found["triggers"] = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        ).fetchall()
        found["search"] = {
            q: conn.execute(
                "SELECT rowid FROM client_fts WHERE client_fts MATCH ? ORDER BY rowid",
                (" ".join(f'"{t}"*' for t in search.query_tokens(q)),),
            ).fetchall()
            for q in QUERIES
        }
        conn.execute("INSERT INTO client_fts(client_fts, rank) VALUES ('integrity-check', 1)")
    return found


@contextmanager
def _per_row(_conn: object, _first_id: int) -> Iterator[None]:
    yield  # the triggers index every row as it is written


def test_bulk_import_writes_what_the_row_by_row_path_wrote(
    empty_book_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = _prepared(empty_book_template, tmp_path)
    source = _source(tmp_path / "clients.csv")
    before = _state(template)["triggers"]

    fast = _book(template, tmp_path / "fast.sqlite")
    result = _import(fast, source)
    assert (result.written, result.imported, result.updated) == (True, ROWS, 2)

    slow = _book(template, tmp_path / "slow.sqlite")
    with monkeypatch.context() as m:
        m.setattr(search, "indexed_after", _per_row)
        from planner.services.planning import PlanningService

        inner = PlanningService.start_sequences

        def with_ids(self: PlanningService, *args: Any, **kwargs: Any) -> list[int]:
            kwargs["returning"] = True
            return inner(self, *args, **kwargs)

        m.setattr(PlanningService, "start_sequences", with_ids)
        assert _import(slow, source).imported == ROWS

    fast_state, slow_state = _state(fast), _state(slow)
    assert fast_state["touch"], "the import planned touches"
    assert fast_state == slow_state
    assert fast_state["triggers"] == before  # the book's triggers are back as they were
    assert fast_state["search"]["zmieniona"] == [(1,)]  # the updated old client: new text
    assert (ROWS + 1,) not in fast_state["search"]["stara"]
    assert len(fast_state["search"]["kowal"]) == ROWS
    assert integrity(fast) == "ok"


def test_a_refused_import_leaves_the_index_and_its_triggers(
    empty_book_template: Path, tmp_path: Path
) -> None:
    template = _prepared(empty_book_template, tmp_path)
    before = _state(template)
    source = tmp_path / "bad.csv"
    rows = [f"Anna Nowak {i};6010{i:05d};" for i in range(BATCH + 10)]  # one batch written
    source.write_text("\n".join(["Name;Phone;Notes", *rows, ";;tylko notatka"]), "utf-8")
    path = _book(template, tmp_path / "book.sqlite")
    assert not _import(path, source).written
    assert _state(path) == before
    services = Services(Book(path), lambda: NOW)
    try:  # the insert trigger still indexes a client added afterwards
        new = add_client(services, "Zenon Później", phone="+48601000009")
        assert services.clients.search("zenon") == [new]
    finally:
        services.close()


def _onboarding_source(path: Path) -> Path:
    lines = ["Name;Phone;E-mail;Birthday;Tier"]
    for i in range(300):
        birthday = f"{1 + i % 9:02d}.12.1980" if i % 4 == 0 else ""  # some greeted soon
        email = f"k{i}@firma.pl" if i % 3 else ""
        lines.append(f"Klient {i};+48 601 {i:06d};{email};{birthday};{'ABC'[i % 3]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _touch_rows(path: Path) -> list[tuple[Any, ...]]:
    """Every touch but its id, in a stable order."""
    with closing(sqlite3.connect(path)) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(touch)") if r[1] != "id"]
        return sorted(conn.execute(f"SELECT {', '.join(columns)} FROM touch").fetchall(), key=repr)


def test_onboarding_planned_with_the_replan_is_the_plan_written_first(
    empty_book_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New clients' onboarding steps handed to the re-plan (never written before it) make
    the touches that writing them first (start_sequences) and re-planning made: the same
    rows but their ids, on a book whose capacity is tight, with birthday greetings too."""
    from planner.services import importing
    from planner.vocabulary import SequenceTrigger

    template = _prepared(empty_book_template, tmp_path)
    with closing(sqlite3.connect(template)) as conn, conn:
        conn.executemany(
            "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)",
            [("capacity.call", "4"), ("capacity.email", "3"), ("capacity.sms", "2")],
        )
    source = _onboarding_source(tmp_path / "onboarding.csv")

    once = _book(template, tmp_path / "once.sqlite")
    result = _import(once, source)
    assert (result.written, result.imported) == (True, 300)

    first = _book(template, tmp_path / "first.sqlite")
    with monkeypatch.context() as m:
        inner = importing.replan_chunked

        def written_first(planning: Any, session: Any, *args: Any) -> Any:
            *rest, onboarding = args
            events = [(cid, onboarding.event_day) for cid in onboarding.clients]
            planning.start_sequences(session, events, SequenceTrigger.NEW_CLIENT)
            return inner(planning, session, *rest)

        m.setattr(importing, "replan_chunked", written_first)
        assert _import(first, source).imported == 300

    planned = _touch_rows(once)
    kinds = {(row[1], row[12]) for row in planned}  # (kind, sequence_code)
    assert {("sequence", "onboarding"), ("sequence", "birthday"), ("cadence", None)} <= kinds
    assert any(row[9] for row in planned), "the capacity is tight: some touches overbooked"
    assert planned == _touch_rows(first)
    assert integrity(once) == "ok"


def test_an_import_runs_with_a_smaller_page_cache_and_gives_it_back(
    empty_book_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.services import importing

    path = _book(_prepared(empty_book_template, tmp_path), tmp_path / "book.sqlite")
    seen: list[int] = []
    inner = importing.replan_chunked

    def replan(planning: Any, session: Any, *args: Any) -> Any:
        seen.append(session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())
        return inner(planning, session, *args)

    monkeypatch.setattr(importing, "replan_chunked", replan)
    services = Services(Book(path), lambda: NOW)
    try:
        with services.book.reading() as session:
            before = session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
        source = _onboarding_source(tmp_path / "clients.csv")
        assert services.transfer.import_file(source, options=ImportOptions()).value.written
        with services.book.transaction() as session:  # the import's connection, from the pool
            after = session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
    finally:
        services.close()
    assert seen == [-importing.IMPORT_CACHE_KIB]
    assert before == after != seen[0]
