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
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from datetime import date

    from planner.services import Services
    from planner.services.views import Changes, ClientInput
    from ui.operations import Operations

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Done(Generic[T]):
    """The action's own result, its undo step, and its changes for `Operations.mutate`."""

    value: T
    step: int | None
    changes: Changes | None


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
        self.actions.ops.mutate(lambda s: s.redo(step), None, self.actions.refused)

    def undo(self) -> None:
        step = self.step_id
        self.actions.ops.mutate(lambda s: s.undo(step), None, self.actions.refused)


class UndoActions:
    """Runs the book's undoable changes and puts their undo steps on the window's stack."""

    def __init__(self, ops: Operations, stack: QUndoStack) -> None:
        self.ops = ops
        self.stack = stack

    def run(
        self,
        text: str,
        work: Callable[[Services], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run one undoable service call; when it succeeds, its undo step is on the stack."""

        def call(services: Services) -> _Done[T]:
            from ui.operations import changes_of

            result = work(services)
            return _Done(result, _latest_step(services), changes_of(result))

        def done(outcome: _Done[T]) -> None:
            if outcome.step is not None:
                self.stack.push(StepCommand(self, text, outcome.step))
            if on_done is not None:
                on_done(outcome.value)

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
        self.run(text, lambda s: s.clients.edit(client_id, after), None, on_error)

    def add_client(
        self,
        text: str,
        data: ClientInput,
        on_done: Callable[[int], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        def added(result: tuple[int, Any]) -> None:
            if on_done is not None:
                on_done(result[0])

        self.run(text, lambda s: s.clients.add(data), added, on_error)

    def delete_client(self, text: str, client_id: int) -> None:
        self.run(text, lambda s: s.clients.delete(client_id))

    def set_status(self, text: str, client_id: int, before: str, after: str) -> None:
        from planner.vocabulary import ClientStatus

        self.run(text, lambda s: s.clients.set_status(client_id, ClientStatus(after)))

    def move_touch(
        self,
        text: str,
        touch_id: int,
        to: date,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.run(text, lambda s: s.planning.move(touch_id, to), None, on_error)
