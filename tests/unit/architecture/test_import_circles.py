"""`planner/` has no import circles: every import, lazy ones inside functions included
(imports under `if TYPE_CHECKING:` run only for the type checker and are left out)."""

from __future__ import annotations

from tests.unit.architecture.import_graph import circles, import_graph


def test_planner_has_no_import_circles() -> None:
    assert circles(import_graph()) == []


def test_the_graph_sees_lazy_imports() -> None:
    # `Services.open` imports the team book inside the method, only for a PostgreSQL URL.
    assert "planner.team.book" in import_graph()["planner.app"]


def test_the_check_finds_a_circle() -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
