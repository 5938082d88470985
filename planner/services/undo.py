"""Undo and redo in the core: each undoable action writes its undo step in its own transaction.

An action (a client edit, a move of a touch, a delete with the client's sales and offers,
an outcome, a merge) names the clients it works on; `UndoRecorder` snapshots every row
that hangs off those clients before the action, and again after it, and stores the rows
that differ as JSON (`undo_step`, revision 0013). Undo writes the "before" rows back
exactly: rows the action inserted are deleted, rows it deleted are inserted with their
ids, changed rows get their old values. Redo writes the "after" rows. Both refuse with the
code `undo-changed` when a row is no longer what the step left (someone changed it since:
another window, a command, a re-plan), and nothing is written then.

Undone steps form the redo stack; a new action drops them. At most `HISTORY` steps are kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Table, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from planner.errors import BookError
from planner.models import Base, UndoStep
from planner.services.context import Context
from planner.services.result import Result
from planner.services.views import Changes

HISTORY = 100  # undo steps kept; the oldest are dropped

Rows = dict[str, dict[str, dict[str, Any]]]  # table -> str(id) -> column -> JSON value

# The rows that hang off a client, in the order the schema allows inserting them.
SCOPE = (
    "client",
    "client_tag",
    "contact_point",
    "sale",
    "team_flag",
    "touch",
    "offer",
    "sale_line",
    "offer_line",
)
SALES_TABLES = frozenset({"sale", "sale_line", "offer", "offer_line"})
# What an edit, a move or an outcome can change (re-planning never deletes a touch, so
# no offer loses its link): the recorder reads only these, half the queries.
CLIENT_ROWS = ("client", "client_tag", "contact_point", "touch")


@dataclass(frozen=True, slots=True)
class UndoView:
    """An undo step as the UI names it: the action's code and its arguments."""

    id: int
    action: str
    args: Mapping[str, Any]
    undone: bool


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _where(table: Table, ids: list[int]) -> Any:
    t = {name: _table(name) for name in ("sale", "offer")}
    match table.name:
        case "client":
            return table.c.id.in_(ids)
        case "team_flag":
            return or_(table.c.client_id.in_(ids), table.c.other_client_id.in_(ids))
        case "sale_line":
            return table.c.sale_id.in_(select(t["sale"].c.id).where(t["sale"].c.client_id.in_(ids)))
        case "offer_line":
            return table.c.offer_id.in_(
                select(t["offer"].c.id).where(t["offer"].c.client_id.in_(ids))
            )
        case _:
            return table.c.client_id.in_(ids)


