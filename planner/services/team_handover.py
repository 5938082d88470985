"""Handing clients over to another salesperson, re-levelled into their capacity.

One transaction on a manager's (or the administrator's) connection: the clients change
owner, then the transaction is narrowed to the receiver (`TeamBook.scope_to`), so the
planner re-plans the moved clients' open touches against the receiver's own load and the
receiver's own settings (capacities, calendar), and every open touch of theirs says whom
it came from (reason `handed-over`). Nothing moves if any client is not the caller's
to give or the receiver does not exist.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.exc import ProgrammingError

from planner.errors import BookError, NotFound
from planner.models import Client, Salesperson, Touch
from planner.services.context import Context
from planner.services.planning import PlanningService
from planner.vocabulary import TouchStatus

HANDED_OVER = "handed-over"  # reason: args from (name), to (name)


@dataclass(frozen=True, slots=True)
class Handover:
    moved: int
    touches: int  # open touches re-levelled into the receiver's capacity
    overbooked: int


def _refused() -> BookError:
    return BookError("handover-refused", "some of these clients are not yours to hand over")


def hand_over(
    ctx: Context, planning: PlanningService, client_ids: Sequence[int], to_login: str
) -> Handover:
    from planner.team.book import TeamBook

    book = ctx.book
    if not isinstance(book, TeamBook):
        raise BookError("not-a-team-book", "only a team book has salespeople to hand over to")
    ids = sorted(set(client_ids))
    with book.transaction() as session:
        receiver = session.execute(
            select(Salesperson.id, Salesperson.name).where(Salesperson.login == to_login)
        ).first()
        if receiver is None:
            raise NotFound("salesperson", to_login)
        givers = dict(
            session.execute(
                select(Client.id, Salesperson.name)
                .outerjoin(Salesperson, Salesperson.id == Client.owner_id)
                .where(Client.id.in_(ids))
            ).all()
        )
        if len(givers) != len(ids):
            raise _refused()
        try:
            moved = (
                session.connection()
                .execute(
                    update(Client)
                    .where(Client.id.in_(ids))
                    .values(owner_id=receiver.id, version=Client.version + 1)
                    .execution_options(synchronize_session=False)
                )
                .rowcount
            )
        except ProgrammingError as exc:  # row-level security: only a manager may give away
            raise _refused() from exc
        if moved != len(ids):
            raise _refused()
        book.scope_to(session, receiver.id, to_login)
        result = planning.replan_in(session, ids)
        touches = session.scalars(
            select(Touch).where(Touch.client_id.in_(ids), Touch.status == TouchStatus.PLANNED.value)
        ).all()
        for touch in touches:
            reasons = json.loads(touch.reason or "[]")
            came = [HANDED_OVER, {"from": givers[touch.client_id] or "", "to": receiver.name}]
            touch.reason = json.dumps([*reasons, came], ensure_ascii=False)
        return Handover(moved=int(moved), touches=len(touches), overbooked=result.overbooked)
