"""Use cases the desktop UI needs beyond the CLI's: undo snapshots, tags, the day's log.

Undo in the UI replays services, so what a delete or a move destroys must be captured
first as plain data and written back by a service (never by the UI touching the book).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, insert, select

from planner.errors import BookError, NotFound
from planner.models import Client, ClientTag, ContactPoint, Touch
from planner.services.context import Context
from planner.services.planning import PlanningService
from planner.services.result import Result
from planner.services.touchviews import touch_views
from planner.services.views import Changes, TouchView
from planner.vocabulary import TouchStatus

Row = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class ClientSnapshot:
    """Every row of one client (contact points, tags, all touches) as plain values."""

    client_id: int
    client: Row
    contacts: tuple[Row, ...]
    tags: tuple[Row, ...]
    touches: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class TouchPlace:
    """Where a planned touch sat before a hand move, to put it back on undo."""

    touch_id: int
    client_id: int
    due: date
    base_due: date
    pinned: bool
    reason: str


def _row(obj: object, table: Any) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in table.columns}


class UiExtrasService:
    def __init__(self, ctx: Context, planning: PlanningService) -> None:
        self.ctx = ctx
        self.planning = planning

    # --- time ------------------------------------------------------------------------------
    def today(self) -> date:
        """Today in the salesperson's time zone (the planner's today, not the machine's)."""
        with self.ctx.book.reading() as session:
            return self.ctx.today(session)

    # --- undo of a delete ---------------------------------------------------------------------
    def snapshot(self, client_id: int) -> ClientSnapshot:
        with self.ctx.book.reading() as session:
            client = session.get(Client, client_id)
            if client is None:
                raise NotFound("client", client_id)
            return ClientSnapshot(
                client_id=client_id,
                client=_row(client, Client.__table__),
                contacts=tuple(
                    _row(p, ContactPoint.__table__)
                    for p in session.scalars(
                        select(ContactPoint).where(ContactPoint.client_id == client_id)
                    )
                ),
                tags=tuple(
                    _row(t, ClientTag.__table__)
                    for t in session.scalars(
                        select(ClientTag).where(ClientTag.client_id == client_id)
                    )
                ),
                touches=tuple(
                    _row(t, Touch.__table__)
                    for t in session.scalars(select(Touch).where(Touch.client_id == client_id))
                ),
            )

    def restore(self, snap: ClientSnapshot) -> Result[None]:
        """Write a deleted client back with the same ids, then re-plan them."""
        with self.ctx.book.transaction() as session:
            if session.get(Client, snap.client_id) is not None:
                raise BookError("exists", f"client {snap.client_id} already exists")
            session.execute(insert(Client), [dict(snap.client)])
            if snap.contacts:
                session.execute(insert(ContactPoint), [dict(r) for r in snap.contacts])
            if snap.tags:
                session.execute(insert(ClientTag), [dict(r) for r in snap.tags])
            if snap.touches:
                session.execute(insert(Touch), [dict(r) for r in snap.touches])
            self.planning.replan_in(session, [snap.client_id])
            return Result(None, Changes(clients=frozenset({snap.client_id}), touches=True))

    # --- undo of a move ---------------------------------------------------------------------
    def place(self, touch_id: int) -> TouchPlace:
        with self.ctx.book.reading() as session:
            t = session.get(Touch, touch_id)
            if t is None:
                raise NotFound("touch", touch_id)
            return TouchPlace(t.id, t.client_id, t.due, t.base_due, t.pinned, t.reason)

    def put_back(self, place: TouchPlace) -> Result[None]:
        """Undo a hand move: the touch gets its old day and pin, and the client is re-planned."""
        with self.ctx.book.transaction() as session:
            t = session.get(Touch, place.touch_id)
            if t is None:
                raise NotFound("touch", place.touch_id)
            if t.status != TouchStatus.PLANNED.value:
                raise BookError("not-planned", f"touch {place.touch_id} is already {t.status}")
            t.due, t.base_due, t.pinned, t.reason = (
                place.due,
                place.base_due,
                place.pinned,
                place.reason,
            )
            t.overbooked = False
            session.flush()
            self.planning.replan_in(session, [place.client_id])
            return Result(None, Changes(clients=frozenset({place.client_id}), touches=True))

    # --- reading -------------------------------------------------------------------------------
    def done_on(self, day: date) -> list[TouchView]:
        """Touches logged as done on `day` (Today's capacity used and its "done" list)."""
        with self.ctx.book.reading() as session:
            # No index covers touch.done_on, and a book holds a million done touches; but
            # logging an outcome sets client.last_done_on, so only clients whose last done
            # day is `day` can have touches done that day (31 ms instead of 2 s on 100k).
            clients = select(Client.id).where(Client.last_done_on == day)
            rows = session.scalars(
                select(Touch)
                .where(
                    Touch.client_id.in_(clients),
                    Touch.status == TouchStatus.DONE.value,
                    Touch.done_on == day,
                )
                .order_by(Touch.done_at, Touch.id)
            ).all()
            return touch_views(session, rows, self.ctx.today(session))

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in the book with the number of clients carrying it, by name."""
        with self.ctx.book.reading() as session:
            return [
                (str(name), int(n))
                for name, n in session.execute(
                    select(ClientTag.name, func.count())
                    .group_by(ClientTag.name)
                    .order_by(ClientTag.name)
                )
            ]

    def is_empty(self) -> bool:
        with self.ctx.book.reading() as session:
            return session.scalar(select(Client.id).limit(1)) is None
