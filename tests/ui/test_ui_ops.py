"""Named operations (ui/ops): each is one call with its callbacks; mutations return a
`Result`, and one that changed nothing broadcasts nothing."""

from __future__ import annotations

from pathlib import Path

from planner.services.result import Result
from ui.operations import Operations
from ui.ops import files as files_ops
from ui.ops import scripts as scripts_ops


def open_ops(qtbot, path, clock):
    ops = Operations(synchronous=True)
    opened: list = []
    ops.open_book(path, clock, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    return ops


def test_a_refused_template_is_the_value_and_broadcasts_nothing(qtbot, book_path, clock):
    ops = open_ops(qtbot, book_path, clock)
    got: list[Result] = []
    with qtbot.assertNotEmitted(ops.changed, wait=10):
        scripts_ops.save_template(ops, "{{ unclosed", ("en", None, None), got.append, repr)
    [result] = got
    assert result.value is not None  # the ScriptError says why
    ops.shutdown()


def test_a_saved_template_broadcasts_its_change(qtbot, book_path, clock):
    ops = open_ops(qtbot, book_path, clock)
    got: list[Result] = []
    with qtbot.waitSignal(ops.changed) as blocker:
        scripts_ops.save_template(ops, "Hello {{ name }}", ("en", None, None), got.append, repr)
    assert got[0].value is None
    assert blocker.args[0].settings
    ops.shutdown()


def test_the_demo_book_is_written_without_an_open_book(qtbot, tmp_path, clock):
    from planner.app import Services

    ops = Operations(synchronous=True)
    path = tmp_path / "demo-pl.sqlite"
    written: list[Path] = []
    files_ops.write_demo(
        ops, "demo", path, (12, 7, "pl", clock().date()), written.append, repr, None
    )
    assert written == [path]
    services = Services.open(path, clock=clock)
    try:
        assert services.clients.count() == 12
    finally:
        services.close()
    ops.shutdown()