def _encode(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _decode(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return value
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is bool:
        return bool(value)
    return value


def _rows(session: Session, table: Table, where: Any) -> dict[str, dict[str, Any]]:
    return {
        str(row["id"]): {k: _encode(v) for k, v in row.items()}
        for row in session.execute(select(table).where(where)).mappings()
    }


def snapshot(session: Session, client_ids: Iterable[int], tables: Iterable[str] = SCOPE) -> Rows:
    """Every row that hangs off these clients (in `tables`), as JSON-ready dictionaries."""
    ids = sorted(set(client_ids))
    if not ids:
        return {}
    session.flush()
    return {name: _rows(session, _table(name), _where(_table(name), ids)) for name in tables}


def diff(before: Rows, after: Rows) -> tuple[Rows, Rows]:
    """Only the rows that differ: (their before, their after); a missing row is absent."""
    old: Rows = {}
    new: Rows = {}
    for name in SCOPE:
        b, a = before.get(name, {}), after.get(name, {})
        for key in b.keys() | a.keys():
            if b.get(key) != a.get(key):
                if key in b:
                    old.setdefault(name, {})[key] = b[key]
                if key in a:
                    new.setdefault(name, {})[key] = a[key]
    return old, new


class UndoRecorder:
    """Snapshot the clients' rows now; `record` stores what the action changed of them."""

    def __init__(
        self,
        ctx: Context,
        session: Session,
        client_ids: Iterable[int],
        tables: tuple[str, ...] = SCOPE,
    ) -> None:
        self.ctx = ctx
        self.session = session
        self.client_ids = set(client_ids)
        self.tables = tables
        self.before = snapshot(session, self.client_ids, tables)

    def name_before(self, client_id: int) -> Any:
        """The client's name as the snapshot read it (no second read of the client)."""
        return self.before.get("client", {}).get(str(client_id), {}).get("name")

    def record(
        self, action: str, args: Mapping[str, Any] | None = None, *, also: Iterable[int] = ()
    ) -> int | None:
        """Write the undo step (`also`: clients the action created). None: nothing changed."""
        ids = self.client_ids | set(also)
        old, new = diff(self.before, snapshot(self.session, ids, self.tables))
        if not old and not new:
            return None
        session = self.session
        session.execute(delete(UndoStep).where(UndoStep.undone.is_(True)))
        step = UndoStep(
            action=action,
            args=json.dumps(dict(args or {}), ensure_ascii=False, sort_keys=True),
            clients=json.dumps(sorted(ids)),
            before=json.dumps(old, ensure_ascii=False, sort_keys=True),
            after=json.dumps(new, ensure_ascii=False, sort_keys=True),
            undone=False,
            created_at=self.ctx.utc_now(),
        )
        session.add(step)
        session.flush()
        keep = select(UndoStep.id).order_by(UndoStep.id.desc()).limit(HISTORY)
        session.execute(delete(UndoStep).where(UndoStep.id.not_in(keep)))
        return step.id


def _view(step: UndoStep) -> UndoView:
    return UndoView(step.id, step.action, json.loads(step.args), step.undone)


def _put(session: Session, expect: Rows, target: Rows) -> None:
    """Check every row is as `expect` says, then write `target` in its place."""
    for name in SCOPE:
        keys = expect.get(name, {}).keys() | target.get(name, {}).keys()
        if not keys:
            continue
        table = _table(name)
        now = _rows(session, table, table.c.id.in_([int(k) for k in keys]))
        for key in keys:
            if now.get(key) != expect.get(name, {}).get(key):
                raise BookError(
                    "undo-changed",
                    "this change cannot be undone: the client was changed again since "
                    "(in another window, by a command or by re-planning)",
                )
    # Parents first (a restored client before its touches), and rows re-parented before
    # any row is dropped: dropping a client cascades to what still hangs off it.
    for name in SCOPE:
        table = _table(name)
        rows = target.get(name, {})
        for key, row in sorted(rows.items(), key=lambda kv: int(kv[0])):
            values = {c.name: _decode(c, row[c.name]) for c in table.columns if c.name in row}
            if key in expect.get(name, {}):
                session.execute(update(table).where(table.c.id == int(key)).values(values))
            else:
                session.execute(insert(table).values(values))
    for name in reversed(SCOPE):  # rows to drop, children first
        gone = [int(k) for k in expect.get(name, {}) if k not in target.get(name, {})]
        if gone:
            table = _table(name)
            session.execute(delete(table).where(table.c.id.in_(gone)))


class UndoService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def history(self) -> tuple[UndoView | None, UndoView | None]:
        """(what Undo would undo, what Redo would redo) now."""
        with self.ctx.book.reading() as session:
            undo = session.scalar(
                select(UndoStep).where(UndoStep.undone.is_(False)).order_by(UndoStep.id.desc())
            )
            redo = session.scalar(
                select(UndoStep).where(UndoStep.undone.is_(True)).order_by(UndoStep.id)
            )
            return (_view(undo) if undo else None, _view(redo) if redo else None)

    def undo(self, step_id: int | None = None) -> Result[UndoView]:
        """Undo the latest action (or the step `step_id`), writing its rows back exactly."""
        return self._turn(step_id, undone=False)

    def redo(self, step_id: int | None = None) -> Result[UndoView]:
        """Redo the latest undone action (or the step `step_id`)."""
        return self._turn(step_id, undone=True)

    def _turn(self, step_id: int | None, *, undone: bool) -> Result[UndoView]:
        with self.ctx.book.transaction() as session:
            query = select(UndoStep).where(UndoStep.undone.is_(undone))
            if step_id is not None:
                query = query.where(UndoStep.id == step_id)
            order = UndoStep.id if undone else UndoStep.id.desc()
            step = session.scalar(query.order_by(order).limit(1))
            if step is None:
                code = "nothing-to-redo" if undone else "nothing-to-undo"
                raise BookError(code, code.replace("-", " "))
            before: Rows = json.loads(step.before)
            after: Rows = json.loads(step.after)
            if undone:
                _put(session, before, after)
            else:
                _put(session, after, before)
            step.undone = not undone
            session.flush()
            tables = before.keys() | after.keys()
            changes = Changes(
                clients=frozenset(json.loads(step.clients)),
                touches=True,
                sales=bool(tables & SALES_TABLES),
            )
            return Result(_view(step), changes)
