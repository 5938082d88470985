"""Call-script operations: read, preview, save and reset a template."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.sales.script_errors import ScriptError
from planner.services.result import Result

if TYPE_CHECKING:
    from planner.app import Services
    from planner.services.scripts import RenderedScript, TemplateText
    from planner.services.views import TierView
    from ui.operations import Operations
    from ui.ops.common import Done, Failed

Where = tuple[str, str | None, str | None]  # language, purpose, tier


def template(ops: Operations, where: Where, on_done: Done[TemplateText]) -> None:
    def work(s: Services) -> TemplateText:
        return s.scripts.template(*where)

    ops.query(work, on_done)


def preview(
    ops: Operations,
    text: str,
    client_id: int,
    purpose: str,
    language: str,
    on_done: Done[RenderedScript | ScriptError],
    on_error: Failed,
) -> None:
    """Render an unsaved template on one client (refused text: its ScriptError)."""

    def work(s: Services) -> RenderedScript | ScriptError:
        return s.scripts.preview(text, client_id, purpose, language)

    ops.query(work, on_done, on_error)


def save_template(
    ops: Operations,
    text: str,
    where: Where,
    on_done: Done[Result[ScriptError | None]],
    on_error: Failed,
) -> None:
    """Store the user's version; a template that does not compile is refused (the value)."""

    def work(s: Services) -> Result[ScriptError | None]:
        return s.scripts.save_template(text, *where)

    ops.mutate(work, on_done, on_error)


def reset_template(ops: Operations, where: Where, on_done: Done[Result[None]]) -> None:
    """Forget the user's version: the default template applies again."""

    def work(s: Services) -> Result[None]:
        return s.scripts.reset_template(*where)

    ops.mutate(work, on_done)


def first_screen(
    ops: Operations, on_done: Done[tuple[list[TierView], list[tuple[int, str]], str]]
) -> None:
    """What the script editor opens with: the tiers, the first client to preview on (if
    any) and the book's language."""

    def work(s: Services) -> tuple[list[TierView], list[tuple[int, str]], str]:
        ids = s.clients.ids()[:1]
        rows = [(r.id, r.name) for r in s.clients.rows(ids)]
        return s.settings.tiers(), rows, str(s.settings.get("ui.language"))

    ops.query(work, on_done)
