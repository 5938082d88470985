"""Files in and out, the formats below the use cases: client lists read (`reader`, `mapping`,
the csv/xlsx/vCard readers), the managers' workbook laid out (`report_layout`, `report_data`,
`merge`). The use cases that read or write a book with them live in `planner.services`
(`transfer`, `importing`, `report`, `ical`, `bookfile`, `client_data`).

The readers pull in phonenumbers and email-validator (about 0.15 s to import), so this package
loads them only when first used: the app's start-up does not pay for an import it may not do.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from planner.io.records import ImportedClient, ImportedContact, ImportRefused, RowProblem

if TYPE_CHECKING:
    from planner.io.cells import is_formula_like
    from planner.io.guards import Limits
    from planner.io.mapping import ContactColumn, Mapping, detect_format, detect_mapping
    from planner.io.reader import ClientFile, iter_clients, read_clients

__all__ = [
    "ClientFile",
    "ContactColumn",
    "ImportRefused",
    "ImportedClient",
    "ImportedContact",
    "Limits",
    "Mapping",
    "RowProblem",
    "detect_format",
    "detect_mapping",
    "is_formula_like",
    "iter_clients",
    "read_clients",
]

_LAZY = {
    "is_formula_like": "planner.io.cells",
    "Limits": "planner.io.guards",
    "ContactColumn": "planner.io.mapping",
    "Mapping": "planner.io.mapping",
    "detect_format": "planner.io.mapping",
    "detect_mapping": "planner.io.mapping",
    "ClientFile": "planner.io.reader",
    "iter_clients": "planner.io.reader",
    "read_clients": "planner.io.reader",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
