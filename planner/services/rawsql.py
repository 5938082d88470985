"""Reading Core statements through the DBAPI cursor, for the book's big reads.

SQLAlchemy's per-row type processing was most of the cost of reading 100,000 clients or
a day's thousands of touches; the SQL stays the dialect's own (portable), only the row
processing is skipped, so values come back as the driver gives them (dates as ISO text
from SQLite): `day` and `instant` take either form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # the helpers below serve Today's first look too, before SQLAlchemy loads
    from sqlalchemy import Select
    from sqlalchemy.orm import Session
    from sqlalchemy.sql.compiler import SQLCompiler

    Query = Select[*tuple[Any, ...]]  # any columns

K = TypeVar("K")
V = TypeVar("V")


CHUNK = 900  # bound parameters per IN (...) stay under SQLite's limit


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterable[Sequence[int]]:
    """`ids` in slices of `size`, one IN (...) list each."""
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def __getattr__(name: str) -> Any:
    """`Query` for code that resolves hints at run time (SQLAlchemy loaded on demand)."""
    if name == "Query":
        from sqlalchemy import Select

        return Select[*tuple[Any, ...]]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Memo(dict[K, V]):
    """A dict that computes a missing value once: `memo[key]` is a C-level lookup after."""

    __slots__ = ("_compute",)

    def __init__(self, compute: Callable[[K], V]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, key: K) -> V:
        value = self[key] = self._compute(key)
        return value


def rows(session: Session, stmt: Query | str) -> list[Any]:
    """A Core statement's rows as the DBAPI returns them, inside the session's transaction.

    The SQL is the dialect's own (portable); only SQLAlchemy's per-row processing is
    skipped, which was most of the cost of reading 100,000 clients. Values come back as
    the driver gives them: dates as ISO text from SQLite, hence `_day` and `_instant`.
    A string is SQL compiled so already (with its values written in).
    """
    connection = session.connection()
    if isinstance(stmt, str):
        sql = stmt
    else:
        compile_kwargs = {"literal_binds": True}
        sql = str(stmt.compile(dialect=connection.dialect, compile_kwargs=compile_kwargs))
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


class Prepared:
    """A Core statement with bound parameters, compiled once per dialect and run through
    the DBAPI cursor like `rows`: for a small read on a hot path (an outcome's next
    touches), where compiling with literal values on every call cost more than the read.
    Values are passed as the driver takes them (ints and strings: no type processing)."""

    __slots__ = ("_compiled", "_stmt")

    def __init__(self, stmt: Query) -> None:
        self._stmt = stmt
        self._compiled: dict[str, SQLCompiler] = {}

    def rows(self, session: Session, **params: Any) -> list[Any]:
        connection = session.connection()
        dialect = connection.dialect
        compiled = self._compiled.get(dialect.name)
        if compiled is None:
            from sqlalchemy.sql.compiler import SQLCompiler

            made = self._stmt.compile(dialect=dialect)
            assert isinstance(made, SQLCompiler)
            compiled = self._compiled[dialect.name] = made
        values = compiled.construct_params(params)
        args: Any = values
        if compiled.positional:
            args = tuple(values[key] for key in compiled.positiontup or ())
        cursor = connection.connection.cursor()
        try:
            cursor.execute(compiled.string, args)
            return list(cursor.fetchall())
        finally:
            cursor.close()


def day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def instant(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)
