"""Helpers of the end-to-end tests (a unique module name: test folders share sys.path)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)  # a Monday; 2026-11-11 is a Wednesday
TODAY = date(2026, 11, 2)


def fixed_clock() -> datetime:
    return NOW


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


Cli = Callable[..., Run]


def copy_book(source: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        src = source.with_name(source.name + suffix)
        if src.exists():
            shutil.copyfile(src, target.with_name(target.name + suffix))
    return target


def digest(path: Path) -> str:
    """A hash of every row of every table: equal digests mean nothing was written."""
    h = hashlib.sha256()
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in tables:
            h.update(table.encode())
            for row in sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"')):
                h.update(row.encode())
    finally:
        conn.close()
    return h.hexdigest()


def count(path: Path, sql: str, *params: object) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql, params).fetchone()[0])
    finally:
        conn.close()
