"""Benchmarks of files in and out (DESIGN.md section 8), each against pandas in the same run.

- import: a 100,000-row XLSX written here (shared strings, as Excel writes them) is read
  and checked by the import reader (target: <= 0.8x, memory flat in the file's size), and
  imported into an empty book end to end with onboarding and re-plan (target: <= 2x, peak
  resident memory <= 300 MB, measured in a fresh process), against `pandas.read_excel`
  on the same file;
- export: 100,000 rows x 12 typed columns through the report's sheet writer (xlsxwriter,
  constant_memory) against `DataFrame.to_excel` on the same rows (target: <= 0.5x, peak
  memory growth <= 20 MB), and the whole managers' report of the imported book.

Times are medians of `repeat` runs; memory is the tracemalloc peak of one more run (Python
heap only: SQLite's own cache is bounded by the book's cache_size). `measure()` returns a
JSON-ready dict; `python -m benchmarks.io [--rows N] [--export-only]` prints it.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from benchmarks.timing import split_timed

TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 10, tzinfo=ZoneInfo("Europe/Warsaw"))
FIRST = ["Jan", "Anna", "Piotr", "Łukasz", "Małgorzata", "Zofia", "Иван", "Ольга", "Ёлка"]
LAST = ["Kowalski", "Nowak", "Wiśniewski", "Żółw", "Иванов", "Смирнова", "Kamińska"]
TAGS = ["VIP", "hurt", "stały, opt", "", "", "tender"]


def clock() -> datetime:
    return NOW


def median_s(fn: Callable[[], object], repeat: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), [round(t, 3) for t in times]


def peak_mb(fn: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return round(peak / 1e6, 1)


def write_source(path: Path, rows: int, seed: int = 1) -> Path:
    """A client list as Excel writes one: a title, then a header, then `rows` clients."""
    import xlsxwriter

    r = random.Random(seed)
    book = xlsxwriter.Workbook(str(path))  # shared strings, like Excel
    sheet = book.add_worksheet("Klienci")
    day = book.add_format({"num_format": "dd.mm.yyyy"})
    sheet.write_row(0, 0, ["Eksport z CRM"])
    sheet.write_row(
        2,
        0,
        [
            "Imię i nazwisko",
            "Firma",
            "Telefon",
            "E-mail",
            "Data urodzenia",
            "Tagi",
            "Notatki",
            "Klasa",
        ],
    )
    for i in range(rows):
        n = i + 3
        sheet.write_string(n, 0, f"{r.choice(FIRST)} {r.choice(LAST)} {i}")
        if i % 3:
            sheet.write_string(n, 1, f"Firma {i % 2000} sp. z o.o.")
        phone = f"6{r.randrange(10**8):08d}"
        if i % 2:
            sheet.write_number(n, 2, int("48" + phone))  # a phone stored as a number
        else:
            sheet.write_string(n, 2, f"+48 {phone[:3]} {phone[3:6]} {phone[6:]}")
        sheet.write_string(n, 3, f"klient{i}@firma{i % 300}.pl")
        if i % 4 == 0:
            sheet.write_datetime(n, 4, datetime(1950 + i % 50, 1 + i % 12, 1 + i % 28), day)
        if tag := TAGS[i % len(TAGS)]:
            sheet.write_string(n, 5, tag)
        if i % 10 == 0:
            sheet.write_string(n, 6, "Dzwonić po 14:00")
        sheet.write_string(n, 7, "ABCD"[i % 4])
    book.close()
    return path


def _empty_book(folder: Path) -> Path:
    from planner.app import Services
    from planner.db import Book

    path = folder / "empty.sqlite"
    if not path.exists():
        services = Services(Book(path), clock)
        services.settings.set("phone.region", "PL")
        services.close()
    return path


def bench_import(
    folder: Path, rows: int, repeat: int, traced: bool = True
) -> tuple[dict[str, Any], Path]:
    """The import against `read_excel`; `traced=False` leaves out the tracemalloc peaks
    (three more imports, each slower under tracemalloc), keeping the resident peaks."""
    import pandas as pd

    from planner.app import Services
    from planner.db import Book
    from planner.io.reader import iter_clients
    from planner.services import importing
    from planner.services.importing import ImportOptions

    source = write_source(folder / f"import-{rows}.xlsx", rows)
    quarter = write_source(folder / f"import-{rows // 4}.xlsx", rows // 4)
    empty = _empty_book(folder)

    def read(path: Path) -> int:
        return sum(1 for _ in iter_clients(path, default_region="PL"))

    phases: dict[str, float] = {}
    target = folder / "imported.sqlite"

    def full(path: Path = source, plan: bool = True) -> None:
        book = target if plan else folder / "imported-without-plan.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{book}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(empty, book)
        services = Services(Book(book), clock)
        replan = importing.replan_chunked  # the re-plan of the new clients (in chunks)
        if not plan:  # memory of the import's own work, without the planner's
            importing.replan_chunked = lambda *a, **k: None  # type: ignore[assignment]
        try:
            with split_timed(phases, SPLIT):
                result = services.transfer.import_file(
                    path, options=ImportOptions(save_report=False)
                ).value
            assert result.written, result
            assert result.imported > (rows if path == source else rows // 4) * 0.99, result
        finally:
            importing.replan_chunked = replan
            services.close()

    pd.read_excel(quarter, header=2)  # warm up both: imports, metadata, caches of code
    read(quarter)
    pandas_s, pandas_runs = median_s(lambda: pd.read_excel(source, header=2), repeat)
    read_s, read_runs = median_s(lambda: read(source), repeat)
    phases.clear()
    full_s, full_runs = median_s(full, repeat)
    split = {name: round(seconds / repeat, 3) for name, seconds in phases.items()}
    plan_s = split.get("replan_chunked", 0.0)
    rss = {kind: child_rss(kind, source, folder) for kind in ("import", "pandas")}
    memory: dict[str, float] = {
        "import_peak_rss_mb": rss["import"],
        "pandas_peak_rss_mb": rss["pandas"],
    }
    memory.update(
        {}
        if not traced
        else {
            "reader_peak_mb": peak_mb(lambda: read(source)),
            "reader_peak_mb_quarter_file": peak_mb(lambda: read(quarter)),
            "import_peak_mb": peak_mb(full),
            "import_without_plan_peak_mb": peak_mb(lambda: full(plan=False)),
            "import_without_plan_peak_mb_quarter_file": peak_mb(lambda: full(quarter, plan=False)),
            "pandas_peak_mb": peak_mb(lambda: pd.read_excel(source, header=2)),
        }
    )
    return {
        "rows": rows,
        "file_mb": round(source.stat().st_size / 1e6, 1),
        "pandas_read_excel_s": round(pandas_s, 3),
        "read": entry(
            read_s,
            pandas_s,
            0.8,
            runs=read_runs,
            what="reader: parse and check every row (phones to E.164, e-mails, dates)",
        ),
        "import": entry(
            full_s,
            pandas_s,
            2.0,
            runs=full_runs,
            peak_rss_mb=rss["import"],
            rss_target=f"<= {RSS_TARGET_MB} MB",
            rss_met=rss["import"] <= RSS_TARGET_MB,
            peer_peak_rss_mb=rss["pandas"],
            what="into an empty book: read, check, duplicates, write, search "
            "index, onboarding sequence, re-plan of every new client",
            phases_s={
                "read_check_write": round(full_s - plan_s, 3),
                "replan_with_onboarding": plan_s,
                "split": split,
            },
        ),
        "import_without_plan": entry(
            full_s - plan_s, pandas_s, 0.8, what="the import minus onboarding and re-plan (planner)"
        ),
        "pandas_runs": pandas_runs,
        "memory": memory,
    }, target


RSS_TARGET_MB = 300


def child_rss(kind: str, source: Path, folder: Path) -> float:
    """Peak resident memory (MB) of one import, or one `read_excel`, in a fresh process."""
    cmd = [sys.executable, "-m", "benchmarks.io", "--child", kind, "--source", str(source)]
    out = subprocess.run(
        [*cmd, "--out", str(folder)], check=True, capture_output=True, text=True
    ).stdout
    return float(json.loads(out.splitlines()[-1])["peak_rss_mb"])


def run_child(kind: str, source: Path, folder: Path) -> None:
    from benchmarks.startup import rss_mb

    if kind == "pandas":
        import pandas as pd

        pd.read_excel(source, header=2)
    else:
        from planner.app import Services
        from planner.db import Book
        from planner.services.importing import ImportOptions

        book = folder / "imported-rss.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{book}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(_empty_book(folder), book)
        services = Services(Book(book), clock)
        try:
            result = services.transfer.import_file(
                source, options=ImportOptions(save_report=False)
            ).value
            assert result.written, result
        finally:
            services.close()
    print(json.dumps({"peak_rss_mb": round(rss_mb(), 1)}))


SCALING_ROWS = (10_000, 20_000, 50_000, 100_000)


def memory_scaling(folder: Path, sizes: Sequence[int] = SCALING_ROWS) -> dict[str, Any]:
    """Peak resident memory of the whole import (fresh process each) at several file sizes,
    and how it grows: MB per 10,000 more rows between two sizes. Flat in the number of
    rows would be 0; linear, the same figure at every step."""
    peaks: dict[str, float] = {}
    for rows in sizes:
        source = folder / f"import-{rows}.xlsx"
        if not source.exists():
            write_source(source, rows)
        peaks[str(rows)] = child_rss("import", source, folder)
    steps = {}
    for small, big in itertools.pairwise(sizes):
        grown = peaks[str(big)] - peaks[str(small)]
        steps[f"{small}->{big}"] = round(grown * 10_000 / (big - small), 1)
    return {
        "peak_rss_mb": peaks,
        "mb_per_10k_rows": steps,
        "rss_target": f"<= {RSS_TARGET_MB} MB at {max(sizes):,} rows",
        "rss_met": peaks[str(max(sizes))] <= RSS_TARGET_MB,
    }


# Where an import's time goes (seconds per run, summed over calls; `phases_s.split`):
# the batches of rows (duplicates looked up, then written; reading and checking the rows
# and the search index's one pass are the rest of read_check_write), and the re-plan
# (onboarding included): reading the clients, placing their touches (twice, see
# import_plan), levelling and writing the plan.
SPLIT = (
    ("planner.services.importing", "_Job", "_flush"),
    ("planner.io.dedupe", "DuplicateIndex", "lookup"),
    ("planner.services.importing", None, "replan_chunked"),
    ("planner.services.import_plan", "_Chunked", "_states"),
    ("planner.services.import_plan", "_Chunked", "_placed"),
    ("planner.services.import_plan", "_Chunked", "_finish"),
    ("planner.services.import_plan", None, "level"),
    ("planner.services.import_plan", None, "_write"),
)


def entry(ours: float, peer: float, target: float, **extra: Any) -> dict[str, Any]:
    ratio = ours / peer if peer else None
    return {
        "ours_s": round(ours, 3),
        "peer_s": round(peer, 3),
        "ratio": None if ratio is None else round(ratio, 3),
        "target": f"<= {target}x",
        "met": ratio is not None and ratio <= target,
        **extra,
    }


COLUMNS = [
    "id",
    "name",
    "company",
    "tier",
    "phone",
    "email",
    "tags",
    "birthday",
    "created_on",
    "next_due",
    "value",
    "at_risk",
]


def export_rows(rows: int, seed: int = 2) -> list[tuple[Any, ...]]:
    r = random.Random(seed)
    out = []
    for i in range(rows):
        out.append(
            (
                i + 1,
                f"{r.choice(FIRST)} {r.choice(LAST)}",
                f"Firma {i % 2000}" if i % 3 else None,
                "ABCD"[i % 4],
                f"+486{r.randrange(10**8):08d}",
                f"klient{i}@firma.pl",
                TAGS[i % len(TAGS)] or None,
                date(1950 + i % 50, 1 + i % 12, 1 + i % 28),
                TODAY - timedelta(days=i % 900),
                TODAY + timedelta(days=i % 90),
                r.randrange(10**7),
                i % 17 == 0,
            )
        )
    return out


def bench_export(folder: Path, rows: int, repeat: int, book: Path | None) -> dict[str, Any]:
    import pandas as pd

    from planner.io.sheets import Column, Formats, SheetWriter, new_workbook

    data = export_rows(rows)
    kinds = [
        "int",
        "text",
        "text",
        "text",
        "text",
        "text",
        "text",
        "date",
        "date",
        "date",
        "money",
        "bool",
    ]
    columns = [Column(k, kind, 14) for k, kind in zip(COLUMNS, kinds, strict=True)]  # type: ignore[arg-type]

    def ours() -> None:
        workbook = new_workbook(folder / "export-ours.xlsx")
        writer = SheetWriter(workbook, Formats(workbook), "Clients", columns, COLUMNS, "PLN")
        for row in data:
            writer.row(row)
        writer.finish()
        workbook.close()

    frame = pd.DataFrame(data, columns=COLUMNS)
    for name in ("birthday", "created_on", "next_due"):
        frame[name] = pd.to_datetime(frame[name])
    frame["value"] = frame["value"] / 100

    def theirs() -> None:
        frame.to_excel(folder / "export-pandas.xlsx", index=False, sheet_name="Clients")

    ours_s, ours_runs = median_s(ours, repeat)
    pandas_s, pandas_runs = median_s(theirs, repeat)
    growth = peak_mb(ours)
    result: dict[str, Any] = {
        "rows": rows,
        "columns": len(COLUMNS),
        "sheet": entry(
            ours_s,
            pandas_s,
            0.5,
            runs=ours_runs,
            peer_runs=pandas_runs,
            peak_memory_growth_mb=growth,
            memory_target="<= 20 MB",
            memory_met=growth <= 20,
            pandas_engine=_pandas_engine(),
            pandas_peak_mb=peak_mb(theirs),
        ),
    }
    if book is not None:
        result["report"] = bench_report(folder, book)
    return result


def _pandas_engine() -> str:
    try:
        from pandas.io.excel._util import get_default_engine

        return str(get_default_engine("xlsx", mode="writer"))
    except (ImportError, KeyError, ValueError):
        return "unknown"


def bench_report(folder: Path, book: Path) -> dict[str, Any]:
    """The whole managers' workbook of the imported book (informative: no peer)."""
    from planner.app import Services
    from planner.db import Book

    services = Services(Book(book), clock)
    try:
        t0 = time.perf_counter()
        result = services.transfer.export_report(folder / "report.xlsx")
        seconds = time.perf_counter() - t0
        peak = peak_mb(lambda: services.transfer.export_report(folder / "report2.xlsx"))
    finally:
        services.close()
    return {"seconds": round(seconds, 3), "rows": result.rows, "peak_memory_growth_mb": peak}


