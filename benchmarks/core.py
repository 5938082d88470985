"""Benchmarks of the core targets in DESIGN.md section 8, each against a peer in the same run.

Search, agenda, whole-book re-plan and bulk write on a demo book of 100,000 clients and
about 1,000,000 touches. Prints JSON. Run: `./dev bench` (or `python -m benchmarks.run`).
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime
from datetime import time as dtime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, rrule

from benchmarks.timing import split_timed
from planner.app import Services
from planner.db import Book
from planner.demo import generate
from planner.demo.rows import build_rows, insert_sql

TODAY = date(2026, 11, 26)
ZONE = ZoneInfo("Europe/Warsaw")
BOOK_VERSION = "v2"  # bump when the demo or the schema changes, to rebuild the cached book


def clock() -> datetime:
    return datetime.combine(TODAY, dtime(10), tzinfo=ZONE)


def median_ms(fn: Callable[[], object], repeat: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def entry(ours: float, peer: float, target: str, met: bool, **extra: Any) -> dict[str, Any]:
    return {
        "ours_ms": round(ours, 3),
        "peer_ms": round(peer, 3),
        "ratio": round(ours / peer, 3) if peer else None,
        "speedup": round(peer / ours, 1) if ours else None,
        "target": target,
        "met": met,
        **extra,
    }


def empty_book(path: Path) -> Path:
    path.unlink(missing_ok=True)
    Services(Book(path), clock).close()
    return path


def demo_book(folder: Path, clients: int) -> tuple[Path, dict[str, Any]]:
    """The benchmark book, built once and cached (building 1M touches takes a while)."""
    path = folder / f"book-{clients}-{BOOK_VERSION}.sqlite"
    if path.exists():
        with closing(sqlite3.connect(path)) as conn:
            n = conn.execute("SELECT count(*) FROM touch").fetchone()[0]
        return path, {"clients": clients, "touches": n, "cached": True}
    tmp = empty_book(folder / "building.sqlite")
    t0 = time.perf_counter()
    book = Book(tmp)
    try:
        result = generate(book, clients, seed=7, locale="pl", today=TODAY)
    finally:
        book.close()
    seconds = time.perf_counter() - t0
    # Everything into the main file first: the WAL is removed below, and a small book's
    # rows would still be in it (a lost WAL read back as a disk I/O error).
    with closing(sqlite3.connect(tmp)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    tmp.replace(path)
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    with closing(sqlite3.connect(path)) as conn:
        n = conn.execute("SELECT count(*) FROM touch").fetchone()[0]
    return path, {
        "clients": clients,
        "touches": n,
        "cached": False,
        "build_seconds": round(seconds, 1),
        "generate_seconds": round(result.generate_seconds, 2),
        "write_seconds": round(result.write_seconds, 2),
        "replan_seconds": round(result.replan_seconds, 2),
    }


def bench_search(services: Services, path: Path) -> dict[str, Any]:
    with closing(sqlite3.connect(path)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM client ORDER BY id LIMIT 400")]
    r = random.Random(3)
    queries = sorted({n.split()[-1][:4] for n in r.sample(names, 30)})
    queries += ["ann", "łuk", "601", "kowal"]
    raw = sqlite3.connect(path)

    def ours_all() -> None:
        for q in queries:
            services.clients.search(q)

    def ours_page() -> None:
        for q in queries:
            services.clients.search(q, limit=50)

    from planner.text import fold

    folded = [fold(q) for q in queries]

    def peer_like() -> None:
        for q in folded:
            raw.execute("SELECT id FROM client WHERE search_text LIKE ?", (f"%{q}%",)).fetchall()

    n = len(queries)
    all_ms = median_ms(ours_all, 5) / n
    page_ms = median_ms(ours_page, 5) / n
    like_ms = median_ms(peer_like, 3) / n
    hits = statistics.median(len(services.clients.search(q)) for q in queries)
    raw.close()
    return {
        "search_all_ids": entry(
            all_ms, like_ms, "<= 2 ms and >= 8x faster than LIKE",
            all_ms <= 2 and like_ms / all_ms >= 8, queries=n, median_hits=hits,
        ),
        "search_first_page": entry(page_ms, like_ms, "<= 0.2 ms", page_ms <= 0.2),
    }  # fmt: skip


def bench_agenda(services: Services, path: Path) -> dict[str, Any]:
    """Today's first screen (counts per channel with capacity, the first page of each)
    through the services, against reading the same day's touches with a full scan."""
    raw = sqlite3.connect(path)
    days = [TODAY, date(2026, 11, 27), date(2026, 11, 30), date(2026, 12, 1)]
    sizes = [services.agenda.screen(d).due for d in days]

    def ours() -> None:
        for d in days:
            services.agenda.screen(d)

    def peer() -> None:  # the same rows without the index: a full scan
        for d in days:
            raw.execute(
                "SELECT t.*, c.name FROM touch AS t NOT INDEXED JOIN client AS c "
                "ON c.id = t.client_id WHERE t.status = 'planned' AND t.due <= ?",
                (d.isoformat(),),
            ).fetchall()

    def whole_day() -> None:  # the old Today: every due touch through the services
        for d in days:
            services.planning.agenda(d)

    def today_load() -> None:  # what Today shows first, in its one service call
        services.agenda.today()

    def calls_it_replaced() -> None:  # the five calls Today's load made before (issue 9)
        day = services.uiextras.today()
        services.settings.all()
        services.agenda.screen(day)
        services.clients.count()
        services.planning.calendar().is_working(day)

    ours_ms = median_ms(ours, 7) / len(days)
    peer_ms = median_ms(peer, 3) / len(days)
    whole_ms = median_ms(whole_day, 3) / len(days)
    today_ms = median_ms(today_load, 9)
    before_ms = median_ms(calls_it_replaced, 9)
    raw.close()
    return {
        "agenda": entry(
            ours_ms, peer_ms, "first screen <= 2 ms, >= 20x faster than a full scan",
            ours_ms <= 2 and peer_ms / ours_ms >= 20, touches_per_day=sizes,
            whole_day_via_services_ms=round(whole_ms, 1),
        ),
        "today_load": entry(
            today_ms, before_ms, "one call, no slower than the five calls it replaced",
            today_ms <= before_ms * 1.1,
        ),
    }  # fmt: skip


