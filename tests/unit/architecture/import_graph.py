"""The import graph of `planner/`, read from the source with `ast` (nothing is imported).

Every import statement counts: at the top of a module, inside a function (a lazy import),
and under `if TYPE_CHECKING:` (type-only; flagged, so a check can leave it out).
Alembic's migration scripts are not part of the graph.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "planner"


@dataclass(frozen=True, slots=True)
class Import:
    source: str  # the importing module, e.g. planner.services.clients
    target: str  # a planner module, or the top-level name of any other (PySide6, ui, ...)
    line: int
    lazy: bool  # inside a function or method
    type_only: bool  # under `if TYPE_CHECKING:`

    @property
    def internal(self) -> bool:
        return self.target == "planner" or self.target.startswith("planner.")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}


def _where(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> tuple[bool, bool]:
    lazy = type_only = False
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            lazy = True
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_only = True
    return lazy, type_only


def _targets(node: ast.Import | ast.ImportFrom, package: str, known: dict[str, Path]) -> list[str]:
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
    else:
        base = node.module or ""
        if node.level:
            up = package.split(".")[: len(package.split(".")) - node.level + 1]
            base = ".".join([*up, base] if base else up)
        # `from pkg import sub` depends on the module pkg.sub, not on pkg's own code.
        names = [t if t in known else base for t in (f"{base}.{a.name}" for a in node.names)]
    resolved = []
    for name in names:
        if name == "planner" or name.startswith("planner."):
            while name not in known and "." in name:  # `import planner.x.y as z`, a name in x.y
                name = name.rpartition(".")[0]
            resolved.append(name)
        else:
            resolved.append(name.split(".")[0])
    return resolved


@cache
def imports() -> tuple[Import, ...]:
    known = modules()
    found: list[Import] = []
    for name, path in sorted(known.items()):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            lazy, type_only = _where(node, parents)
            for target in dict.fromkeys(_targets(node, package, known)):
                if target != name:
                    found.append(Import(name, target, node.lineno, lazy, type_only))
    return tuple(found)


def import_graph(*, type_only: bool = False) -> dict[str, set[str]]:
    """Module → the planner modules it imports (lazy ones included; type-only on request)."""
    graph: dict[str, set[str]] = {name: set() for name in modules()}
    for edge in imports():
        if edge.internal and edge.target in graph and (type_only or not edge.type_only):
            graph[edge.source].add(edge.target)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found
