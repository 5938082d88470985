"""Run the benchmarks and print one JSON document: `python -m benchmarks.run [--only ...]`."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import core

# Benchmarks other parts of the project add: `benchmarks/<name>.py` with
# `run(clients: int, folder: Path) -> dict` (rows as `core.entry` makes them); run if present.
OPTIONAL = ("outcome", "team")
TYPING_CLIENTS = 20_000


def optional(name: str, clients: int, folder: Path) -> dict[str, Any] | None:
    if importlib.util.find_spec(f"benchmarks.{name}") is None:
        return None
    module = importlib.import_module(f"benchmarks.{name}")
    run = getattr(module, "run", None)
    return run(clients, folder / name) if callable(run) else None


def table(report: dict[str, Any], prefix: str = "") -> list[dict[str, Any]]:
    """Every measured row (anything with ours and its peer), flat: name, ours, peer, ratio."""
    out = []
    for key, value in report.items():
        if not isinstance(value, dict):
            continue
        unit = next((u for u in ("ms", "s") if f"ours_{u}" in value), None)
        if unit is not None:
            names = (f"ours_{unit}", f"peer_{unit}", "ratio", "target", "met")
            found = {"row": prefix + key, **{k: value.get(k) for k in names}}
            if "peak_rss_mb" in value and "rss_target" in value:
                found.update({k: value[k] for k in ("peak_rss_mb", "rss_target", "rss_met")})
            out.append(found)
        out.extend(table(value, f"{prefix}{key}."))  # rows inside a row (start-up's two)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.run", description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("bench-out"))
    parser.add_argument(
        "--only",
        action="append",
        choices=["search", "agenda", "replan", "bulk", "io", "startup", "typing", *OPTIONAL],
    )
    args = parser.parse_args(argv)
    only = set(args.only) if args.only else None
    report = {
        "date": datetime.now(UTC).date().isoformat(),
        "machine": core.machine(),
        "load_average": [round(x, 2) for x in os.getloadavg()],  # the machine is shared
        **core.run(
            args.clients, args.out, only - {"startup", "io", "typing", *OPTIONAL} if only else None
        ),
    }
    if only is None or "io" in only:
        from benchmarks import io as io_bench

        report["files"] = io_bench.measure(args.out / "io", rows=args.clients)
    if only is None or "startup" in only:
        # Its own processes (each start is a fresh interpreter); it prints JSON.
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.startup", "--clients", str(args.clients)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        report["startup"] = json.loads(out)
    if only is None or "typing" in only:
        from benchmarks import typing_search

        # The Book's search while typing, in the real window (the 20,000-client book).
        report["typing"] = typing_search.run(TYPING_CLIENTS, folder=args.out)
    for name in OPTIONAL:
        if only is None or name in only:
            found = optional(name, args.clients, args.out)
            if found is not None:
                report[name] = found
    report["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    report["rows"] = table(report)
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