def bench_replan(path: Path, folder: Path, rounds: int = 4) -> dict[str, Any]:
    """Whole-book re-plan against rrule per client, in alternating rounds: both sides of
    a round see the same load from whatever else runs on the machine. Each round then
    changes the working hours (17:00 / 18:00) and the call capacity (12 / 20), back and
    forth, each against that round's plain re-plan (which runs with the capacity the
    round before left: a book over capacity, where levelling moves many touches)."""
    copy = folder / "replan.sqlite"
    shutil.copyfile(path, copy)
    with closing(sqlite3.connect(copy)) as conn:
        clients = conn.execute(
            "SELECT c.created_on, t.interval_unit, t.interval_count FROM client c "
            "JOIN tier t ON t.id = c.tier_id WHERE c.status = 'active'"
        ).fetchall()
    freq = {"day": DAILY, "week": WEEKLY, "month": MONTHLY}
    after = datetime.combine(TODAY, dtime())

    def peer() -> None:  # rrule per client from its first date
        for created, unit, count in clients:
            start = datetime.fromisoformat(created)
            rrule(freq[unit], interval=count, dtstart=start).after(after)

    def timed(fn: Callable[..., object], *args: object) -> tuple[float, object]:
        t0 = time.perf_counter()
        value = fn(*args)
        return (time.perf_counter() - t0) * 1000, value

    capacities, hours = ("12", "20"), ("17:00", "18:00")  # each round changes back and forth
    services = Services(Book(copy), clock)
    written: list[int] = []  # touches each settings change wrote (its re-plan's result)
    replan_in = services.planning.replan_in

    def counted(*args: Any, **kwargs: Any) -> Any:
        found = replan_in(*args, **kwargs)
        written.append(found.created + found.updated + found.cancelled)
        return found

    services.planning.replan_in = counted  # type: ignore[method-assign]
    load_before = round(os.getloadavg()[0], 2)
    phases: list[dict[str, float]] = []  # where each plain re-plan's time went
    try:
        services.planning.replan_all()  # warm-up: a process's first plan loads the holidays
        services.settings.set("capacity.call", capacities[1])  # the rounds go 20 -> 12 -> 20
        ours_times, peer_times, hours_times, capacity_times = [], [], [], []
        moved: dict[str, list[int]] = {"hours": [], "capacity": []}
        for n in range(rounds):
            phases.append({})
            with split_timed(phases[-1], REPLAN_SPLIT):
                ms, replanned = timed(services.planning.replan_all)
            ours_times.append(ms)
            peer_times.append(timed(peer)[0])
            hours_times.append(timed(services.settings.set, "calendar.work_end", hours[n % 2])[0])
            moved["hours"].append(written[-1])
            capacity = capacities[n % 2]
            capacity_times.append(timed(services.settings.set, "capacity.call", capacity)[0])
            moved["capacity"].append(written[-1])
        result = replanned.value  # type: ignore[attr-defined]
    finally:
        services.close()
    ours, peer_ms = statistics.median(ours_times), statistics.median(peer_times)
    hours_ms, capacity_ms = statistics.median(hours_times), statistics.median(capacity_times)
    load = {"load_average": round(os.getloadavg()[0], 2), "load_average_before": load_before}

    def ratios(times: list[float]) -> list[float]:
        return [round(t / o, 2) for t, o in zip(times, ours_times, strict=True)]

    return {
        "replan": entry(
            ours, peer_ms, ">= 8x faster than rrule per client from its first date",
            peer_ms / ours >= 8, clients=len(clients), touches=result.touches,
            round_speedups=[round(p / o, 2) for o, p in zip(ours_times, peer_times, strict=True)],
            phases_s=_median_phases(phases, ours_times), **load,
        ),
        # peer: the plain re-plan of this run (its median above), round by round
        "replan_after_settings_change": entry(
            hours_ms, ours, "<= 1.0x the plain re-plan (working hours changed)",
            hours_ms <= ours, setting="calendar.work_end 17:00 / 18:00",
            round_ratios=ratios(hours_times), touches_written=moved["hours"], **load,
        ),
        "replan_capacity_change": entry(
            capacity_ms, ours, "<= 0.3x the plain re-plan (call capacity changed)",
            capacity_ms <= 0.3 * ours, setting="capacity.call 12 / 20",
            round_ratios=ratios(capacity_times), touches_written=moved["capacity"], **load,
        ),
    }  # fmt: skip


