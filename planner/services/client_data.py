"""Everything the book holds about one client, as JSON (a personal-data request).

The tables are found from the schema, not listed by hand: every table with a foreign key
to the client (contact points, tags, touches, sales, offers...), every table below those
(sale and offer lines), and the rows they refer to (the tier, catalog items). A table
added by a later revision is therefore exported without a change here.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table, inspect, select
from sqlalchemy.engine import Connection

from planner.atomic import commit_file, fail_write
from planner.errors import NotFound
from planner.models import Base
from planner.services.context import Context
from planner.services.touchviews import decode_reasons, reason_text

FORMAT = "contact-planner-client"
_SKIP = frozenset({"client"})


def _json(value: Any) -> Any:
    if isinstance(value, datetime):
        moment = value.astimezone(UTC) if value.tzinfo else value
        return moment.replace(tzinfo=None).isoformat() + "Z"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    return value


def _rows(conn: Connection, table: Table, where: Any) -> list[dict[str, Any]]:
    pk = list(table.primary_key.columns)
    query = select(table).where(where).order_by(*pk)
    return [{k: _json(v) for k, v in row._mapping.items()} for row in conn.execute(query)]


def client_data(conn: Connection, client_id: int) -> dict[str, Any]:
    tables = Base.metadata.tables
    existing = set(inspect(conn).get_table_names())
    client = tables["client"]
    found = _rows(conn, client, client.c.id == client_id)
    if not found:
        raise NotFound("client", client_id)
    data: dict[str, Any] = {"client": found[0]}
    ids: dict[str, set[Any]] = {"client": {client_id}}
    pending = ["client"]
    while pending:  # tables below the ones collected, breadth first
        parent = pending.pop(0)
        for table in tables.values():
            if table.name in data or table.name not in existing or table.name in _SKIP:
                continue
            for fk in table.foreign_keys:
                if fk.column.table.name == parent and ids.get(parent):
                    rows = _rows(conn, table, fk.parent.in_(sorted(ids[parent])))
                    data[table.name] = rows
                    pk = [c.name for c in table.primary_key.columns]
                    if len(pk) == 1:
                        ids[table.name] = {r[pk[0]] for r in rows}
                    pending.append(table.name)
                    break
    referenced: dict[str, list[dict[str, Any]]] = {}
    for name, value in list(data.items()):
        table = tables[name]
        rows = value if isinstance(value, list) else [value]
        for fk in table.foreign_keys:
            target = fk.column.table
            if target.name in data or target.name == "client":
                continue
            wanted = sorted({r[fk.parent.name] for r in rows if r.get(fk.parent.name) is not None})
            if wanted:
                have = {r[fk.column.name] for r in referenced.get(target.name, [])}
                more = [w for w in wanted if w not in have]
                if more:
                    referenced.setdefault(target.name, []).extend(
                        _rows(conn, target, fk.column.in_(more))
                    )
    for touch in data.get("touch", []):
        touch["reason_text"] = reason_text(decode_reasons(touch.get("reason") or "[]"))
    data["referenced"] = referenced
    return data


def export_client(ctx: Context, client_id: int, path: Path) -> dict[str, int]:
    """Write the JSON file; returns the number of rows per table, for the caller to show."""
    path = Path(path)
    with ctx.book.reading() as session:
        data = client_data(session.connection(), client_id)
        exported = ctx.clock()
    document = {
        "format": FORMAT,
        "version": 1,
        "exported_at": _json(exported),
        "client_id": client_id,
        **data,
    }
    tmp = path.with_name(f".{path.name}.part")
    try:
        with open(tmp, "w", encoding="utf-8") as out:
            json.dump(document, out, ensure_ascii=False, indent=2)
            out.write("\n")
        commit_file(tmp, path)
    except BaseException as exc:
        fail_write(tmp, path, exc)
    return {
        name: len(v) if isinstance(v, list) else 1
        for name, v in data.items()
        if name != "referenced"
    }
