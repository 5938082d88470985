"""Undo and redo as QUndoCommands that call services through the operations layer.

A change is made first (so a refused change never lands on the stack); the command is
pushed when the service has succeeded, and its first `redo()` (Qt calls it on push) is
skipped. Undo and redo then replay services: an edit writes the previous fields back,
a delete restores the snapshot taken before it, a move puts the touch back in place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.services.result import Result
from ui.ops.common import changed, valued

if TYPE_CHECKING:
    from planner.services.views import ClientInput
    from ui.operations import Operations

Work = Callable[[Any], Result[Any]]


class ServiceCommand(QUndoCommand):
    """Replays `do` on redo and `undo_fn` on undo, each as one mutating operation."""

    def __init__(self, ops: Operations, text: str, do: Work, undo_fn: Work) -> None:
        super().__init__(text)
        self.ops = ops
        self._do = do
        self._undo = undo_fn
        self._applied = True  # pushed after the change was made

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.ops.mutate(self._do)

    def undo(self) -> None:
        self.ops.mutate(self._undo)


class UndoActions:
    """Builds the book's undoable changes: run the change, then record how to revert it."""

    def __init__(self, ops: Operations, stack: QUndoStack) -> None:
        self.ops = ops
        self.stack = stack

    def _push(self, text: str, do: Work, undo_fn: Work) -> None:
        self.stack.push(ServiceCommand(self.ops, text, do, undo_fn))

    def edit_client(
        self,
        text: str,
        client_id: int,
        before: ClientInput,
        after: ClientInput,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        def do(s: Any) -> Result[Any]:
            return changed(s.clients.edit(client_id, after))

        def undo(s: Any) -> Result[Any]:
            return changed(s.clients.edit(client_id, before))

        self.ops.mutate(do, lambda _r: self._push(text, do, undo), on_error)

    def add_client(
        self,
        text: str,
        data: ClientInput,
        on_done: Callable[[int], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        state: dict[str, Any] = {}

        def undo(s: Any) -> Result[Any]:
            state["snap"] = s.uiextras.snapshot(state["id"])
            return changed(s.clients.delete(state["id"]))

        def redo(s: Any) -> Result[Any]:
            return changed(s.uiextras.restore(state["snap"]))

        def add(s: Any) -> Result[int]:
            return valued(s.clients.add(data))

        def added(result: Result[int]) -> None:
            state["id"] = result.value
            self._push(text, redo, undo)
            if on_done is not None:
                on_done(result.value)

        self.ops.mutate(add, added, on_error)

    def delete_client(self, text: str, client_id: int) -> None:
        state: dict[str, Any] = {}

        def do(s: Any) -> Result[Any]:
            state["snap"] = s.uiextras.snapshot(client_id)
            return changed(s.clients.delete(client_id))

        def undo(s: Any) -> Result[Any]:
            return changed(s.uiextras.restore(state["snap"]))

        self.ops.mutate(do, lambda _r: self._push(text, do, undo))

    def set_status(self, text: str, client_id: int, before: str, after: str) -> None:
        def do(s: Any) -> Result[Any]:
            from planner.vocabulary import ClientStatus

            return changed(s.clients.set_status(client_id, ClientStatus(after)))

        def undo(s: Any) -> Result[Any]:
            from planner.vocabulary import ClientStatus

            return changed(s.clients.set_status(client_id, ClientStatus(before)))

        self.ops.mutate(do, lambda _r: self._push(text, do, undo))

    def move_touch(
        self,
        text: str,
        touch_id: int,
        to: Any,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        state: dict[str, Any] = {}

        def first(s: Any) -> Result[Any]:
            state["place"] = s.uiextras.place(touch_id)
            return changed(s.planning.move(touch_id, to))

        def redo(s: Any) -> Result[Any]:
            return changed(s.planning.move(touch_id, to))

        def undo(s: Any) -> Result[Any]:
            return changed(s.uiextras.put_back(state["place"]))

        self.ops.mutate(first, lambda _r: self._push(text, redo, undo), on_error)
