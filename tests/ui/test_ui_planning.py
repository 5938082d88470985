"""Planning: week and month with load against capacity; moving touches; days off."""

from __future__ import annotations

from datetime import date, timedelta

from ui import ask
from ui.models.plan import touches_mime
from ui.views.planning import period_bounds

TODAY = date(2026, 3, 12)


def services(win):
    return win.ops._services


def open_planning(win, qtbot, mode="week"):
    view = win.planning_view
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        win.show_view("planning")
    if view.mode != mode:
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.set_mode(mode)
    return view


def test_week_shows_load_against_capacity(window, qtbot):
    view = open_planning(window, qtbot)
    start, end = period_bounds("week", TODAY)
    assert [c.day for c in view.week.columns] == [start + timedelta(days=i) for i in range(7)]
    s = services(window)
    loads = s.planning.load(start, end)
    planned = s.planning.plan(start, end)
    for col in view.week.columns:
        day_touches = [t for t in planned if t.due == col.day]
        assert col.model.rowCount() == len(day_touches)
        for ld in (x for x in loads if x.day == col.day):
            assert f"{ld.planned}/{ld.capacity}" in col.header.text()
    weekend = view.week.columns[5]
    assert "Weekend" in weekend.header.text()


def test_overbooked_days_are_marked(window, qtbot):
    s = services(window)
    s.settings.set("capacity.call", "1")  # everything above one call a day overflows
    view = open_planning(window, qtbot, "month")
    start, end = period_bounds("month", TODAY)
    over_days = {
        ld.day for ld in s.planning.load(start, end) if ld.channel == "call" and ld.planned > 1
    }
    assert over_days, "one call a day is not enough for the demo book"
    for day in over_days:
        info = view.month.model.index_of(day).data(view.month.model.InfoRole)
        assert info.overbooked
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.set_mode("week")
    marked = [c for c in view.week.columns if c.day in over_days]
    assert marked
    for col in marked:
        assert "#d03c3c" in col.header.text()  # the overbooked channel line is in red


def first_touch_in_week(view):
    for col in view.week.columns:
        if col.model.rowCount() and col.day >= TODAY:
            return col, col.model.touch_at(0)
    raise AssertionError("no touch this week")


def test_drag_and_drop_moves_a_touch_and_undo_puts_it_back(window, qtbot):
    view = open_planning(window, qtbot)
    source, touch = first_touch_in_week(view)
    target = next(c for c in view.week.columns if c.day > source.day and c.day.weekday() < 5)
    mime = source.model.mimeData([source.model.index(0, 0)])
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        assert target.model.canDropMimeData(
            mime, target.model.supportedDropActions(), 0, 0, target.model.index(0, 0).parent()
        )
        target.model.dropMimeData(
            mime, target.model.supportedDropActions(), 0, 0, target.model.index(0, 0).parent()
        )
    moved = services(window).planning.touch(touch.id)
    assert moved.due == target.day
    assert moved.pinned
    assert touch.id in [t.id for t in view.week.column_for(target.day).model.items]
    window.undo_stack.undo()
    back = services(window).planning.touch(touch.id)
    assert back.due == touch.due
    assert not back.pinned


def test_month_cell_accepts_a_dropped_touch(window, qtbot):
    view = open_planning(window, qtbot, "month")
    touch = services(window).planning.plan(TODAY, TODAY + timedelta(days=20))[0]
    target = TODAY + timedelta(days=14)
    index = view.month.model.index_of(target)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.month.model.dropMimeData(
            touches_mime([touch.id]), view.month.model.supportedDropActions(), -1, -1, index
        )
    assert services(window).planning.touch(touch.id).due == target


def test_move_to_dialog(window, qtbot, monkeypatch):
    view = open_planning(window, qtbot)
    col, touch = first_touch_in_week(view)
    col.list.setCurrentIndex(col.model.index(0, 0))
    assert view.move_button.isEnabled()
    monkeypatch.setattr(ask, "pick_date", lambda *a, **k: date(2026, 3, 24))
    view.move_button.click()
    assert services(window).planning.touch(touch.id).due == date(2026, 3, 24)


def test_a_day_off_relevels_the_plan(window, qtbot):
    view = open_planning(window, qtbot)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.next_button.click()  # next week: whole working days ahead
    s = services(window)
    # Birthday greetings may stay on the birthday itself (a planner rule), so take a
    # working day with touches and no birthday among them.
    day = next(
        c.day
        for c in view.week.columns
        if c.day > TODAY
        and c.model.rowCount()
        and c.day.weekday() < 5
        and all(t.purpose != "birthday" for t in c.model.items)
    )
    assert s.planning.plan(day, day)
    view.select_day(day)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.off_button.click()
    assert s.planning.plan(day, day) == []
    col = view.week.column_for(day)
    assert col.model.rowCount() == 0
    assert "Day off" in col.header.text()
    assert (day, "off") in [(d, k) for d, k, _ in s.planning.days()]
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.clear_button.click()
    assert s.planning.days() == []


def test_navigation_between_periods(window, qtbot):
    view = open_planning(window, qtbot)
    first = view.week.columns[0].day
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.next_button.click()
    assert view.week.columns[0].day == first + timedelta(days=7)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.today_button.click()
    assert view.week.columns[0].day == first
    assert "Week 11" in view.period.text()


def test_fit_check_shows_projected_load_per_week_and_the_verdicts(window, qtbot):
    from planner.vocabulary import Channel
    from ui.texts import channel_name
    from ui.views.fit_check import verdict_text

    view = open_planning(window, qtbot)
    s = services(window)
    s.settings.set("capacity.call", "1")  # the demo book cannot fit one call a day
    expected = s.planning.forecast()
    assert not view.fit.isVisible()
    with qtbot.waitSignal(view.fit.loaded, timeout=20_000):
        view.fit_button.click()
    assert view.fit.isVisible()
    table = view.fit.table
    assert table.rowCount() == 12
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    channels = sorted({ch for w in expected.weeks for ch in w.need}, key=list(Channel).index)
    assert headers == [channel_name(ch.value) for ch in channels]
    call = channels.index(Channel.CALL)
    for row, week in enumerate(expected.weeks):
        need, have = week.need.get(Channel.CALL, 0), week.capacity[Channel.CALL]
        assert view.fit.cell_text(row, call) == f"{need} / {have}"
        over = table.item(row, call).background().color().name() == "#ffcdcd"
        assert over == week.over(Channel.CALL)
    assert any(w.over(Channel.CALL) for w in expected.weeks)
    text = view.fit.verdicts.text()
    assert [verdict_text(v) for v in expected.verdicts] == text.split("\n")
    assert text.startswith("Tier ")
    assert "raise the " in text
    view.fit_button.click()
    assert not view.fit.isVisible()
