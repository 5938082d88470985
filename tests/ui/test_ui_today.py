"""Today: touches grouped by channel with capacity, the client card, logging outcomes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QUrl

from ui import ask
from ui.links import contact_url
from ui.reasons import reason_text
from ui.texts import channel_group


def services(win):  # the book, read directly to check what the UI did
    return win.ops._services


def test_agenda_is_grouped_by_channel_with_capacity(window, qtbot):
    today = window.today
    qtbot.waitUntil(lambda: today.data is not None)
    s = services(window)
    agenda = s.planning.agenda()
    assert agenda, "the demo book has touches due"
    model = today.model
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    channels = {t.channel for t in agenda}
    assert len(groups) == len(channels)
    capacity = s.settings.get("capacity.call")
    if "call" in channels:
        calls = next(g for g in groups if g.startswith(channel_group("call")))
        assert calls.endswith(f"/{capacity}")
    assert sum(len(g.touches) for g in model.groups) == len(agenda)


def test_rows_show_client_tier_purpose_and_translated_reason(window, qtbot):
    qtbot.waitUntil(lambda: window.today.data is not None)
    model = window.today.model
    parent = model.index(0, 0)
    touch = model.groups[0].touches[0]
    cells = [model.index(0, c, parent).data() for c in range(5)]
    assert touch.client in cells[0]
    assert cells[1] == touch.tier
    assert cells[2]  # purpose
    assert cells[4] == reason_text(touch.reasons, touch.reason)
    assert cells[4]
    assert not cells[4].startswith("cadence")


def test_unknown_reason_code_falls_back_to_english():
    assert reason_text((("from-the-future", {"x": "1"}),), "English text") == "English text"
    assert reason_text((), "English text") == "English text"


def test_reason_codes_of_the_core_are_all_translated():
    from planner.scheduling import reasons as R
    from ui.reasons import known_codes

    core = {v for k, v in vars(R).items() if k.isupper() and isinstance(v, str)}
    assert core <= known_codes()


def test_selecting_a_touch_shows_the_client_card(window, qtbot):
    qtbot.waitUntil(lambda: window.today.data is not None)
    touch = window.today.current_touch()
    assert touch is not None
    card = window.today.card
    qtbot.waitUntil(lambda: card.detail is not None and card.detail.id == touch.client_id)
    html = card.contacts.text()
    detail = card.detail
    for p in detail.contacts:
        url = contact_url(p.channel, p.value)
        if url and p.consent:
            assert url.replace("&", "&amp;") in html
    assert card.timeline.topLevelItemCount() == len(detail.planned) + len(detail.history)
    assert window.today.outcomes.script.toPlainText()  # the call script area is filled


def test_contact_links_open_through_desktop_services(window, qtbot):
    qtbot.waitUntil(lambda: window.today.card.detail is not None)
    card = window.today.card
    opened: list[QUrl] = []
    card.url_opener = opened.append
    card.contacts.linkActivated.emit("tel:+48601234567")
    assert opened
    assert opened[0].toString() == "tel:+48601234567"


@pytest.mark.parametrize(
    ("channel", "value", "url"),
    [
        ("call", "+48 601 234 567", "tel:+48601234567"),
        ("sms", "+48601234567", "sms:+48601234567"),
        ("email", "anna@example.pl", "mailto:anna@example.pl"),
        ("whatsapp", "+48 601 234 567", "https://wa.me/48601234567"),
        ("telegram", "@anna_k", "https://t.me/anna_k"),
        ("telegram", "+48601234567", "https://t.me/+48601234567"),
        ("viber", "+48601234567", "viber://chat?number=%2B48601234567"),
        ("video", "https://meet.example.com/x", "https://meet.example.com/x"),
    ],
)
def test_contact_urls(channel, value, url):
    assert contact_url(channel, value) == url


def test_logging_an_outcome_replans_at_once(window, qtbot):
    today = window.today
    qtbot.waitUntil(lambda: today.data is not None)
    touch = today.current_touch()
    assert touch is not None
    today.outcomes.note.setText("Call back after lunch")
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        today.outcomes.buttons["no-answer"].click()
    ids = [t.id for t in today.model.touches()]
    assert touch.id not in ids
    s = services(window)
    done = s.planning.touch(touch.id)
    assert done.status == "done"
    assert done.outcome == "no-answer"
    assert done.note == "Call back after lunch"
    planned = s.planning.plan(date(2026, 3, 12), date(2027, 12, 31), client_id=touch.client_id)
    assert planned, "the next touch is planned at once"
    assert "Next touch" in today.last_status
    assert window.statusBar().currentMessage() == today.last_status
    # The capacity count includes what was done today.
    group = (
        next(g for g in today.model.groups if g.channel == touch.channel)
        if any(g.channel == touch.channel for g in today.model.groups)
        else None
    )
    if group is not None:
        assert group.used == len(group.touches) + sum(
            1 for t in s.uiextras.done_on(date(2026, 3, 12)) if t.channel == touch.channel
        )


def test_reschedule_asks_for_a_day(window, qtbot, monkeypatch):
    today = window.today
    qtbot.waitUntil(lambda: today.data is not None)
    touch = today.current_touch()
    monkeypatch.setattr(ask, "pick_date", lambda *a, **k: date(2026, 3, 20))
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        today.outcomes.buttons["rescheduled"].click()
    planned = services(window).planning.plan(date(2026, 3, 20), date(2026, 3, 20), touch.client_id)
    assert any(t.pinned for t in planned)


def test_do_not_contact_can_stop_the_client(window, qtbot, monkeypatch):
    today = window.today
    qtbot.waitUntil(lambda: today.data is not None)
    touch = today.current_touch()
    monkeypatch.setattr(ask, "stop_whom", lambda *a: True)
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        today.outcomes.buttons["do-not-contact"].click()
    assert services(window).clients.summary(touch.client_id).status == "do-not-contact"


def test_a_note_typed_for_one_touch_is_not_logged_on_another(window, qtbot):
    today = window.today
    qtbot.waitUntil(lambda: today.data is not None)
    first, other = today.model.touches()[:2]
    today.select_touch(first.id)
    qtbot.waitUntil(
        lambda: today.outcomes.touch is not None and today.outcomes.touch.id == first.id
    )
    today.outcomes.note.setText("Wants the offer for Anna's shop")
    qtbot.waitUntil(lambda: today.outcomes.detail is not None)  # the card loaded: kept
    assert today.outcomes.note.text() == "Wants the offer for Anna's shop"
    today.select_touch(other.id)
    qtbot.waitUntil(
        lambda: today.outcomes.touch is not None and today.outcomes.touch.id == other.id
    )
    assert today.outcomes.note.text() == ""
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        today.outcomes.buttons["reached"].click()
    assert not services(window).planning.touch(other.id).note  # before: the other's note


def test_keyboard_moves_between_touches_and_logs_outcomes(window, qtbot):
    today = window.today
    qtbot.waitUntil(lambda: today.data is not None)
    touches = today.model.touches()
    assert len(touches) >= 2
    window.activateWindow()
    today.tree.setFocus()
    first = today.current_touch()
    # The selection is kept by touch across reloads (the start-up's daily re-plan may
    # reorder the list under it): J and K move from wherever it is.
    at = [t.id for t in touches].index(first.id)
    following = touches[at + 1] if at + 1 < len(touches) else touches[at - 1]
    if following is touches[at - 1] and at + 1 >= len(touches):
        qtbot.keyClick(today.tree, Qt.Key.Key_K)
        assert today.current_touch().id == following.id
        qtbot.keyClick(today.tree, Qt.Key.Key_J)
        assert today.current_touch().id == first.id
    else:
        qtbot.keyClick(today.tree, Qt.Key.Key_J)
        assert today.current_touch().id == following.id
        qtbot.keyClick(today.tree, Qt.Key.Key_K)
        assert today.current_touch().id == first.id
        qtbot.keyClick(today.tree, Qt.Key.Key_Down)
        assert today.current_touch().id == following.id
    # Ctrl+1..9 are the outcome buttons' shortcuts, listed in their tooltips and the help.
    assert today.outcomes.buttons["reached"].shortcut().toString() == "Ctrl+1"
    assert "Ctrl+2" in today.outcomes.buttons["no-answer"].toolTip()
    assert "J" in today.help.toolTip()
    assert "Ctrl+1" in today.help.toolTip()
    current = today.current_touch()
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        qtbot.keyClick(today.tree, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert current.id not in [t.id for t in today.model.touches()]
    assert services(window).planning.touch(current.id).outcome == "reached"


def test_a_sequence_reason_names_the_step_as_people_count() -> None:
    reasons = (("sequence", {"code": "after-sale", "step": "1", "event": "2026-11-20"}),)
    text = reason_text(reasons, "Sequence after-sale step 1 after 2026-11-20")
    assert "step 1" in text
    assert "step 2" not in text


def test_a_failed_card_load_clears_the_card_and_disables_outcomes_then_recovers(
    window, qtbot, monkeypatch
):
    import sqlite3

    from sqlalchemy.exc import DatabaseError

    today = window.today
    qtbot.waitUntil(lambda: today.card.detail is not None)
    first = today.current_touch()
    flat = [today.model.touch_at(i) for i in today._flat()]
    other = next(t for t in flat if t is not None and t.client_id != first.client_id)
    s = services(window)
    real_get = s.clients.get
    failures: list[BaseException] = []
    window.ops.failed.disconnect()
    window.ops.failed.connect(failures.append)

    def broken(*args, **kwargs):
        raise DatabaseError("SELECT client.id FROM client", (), sqlite3.DatabaseError("malformed"))

    monkeypatch.setattr(s.clients, "get", broken)
    assert today.select_touch(other.id)
    qtbot.waitUntil(lambda: bool(failures))
    assert today.current_touch().id == other.id
    assert today.card.detail is None  # never the previous client's card
    assert not any(b.isEnabled() for b in today.outcomes.buttons.values())
    monkeypatch.setattr(s.clients, "get", real_get)
    assert today.select_touch(first.id)
    qtbot.waitUntil(lambda: today.card.detail is not None)
    assert today.card.detail.id == first.client_id
    assert all(b.isEnabled() for b in today.outcomes.buttons.values())


def test_today_shows_the_next_touch_the_outcome_call_returned(window, qtbot, monkeypatch):
    """One call (issue 9): the status names the client's next touch from the value the
    outcome returned; no second read of the plan happens on the way."""
    from planner.services.planning import PlanningService
    from ui.formats import day_text

    today = window.today
    qtbot.waitUntil(lambda: today.data is not None)
    touch = today.current_touch()
    assert touch is not None

    def no_plan(*_args, **_kwargs):
        raise AssertionError("the outcome's next touch must come from log_outcome")

    monkeypatch.setattr(PlanningService, "plan", no_plan)
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        today.outcomes.buttons["reached"].click()
    monkeypatch.undo()
    s = services(window)
    planned = s.planning.plan(date(2026, 3, 12), date(2099, 12, 31), client_id=touch.client_id)
    assert planned
    assert day_text(planned[0].due, weekday=True) in today.last_status


def test_today_loads_with_one_service_call(window, qtbot, monkeypatch):
    """Everything Today shows first (the day, counts per channel against capacity, the
    first pages, the day's hours) comes from one call: `agenda.today`. The selected
    touch's card and further pages of a long channel are read later, by their own ops."""
    import ui.models.agenda as agenda_model

    qtbot.waitUntil(lambda: window.today.data is not None)
    s = services(window)
    calls: list[str] = []
    inside = [False]  # recording while Today's load runs, its own calls only
    for group, service in vars(s).items():
        if not type(service).__name__.endswith("Service"):
            continue
        for name in dir(type(service)):
            if name.startswith("_") or not callable(getattr(service, name)):
                continue
            original = getattr(service, name)

            def spy(*args, _label=f"{group}.{name}", _original=original, **kwargs):
                if not inside[0]:
                    return _original(*args, **kwargs)
                calls.append(_label)
                inside[0] = False  # what the service calls in turn is its own business
                try:
                    return _original(*args, **kwargs)
                finally:
                    inside[0] = True

            monkeypatch.setattr(service, name, spy)
    real_load = agenda_model.load_today

    def load(services_):
        inside[0] = True
        try:
            return real_load(services_)
        finally:
            inside[0] = False

    monkeypatch.setattr(agenda_model, "load_today", load)
    loaded: list[int] = []
    window.today.loaded.connect(lambda: loaded.append(1))
    window.today.load()
    qtbot.waitUntil(lambda: bool(loaded))
    assert calls == ["agenda.today"]
    data = window.today.data
    assert data.screen.day == data.today == s.uiextras.today()
    capacity = {c.channel: c.capacity for c in data.screen.channels}
    assert capacity["call"] == s.settings.get("capacity.call")
    assert data.clients == s.clients.count()
    assert data.working == s.planning.calendar().is_working(data.today)


@pytest.fixture
def small_pages(monkeypatch):
    """Pages of two touches and a first screen of three: the demo day spans pages."""
    from planner.services.agenda import AgendaService

    monkeypatch.setattr("ui.models.agenda.PAGE", 2)
    monkeypatch.setattr(AgendaService.today, "__defaults__", (3,))


def _load_all(today, qtbot, channel):
    model = today.model
    row = next(i for i, g in enumerate(model.groups) if g.channel == channel)
    group = model.groups[row]
    while not group.started or group.next is not None:
        model.fetchMore(model.index(row, 0))
        qtbot.waitUntil(lambda: not group.asked)
    assert model.groups[row] is group  # no reload meanwhile
    return group


@pytest.mark.parametrize("where", ["a later page", "a channel past the first screen"])
def test_after_an_outcome_the_next_touch_stays_selected_where_the_list_was_read_on(
    make_window, book_path, qtbot, small_pages, where
):
    """Logging an outcome reloads Today's first screen: the touch after the logged one
    is selected again even where it came on a page read as the list scrolled (on the
    worker, as in the app: a page comes after the first screen is shown)."""
    window = make_window(book_path, synchronous=False)
    today = window.today
    qtbot.waitUntil(lambda: today.data is not None and window.reminders is not None)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=20_000)
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        today.refresh()  # the start-up's daily step has run: nothing reorders the day now
    qtbot.waitUntil(lambda: not window.ops.busy)
    screen = today.data.screen
    due = {c.channel: c.due for c in screen.channels}
    if where == "a later page":
        channel = next(c for c, p in screen.pages.items() if due[c] >= 5 and p.next is not None)
        group = _load_all(today, qtbot, channel)
        touch, following = group.touches[3], group.touches[4]
    else:
        channel = next(c for c in due if c not in screen.pages and due[c] >= 2)
        group = _load_all(today, qtbot, channel)
        touch, following = group.touches[0], group.touches[1]
    assert today.select_touch(touch.id)
    assert today.current_touch() == touch
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        today.outcomes.buttons["reached"].click()
    qtbot.waitUntil(lambda: (today.current_touch() or touch).id == following.id)
    assert touch.id not in [t.id for t in today.model.touches()]
    assert today.tree.currentIndex() == today.model.index_of(following.id)
