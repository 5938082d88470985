"""Find duplicate clients and merge two into one (DESIGN.md section 2: client, contact point).

Duplicates are found the way an import matches rows: the same phone (E.164) or the same
e-mail is a duplicate; the same name with folded letters ("Алёна Ковалёва" and "алена
ковалева") only a possible one, for the salesperson to compare.

A merge is one service call and one transaction: the kept client gains every contact point,
tag, note, touch, sale and offer of the other one (nothing is dropped; a field the kept
client lacks is filled, none is overwritten), the other client is deleted, and the kept one
is re-planned. The merge writes its undo step in the same transaction (services/undo.py).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.orm import Session, selectinload

from planner.errors import BookError, NotFound
from planner.models import Client, ClientTag, ContactPoint, Touch
from planner.sales.models import Offer, Sale
from planner.services.clients import client_search_text
from planner.services.context import Context
from planner.services.planning import PlanningService
from planner.services.result import Result
from planner.services.undo import UndoRecorder
from planner.services.views import Changes, ClientDetail
from planner.text import PHONE_CHANNELS, fold
from planner.vocabulary import Channel


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Clients that look like one: `rule` is "phone", "email" (duplicates) or "name"
    (possible duplicates), `key` the shared value, `ids` ascending."""

    rule: str
    key: str
    ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two clients to compare: the first rule that pairs them ("phone", "email", "name")."""

    rule: str
    key: str
    left: int
    right: int
    left_name: str
    right_name: str


@dataclass(frozen=True, slots=True)
class MergeSide:
    """One client of a comparison: every field, contact point and tag, and what hangs off
    them (touches, sales, offers) as counts."""

    detail: ClientDetail
    touches: int
    sales: int
    offers: int


@dataclass(frozen=True, slots=True)
class MergeResult:
    kept: int
    removed: int
    moved_points: int
    moved_tags: int
    moved_touches: int
    moved_sales: int
    moved_offers: int


class MergeService:
    def __init__(self, ctx: Context, planning: PlanningService) -> None:
        self.ctx = ctx
        self.planning = planning

    def find_duplicates(self) -> list[DuplicateGroup]:
        """Groups of two or more clients sharing a phone, an e-mail or a folded name."""
        by_key: dict[tuple[str, str], set[int]] = defaultdict(set)
        with self.ctx.book.reading() as session:
            for cid, channel, value in session.execute(
                select(ContactPoint.client_id, ContactPoint.channel, ContactPoint.value)
            ):
                if channel in PHONE_CHANNELS:
                    by_key[("phone", value)].add(cid)
                elif channel == Channel.EMAIL:
                    by_key[("email", value.casefold())].add(cid)
            for cid, name in session.execute(select(Client.id, Client.name)):
                folded = " ".join(fold(name).split())
                if folded:
                    by_key[("name", folded)].add(cid)
        order = {"phone": 0, "email": 1, "name": 2}
        groups = [
            DuplicateGroup(rule, key, tuple(sorted(ids)))
            for (rule, key), ids in by_key.items()
            if len(ids) > 1
        ]
        groups.sort(key=lambda g: (order[g.rule], g.ids, g.key))
        return groups

    def duplicate_pairs(self) -> list[DuplicatePair]:
        """`find_duplicates` as pairs (each client of a group with the group's first), each
        pair once, under the strongest rule that pairs it; with the names, for a list."""
        seen: set[tuple[int, int]] = set()
        found: list[tuple[str, str, int, int]] = []
        for group in self.find_duplicates():
            first = group.ids[0]
            for other in group.ids[1:]:
                if (first, other) not in seen:
                    seen.add((first, other))
                    found.append((group.rule, group.key, first, other))
        ids = sorted({i for _, _, a, b in found for i in (a, b)})
        with self.ctx.book.reading() as session:
            names: dict[int, str] = {}
            for start in range(0, len(ids), 500):
                part = ids[start : start + 500]
                query = select(Client.id, Client.name).where(Client.id.in_(part))
                names.update((cid, name) for cid, name in session.execute(query))
        return [
            DuplicatePair(r, k, a, b, names.get(a, ""), names.get(b, "")) for r, k, a, b in found
        ]

    def compare(self, left: int, right: int) -> tuple[MergeSide, MergeSide]:
        """Both clients of a pair side by side, read in one go."""
        from planner.services.clients import ClientService

        clients = ClientService(self.ctx, self.planning)
        sides = []
        for client_id in (left, right):
            detail = clients.get(client_id, history=0)
            with self.ctx.book.reading() as session:
                counts = [
                    int(
                        session.scalar(
                            select(func.count()).select_from(t).where(t.client_id == client_id)
                        )
                        or 0
                    )
                    for t in (Touch, Sale, Offer)
                ]
            sides.append(MergeSide(detail, *counts))
        return sides[0], sides[1]

    def merge(self, keep_id: int, other_id: int) -> Result[MergeResult]:
        """Merge `other_id` into `keep_id` in one transaction; see the module doc."""
        if keep_id == other_id:
            raise BookError("same-client", f"client {keep_id} cannot be merged into itself")
        with self.ctx.book.transaction() as session:
            keep = _load(session, keep_id)
            other = _load(session, other_id)
            undo = UndoRecorder(self.ctx, session, [keep_id, other_id])
            names = {"client": keep_id, "name": keep.name, "other": other_id}
            have = {_point_key(p.channel, p.value) for p in keep.contacts}
            preferred = any(p.preferred for p in keep.contacts)
            points = 0
            for p in list(other.contacts):
                if _point_key(p.channel, p.value) in have:
                    continue
                have.add(_point_key(p.channel, p.value))
                keep.contacts.append(
                    ContactPoint(
                        channel=p.channel,
                        value=p.value,
                        label=p.label,
                        preferred=p.preferred and not preferred,
                        consent=p.consent,
                        kind=p.kind,
                        extension=p.extension,
                        unverified=p.unverified,
                    )
                )
                preferred = preferred or p.preferred
                points += 1
            tag_names = {t.name for t in keep.tags}
            tags = 0
            for t in other.tags:
                if t.name not in tag_names:
                    keep.tags.append(ClientTag(name=t.name))
                    tag_names.add(t.name)
                    tags += 1
            _fill(keep, other)
            moved: dict[type, int] = {}
            for table in (Touch, Sale, Offer):
                result = session.execute(
                    update(table).where(table.client_id == other_id).values(client_id=keep_id)
                )
                moved[table] = int(cast("CursorResult[Any]", result).rowcount)
            keep.search_text = client_search_text(keep)
            keep.updated_at = self.ctx.utc_now()
            session.execute(delete(ContactPoint).where(ContactPoint.client_id == other_id))
            session.execute(delete(ClientTag).where(ClientTag.client_id == other_id))
            session.expunge(other)
            session.execute(delete(Client).where(Client.id == other_id))
            session.flush()
            self.planning.replan_in(session, [keep_id])
            undo.record("merge", names)
            merged = MergeResult(
                kept=keep_id,
                removed=other_id,
                moved_points=points,
                moved_tags=tags,
                moved_touches=moved[Touch],
                moved_sales=moved[Sale],
                moved_offers=moved[Offer],
            )
            changes = Changes(
                clients=frozenset({keep_id, other_id}), touches=True, sales=moved[Sale] > 0
            )
            return Result(merged, changes)


def _load(session: Session, client_id: int) -> Client:
    client = session.scalar(
        select(Client)
        .where(Client.id == client_id)
        .options(selectinload(Client.contacts), selectinload(Client.tags))
    )
    if client is None:
        raise NotFound("client", client_id)
    return client


def _point_key(channel: str, value: str) -> tuple[str, str]:
    return (channel, value.casefold() if channel == Channel.EMAIL else value)


def _fill(keep: Client, other: Client) -> None:
    """Fill what the kept client lacks; notes are joined; history anchors take the later."""
    keep.company = keep.company or other.company
    if other.notes and (not keep.notes or other.notes not in keep.notes):
        keep.notes = f"{keep.notes}\n{other.notes}" if keep.notes else other.notes
    if keep.birthday_month is None and other.birthday_month is not None:
        keep.birthday_year = other.birthday_year
        keep.birthday_month = other.birthday_month
        keep.birthday_day = other.birthday_day
    keep.timezone = keep.timezone or other.timezone
    keep.language = keep.language or other.language
    keep.created_on = min(keep.created_on, other.created_on)
    keep.value_minor = (keep.value_minor or 0) + (other.value_minor or 0)
    keep.at_risk = keep.at_risk or other.at_risk
    for name in ("last_reached_on", "last_done_on"):
        dates = [d for d in (getattr(keep, name), getattr(other, name)) if d is not None]
        setattr(keep, name, max(dates) if dates else None)
    keep.reached_cadence = max(keep.reached_cadence or 0, other.reached_cadence or 0)
    if other.last_outcome_on is not None and (
        keep.last_outcome_on is None or other.last_outcome_on > keep.last_outcome_on
    ):  # the newer of the two outcomes (the gap rule reads it)
        keep.last_outcome, keep.last_outcome_on = other.last_outcome, other.last_outcome_on
