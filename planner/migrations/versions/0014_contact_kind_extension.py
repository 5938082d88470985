"""contact points: kind (voice / fax / pager), extension, unverified; search text rebuilt

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02

Books imported before this revision kept what had no column yet as lines of the client's
notes, in fixed English forms the importer wrote. The data step turns those lines back into
contact points, and only those that are recognisable beyond doubt:

- "+48225550102 ext. 102", when the client has a contact point with that exact number:
  the extension goes onto the number's points and the line leaves the notes;
- "Phone (unverified, as typed): 555-ABC[ ext. 12]": a call point kept as typed, flagged
  unverified (with its extension);
- "Fax: …" / "Pager: …" (the vCard reader's lines): a fax or pager point, the number in
  E.164 when it parses in the book's phone region, else as typed and unverified.

"E-mail (unverified, as typed): …" and "Telegram (unverified, as typed): …" lines stay in
the notes (an e-mail that does not parse is not a contact point). Then every client's
search text is rebuilt, so that phones are found by their tails and national forms (the
search terms of the previous round) in books written before it.
"""

from __future__ import annotations

import json
import re

import sqlalchemy as sa
from alembic import op

from planner.text import search_text

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_EXTENSION_LINE = re.compile(r"^(\+\d{6,15}) ext\. (\d{1,8})$")
_UNVERIFIED_LINE = re.compile(r"^Phone \(unverified, as typed\): (.+?)(?: ext\. (\d{1,8}))?$")
_FAX_LINE = re.compile(r"^(Fax|Pager): (.+)$")
_VALUE_MAX = 300


def upgrade() -> None:
    with op.batch_alter_table("contact_point") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(length=10), nullable=False, server_default="voice")
        )
        batch.add_column(sa.Column("extension", sa.String(length=20), nullable=True))
        batch.add_column(
            sa.Column("unverified", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    bind = op.get_bind()
    _points_from_notes(bind, _region(bind))
    _rebuild_search_text(bind)


def downgrade() -> None:
    with op.batch_alter_table("contact_point") as batch:
        batch.drop_column("unverified")
        batch.drop_column("extension")
        batch.drop_column("kind")


def _region(bind: sa.Connection) -> str:
    raw = bind.execute(
        sa.text("SELECT value FROM setting WHERE key = 'phone.region'")
    ).scalar_one_or_none()
    try:
        value = json.loads(raw) if raw else "US"
    except ValueError:
        value = "US"
    return value if isinstance(value, str) and value else "US"


def _points_from_notes(bind: sa.Connection, region: str) -> None:
    from planner.io.values import parse_phone

    point = sa.table(
        "contact_point",
        sa.column("id", sa.Integer),
        sa.column("client_id", sa.Integer),
        sa.column("channel", sa.String),
        sa.column("value", sa.String),
        sa.column("preferred", sa.Boolean),
        sa.column("consent", sa.Boolean),
        sa.column("kind", sa.String),
        sa.column("extension", sa.String),
        sa.column("unverified", sa.Boolean),
    )
    rows = bind.execute(
        sa.text(
            "SELECT id, notes FROM client WHERE notes LIKE '%ext. %' "
            "OR notes LIKE '%(unverified, as typed)%' OR notes LIKE '%Fax: %' "
            "OR notes LIKE '%Pager: %'"
        )
    ).all()
    for client_id, notes in rows:
        values = {
            v for (v,) in bind.execute(
                sa.select(point.c.value).where(point.c.client_id == client_id)
            )
        }  # fmt: skip
        kept: list[str] = []
        new: list[dict[str, object]] = []
        for line in notes.split("\n"):
            if (m := _EXTENSION_LINE.match(line)) and m.group(1) in values:
                bind.execute(
                    sa.update(point)
                    .where(point.c.client_id == client_id, point.c.value == m.group(1))
                    .values(extension=m.group(2))
                )
            elif (m := _UNVERIFIED_LINE.match(line)) and len(m.group(1)) <= _VALUE_MAX:
                new.append(_point(client_id, m.group(1), "voice", m.group(2), True))
            elif (m := _FAX_LINE.match(line)) and len(m.group(2)) <= _VALUE_MAX:
                number = parse_phone(m.group(2), region)
                kind = m.group(1).lower()
                new.append(_point(client_id, number or m.group(2), kind, None, number is None))
            else:
                kept.append(line)
        if new:
            bind.execute(sa.insert(point), new)
        if len(kept) != len(notes.split("\n")):
            text = "\n".join(kept).strip() or None
            bind.execute(
                sa.text("UPDATE client SET notes = :notes WHERE id = :id"),
                {"notes": text, "id": client_id},
            )


def _point(
    client_id: int, value: str, kind: str, extension: str | None, unverified: bool
) -> dict[str, object]:
    return {
        "client_id": client_id,
        "channel": "call",
        "value": value,
        "preferred": False,
        "consent": True,
        "kind": kind,
        "extension": extension,
        "unverified": unverified,
    }


def _rebuild_search_text(bind: sa.Connection) -> None:
    """Every client's search line, as `planner.text.search_text` makes it now."""
    points: dict[int, list[tuple[str, str]]] = {}
    for cid, channel, value in bind.execute(
        sa.text("SELECT client_id, channel, value FROM contact_point ORDER BY id")
    ):
        points.setdefault(cid, []).append((channel, value))
    tags: dict[int, list[str]] = {}
    for cid, name in bind.execute(sa.text("SELECT client_id, name FROM client_tag")):
        tags.setdefault(cid, []).append(name)
    changed: list[dict[str, object]] = []
    for cid, name, company, old in bind.execute(
        sa.text("SELECT id, name, company, search_text FROM client")
    ):
        line = search_text(name, company, points.get(cid, []), sorted(tags.get(cid, [])))
        if line != old:
            changed.append({"line": line, "id": cid})
    if changed:
        bind.execute(sa.text("UPDATE client SET search_text = :line WHERE id = :id"), changed)
