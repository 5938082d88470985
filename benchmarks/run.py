"""Run the benchmarks and print one JSON document: `python -m benchmarks.run [--only ...]`."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import core


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.run", description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("bench-out"))
    parser.add_argument(
        "--only", action="append", choices=["search", "agenda", "replan", "bulk", "startup"]
    )
    args = parser.parse_args(argv)
    only = set(args.only) if args.only else None
    report = {
        "date": datetime.now(UTC).date().isoformat(),
        "machine": core.machine(),
        **core.run(args.clients, args.out, only - {"startup"} if only else None),
    }
    if only is None or "startup" in only:
        try:
            from benchmarks import startup
        except ImportError:
            pass
        else:
            book = args.out / f"book-{args.clients}-{core.BOOK_VERSION}.sqlite"
            report["startup"] = startup.measure(book)
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