# Where a plain re-plan's time goes: reading the book, placing every client's touches
# (plan_book less levelling), levelling, writing what changed; the rest is the
# transaction (birthdays started, inactive clients' touches cancelled, commit).
REPLAN_SPLIT = (
    ("planner.services.planning", None, "load_states"),
    ("planner.services.planning", None, "plan_book"),
    ("planner.scheduling.plan", None, "level"),
    ("planner.services.planning", None, "write_plan"),
)


def _median_phases(phases: list[dict[str, float]], totals_ms: list[float]) -> dict[str, float]:
    """The median seconds of each phase over the rounds, plan_book split into placing and
    levelling, and the rest of the re-plan."""
    rows = []
    for found, total in zip(phases, totals_ms, strict=True):
        level = found.get("level", 0.0)
        placing = found.get("plan_book", 0.0) - level
        read, write = found.get("load_states", 0.0), found.get("write_plan", 0.0)
        rest = total / 1000 - read - placing - level - write
        rows.append({"read": read, "place": placing, "level": level, "write": write, "rest": rest})
    return {k: round(statistics.median(r[k] for r in rows), 3) for k in rows[0]} if rows else {}


def bench_bulk(folder: Path, clients: int) -> dict[str, Any]:
    rows = build_rows(clients, seed=11, locale="ru", today=TODAY)
    tables = rows.tables()
    total = sum(len(data) for _, _, data in tables)

    def ours() -> None:
        book = Book(empty_book(folder / "bulk-ours.sqlite"))
        from planner.demo import write_rows

        t0 = time.perf_counter()
        with book.transaction() as session:
            write_rows(session.connection(), rows)
        timings.append((time.perf_counter() - t0) * 1000)
        book.close()

    def peer() -> None:
        path = empty_book(folder / "bulk-peer.sqlite")
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        for table, columns, data in tables:
            conn.executemany(insert_sql(table, columns), data)
        conn.execute("COMMIT")
        timings.append((time.perf_counter() - t0) * 1000)
        conn.close()

    timings: list[float] = []
    for _ in range(3):
        ours()
    ours_ms = statistics.median(timings)
    timings = []
    for _ in range(3):
        peer()
    peer_ms = statistics.median(timings)
    return {
        "bulk_write": entry(
            ours_ms, peer_ms, "<= 2.5x raw sqlite3 executemany", ours_ms / peer_ms <= 2.5,
            rows=total, clients=clients,
        )
    }  # fmt: skip


def run(clients: int, folder: Path, only: set[str] | None = None) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {}
    want = only if only is not None else {"search", "agenda", "replan", "bulk"}
    if want & {"search", "agenda", "replan"}:
        path, info = demo_book(folder, clients)
        report["book"] = info
        services = Services(Book(path), clock)
        try:
            if "search" in want:
                report.update(bench_search(services, path))
            if "agenda" in want:
                report.update(bench_agenda(services, path))
        finally:
            services.close()
        if "replan" in want:
            report.update(bench_replan(path, folder))
    if "bulk" in want:
        report.update(bench_bulk(folder, min(clients, 10_000)))
    return report


def machine() -> dict[str, Any]:
    return {
        "cores": os.cpu_count(),
        "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "sqlite": sqlite3.sqlite_version,
    }
