"""`client add|edit|show|list|delete|merge|duplicates` and `search`: the book of clients."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import replace

from planner.cli.app import App
from planner.cli.args import CLEAR
from planner.cli.output import (
    Output,
    birthday_text,
    client_detail_json,
    client_row_json,
    client_table,
    key_values,
    table,
    touch_table,
)
from planner.errors import BookError
from planner.services.clients import ClientFilter
from planner.services.views import ClientDetail, ClientInput, ClientRow, ContactPointInput
from planner.vocabulary import Channel

PAGE = 500  # ids per `rows()` call: SQLite limits bound parameters per statement
# Which contact points each option gives, and so which ones it replaces in `client edit`.
GROUPS: dict[str, tuple[str, ...]] = {
    "phone": ("call", "sms"),
    "email": ("email",),
    "telegram": ("telegram",),
    "whatsapp": ("whatsapp",),
    "address": ("meeting", "letter"),
}
FROM_PHONE = frozenset({"whatsapp", "viber", "telegram", "video"})


def _values(given: list[str] | None) -> list[str] | None:
    """A repeatable option: None when not given; empty strings drop out (to clear)."""
    return None if given is None else [v for v in given if v.strip()]


def _contacts(
    args: argparse.Namespace, existing: Sequence[ContactPointInput]
) -> tuple[ContactPointInput, ...]:
    """Existing points with the given groups replaced, and the preferred one marked."""
    old = {(p.channel, p.value): p for p in existing}
    was_preferred = next((p.channel for p in existing if p.preferred), None)
    points = list(existing)
    for option, channels in GROUPS.items():
        values = _values(getattr(args, option, None))
        if values is None:
            continue
        points = [p for p in points if p.channel not in channels]
        for value in values:
            for ch in channels:
                kept = old.get((ch, value))
                points.append(kept or ContactPointInput(ch, value))
    preferred: Channel | None = args.preferred
    if preferred is not None:
        wanted = preferred.value
        if not any(p.channel == wanted for p in points) and wanted in FROM_PHONE:
            phone = next((p.value for p in points if p.channel in ("call", "sms")), None)
            if phone is None:
                raise BookError(
                    "invalid", f"--preferred {wanted} needs a phone (--phone or --{wanted})"
                )
            points.append(ContactPointInput(wanted, phone))
        if not any(p.channel == wanted for p in points):
            raise BookError("invalid", f"--preferred {wanted}: the client has no {wanted} contact")
    elif was_preferred is not None:
        wanted = was_preferred  # keep the preference when its points were replaced
    else:
        return tuple(points)
    marked = False
    out = []
    for p in points:
        mark = not marked and p.channel == wanted
        marked = marked or mark
        out.append(replace(p, preferred=mark))
    return tuple(out)


def _optional(value: str | None, current: str | None) -> str | None:
    if value is None:
        return current
    return None if value.strip() == CLEAR else value


def _input(args: argparse.Namespace, current: ClientInput) -> ClientInput:
    tags = _values(args.tag)
    birthday = current.birthday
    if args.birthday is not None:
        birthday = None if args.birthday == CLEAR else args.birthday
    return replace(
        current,
        name=args.name if args.name is not None else current.name,
        tier=args.tier if args.tier is not None else current.tier,
        company=_optional(args.company, current.company),
        contacts=_contacts(args, current.contacts),
        tags=tuple(tags) if tags is not None else current.tags,
        notes=_optional(args.note, current.notes),
        birthday=birthday,
        timezone=_optional(args.timezone, current.timezone),
        language=_optional(args.language, current.language),
        status=getattr(args, "status", None) or current.status,
    )


def add(app: App, args: argparse.Namespace) -> Output:
    services = app.services(create=True)
    data = _input(args, ClientInput(name=args.name, tier=args.tier or "C"))
    client_id = services.clients.add(data).value
    return _shown(app, services.clients.get(client_id), f"Added client {client_id}.")


def edit(app: App, args: argparse.Namespace) -> Output:
    services = app.services()
    current = services.clients.get(args.id, history=0)
    services.clients.edit(args.id, _input(args, current.to_input()), version=current.version)
    return _shown(app, services.clients.get(args.id), f"Changed client {args.id}.")


def show(app: App, args: argparse.Namespace) -> Output:
    detail = app.services().clients.get(args.id, history=args.history)
    return _shown(app, detail, "")


def _shown(app: App, c: ClientDetail, headline: str) -> Output:
    today = app.today()
    parts = [headline] if headline else []
    parts.append(
        key_values(
            [
                ("id", c.id),
                ("name", c.name),
                ("company", c.company),
                ("tier", c.tier),
                ("status", c.status + (" (at risk)" if c.at_risk else "")),
                ("birthday", birthday_text(c.birthday)),
                ("timezone", c.timezone),
                ("language", c.language),
                ("tags", ", ".join(c.tags)),
                ("notes", c.notes),
                ("created", c.created_on),
            ]
        )
    )
    if c.contacts:
        parts.append(
            "\nContact points:\n"
            + table(
                ("CHANNEL", "VALUE", "PREFERRED", "CONSENT"),
                [
                    (p.channel, p.value, p.preferred, "yes" if p.consent else "no")
                    for p in c.contacts
                ],
            )
        )
    zone = app.timezone()
    parts.append("\nPlanned:\n" + touch_table(c.planned, today, zone))
    if c.history:
        rows = [(t.id, t.done_on, t.channel, t.purpose, t.outcome, t.note) for t in c.history]
        parts.append(
            "\nHistory:\n" + table(("ID", "DONE", "CHANNEL", "PURPOSE", "OUTCOME", "NOTE"), rows)
        )
    return Output(client_detail_json(c, today), "\n".join(parts))


def delete(app: App, args: argparse.Namespace) -> Output:
    if not args.yes:
        raise BookError(
            "not-confirmed",
            f"deleting client {args.id} removes all their history; add --yes to confirm",
        )
    services = app.services()
    name = services.clients.get(args.id, history=0).name
    services.clients.delete(args.id)
    return Output({"deleted": args.id, "name": name}, f"Deleted client {args.id} ({name}).")


def merge(app: App, args: argparse.Namespace) -> Output:
    services = app.services()
    keep = services.clients.get(args.keep, history=0).name
    other = services.clients.get(args.other, history=0).name
    r = services.merge.merge(args.keep, args.other).value
    data = {
        "kept": r.kept,
        "removed": r.removed,
        "contact_points": r.moved_points,
        "tags": r.moved_tags,
        "touches": r.moved_touches,
        "sales": r.moved_sales,
        "offers": r.moved_offers,
    }
    text = (
        f"Merged client {r.removed} ({other}) into client {r.kept} ({keep}): "
        f"{r.moved_points} contact points, {r.moved_tags} tags, {r.moved_touches} touches, "
        f"{r.moved_sales} sales and {r.moved_offers} offers moved; client {r.removed} is gone."
    )
    return Output(data, text)


_RULES = {"phone": "same phone", "email": "same e-mail", "name": "same name (possible)"}


def duplicates(app: App, args: argparse.Namespace) -> Output:
    groups = app.services().merge.find_duplicates()
    data = [{"rule": g.rule, "key": g.key, "ids": list(g.ids)} for g in groups]
    if not groups:
        return Output(data, "No duplicates found.")
    rows = [(_RULES[g.rule], g.key, ", ".join(map(str, g.ids))) for g in groups]
    return Output(data, table(("MATCH", "VALUE", "CLIENTS"), rows))


def _rows(app: App, ids: Sequence[int]) -> list[ClientRow]:
    clients = app.services().clients
    out: list[ClientRow] = []
    for i in range(0, len(ids), PAGE):
        out.extend(clients.rows(ids[i : i + PAGE]))
    return out


def list_(app: App, args: argparse.Namespace) -> Output:
    flt = ClientFilter(
        tiers=tuple(t.upper() for t in args.tier or ()),
        statuses=tuple(args.status or ()),
        overdue=args.overdue,
        at_risk=args.at_risk,
        tag=args.tag,
        unverified=args.unverified,
    )
    ids = app.services().clients.ids(flt, sort=args.sort, descending=args.desc)
    rows = _rows(app, ids[: args.limit] if args.limit else ids)
    more = f"\n({len(ids)} clients, {len(rows)} shown)" if len(rows) < len(ids) else ""
    return Output([client_row_json(r) for r in rows], client_table(rows) + more)


def search(app: App, args: argparse.Namespace) -> Output:
    ids = app.services().clients.search(args.text, args.limit)
    rows = _rows(app, ids)
    return Output([client_row_json(r) for r in rows], client_table(rows))
