"""A big laptop book into a fresh team book fast: PostgreSQL's COPY through psycopg.

`team join` copies row by row (new ids, duplicate flags); this is for building a team book
of a million clients (the benchmark, a first migration of a company's books): the ids stay
as they are, each client gets its owner from `owner_of`, tiers are matched by code, the
rows stream through `COPY … FROM STDIN` and the id sequences are moved past the copied
ids. One transaction on the team book's administrator connection: all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, MetaData, Table, select, text

from planner.errors import BookError

TABLES = ("client", "contact_point", "client_tag", "touch")


def _tables(conn: Connection) -> dict[str, Table]:
    meta = MetaData()
    meta.reflect(conn, only=["tier", *TABLES])
    return dict(meta.tables)


def copy_book(src: Connection, dst: Connection, owner_of: Callable[[int], int]) -> dict[str, int]:
    """Copy every client (owner `owner_of(client id)`) with their contacts, tags and
    touches; returns the rows copied per table."""
    if dst.dialect.name != "postgresql":
        raise BookError("not-a-team-book", "COPY needs a team book (PostgreSQL)")
    s, d = _tables(src), _tables(dst)
    tiers_src = {r.id: r.code for r in src.execute(select(s["tier"].c.id, s["tier"].c.code))}
    tiers_dst = {r.code: r.id for r in dst.execute(select(d["tier"].c.code, d["tier"].c.id))}
    missing = set(tiers_src.values()) - set(tiers_dst)
    if missing:
        raise BookError("unknown-tier", f"the team book has no tier {sorted(missing)[0]}")
    tier_of = {old: tiers_dst[code] for old, code in tiers_src.items()}
    raw: Any = dst.connection.dbapi_connection
    counts: dict[str, int] = {}
    for name in TABLES:
        columns = [c for c in d[name].c.keys() if c in s[name].c.keys()]  # noqa: SIM118
        if name == "client":
            columns = [c for c in columns if c not in ("owner_id", "updated_by")]
        at = {c: i for i, c in enumerate(columns)}
        target = [*columns, "owner_id"] if name == "client" else columns
        query = select(*(s[name].c[c] for c in columns)).order_by(s[name].c.id)
        n = 0
        with raw.cursor() as cursor:
            sql = f"COPY {name} ({', '.join(target)}) FROM STDIN"
            with cursor.copy(sql) as copy:
                for row in src.execute(query.execution_options(yield_per=10_000)):
                    values = list(row)
                    if name == "client":
                        values[at["tier_id"]] = tier_of[values[at["tier_id"]]]
                        values.append(owner_of(int(values[at["id"]])))
                    copy.write_row(values)
                    n += 1
        counts[name] = n
        dst.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT coalesce(max(id), 0) + 1 FROM {name}), false)"
            )
        )
    return counts
