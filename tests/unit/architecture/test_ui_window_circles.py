"""The main window's modules form no import circle, counting every import: lazy ones inside
functions and the type checker's (`if TYPE_CHECKING:`) too. The window owns its actions,
menus and pages; they see it through `ui.shell.Window` and never import `ui.mainwindow`."""

from __future__ import annotations

import ast

from tests.unit.architecture.import_graph import ROOT, circles, module_name

WINDOW_MODULES = {
    "ui.mainwindow",
    "ui.window_actions",
    "ui.sales_actions",
    "ui.file_actions",
    "ui.menus",
    "ui.navigation",
    "ui.shell",
}


def ui_import_graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in (ROOT / "ui").rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                subs = [f"{node.module}.{a.name}" for a in node.names]
                targets = [t if t in modules else node.module for t in subs]
            graph[name] |= {t for t in targets if t in modules and t != name}
    return graph


def test_the_window_modules_form_no_import_circle():
    graph = ui_import_graph()
    assert set(graph) >= WINDOW_MODULES
    assert [c for c in circles(graph) if set(c) & WINDOW_MODULES] == []


def test_no_module_but_the_app_imports_the_main_window():
    graph = ui_import_graph()
    importers = {name for name, targets in graph.items() if "ui.mainwindow" in targets}
    assert importers <= {"ui.app"}


def test_the_checker_finds_a_circle():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
