"""Run the benchmarks and print one JSON document: `python -m benchmarks.run [--only ...]`."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import core


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.run", description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("bench-out"))
    parser.add_argument(
        "--only", action="append", choices=["search", "agenda", "replan", "bulk", "io", "startup"]
    )
    args = parser.parse_args(argv)
    only = set(args.only) if args.only else None
    report = {
        "date": datetime.now(UTC).date().isoformat(),
        "machine": core.machine(),
        **core.run(args.clients, args.out, only - {"startup", "io"} if only else None),
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
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
