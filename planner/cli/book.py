"""`demo`, `config ...`, `backup`, `restore`, `check`, and what runs with no command."""

from __future__ import annotations

import argparse
import inspect
import os
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from planner import settings as settings_mod
from planner.cli.app import App
from planner.cli.output import Output, key_values, touch_json, touch_table
from planner.demo.people import LOCALES, Locale
from planner.errors import BookError

FIRST_RUN_CLIENTS = 200


def environment_locale() -> Locale:
    """en, ru or pl from the usual locale variables; English for anything else."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return next((loc for loc in LOCALES if value[:2].lower() == loc), "en")
    return "en"


def demo(app: App, args: argparse.Namespace) -> Output:
    """Fill the book with generated clients; a book with clients needs --force."""
    from planner.demo import generate, load_locale

    services = app.services(create=True)
    existing = services.clients.count()
    if existing and not args.force:
        raise BookError(
            "not-empty",
            f"the book already has {existing:,} clients; add --force to add demo clients to them",
        )
    locale: Locale = args.locale or environment_locale()
    zone = ZoneInfo(load_locale(locale).timezone)
    today = app.clock().astimezone(zone).date()
    r = generate(
        services, args.clients, args.seed, locale, today, app.progress("demo", counts=False)
    )
    data = {
        "clients": r.clients,
        "first_id": r.first_id,
        "contact_points": r.contact_points,
        "tags": r.tags,
        "touches": r.touches,
        "planned": r.planned,
        "overbooked": r.overbooked,
        "locale": r.locale,
        "seed": r.seed,
        "today": today.isoformat(),
        "seconds": {
            "generate": round(r.generate_seconds, 3),
            "write": round(r.write_seconds, 3),
            "replan": round(r.replan_seconds, 3),
        },
    }
    total = r.generate_seconds + r.write_seconds + r.replan_seconds
    text = (
        f"Added {r.clients:,} demo clients ({r.locale}, seed {r.seed}) with {r.touches:,} done "
        f"touches; planned {r.planned:,} ({r.overbooked:,} overbooked) in {total:.1f} s "
        f"(generate {r.generate_seconds:.1f} s, write {r.write_seconds:.1f} s, "
        f"re-plan {r.replan_seconds:.1f} s)."
    )
    return Output(data, text)


def config_get(app: App, args: argparse.Namespace) -> Output:
    settings_mod.spec(args.key)  # an unknown key is an error before the book is opened
    value = app.services().settings.get(args.key)
    return Output({"key": args.key, "value": value}, settings_mod.to_text(value))


def config_set(app: App, args: argparse.Namespace) -> Output:
    """Checked by the same parser as the Settings screen; some keys re-plan the book."""
    settings_mod.parse(args.key, args.value)  # nothing is opened or created for a bad value
    services = app.services(create=True)
    changes = services.settings.set(args.key, args.value, app.progress("re-planning")).changes
    value = services.settings.get(args.key)
    data = {"key": args.key, "value": value, "changed": changes.settings,
            "replanned": changes.all_clients}  # fmt: skip
    text = f"{args.key} = {settings_mod.to_text(value)}"
    if changes.all_clients:
        text += " (the plan was re-levelled)"
    elif not changes.settings:
        text += " (unchanged)"
    return Output(data, text)


def config_list(app: App, args: argparse.Namespace) -> Output:
    values = dict(sorted(app.services().settings.all().items()))
    return Output(values, key_values((k, settings_mod.to_text(v)) for k, v in values.items()))


def backup(app: App, args: argparse.Namespace) -> Output:
    """A consistent copy (SQLite online backup); without FILE, a rotating one."""
    services = app.services()
    target: Path | None = args.file
    if target is not None:
        if target.resolve() == app.db.resolve():
            raise BookError("bad-target", "a backup cannot overwrite the book itself")
        if target.exists() and not args.force:
            raise BookError("exists", f"{target} already exists; add --force to overwrite it")
    path = services.backups.backup(target)
    return Output({"backup": str(path)}, f"Backed up {app.db} to {path}.")


def restore(app: App, args: argparse.Namespace) -> Output:
    """Replace the book with a backup; the current book is backed up first."""
    source: Path = args.file
    if source.exists() and source.resolve() == app.db.resolve():
        raise BookError("bad-source", "a book cannot be restored from itself")
    services = app.services(create=True)
    safety = services.backups.restore(source)
    data = {"restored": str(source), "safety_backup": str(safety)}
    return Output(data, f"Restored {app.db} from {source} (the previous book: {safety}).")


def check(app: App, args: argparse.Namespace) -> Output:
    problems = app.services().backups.check()
    text = "The book is sound." if not problems else "\n".join(["Problems:", *problems])
    return Output({"ok": not problems, "problems": problems}, text, 0 if not problems else 1)


def launch(app: App, args: argparse.Namespace) -> Output:
    """No command: the desktop app; without it, today's agenda (after a first-run demo).

    The import is lazy so that no subcommand ever loads Qt.
    """
    try:
        from ui.app import main as ui_main
    except ImportError as exc:
        print(
            f"contact-planner: the desktop app is not available ({exc}); "
            "showing today's agenda instead",
            file=sys.stderr,
        )
    else:
        ui_argv = ["--db", str(app.db)] if getattr(args, "db", None) else []
        if getattr(args, "lang", None):
            ui_argv += ["--lang", args.lang]
        params = inspect.signature(ui_main).parameters
        code = ui_main(ui_argv) if params else ui_main()
        return Output(None, "", int(code or 0))
    services = app.services(create=True)
    if services.clients.count() == 0:
        from planner.demo import generate, load_locale

        locale = environment_locale()
        zone = ZoneInfo(load_locale(locale).timezone)
        today = app.clock().astimezone(zone).date()
        generate(services, FIRST_RUN_CLIENTS, 1, locale, today, app.progress("demo", counts=False))
        print(f"contact-planner: created a demo book at {app.db}", file=sys.stderr)
    today = app.today()
    touches = services.planning.agenda(today)
    head = f"Agenda for {today}: {len(touches)} touches"
    return Output(
        [touch_json(t, today) for t in touches],
        f"{head}\n{touch_table(touches, today, app.timezone())}",
    )
