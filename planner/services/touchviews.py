"""Turning touch rows into `TouchView`s, with the English text of their reasons."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.models import Client, Tier, Touch
from planner.scheduling.explain import format_reason
from planner.scheduling.types import Reason
from planner.services.views import TouchView


def decode_reasons(raw: str) -> tuple[tuple[str, dict[str, str]], ...]:
    try:
        items = json.loads(raw or "[]")
        return tuple((str(code), {str(k): str(v) for k, v in args.items()}) for code, args in items)
    except (ValueError, TypeError, AttributeError):
        return ()


def encode_reasons(reasons: Iterable[Reason]) -> str:
    return json.dumps([[r.code, dict(r.args)] for r in reasons], ensure_ascii=False)


def reason_text(reasons: tuple[tuple[str, dict[str, str]], ...]) -> str:
    return format_reason(tuple(Reason(code, tuple(args.items())) for code, args in reasons))


def touch_views(session: Session, touches: Sequence[Touch], today: date) -> list[TouchView]:
    if not touches:
        return []
    ids = {t.client_id for t in touches}
    clients = {
        cid: (name, company, tier)
        for cid, name, company, tier in session.execute(
            select(Client.id, Client.name, Client.company, Tier.code)
            .join(Tier, Tier.id == Client.tier_id)
            .where(Client.id.in_(ids))
        )
    }
    out = []
    for t in touches:
        name, company, tier = clients[t.client_id]
        reasons = decode_reasons(t.reason)
        out.append(
            TouchView(
                id=t.id,
                client_id=t.client_id,
                client=name,
                company=company,
                tier=tier,
                kind=t.kind,
                status=t.status,
                due=t.due,
                due_at=t.due_at,
                due_until=t.due_until,
                channel=t.channel,
                purpose=t.purpose,
                reasons=reasons,
                reason=reason_text(reasons),
                overbooked=t.overbooked,
                pinned=t.pinned,
                attempt=t.attempt,
                outcome=t.outcome,
                note=t.note,
                done_on=t.done_on,
            )
        )
    return out
