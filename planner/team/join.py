"""From laptop to team and back (issue 14, point 7): a laptop book's clients, with their
contacts, tags and touches, copied into a team book as one salesperson's, and a team
member's clients copied out into a fresh laptop book. Ids are new on the receiving side;
tiers are matched by code. One transaction on the receiving side: all or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, Table, and_, func, insert, select

from planner.errors import BookError, NotFound
from planner.models import Client, ContactPoint, Salesperson, TeamFlag, Touch

CHILDREN = ("contact_point", "client_tag", "touch")
_REASON = {"email": "same-email"}


@dataclass(frozen=True, slots=True)
class JoinResult:
    clients: int
    touches: int
    flagged: int  # possible duplicates of other salespeople's clients, for the manager


def _tables(conn: Connection) -> dict[str, Table]:
    meta = MetaData()
    meta.reflect(conn, only=["client", "tier", *CHILDREN])
    return dict(meta.tables)


def copy_clients(
    src: Connection, dst: Connection, client_ids: Sequence[int] | None, owner_id: int | None
) -> dict[int, int]:
    """Copy clients (all when `client_ids` is None) and what hangs off them; old -> new id."""
    s, d = _tables(src), _tables(dst)
    tiers_src = {r.id: r.code for r in src.execute(select(s["tier"].c.id, s["tier"].c.code))}
    tiers_dst = {r.code: r.id for r in dst.execute(select(d["tier"].c.code, d["tier"].c.id))}
    query = select(s["client"])
    if client_ids is not None:
        query = query.where(s["client"].c.id.in_(list(client_ids)))
    mapping: dict[int, int] = {}
    columns = set(d["client"].c.keys()) - {"id"}
    for row in src.execute(query.order_by(s["client"].c.id)):
        values: dict[str, Any] = {k: v for k, v in row._mapping.items() if k in columns}
        code = tiers_src[row.tier_id]
        if code not in tiers_dst:
            raise BookError("unknown-tier", f"the receiving book has no tier {code}")
        values["tier_id"] = tiers_dst[code]
        values["owner_id"] = owner_id
        new_id = dst.execute(insert(d["client"]).values(values).returning(d["client"].c.id))
        mapping[row.id] = int(new_id.scalar_one())
    for name in CHILDREN:
        keep = set(d[name].c.keys()) - {"id"}
        rows = []
        for row in src.execute(select(s[name]).where(s[name].c.client_id.in_(list(mapping)))):
            values = {k: v for k, v in row._mapping.items() if k in keep}
            values["client_id"] = mapping[row.client_id]
            rows.append(values)
        if rows:
            dst.execute(insert(d[name]), rows)
    return mapping


def join(team: Engine, laptop: Engine, login: str) -> JoinResult:
    """Bring a laptop book into the team book as `login`'s clients (administrator or
    manager connection), flagging clients that share a phone or e-mail with another
    salesperson's."""
    with laptop.connect() as src, team.begin() as dst:
        owner = dst.scalar(select(Salesperson.id).where(Salesperson.login == login))
        if owner is None:
            raise NotFound("salesperson", login)
        mapping = copy_clients(src, dst, None, owner)
        mine, theirs = ContactPoint.__table__.alias("mine"), ContactPoint.__table__.alias("theirs")
        other = Client.__table__.alias("other")
        pairs = dst.execute(
            select(mine.c.client_id, theirs.c.client_id, mine.c.channel)
            .join(theirs, and_(theirs.c.value == mine.c.value, theirs.c.channel == mine.c.channel))
            .join(other, other.c.id == theirs.c.client_id)
            .where(mine.c.client_id.in_(list(mapping.values())))
            .where(other.c.owner_id.is_distinct_from(owner))
            .distinct()
        ).all()
        flags = [
            {
                "client_id": a,
                "other_client_id": b,
                "reason": "same-email" if ch == "email" else "same-phone",
            }
            for a, b, ch in pairs
        ]
        if flags:
            dst.execute(insert(TeamFlag), flags)
        touches = dst.scalar(
            select(func.count(Touch.id)).where(Touch.client_id.in_(list(mapping.values())))
        )
        return JoinResult(len(mapping), int(touches or 0), len(flags))


def export_member(team: Engine, laptop: Engine, login: str) -> int:
    """Copy `login`'s clients out of the team book into a fresh laptop book."""
    with team.connect() as src, laptop.begin() as dst:
        owner = src.scalar(select(Salesperson.id).where(Salesperson.login == login))
        if owner is None:
            raise NotFound("salesperson", login)
        ids = list(src.scalars(select(Client.id).where(Client.owner_id == owner)))
        return len(copy_clients(src, dst, ids, None))
