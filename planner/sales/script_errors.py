"""Template problems as values: `ScriptError(line, message)` for the editor to show.

A salesperson edits these templates, so every message says what to change in words,
and points at the template line (Jinja rewrites tracebacks to template lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError


@dataclass(frozen=True, slots=True)
class ScriptError:
    """Why a template cannot be compiled or rendered, for the editor to show at `line`."""

    line: int | None
    message: str
    template: str | None = None

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        return f"{where}{self.message}"


def script_error(exc: BaseException) -> ScriptError:
    """A message a salesperson can act on, with the template line where it happened."""
    line, where = _template_line(exc)
    if isinstance(exc, TemplateSyntaxError):
        message = exc.message or "syntax error"
        match = re.match(r"No (filter|test) named '([^']*)'", message)
        if match:
            message = f"the {match.group(1)} {match.group(2)!r} is not available in templates"
        return ScriptError(exc.lineno or line, message, exc.name or where)
    if isinstance(exc, TemplateNotFound):
        return ScriptError(line, f"there is no template named {exc.name!r}", where)
    if isinstance(exc, SecurityError):
        return ScriptError(line, f"not allowed: {exc}", where)
    if isinstance(exc, UndefinedError):
        return ScriptError(line, f"unknown variable: {exc.message}", where)
    if isinstance(exc, RecursionError):
        return ScriptError(line, "the template calls itself too deeply", where)
    if isinstance(exc, MemoryError):
        return ScriptError(line, "the template needs too much memory", where)
    if isinstance(exc, TemplateError):
        return ScriptError(line, exc.message or type(exc).__name__, where)
    return ScriptError(line, f"{type(exc).__name__}: {exc}", where)


def _template_line(exc: BaseException) -> tuple[int | None, str | None]:
    """The innermost template frame of the traceback (Jinja rewrites them to template
    file names and lines)."""
    line: int | None = None
    where: str | None = None
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename == "<template>":
            line, where = tb.tb_lineno, None
        elif filename.startswith("<book:"):
            line, where = tb.tb_lineno, filename[6:-1]
        tb = tb.tb_next
    return line, where
