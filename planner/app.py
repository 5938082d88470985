"""The one door the UI and the CLI use to reach a book."""

from __future__ import annotations

from pathlib import Path

from planner.clock import Stamp, file_stamp
from planner.db import Book, is_url
from planner.services.agenda import AgendaService
from planner.services.backup import BackupService
from planner.services.catalog import CatalogService
from planner.services.clients import ClientService
from planner.services.context import Clock, Context, system_clock
from planner.services.defaults import ensure_book_defaults
from planner.services.merge import MergeService
from planner.services.planning import PlanningService
from planner.services.pricelists import OfferService
from planner.services.result import Result
from planner.services.sales import SalesService
from planner.services.scripts import ScriptService
from planner.services.settings import SettingsService
from planner.services.team import TeamService
from planner.services.transfer import TransferService
from planner.services.uiextras import UiExtrasService
from planner.services.undo import UndoService, UndoView
from planner.services.valuation import ValueService


class Services:
    """Open a book and expose its use cases, grouped by subject."""

    def __init__(self, book: Book, clock: Clock = system_clock, stamp: Stamp = file_stamp) -> None:
        self.book = book
        self.ctx = Context(book, clock, stamp)
        ensure_book_defaults(book)  # reads first: writes only into an empty book
        self.planning = PlanningService(self.ctx)
        self.agenda = AgendaService(self.ctx, self.planning)  # Today as a page
        self.clients = ClientService(self.ctx, self.planning)
        self.merge = MergeService(self.ctx, self.planning)
        self.settings = SettingsService(self.ctx, self.planning)
        self.backups = BackupService(self.ctx)
        self.uiextras = UiExtrasService(self.ctx, self.planning)
        # Edit → Undo / Redo over the book's undo steps
        self.history = UndoService(self.ctx, self.planning)
        # Sales: catalog and price book, sales log, value and risk, scripts, price lists.
        self.catalog = CatalogService(self.ctx)
        self.value = ValueService(self.ctx, self.planning)
        self.sales = SalesService(self.ctx, self.planning, self.value)
        self.scripts = ScriptService(self.ctx)
        self.offers = OfferService(self.ctx, self.planning)
        # Files in and out: import, manager's report, iCalendar, whole-book moves.
        self.transfer = TransferService(self.ctx, self.planning)
        # A team book: the whole team's re-plan, salesperson by salesperson.
        self.team = TeamService(self.ctx, self.planning)

    @classmethod
    def open(cls, path: Path | str, clock: Clock = system_clock) -> Services:
        if is_url(path):
            import planner.team.book  # noqa: F401 - registers the PostgreSQL book

        return cls(Book(path), clock)

    def undo(self, step_id: int | None = None) -> Result[UndoView]:
        """Undo the latest undoable action (or that step), restoring its rows exactly."""
        return self.history.undo(step_id)

    def redo(self, step_id: int | None = None) -> Result[UndoView]:
        """Redo the latest undone action (or that step)."""
        return self.history.redo(step_id)

    def close(self) -> None:
        self.book.close()
