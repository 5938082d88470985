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
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    BindParameter,
    Column,
    Table,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from planner.errors import BookError
from planner.models import Base, Touch, UndoStep
from planner.services.context import Context
from planner.services.result import Result
from planner.services.views import Changes
from planner.vocabulary import Purpose, TouchStatus

if TYPE_CHECKING:
    from planner.services.planning import PlanningService

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


def _where(table: Table, ids: list[int] | BindParameter[Any]) -> Any:
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
    return _encoded(session.connection().execute(select(table).where(where)))


def _encoded(result: Any) -> dict[str, dict[str, Any]]:
    return {str(row["id"]): {k: _encode(v) for k, v in row.items()} for row in result.mappings()}


_IDS: BindParameter[Any] = bindparam("ids", expanding=True)
_KNOWN: BindParameter[Any] = bindparam("known", expanding=True)
_OWNED: dict[str, Any] = {}  # table -> its rows of the clients `ids` (compiled once)


def _owned(name: str) -> Any:
    stmt = _OWNED.get(name)
    if stmt is None:
        table = _table(name)
        stmt = _OWNED[name] = select(table).where(_where(table, _IDS))
    return stmt


def _open_touches(before: bool) -> Any:
    """The clients' planned touches; before the action with the newest touch id of the
    book (a row with a higher id is one the action made), after it with the rows read
    before (planned then, done or cancelled now) and every row made since."""
    touch = _table("touch")
    planned = touch.c.status == TouchStatus.PLANNED.value
    if before:
        newest = select(func.max(touch.c.id)).scalar_subquery().label("newest_touch")
        return select(touch, newest).where(touch.c.client_id.in_(_IDS), planned)
    made = touch.c.id > bindparam("newest")
    return select(touch).where(
        touch.c.client_id.in_(_IDS), or_(planned, touch.c.id.in_(_KNOWN), made)
    )


_OPEN_BEFORE = _open_touches(before=True)
_OPEN_AFTER = _open_touches(before=False)


def snapshot(
    session: Session,
    client_ids: Iterable[int],
    tables: Iterable[str] = SCOPE,
    *,
    open_since: tuple[list[int], int] | None = None,
) -> Rows:
    """Every row that hangs off these clients (in `tables`), as JSON-ready dictionaries.

    `open_since` (ids, newest): of the touches only those planned now, those given and
    any made after the touch id `newest` (what `OpenTouches` reads)."""
    ids = sorted(set(client_ids))
    if not ids:
        return {}
    session.flush()
    conn = session.connection()
    found: Rows = {}
    for name in tables:
        if name == "touch" and open_since is not None:
            known, newest = open_since
            result = conn.execute(_OPEN_AFTER, {"ids": ids, "known": known, "newest": newest})
        else:
            result = conn.execute(_owned(name), {"ids": ids})
        found[name] = _encoded(result)
    return found


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


def _make_room() -> Any:
    """One statement makes room for a new step: the redo stack goes (a new action drops
    it), and of the done steps the newest HISTORY - 1 stay, so that with it HISTORY do."""
    steps = _table("undo_step")
    keep = (
        select(steps.c.id)
        .where(steps.c.undone.is_(False))
        .order_by(steps.c.id.desc())
        .limit(HISTORY - 1)
    )
    return delete(steps).where(or_(steps.c.undone.is_(True), steps.c.id.not_in(keep)))


_MAKE_ROOM = _make_room()
_ADD_STEP = insert(_table("undo_step"))


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
        self.open_since: tuple[list[int], int] | None = None
        self.before = self._before()

    def _before(self) -> Rows:
        return snapshot(self.session, self.client_ids, self.tables)

    def _after(self, ids: set[int]) -> Rows:
        return snapshot(self.session, ids, self.tables, open_since=self.open_since)

    def name_before(self, client_id: int) -> Any:
        """The client's name as the snapshot read it (no second read of the client)."""
        return self.before.get("client", {}).get(str(client_id), {}).get("name")

    def record(
        self, action: str, args: Mapping[str, Any] | None = None, *, also: Iterable[int] = ()
    ) -> int | None:
        """Write the undo step (`also`: clients the action created). None: nothing changed."""
        ids = self.client_ids | set(also)
        old, new = diff(self.before, self._after(ids))
        if not old and not new:
            return None
        conn = self.session.connection()
        conn.execute(_MAKE_ROOM)
        added = conn.execute(
            _ADD_STEP,
            {
                "action": action,
                "args": json.dumps(dict(args or {}), ensure_ascii=False, sort_keys=True),
                "clients": json.dumps(sorted(ids)),
                "before": json.dumps(old, ensure_ascii=False, sort_keys=True),
                "after": json.dumps(new, ensure_ascii=False, sort_keys=True),
                "undone": False,
                "created_at": self.ctx.utc_now(),
            },
        )
        key = added.inserted_primary_key
        return None if key is None else int(key[0])


class OpenTouches(UndoRecorder):
    """The recorder of an action that changes only the clients' planned touches (and the
    client rows): logging an outcome. Of the touches it reads the planned ones, not the
    client's whole history, which such an action never changes: a year of daily use
    gives a client dozens of done touches, read twice per click before."""

    def _before(self) -> Rows:
        tables = tuple(name for name in self.tables if name != "touch")
        rows = snapshot(self.session, self.client_ids, tables)
        if "touch" in self.tables and self.client_ids:
            conn = self.session.connection()
            result = conn.execute(_OPEN_BEFORE, {"ids": sorted(self.client_ids)}).mappings()
            touches: dict[str, dict[str, Any]] = {}
            newest = 0
            for row in result:
                values = dict(row)
                newest = int(values.pop("newest_touch") or 0)
                touches[str(values["id"])] = {k: _encode(v) for k, v in values.items()}
            if not touches:  # no planned touch: the newest id read on its own
                touch = _table("touch")
                newest = int(conn.execute(select(func.max(touch.c.id))).scalar() or 0)
            rows["touch"] = touches
            self.open_since = ([int(k) for k in touches], newest)
        return rows

    def has_open(self, kind: str, purpose: str) -> bool:
        """Did the clients have a planned touch of this kind and purpose before?"""
        return any(
            t["kind"] == kind and t["purpose"] == purpose
            for t in self.before.get("touch", {}).values()
        )


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
    def __init__(self, ctx: Context, planning: PlanningService | None = None) -> None:
        self.ctx = ctx
        self.planning = planning  # re-plans a step undone on a later day (_carry_late)

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
            self._carry_late(session, json.loads(step.clients))
            tables = before.keys() | after.keys()
            changes = Changes(
                clients=frozenset(json.loads(step.clients)),
                touches=True,
                sales=bool(tables & SALES_TABLES),
            )
            return Result(_view(step), changes)

    def _carry_late(self, session: Session, client_ids: list[int]) -> None:
        """A step turned on a later day than it was made (yesterday's outcome undone), or
        after the calendar changed (a day off set since the move it undoes), writes back
        touches planned for days that have passed or are no longer working days: those
        clients are re-planned, so nothing stays planned in the past or on a day off
        (DESIGN.md section 4). A redo after that is refused as `undo-changed`, like after
        any re-plan."""
        if self.planning is None or not client_ids:
            return
        planned = select(Touch.due, Touch.purpose).where(
            Touch.client_id.in_(client_ids), Touch.status == TouchStatus.PLANNED.value
        )
        today = self.ctx.today(session)
        cal = self.planning.calendar_in(session)
        if any(
            due < today or (not cal.is_working(due) and purpose != Purpose.BIRTHDAY.value)
            for due, purpose in session.execute(planned)
        ):
            self.planning.replan_in(session, client_ids)
