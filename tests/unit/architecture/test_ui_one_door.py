"""A screen's action is one call of a named, typed operation in `ui/ops/<subject>.py`.

The window, its pages and its action objects never call the operations layer
(`ops.query` / `ops.mutate` / `ops.run_with_progress`) themselves, and nowhere in `ui/`
is a lambda handed to it as the work: the work is a function with a name and types.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DOOR = {"query", "mutate", "run_with_progress"}
SCREENS = [
    *sorted((ROOT / "ui" / "views").glob("*.py")),
    *(
        ROOT / "ui" / f"{name}.py"
        for name in (
            "mainwindow",
            "window_actions",
            "sales_actions",
            "file_actions",
            "menus",
            "navigation",
        )
    ),
]


def door_calls(path: Path) -> list[tuple[int, str, ast.expr | None]]:
    """(line, method, work argument) of every call of the operations layer in `path`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in DOOR
            and "ops" in ast.unparse(node.func.value)
        ):
            position = 1 if node.func.attr == "run_with_progress" else 0
            work = node.args[position] if len(node.args) > position else None
            found.append((node.lineno, node.func.attr, work))
    return found


def test_screens_and_actions_call_only_named_operations():
    direct = [
        f"{path.relative_to(ROOT)}:{line} ops.{method}"
        for path in SCREENS
        for line, method, _work in door_calls(path)
    ]
    assert direct == []


def test_no_lambda_is_handed_to_the_operations_layer():
    lambdas = [
        f"{path.relative_to(ROOT)}:{line} ops.{method}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for line, method, work in door_calls(path)
        if isinstance(work, ast.Lambda)
    ]
    assert lambdas == []


def test_the_checker_sees_a_lambda(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("self.ops.mutate(lambda s: s.clients.delete(1), done)\n")
    [(line, method, work)] = door_calls(sample)
    assert (line, method) == (1, "mutate")
    assert isinstance(work, ast.Lambda)
