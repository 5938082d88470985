"""`agenda`, `plan`, `touch ...`, `dayoff ...`, `replan` and planning settings via the CLI."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from e2e_support import TODAY, Cli, count, digest

TOUCH_KEYS = {
    "id", "client_id", "client", "tier", "due", "due_at", "channel", "purpose", "reason",
    "overbooked", "kind", "overdue_days",
}  # fmt: skip
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def _planned_on(cli: Cli, book: Path, start: str, end: str | None = None) -> list[dict]:  # type: ignore[type-arg]
    run = cli("plan", "--db", book, "--from", start, "--to", end or start, "--json")
    assert run.code == 0, run.err
    touches: list[dict] = run.json  # type: ignore[type-arg]
    return touches


def test_agenda_json_shape(cli: Cli, pl_book: Path) -> None:
    day = "2026-11-04"
    run = cli("agenda", "--db", pl_book, "--date", day, "--json")
    assert run.code == 0, run.err
    touches = run.json
    assert isinstance(touches, list)
    assert touches
    for t in touches:
        assert t.keys() >= TOUCH_KEYS
        assert ISO_DAY.match(t["due"])
        assert t["due"] <= day
        assert t["due_at"] is None or ISO_UTC.match(t["due_at"])
        assert t["overdue_days"] == (date.fromisoformat(day) - date.fromisoformat(t["due"])).days
        assert t["tier"] in "ABCD"
        assert t["reason"]
        assert isinstance(t["overbooked"], bool)
    live = [t for t in touches if t["channel"] in ("call", "meeting", "video")]
    assert live
    assert all(t["due_at"] for t in live)
    human = cli("agenda", "--db", pl_book, "--date", day)
    assert human.code == 0
    assert human.out.startswith(f"Agenda for {day}: {len(touches)} touches")


def test_agenda_defaults_to_the_clocks_today(cli: Cli, pl_book: Path) -> None:
    run = cli("agenda", "--db", pl_book, "--json")
    assert run.code == 0
    assert all(t["due"] <= TODAY.isoformat() for t in run.json)


def test_touch_done_plans_the_next_touch(cli: Cli, pl_book: Path) -> None:
    agenda = cli("agenda", "--db", pl_book, "--json").json
    touch = next(t for t in agenda if t["kind"] == "cadence")
    run = cli(
        "touch", "done", touch["id"], "--db", pl_book, "--outcome", "reached",
        "--note", "Zamówi w grudniu", "--json",
    )  # fmt: skip
    assert run.code == 0, run.err
    done, upcoming = run.json["touch"], run.json["next"]
    assert (done["status"], done["outcome"], done["note"]) == (
        "done",
        "reached",
        "Zamówi w grudniu",
    )
    assert done["done_on"] == TODAY.isoformat()
    cadence = [t for t in upcoming if t["kind"] == "cadence"]
    assert len(cadence) == 1
    assert cadence[0]["due"] > TODAY.isoformat()
    assert "last reached 2026-11-02" in cadence[0]["reason"]
    again = cli("touch", "done", touch["id"], "--db", pl_book, "--outcome", "reached")
    assert again.code == 1
    assert "already done" in again.err


def test_no_answer_plans_a_retry(cli: Cli, pl_book: Path) -> None:
    agenda = cli("agenda", "--db", pl_book, "--json").json
    touch = next(t for t in agenda if t["kind"] == "cadence" and t["tier"] in "AB")
    run = cli("touch", "done", touch["id"], "--db", pl_book, "--outcome", "no-answer", "--json")
    assert run.code == 0, run.err
    assert any(t["kind"] == "retry" for t in run.json["next"])


def test_touch_move_pins_it(cli: Cli, pl_book: Path) -> None:
    touch = _planned_on(cli, pl_book, "2026-11-09", "2026-11-13")[0]
    target = "2026-11-20"
    run = cli("touch", "move", touch["id"], "--db", pl_book, "--to", target, "--json")
    assert run.code == 0, run.err
    moved = run.json["touch"]
    assert (moved["due"], moved["pinned"]) == (target, True)
    assert cli("replan", "--db", pl_book).code == 0
    shown = cli("touch", "show", touch["id"], "--db", pl_book, "--json").json
    assert (shown["due"], shown["pinned"], shown["status"]) == (target, True, "planned")
    past = cli("touch", "move", touch["id"], "--db", pl_book, "--to", "2026-10-01")
    assert past.code == 1
    assert len(past.err_lines) == 1


def test_a_day_off_is_levelled_around(cli: Cli, pl_book: Path) -> None:
    day = "2026-11-16"
    assert _planned_on(cli, pl_book, day), "the demo plans touches on an ordinary Monday"
    before = count(pl_book, "SELECT count(*) FROM touch WHERE status = 'planned'")
    run = cli("dayoff", "add", day, "--db", pl_book, "--note", "dentist", "--json")
    assert run.code == 0, run.err
    assert run.json["kind"] == "off"
    assert run.json["replan"]["touches"] > 0
    assert _planned_on(cli, pl_book, day) == []
    assert count(pl_book, "SELECT count(*) FROM touch WHERE status = 'planned'") == before
    listed = cli("dayoff", "list", "--db", pl_book, "--json").json
    assert listed == [{"day": day, "kind": "off", "note": "dentist"}]
    assert cli("workday", "remove", day, "--db", pl_book).code == 1  # not a working day
    assert cli("dayoff", "remove", day, "--db", pl_book).code == 0
    assert cli("dayoff", "list", "--db", pl_book, "--json").json == []


def test_a_working_saturday_takes_touches(cli: Cli, pl_book: Path) -> None:
    saturday = "2026-11-21"
    assert _planned_on(cli, pl_book, saturday) == []
    assert cli("workday", "add", saturday, "--db", pl_book).code == 0
    assert cli("workday", "list", "--db", pl_book, "--json").json[0]["day"] == saturday


def test_polish_holidays_after_config_set_country(cli: Cli, ru_book: Path) -> None:
    """2026-11-11 is Independence Day in Poland, a working day in Russia."""
    holiday = "2026-11-11"
    added = cli(
        "client", "add", "--db", ru_book, "--name", "Пётр Ёлкин", "--phone", "+79161234567",
        "--today", "2026-11-10", "--json",
    )  # fmt: skip
    assert added.code == 0, added.err
    onboarding = [t for t in added.json["planned"] if t["purpose"] == "onboarding"]
    assert onboarding[0]["due"] == holiday  # one working day after 10 November in Russia
    run = cli("config", "set", "calendar.country", "pl", "--db", ru_book, "--json")
    assert run.code == 0, run.err
    assert run.json == {"key": "calendar.country", "value": "PL", "changed": True,
                        "replanned": True}  # fmt: skip
    assert _planned_on(cli, ru_book, holiday) == []
    shown = cli("touch", "show", onboarding[0]["id"], "--db", ru_book, "--json").json
    assert shown["due"] == "2026-11-12"
    assert "holiday" in shown["reason"]


def test_plan_default_period_is_a_week(cli: Cli, pl_book: Path) -> None:
    run = cli("plan", "--db", pl_book, "--json")
    assert run.code == 0
    last = (TODAY + timedelta(days=6)).isoformat()
    assert run.json
    assert all(TODAY.isoformat() <= t["due"] <= last for t in run.json)
    assert cli("plan", "--db", pl_book, "--from", "2026-11-10", "--to", "2026-11-01").code == 1


def test_bad_dates_are_usage_errors(cli: Cli, pl_book: Path) -> None:
    before = digest(pl_book)
    for bad in ("2026-13-01", "20261111", "2026-W45-3", "2026-2-1", "tomorrow"):
        run = cli("agenda", "--db", pl_book, "--date", bad)
        assert run.code == 2
        assert run.err_lines == [
            f"contact-planner: error: argument --date: invalid date '{bad}' (use YYYY-MM-DD)"
        ]
    assert cli("dayoff", "add", "2026-02-30", "--db", pl_book).code == 2
    assert cli("touch", "done", "1", "--db", pl_book, "--outcome", "maybe").code == 2
    assert digest(pl_book) == before


def test_replan_reports_what_it_did(cli: Cli, pl_book: Path) -> None:
    run = cli("replan", "--db", pl_book, "--json")
    assert run.code == 0
    assert {"clients", "touches", "created", "updated", "cancelled", "overbooked"} == set(run.json)
    assert run.json["clients"] > 150
    assert run.err == ""


def test_plan_forecast_prints_the_weekly_load_and_the_verdicts(cli: Cli, pl_book: Path) -> None:
    run = cli("plan", "--db", pl_book, "--forecast", "--json")
    assert run.code == 0, run.err
    data = run.json
    assert len(data["weeks"]) == 12
    assert data["first"] == TODAY.isoformat()
    starts = [w["start"] for w in data["weeks"]]
    assert starts == sorted(starts)
    assert sum(sum(w["need"].values()) for w in data["weeks"]) > 0
    assert data["verdicts"]
    assert data["fits"] == (data["verdicts"][0]["code"] == "book-fits")
    human = cli("plan", "--db", pl_book, "--forecast")
    assert human.code == 0, human.err
    assert human.out.startswith(f"Forecast {TODAY.isoformat()} .. ")
    assert "WEEK" in human.out
    for v in data["verdicts"]:
        assert v["text"] in human.out
    # a capacity far too small for the demo book's calls: a plain verdict
    assert cli("config", "set", "capacity.call", "1", "--db", pl_book).code == 0
    tight = cli("plan", "--db", pl_book, "--forecast", "--json").json
    over = [v for v in tight["verdicts"] if v["code"] == "tier-overloads-channel"]
    assert any(v["args"]["channel"] == "call" and v["args"]["have"] == "1" for v in over)
    assert not tight["fits"]
    text = next(v["text"] for v in over if v["args"]["channel"] == "call")
    assert "raise call capacity to" in text
