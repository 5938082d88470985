"""Every use case that writes answers with one `Result` (docs/results.md).

A public method of a service class (`planner/services`, a class named `...Service`) writes
when its body opens a write transaction (`book.transaction()`, `book.optimistic()`,
`whole_book_write(...)`), or calls a method or function of `planner/services` that does,
followed call by call. Such a method must be annotated to return `Result[...]`; and no
public service method may return a bare `Changes` or a tuple or union that holds one.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field

import planner.services
from planner.services.result import Result
from planner.services.views import Changes

OPENERS = {"transaction", "optimistic"}  # `<book>.transaction()`, `<book>.optimistic()`
OPENER_FUNCTIONS = {"whole_book_write"}


@dataclass
class Body:
    """One function of planner/services: where it lives, what it opens, what it calls."""

    owner: str  # the class name, or "" for a module-level function
    name: str
    opens: bool = False
    own_calls: set[str] = field(default_factory=set)  # self.NAME(...)
    service_calls: set[str] = field(default_factory=set)  # self.x.NAME(...): another service
    class_calls: set[tuple[str, str]] = field(default_factory=set)  # Cls(...).NAME(...)
    function_calls: set[str] = field(default_factory=set)  # NAME(...)


def service_modules() -> Iterator[types.ModuleType]:
    for info in pkgutil.iter_modules(planner.services.__path__):
        yield importlib.import_module(f"planner.services.{info.name}")


def body_of(owner: str, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> Body:
    body = Body(owner, fn.name)
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name):
            body.function_calls.add(func.id)
            body.opens |= func.id in OPENER_FUNCTIONS
        elif isinstance(func, ast.Attribute):
            body.opens |= func.attr in OPENERS
            target = func.value
            if isinstance(target, ast.Name) and target.id == "self":
                body.own_calls.add(func.attr)
            elif isinstance(target, ast.Attribute) and ast.unparse(target.value) == "self":
                body.service_calls.add(func.attr)
            elif isinstance(target, ast.Call) and isinstance(target.func, ast.Name):
                body.class_calls.add((target.func.id, func.attr))
    return body


def bodies() -> list[Body]:
    """Every function and method written in planner/services, read from its source."""
    found: list[Body] = []
    functions = (ast.FunctionDef, ast.AsyncFunctionDef)
    for module in service_modules():
        tree = ast.parse(inspect.getsource(module))
        for node in tree.body:
            if isinstance(node, functions):
                found.append(body_of("", node))
            elif isinstance(node, ast.ClassDef):
                for member in node.body:
                    if isinstance(member, functions) and member.name != "__init__":
                        found.append(body_of(node.name, member))
    return found


def writers(found: list[Body]) -> set[tuple[str, str]]:
    """(owner, name) of every function that opens a write transaction, directly or through
    the functions and methods it calls (a fixed point over the calls)."""
    writing = {(b.owner, b.name) for b in found if b.opens}
    while True:
        services = {name for owner, name in writing if owner.endswith("Service")}
        functions = {name for owner, name in writing if owner == ""}
        more = {
            (b.owner, b.name)
            for b in found
            if (b.owner, b.name) not in writing
            and (
                any((b.owner, n) in writing for n in b.own_calls)
                or b.service_calls & services
                or b.class_calls & writing
                or b.function_calls & functions
            )
        }
        if not more:
            return writing
        writing |= more


def holds_changes(hint: object) -> bool:
    """Whether a return annotation is `Changes` or a tuple/union/Result that holds one."""
    if hint is Changes:
        return True
    return any(holds_changes(arg) for arg in typing.get_args(hint))


def type_only_names(module: types.ModuleType) -> dict[str, object]:
    """The names a module imports under `if TYPE_CHECKING:`, so its hints resolve."""
    names: dict[str, object] = dict(vars(module))  # the block may use the module's names
    for node in ast.parse(inspect.getsource(module)).body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            block = ast.Module(body=node.body, type_ignores=[])
            exec(compile(block, module.__name__, "exec"), names)  # imports only
    return names


def service_methods() -> Iterator[tuple[str, str, object]]:
    """(class, method, return annotation) of every public method of every service class."""
    for module in service_modules():
        local = type_only_names(module)
        for name, cls in vars(module).items():
            if not (inspect.isclass(cls) and name.endswith("Service")):
                continue
            if cls.__module__ != module.__name__:
                continue
            for attr, member in vars(cls).items():
                if attr.startswith("_") or not inspect.isfunction(member):
                    continue
                hints = typing.get_type_hints(member, localns=local)
                yield name, attr, hints.get("return")


def problems() -> list[str]:
    writing = writers(bodies())
    found = []
    for cls, name, hint in service_methods():
        if holds_changes(hint):
            found.append(f"{cls}.{name} returns {hint}: answer with Result[...] instead")
        elif (cls, name) in writing and typing.get_origin(hint) is not Result:
            found.append(f"{cls}.{name} writes but returns {hint}, not Result[...]")
    return found


def test_every_writing_use_case_returns_a_result() -> None:
    assert problems() == []


def test_the_check_sees_the_use_cases_that_write() -> None:
    """The criterion finds writes through helpers, not only in the method's own body."""
    writing = writers(bodies())
    assert ("CatalogService", "save_item") in writing  # opens the transaction itself
    assert ("ClientService", "archive") in writing  # through self.set_status
    assert ("SettingsService", "set") in writing  # through set_many, then save
    assert ("PlanningService", "replan_all") in writing  # through whole_book_write
    assert ("ValueService", "recompute_daily") in writing
    assert ("TransferService", "import_file") in writing  # through Importer(...).run
    assert ("AgendaService", "today") not in writing  # reads only
    assert ("ClientService", "get") not in writing


def test_the_check_refuses_a_bare_changes_and_an_unwrapped_write() -> None:
    """The test could fail: a service returning `Changes`, a `(value, Changes)` pair, or a
    plain value from a write is each reported."""

    class ProbeService:
        def bare(self) -> Changes:
            return Changes()

        def pair(self) -> tuple[int, Changes]:
            return 1, Changes()

        def plain(self) -> int:
            return 1

        def wrapped(self) -> Result[int]:
            return Result(1, Changes())

    assert holds_changes(typing.get_type_hints(ProbeService.bare)["return"])
    assert holds_changes(typing.get_type_hints(ProbeService.pair)["return"])
    assert not holds_changes(typing.get_type_hints(ProbeService.wrapped)["return"])
    assert typing.get_origin(typing.get_type_hints(ProbeService.plain)["return"]) is not Result
    assert typing.get_origin(typing.get_type_hints(ProbeService.wrapped)["return"]) is Result
