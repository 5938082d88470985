"""`planner/` has no import circles: every import, lazy ones inside functions included
(imports under `if TYPE_CHECKING:` run only for the type checker and are left out)."""

from __future__ import annotations

from tests.unit.architecture.import_graph import import_graph


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


def test_planner_has_no_import_circles() -> None:
    assert circles(import_graph()) == []


def test_the_graph_sees_lazy_imports() -> None:
    # `Services.open` imports the team book inside the method, only for a PostgreSQL URL.
    assert "planner.team.book" in import_graph()["planner.app"]


def test_the_check_finds_a_circle() -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
