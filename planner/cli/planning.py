"""`agenda`, `plan`, `touch ...`, `dayoff ...`, `workday ...` and `replan`."""

from __future__ import annotations

import argparse
from datetime import date, timedelta

from planner.cli.app import App, Handler
from planner.cli.output import Output, key_values, replan_json, table, touch_json, touch_table
from planner.errors import BookError
from planner.scheduling.explain import format_verdict
from planner.vocabulary import Channel, Purpose

FAR_AHEAD = timedelta(days=3660)


def agenda(app: App, args: argparse.Namespace) -> Output:
    """Due and overdue touches on a day: what the salesperson does that morning."""
    day: date = args.date or app.today()
    touches = app.services().planning.agenda(day)
    late = sum(1 for t in touches if t.due < day)
    head = f"Agenda for {day}: {len(touches)} touches, {late} overdue"
    body = touch_table(touches, day, app.timezone())
    return Output([touch_json(t, day) for t in touches], f"{head}\n{body}")


def plan(app: App, args: argparse.Namespace) -> Output:
    if getattr(args, "forecast", False):
        return forecast(app)
    start: date = args.start or app.today()
    end: date = args.end or start + timedelta(days=6)
    touches = app.services().planning.plan(start, end, args.client)
    today = app.today()
    head = f"Plan {start} .. {end}: {len(touches)} touches"
    body = touch_table(touches, today, app.timezone())
    return Output([touch_json(t, today) for t in touches], f"{head}\n{body}")


def forecast(app: App) -> Output:
    """`plan --forecast`: the load the tiers demand per week and channel over the next
    12 weeks against capacity, and whether the book fits (a table and the verdicts)."""
    got = app.services().planning.forecast()
    channels = sorted({ch for w in got.weeks for ch in w.need}, key=list(Channel).index)
    rows = []
    for w in got.weeks:
        cells = []
        for ch in channels:
            need, have = w.need.get(ch, 0), w.capacity.get(ch)
            mark = " !" if w.over(ch) else ""
            cells.append(f"{need}/{'-' if have is None else have}{mark}")
        rows.append((w.start.isoformat(), str(w.working_days), *cells))
    head = ("WEEK", "DAYS", *(f"{ch.value.upper()} NEED/CAP" for ch in channels))
    verdicts = [format_verdict(v) for v in got.verdicts]
    text = "\n".join(
        [
            f"Forecast {got.first} .. {got.last} ({got.working_days} working days)",
            table(head, rows),
            *verdicts,
        ]
    )
    data = {
        "first": got.first.isoformat(),
        "last": got.last.isoformat(),
        "working_days": got.working_days,
        "fits": got.fits,
        "weeks": [
            {
                "start": w.start.isoformat(),
                "working_days": w.working_days,
                "need": {ch.value: n for ch, n in w.need.items()},
                "capacity": {ch.value: n for ch, n in w.capacity.items()},
            }
            for w in got.weeks
        ],
        "verdicts": [
            {
                "code": v.code,
                "args": dict(v.args),
                "suggest": [{"code": s.code, "args": dict(s.args)} for s in v.suggest],
                "text": text_,
            }
            for v, text_ in zip(got.verdicts, verdicts, strict=True)
        ],
    }
    return Output(data, text, 0)


def touch_show(app: App, args: argparse.Namespace) -> Output:
    t = app.services().planning.touch(args.id)
    today = app.today()
    return Output(touch_json(t, today), touch_table([t], today, app.timezone()))


def touch_done(app: App, args: argparse.Namespace) -> Output:
    """Log an outcome; the client's next touch is planned in the same transaction."""
    planning = app.services().planning
    logged = planning.log_outcome(
        args.id,
        args.outcome,
        args.note,
        reschedule_to=args.reschedule,
        stop_client=args.stop_client,
    )
    done = planning.touch(args.id)
    today = app.today()
    upcoming = list(logged.value.next)  # the next touches, from the call itself
    text = f"Touch {done.id} done ({done.outcome}). Next for {done.client}:\n" + touch_table(
        upcoming, today, app.timezone()
    )
    return Output(
        {"touch": touch_json(done, today), "next": [touch_json(t, today) for t in upcoming]},
        text,
    )


def touch_move(app: App, args: argparse.Namespace) -> Output:
    planning = app.services().planning
    planning.move(args.id, args.to)
    t = planning.touch(args.id)
    today = app.today()
    text = f"Touch {t.id} pinned to {t.due}.\n" + touch_table([t], today, app.timezone())
    return Output({"touch": touch_json(t, today)}, text)


def touch_add(app: App, args: argparse.Namespace) -> Output:
    planning = app.services().planning
    touch_id = planning.add_touch(
        args.client, args.date, args.channel, Purpose(args.purpose), args.note
    ).value
    t = planning.touch(touch_id)
    today = app.today()
    text = f"Added touch {t.id}.\n" + touch_table([t], today, app.timezone())
    return Output({"touch": touch_json(t, today)}, text)


def replan(app: App, args: argparse.Namespace) -> Output:
    result = app.services().planning.replan_all(app.progress("re-planning")).value
    data = replan_json(result)
    return Output(data, "Re-planned the book.\n" + key_values(data.items()))


def _day_override(kind: str, label: str) -> tuple[Handler, Handler, Handler]:
    """add / remove / list handlers for personal days off ("off") or extra working days."""

    def add(app: App, args: argparse.Namespace) -> Output:
        result = app.services(create=True).planning.set_day(args.day, kind, args.note).value
        data = {"day": args.day.isoformat(), "kind": kind, "note": args.note,
                "replan": replan_json(result)}  # fmt: skip
        return Output(data, f"{args.day} is now a {label}; the plan was re-levelled.")

    def remove(app: App, args: argparse.Namespace) -> Output:
        planning = app.services().planning
        if not any(d == args.day and k == kind for d, k, _ in planning.days()):
            raise BookError("not-found", f"{args.day} is not a {label}")
        result = planning.set_day(args.day, None).value
        data = {"day": args.day.isoformat(), "kind": None, "note": None,
                "replan": replan_json(result)}  # fmt: skip
        return Output(data, f"{args.day} is no longer a {label}; the plan was re-levelled.")

    def list_(app: App, args: argparse.Namespace) -> Output:
        days = [(d, note) for d, k, note in app.services().planning.days() if k == kind]
        data = [{"day": d.isoformat(), "kind": kind, "note": note} for d, note in days]
        text = table(("DAY", "NOTE"), days) if days else f"(no {label}s)"
        return Output(data, text)

    return add, remove, list_


dayoff_add, dayoff_remove, dayoff_list = _day_override("off", "day off")
workday_add, workday_remove, workday_list = _day_override("work", "working day")
