"""Call scripts: Today shows the rendered script; the editor previews live, shows template
errors as "line N: ...", refuses what the sandbox refuses, saves and resets."""

from __future__ import annotations

from ui import ask


def services(win):
    return win.ops._services


def open_editor(win, qtbot):
    view = win.view("scripts")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        win.show_view("scripts")
    return view


def type_template(view, qtbot, text):
    with qtbot.waitSignal(view.previewed, timeout=5_000):  # debounced, then on the worker
        view.editor.setPlainText(text)


def test_today_shows_the_rendered_script_of_the_selected_touch(window, qtbot):
    today = window.today
    qtbot.waitUntil(lambda: today.data is not None)
    touch = today.current_touch()
    qtbot.waitUntil(lambda: today.outcomes.rendered is not None)
    script = services(window).scripts.render(touch.client_id, None, touch.id)
    shown = today.outcomes.script.toPlainText()
    lines = [ln.strip() for ln in script.text.splitlines() if ln.strip()]
    assert len(lines) > 5
    for line in lines:
        assert line in shown
    assert "Select a touch" not in shown
    assert f"Script: {script.template}" in shown
    with qtbot.waitSignal(today.shown, timeout=5_000):
        today.next_touch()
    other = today.current_touch()
    rendered = services(window).scripts.render(other.client_id, None, other.id)
    assert rendered.text.splitlines()[0] in today.outcomes.script.toPlainText()


def test_the_editor_lists_variables_and_previews_live(window, qtbot):
    view = open_editor(window, qtbot)
    names = view.variable_names()
    assert {"client.first_name", "recommendations", "me.name", "|day"} <= set(names)
    assert view.template.is_default
    assert view.state.text() == "The default template (not changed)"
    client_id = view.picker.client_id
    assert client_id is not None
    name = services(window).clients.get(client_id, history=0).name
    type_template(view, qtbot, "Hello {{ client.name }}, today is {{ today|day }}.")
    assert view.preview.toPlainText().startswith(f"Hello {name}, today is 12 Mar 2026.")
    assert view.error.isHidden()
    assert view.state.text() == "Changed, not saved"
    # Double-clicking a variable types it at the cursor.
    view.editor.moveCursor(view.editor.textCursor().MoveOperation.End)
    found = [view.variables.topLevelItem(i) for i in range(view.variables.topLevelItemCount())]
    item = next(i for i in found if i.text(0) == "client.first_name")
    view.variables.itemActivated.emit(item, 0)
    assert view.editor.toPlainText().endswith("{{ client.first_name }}")


def test_a_template_error_is_shown_as_line_and_message(window, qtbot):
    view = open_editor(window, qtbot)
    type_template(view, qtbot, "Hello {{ client.name }\n")
    assert not view.error.isHidden()
    assert view.error.text().startswith("line 1: ")
    assert "Traceback" not in view.error.text()
    type_template(view, qtbot, "Line one\n{{ nobody.here }}")
    assert view.error.text() == "line 2: unknown variable: 'nobody' is undefined"


def test_the_sandbox_refuses_reaching_into_python(window, qtbot):
    view = open_editor(window, qtbot)
    type_template(view, qtbot, "{{ ''.__class__.__mro__ }}")
    text = view.error.text()
    assert text.startswith("line 1: not allowed in templates: ")
    assert "__class__" in text
    assert "unsafe" in text
    assert "object" not in view.preview.toPlainText()
    # A template that does not compile is never saved.
    with qtbot.waitSignal(view.previewed, timeout=5_000):
        view.editor.setPlainText("{% for %}")
    view.save()
    assert view.error.text().startswith("line 1: ")
    assert services(window).scripts.templates() == []


def test_save_a_purpose_template_and_reset_to_default(window, qtbot, monkeypatch):
    view = open_editor(window, qtbot)
    with qtbot.waitSignal(view.loaded, timeout=5_000):
        view.choose("en", "check-in")
    assert view.template.purpose == "check-in"
    assert view.template.is_default
    type_template(view, qtbot, "Quick check-in with {{ client.first_name }}.")
    view.save()
    saved = services(window).scripts.templates()
    assert [(t.language, t.purpose, t.text) for t in saved] == [
        ("en", "check-in", "Quick check-in with {{ client.first_name }}.")
    ]
    assert view.state.text() == "Your template"
    assert view.reset_button.isEnabled()
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    with qtbot.waitSignal(view.loaded, timeout=5_000):
        view.reset_button.click()
    assert services(window).scripts.templates() == []
    assert view.template.is_default
    assert "{% extends" in view.editor.toPlainText()


def test_switching_template_with_unsaved_changes_asks_first(window, qtbot, monkeypatch):
    view = open_editor(window, qtbot)
    type_template(view, qtbot, "Changed")
    asked: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text, action: asked.append(text))
    view.purpose.setCurrentIndex(view.purpose.findData("win-back"))
    assert asked
    assert view.purpose.currentData() is None  # refused: back on the skeleton, text kept
    assert view.editor.toPlainText() == "Changed"
