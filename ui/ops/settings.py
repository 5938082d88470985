"""Settings operations: Settings → Save is one named call, one transaction, one re-plan."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from planner.app import Services
    from planner.services.result import Result
    from planner.services.settings import SettingsEdit
    from ui.operations import Operations, Progress


def save_settings(
    ops: Operations,
    edit: SettingsEdit,
    on_done: Callable[[Result[SettingsEdit]], None],
    on_error: Callable[[BaseException], None],
    parent: QWidget | None = None,
) -> None:
    """Save values, tiers and days off together; every open view gets the changes."""

    def work(services: Services, progress: Progress) -> Result[SettingsEdit]:
        return services.settings.save(edit, progress)

    ops.run_with_progress(
        QCoreApplication.translate("SettingsOps", "Saving settings and re-planning the book…"),
        work,
        on_done,
        on_error,
        parent=parent,
    )


def adopt_locale(ops: Operations, locale_name: str) -> None:
    """A new book's first run: its phone region and holidays follow the system locale
    ("pl_PL"); a book with clients or chosen settings is left as it is."""

    def work(services: Services) -> Result[None]:
        return services.settings.adopt_locale(locale_name)

    ops.mutate(work, None, lambda _e: None)


def book_defaults(ops: Operations, on_done: Callable[[tuple[str, str]], None]) -> None:
    """The book's phone region and holiday country (the welcome page shows them)."""

    def work(services: Services) -> tuple[str, str]:
        return (
            str(services.settings.get("phone.region")),
            str(services.settings.get("calendar.country")),
        )

    ops.query(work, on_done, lambda _e: None)
