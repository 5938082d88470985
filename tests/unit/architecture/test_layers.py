"""The layers of `planner/` (docs/one-door.md): each imports only its own layer and those below.

    core      the pure planner, the book's storage, sales and file-format logic
    services  planner.services: the use cases, one module per subject
    app       planner.app: the `Services` façade that groups them
    demo      planner.demo: fills a demo book through the façade
    cli       planner.cli: the command line

Every import counts here, lazy and type-only ones included: a type-only import upward is
still a lower layer knowing about a higher one.
"""

from __future__ import annotations

import ast

from tests.unit.architecture.import_graph import Import, imports, modules

LAYERS = ("core", "services", "app", "demo", "cli")  # lowest first
PREFIXES = {"planner.services": "services", "planner.app": "app", "planner.demo": "demo"}
PREFIXES["planner.cli"] = "cli"
QT = {"PySide6", "shiboken6", "ui"}  # the UI package is the only code that may use Qt
# The command line may start the window (`app`) and render a price list through Qt's PDF
# writer (`price-list --pdf`), both lazily, inside the command that needs it.
QT_LAZY_ALLOWED = {"planner.cli.book", "planner.cli.sales"}


def layer(module: str) -> str:
    for prefix, name in PREFIXES.items():
        if module == prefix or module.startswith(prefix + "."):
            return name
    return "core"


def upward(edges: tuple[Import, ...] | list[Import]) -> list[str]:
    rank = {name: i for i, name in enumerate(LAYERS)}
    return [
        f"{e.source}:{e.line} imports {e.target}"
        for e in edges
        if e.internal and rank[layer(e.target)] > rank[layer(e.source)]
    ]


def test_every_module_is_in_a_layer_below_what_imports_it() -> None:
    assert upward(imports()) == []


def test_nothing_below_the_facade_imports_it() -> None:
    users = {e.source for e in imports() if e.target == "planner.app"}
    assert {layer(u) for u in users} <= {"demo", "cli"}


def test_the_use_cases_live_in_planner_services() -> None:
    """Every `...Service` class is a group of use cases and sits in planner/services/."""
    outside = [
        f"{name}.{node.name}"
        for name, path in modules().items()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef) and node.name.endswith("Service")
        if layer(name) != "services"
    ]
    assert outside == []


def test_the_command_line_lives_in_planner_cli() -> None:
    argparse_users = {e.source for e in imports() if e.target == "argparse"}
    assert argparse_users, "the scan found no argparse at all"
    assert {layer(m) for m in argparse_users} == {"cli"}


def test_planner_never_imports_qt_or_the_ui() -> None:
    found = [e for e in imports() if e.target in QT]
    top_level = [f"{e.source}:{e.line} {e.target}" for e in found if not e.lazy]
    lazy_elsewhere = [
        f"{e.source}:{e.line} {e.target}"
        for e in found
        if e.lazy and e.source not in QT_LAZY_ALLOWED
    ]
    assert top_level == []
    assert lazy_elsewhere == []


def test_the_pure_planner_reads_no_book() -> None:
    """planner.scheduling knows only itself and the shared vocabulary: no storage, no Qt."""

    def leaks(e: Import) -> bool:
        if e.internal:
            own = e.target.startswith("planner.scheduling")
            return not own and e.target != "planner.vocabulary"
        return e.target in {"sqlalchemy", "alembic", *QT}

    found = [
        f"{e.source}:{e.line} {e.target}"
        for e in imports()
        if e.source.startswith("planner.scheduling") and leaks(e)
    ]
    assert found == []


def test_the_check_finds_an_upward_import() -> None:
    edges = [
        Import("planner.sales.money", "planner.services.catalog", 3, lazy=True, type_only=False),
        Import("planner.services.clients", "planner.app", 9, lazy=False, type_only=True),
        Import("planner.cli.io", "planner.services.transfer", 5, lazy=False, type_only=False),
    ]
    assert upward(edges) == [
        "planner.sales.money:3 imports planner.services.catalog",
        "planner.services.clients:9 imports planner.app",
    ]
