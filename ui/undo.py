"""Edit → Undo / Redo over the book's own undo steps (planner/services/undo.py).

Each undoable action (add, edit, status, delete, move, logging an outcome) writes its undo
step in the core, in the action's transaction. The window's QUndoStack only names those
steps for the Edit menu: a `StepCommand` holds the step's id, and its undo and redo call
`Services.undo(id)` / `Services.redo(id)`, one transaction each, which write the rows back
exactly. The command is pushed once the action has succeeded (a refused action never lands
on the stack) and its first `redo()` (Qt calls it on push) is skipped.

When the core refuses (the rows were changed since, e.g. by a command on the same book),
the user gets one translated message and the window's stack is cleared: it no longer
matches the book.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.services.result import Result

if TYPE_CHECKING:
    from datetime import date

    from planner.app import Services
    from planner.services.undo import UndoView
    from planner.services.views import ClientInput
    from ui.operations import Operations

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Done(Generic[T]):
    """The action's own result and its undo step."""

    value: T
    step: int | None


def _latest_step(services: Services) -> int | None:
    step, _ = services.history.history()
    return step.id if step is not None and not step.undone else None


class StepCommand(QUndoCommand):
    """One undo step of the book, named for the Edit menu."""

    def __init__(self, actions: UndoActions, text: str, step_id: int) -> None:
        super().__init__(text)
        self.actions = actions
        self.step_id = step_id
        self._applied = True  # pushed after the change was made

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        step = self.step_id

        def redo_step(services: Services) -> Result[UndoView]:
            return services.redo(step)

        self.actions.ops.mutate(redo_step, None, self.actions.refused)

    def undo(self) -> None:
        step = self.step_id

        def undo_step(services: Services) -> Result[UndoView]:
            return services.undo(step)

        self.actions.ops.mutate(undo_step, None, self.actions.refused)


class UndoActions:
    """Runs the book's undoable changes and puts their undo steps on the window's stack."""

    def __init__(self, ops: Operations, stack: QUndoStack) -> None:
        self.ops = ops
        self.stack = stack

    def run(
        self,
        text: str,
        work: Callable[[Services], Result[T]],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run one undoable service call; when it succeeds, its undo step is on the stack."""

        def call(services: Services) -> Result[_Done[T]]:
            result = work(services)
            return Result(_Done(result.value, _latest_step(services)), result.changes)

        def done(outcome: Result[_Done[T]]) -> None:
            if outcome.value.step is not None:
                self.stack.push(StepCommand(self, text, outcome.value.step))
            if on_done is not None:
                on_done(outcome.value.value)

        self.ops.mutate(call, done, on_error)

    def refused(self, exc: BaseException) -> None:
        from ui import ask
        from ui.texts import error_text

        ask.warn(None, QCoreApplication.translate("Undo", "Cannot undo"), error_text(exc))
        QTimer.singleShot(0, self.stack.clear)  # not from inside QUndoStack.undo()

    # --- the book's undoable actions -----------------------------------------------------
    def edit_client(
        self,
        text: str,
        client_id: int,
        before: ClientInput,
        after: ClientInput,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        def edit(s: Services) -> Result[None]:
            return s.clients.edit(client_id, after)

        self.run(text, edit, None, on_error)

    def add_client(
        self,
        text: str,
        data: ClientInput,
        on_done: Callable[[int], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        def add(s: Services) -> Result[int]:
            return s.clients.add(data)

        def added(client_id: int) -> None:
            if on_done is not None:
                on_done(client_id)

        self.run(text, add, added, on_error)

    def delete_client(self, text: str, client_id: int) -> None:
        def delete(s: Services) -> Result[None]:
            return s.clients.delete(client_id)

        self.run(text, delete)

    def set_status(self, text: str, client_id: int, before: str, after: str) -> None:
        from planner.vocabulary import ClientStatus

        def set_status(s: Services) -> Result[None]:
            return s.clients.set_status(client_id, ClientStatus(after))

        self.run(text, set_status)

    def move_touch(
        self,
        text: str,
        touch_id: int,
        to: date,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        def move(s: Services) -> Result[None]:
            return s.planning.move(touch_id, to)

        self.run(text, move, None, on_error)
