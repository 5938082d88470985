"""Settings: values are checked by the services (all or nothing) and re-plan the book."""

from __future__ import annotations

from datetime import date, timedelta

TODAY = date(2026, 3, 12)


def services(win):
    return win.ops._services


def open_settings(win, qtbot):
    win.window_actions.open_settings()
    dlg = win.window_actions.settings_dialog
    qtbot.waitUntil(lambda: dlg.loaded)
    return dlg


def test_dialog_shows_the_book_settings(window, qtbot):
    dlg = open_settings(window, qtbot)
    values = services(window).settings.all()
    assert dlg.capacity.spins["call"].value() == values["capacity.call"]
    assert dlg.calendar.timezone.currentText() == values["calendar.timezone"]
    assert [t.code for t in dlg.tiers.tiers] == ["A", "B", "C", "D"]
    assert dlg.tabs.count() == 4
    assert dlg.changed_values() == {}


def test_weekend_change_replans_the_book(window, qtbot):
    s = services(window)
    horizon = TODAY + timedelta(days=60)
    assert any(t.due.weekday() == 4 for t in s.planning.plan(TODAY, horizon))
    dlg = open_settings(window, qtbot)
    dlg.calendar.weekend["fri"].setChecked(True)
    assert dlg.changed_values() == {"calendar.weekend": "fri,sat,sun"}
    with qtbot.waitSignal(dlg.finished, timeout=30_000):
        dlg.save()
    assert s.settings.get("calendar.weekend") == ["fri", "sat", "sun"]
    fridays = [
        t
        for t in s.planning.plan(TODAY + timedelta(days=1), horizon)
        if t.due.weekday() == 4 and not t.pinned and t.purpose != "birthday"
    ]
    assert fridays == []


def test_capacity_change_replans(window, qtbot):
    s = services(window)
    dlg = open_settings(window, qtbot)
    dlg.capacity.spins["call"].setValue(2)
    with qtbot.waitSignal(dlg.finished, timeout=30_000):
        dlg.save()
    for ld in s.planning.load(TODAY + timedelta(days=1), TODAY + timedelta(days=40)):
        if ld.channel == "call":
            assert ld.planned - ld.overbooked <= 2


def test_a_bad_value_shows_inline_and_saves_nothing(window, qtbot):
    s = services(window)
    before = s.settings.all()
    dlg = open_settings(window, qtbot)
    dlg.general.name.setText("Anna Seller")
    dlg.calendar.timezone.setEditText("Mars/Olympus_Mons")
    dlg.save()
    error = dlg.calendar.errors["calendar.timezone"]
    qtbot.waitUntil(lambda: not error.isHidden())
    assert error.text() == (
        "Unknown time zone “Mars/Olympus_Mons”; use a name such as Europe/Warsaw."
    )
    assert dlg.tabs.currentWidget() is dlg.calendar
    assert dlg.isVisible()
    assert s.settings.all() == before  # all or nothing: the name was not saved either


def test_tier_cadence_change_replans(window, qtbot):
    s = services(window)
    dlg = open_settings(window, qtbot)
    dlg.tiers.set_tier_value("B", "every", 3)
    dlg.tiers.set_tier_value("B", "channels", "email, call")
    with qtbot.waitSignal(dlg.finished, timeout=30_000):
        dlg.save()
    b = next(t for t in s.settings.tiers() if t.code == "B")
    assert b.interval_count == 3
    assert b.channels == ("email", "call")


def test_days_off_in_settings(window, qtbot, monkeypatch):
    from ui import ask

    s = services(window)
    day = date(2026, 3, 18)
    dlg = open_settings(window, qtbot)
    monkeypatch.setattr(ask, "pick_date", lambda *a, **k: day)
    dlg.calendar.add_off.click()
    assert dlg.changed_days() == {day: "off"}
    with qtbot.waitSignal(dlg.finished, timeout=30_000):
        dlg.save()
    assert [(d, k) for d, k, _ in s.planning.days()] == [(day, "off")]
    assert all(t.purpose == "birthday" for t in s.planning.plan(day, day))


def test_planning_shows_the_new_capacity_at_once(window, qtbot):
    """Settings → Save broadcasts its changes: Planning shows x/150 without F5."""
    view = window.planning_view
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.show_view("planning")
    assert any("Calls" in c.header.text() for c in view.week.columns)
    assert not any("/150" in c.header.text() for c in view.week.columns)
    dlg = open_settings(window, qtbot)
    dlg.capacity.spins["call"].setValue(150)
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        dlg.save()
    calls = [c.header.text() for c in view.week.columns if "Calls" in c.header.text()]
    assert calls
    assert all("/150" in text for text in calls)
    assert services(window).settings.get("capacity.call") == 150


def test_a_refused_tier_shows_its_translated_problem_and_saves_nothing(window, qtbot):
    s = services(window)
    before = s.settings.all()
    dlg = open_settings(window, qtbot)
    dlg.capacity.spins["call"].setValue(150)
    dlg.tiers.set_tier_value("B", "channels", "")
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.tiers.error.isHidden())
    assert dlg.tiers.error.text() == "B: A tier needs at least one channel."
    assert dlg.tabs.currentWidget() is dlg.tiers
    assert s.settings.all() == before
