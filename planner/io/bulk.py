"""Bulk writes of plain rows: the DBAPI's executemany on SQLite, Core executemany elsewhere.

On SQLite, SQLAlchemy's per-value bind processing costs more than SQLite itself for 100,000
rows (DESIGN.md section 8: bulk writes within 2.5x of raw sqlite3), so rows go to the
session's own DBAPI cursor in SQLite's storage forms (dates as ISO text, instants as naive
UTC text, booleans as 0/1, exactly what SQLAlchemy writes). Any other database gets the
same rows through Core `insert()`/`text()` with typed values.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Connection, insert, text

from planner.models import Base

Row = Sequence[object]


class Bulk:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"

    # --- values in the storage form of this database --------------------------------------
    def day(self, value: date | None) -> object:
        return value.isoformat() if self.sqlite and value is not None else value

    def instant(self, value: datetime | None) -> object:
        if self.sqlite and value is not None:
            return value.strftime("%Y-%m-%d %H:%M:%S.%f")
        return value

    def flag(self, value: bool) -> object:
        return int(value) if self.sqlite else value

    # --- statements --------------------------------------------------------------------------
    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
        if not rows:
            return
        if self.sqlite:
            marks = ", ".join("?" * len(columns))
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
            self.conn.exec_driver_sql(sql, list(rows))
        else:
            self.conn.execute(
                insert(Base.metadata.tables[table]),
                [dict(zip(columns, r, strict=True)) for r in rows],
            )

    def execute(self, sql: str, rows: Sequence[Row]) -> None:
        """`sql` with qmark (?) parameters, run once per row (executemany)."""
        if not rows:
            return
        if self.sqlite:
            self.conn.exec_driver_sql(sql, list(rows))
            return
        parts = sql.split("?")
        named = "".join(f"{p}:p{i}" for i, p in enumerate(parts[:-1])) + parts[-1]
        self.conn.execute(text(named), [{f"p{i}": v for i, v in enumerate(r)} for r in rows])

    def query(self, sql: str, params: Row = ()) -> list[tuple[object, ...]]:
        """All rows of a qmark query (small results: lookups by key)."""
        if self.sqlite:
            return [tuple(r) for r in self.conn.exec_driver_sql(sql, tuple(params))]
        parts = sql.split("?")
        named = "".join(f"{p}:p{i}" for i, p in enumerate(parts[:-1])) + parts[-1]
        result = self.conn.execute(text(named), {f"p{i}": v for i, v in enumerate(params)})
        return [tuple(r) for r in result]
