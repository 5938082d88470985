"""A realistic demo book in en/ru/pl: the first run's "Open a demo book", the CLI's
`demo` command and the benchmarks' data (DESIGN.md sections 3 and 8)."""

# The services first: importing the demo alone (the benchmarks do) otherwise enters the
# circle planner.services.catalog -> planner.services -> planner.services.catalog half-built.
import planner.services  # noqa: F401
from planner.demo.book import (
    MAX_CLIENTS,
    DemoResult,
    generate,
    write_fresh,
    write_rows,
    write_settings,
)
from planner.demo.people import LOCALES, Locale, feminine_surname
from planner.demo.people import load as load_locale
from planner.demo.rows import DemoRows, build_rows, insert_sql

__all__ = [
    "LOCALES",
    "MAX_CLIENTS",
    "DemoResult",
    "DemoRows",
    "Locale",
    "build_rows",
    "feminine_surname",
    "generate",
    "insert_sql",
    "load_locale",
    "write_fresh",
    "write_rows",
    "write_settings",
]