def measure(
    folder: Path, rows: int = 100_000, repeat: int = 3, scaling: Sequence[int] = ()
) -> dict[str, Any]:
    """Run both benchmarks in `folder`; a JSON-serialisable result. With `scaling`, the
    import's peak resident memory at each of those row counts too (`memory_scaling`)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    imported, book = bench_import(folder, rows, repeat)
    if scaling:
        imported["memory_scaling"] = memory_scaling(folder, scaling)
    exported = bench_export(folder, rows, repeat, book)
    return {"import": imported, "export": exported}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.io", description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=Path("bench-out") / "io")
    parser.add_argument("--child", choices=("import", "pandas"), default=None)
    parser.add_argument("--source", type=Path, default=None)
    parser.add_argument(
        "--scaling",
        type=lambda v: [int(n) for n in v.split(",")],
        default=[],
        help="row counts to measure the import's peak memory at, e.g. 10000,20000,50000,100000",
    )
    parser.add_argument("--import-only", action="store_true", help="skip the export benchmark")
    parser.add_argument(
        "--export-only",
        action="store_true",
        help="only the export of the sheet against pandas (no import, no whole report)",
    )
    parser.add_argument(
        "--no-traced", action="store_true", help="skip the tracemalloc peaks (resident only)"
    )
    args = parser.parse_args(argv)
    if args.child is not None:
        run_child(args.child, args.source, args.out)
        return 0
    if args.import_only:
        args.out.mkdir(parents=True, exist_ok=True)
        imported = bench_import(args.out, args.rows, args.repeat, not args.no_traced)[0]
        found: dict[str, Any] = {"import": imported}
        if args.scaling:
            found["import"]["memory_scaling"] = memory_scaling(args.out, args.scaling)
    elif args.export_only:
        args.out.mkdir(parents=True, exist_ok=True)
        found = {"export": bench_export(args.out, args.rows, args.repeat, None)}
    else:
        found = measure(args.out, args.rows, args.repeat, args.scaling)
    found["load_average"] = [round(x, 2) for x in os.getloadavg()]  # the machine is shared
    json.dump(found, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
