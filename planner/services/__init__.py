"""Use cases over a book: the UI and the CLI call these, never the database directly."""

from planner.services.facade import Services

__all__ = ["Services"]
