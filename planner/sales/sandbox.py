"""A Jinja2 sandbox for untrusted templates (call scripts, the price list): DESIGN.md §9.

On top of `ImmutableSandboxedEnvironment` (no attribute starting with "_", no mutating
method such as `[1].pop()`), a shared template must not hang or exhaust the machine:

* only plain data methods are reachable (`str.format`, `str.join`, `int.to_bytes`... are not);
* `range()` is capped, every value a template builds (`*`, `+`, `~`, `%`, filters) is capped
  in size before it is built, numbers in bits;
* a work budget counts loop iterations and the size of everything filtered or joined;
* the output is produced with `generate()` and stops at the output cap.

Every failure comes back as a `ScriptError(line, message)` value, never a traceback.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from datetime import date, datetime
from typing import Any

from jinja2 import BaseLoader, StrictUndefined, TemplateSyntaxError, nodes
from jinja2 import filters as jf
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Cycler, Joiner, Namespace
from jinja2.visitor import NodeTransformer

from planner.sales.script_errors import ScriptError, script_error

OUTPUT_CAP = 64 * 1024  # characters of output, and of any single value a template builds
MAX_RANGE = 10_000
MAX_BITS = 4096  # integers a template computes
WORK_BUDGET = 1_000_000  # loop iterations + characters filtered, joined or built
MAX_TEMPLATE = 100_000  # characters of template source
CPU_BUDGET_S = 2.0  # seconds of CPU time (of the rendering thread) per render

# fmt: off
_STR_METHODS = frozenset((
    "capitalize", "casefold", "count", "endswith", "find", "index", "isalnum", "isalpha",
    "isdecimal", "isdigit", "islower", "isnumeric", "isspace", "istitle", "isupper", "lower",
    "lstrip", "partition", "removeprefix", "removesuffix", "rfind", "rindex", "rpartition",
    "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
    "upper", "striptags", "unescape",
))
_SEQ_METHODS = frozenset(("count", "index"))
_DICT_METHODS = frozenset(("items", "keys", "values", "get"))
_DATE_ATTRS = frozenset(("year", "month", "day", "isoformat", "weekday", "isoweekday"))
# Jinja's filters minus `attr` (reaches any attribute) and `random` (plans must be
# reproducible); the ones that can grow a value are checked in `_guarded_filter`.
_SAFE_FILTERS = (
    "abs", "batch", "capitalize", "center", "count", "d", "default", "dictsort", "e",
    "escape", "filesizeformat", "first", "float", "forceescape", "format", "groupby", "indent",
    "int", "items", "join", "last", "length", "list", "lower", "map", "max", "min", "pprint",
    "reject", "rejectattr", "replace", "reverse", "round", "safe", "select", "selectattr",
    "slice", "sort", "string", "striptags", "sum", "title", "tojson", "trim", "truncate",
    "unique", "upper", "urlencode", "wordcount", "wordwrap",
)
# fmt: on
# a `%` conversion: optional mapping key, flags, width, precision (both may be `*`)
_FORMAT_NUMBER = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?")


class Record:
    """Plain template data: attributes only, no methods a template could call."""

    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)

    def __repr__(self) -> str:
        return f"Record({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"


class FriendlyUndefined(StrictUndefined):
    """StrictUndefined whose message names the fields a record does have."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        obj = self._undefined_obj
        if isinstance(obj, Record) and isinstance(self._undefined_name, str):
            fields = ", ".join(sorted(vars(obj)))
            return f"there is no field {self._undefined_name!r} here (there are: {fields})"
        message: str = super()._undefined_message
        return message


class _Budget:
    """Work left (iterations and characters) and the CPU-time deadline of one render."""

    __slots__ = ("calls", "deadline", "left")

    def __init__(self, amount: int, cpu_seconds: float | None = None) -> None:
        self.left = amount
        self.calls = 0
        budget = CPU_BUDGET_S if cpu_seconds is None else cpu_seconds
        self.deadline = time.thread_time() + budget


_BUDGET: ContextVar[_Budget | None] = ContextVar("template_budget", default=None)


def _charge(amount: int) -> None:
    budget = _BUDGET.get()
    if budget is None:
        return
    budget.left -= amount
    if budget.left < 0:
        raise SecurityError("the template does too much work (a loop that is too long?)")
    budget.calls += 1
    if budget.calls % 256 == 0 and time.thread_time() > budget.deadline:
        raise SecurityError(
            f"the template takes too long to run (over {CPU_BUDGET_S:g} seconds of work)"
        )


def size_of(value: object, limit: int = OUTPUT_CAP) -> int:
    """Characters `value` would print as, roughly; stops counting past `limit`."""
    total = 0
    stack = [value]
    while stack and total <= limit:
        v = stack.pop()
        if isinstance(v, str | bytes):
            total += len(v)
        elif isinstance(v, list | tuple | set | frozenset):
            total += 2 + len(v)
            if len(v) > limit:
                return limit + 1
            stack.extend(v)
        elif isinstance(v, dict):
            total += 2 + 2 * len(v)
            if len(v) > limit:
                return limit + 1
            stack.extend(v.keys())
            stack.extend(v.values())
        else:
            total += 8
    return total


def _too_big(what: str) -> SecurityError:
    return SecurityError(f"{what} would be larger than the limit of {OUTPUT_CAP // 1024} KB")


def _check_size(value: object, what: str = "the value") -> None:
    if size_of(value) > OUTPUT_CAP:
        raise _too_big(what)


def _check_format(fmt: object) -> None:
    """Refuse `%`-format widths that would build a huge string ('%999999999d')."""
    if not isinstance(fmt, str):
        return
    for width, precision in _FORMAT_NUMBER.findall(fmt):
        for n in (width, precision):
            if n == "*" or (n and int(n) > OUTPUT_CAP):
                raise _too_big("the formatted text")


def _range(*args: int) -> range:
    rng = range(*args)
    if len(rng) > MAX_RANGE:
        raise SecurityError(f"range() of {len(rng):,} numbers is over the limit of {MAX_RANGE:,}")
    return rng


def _arg(args: tuple[Any, ...], kwargs: Mapping[str, Any], i: int, key: str, default: Any) -> Any:
    return args[i] if len(args) > i else kwargs.get(key, default)


def _precheck(name: str, value: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """Refuse a filter call whose result would be over the cap, before it is built."""
    if name in ("center", "batch", "slice"):
        for n in (*args, *kwargs.values()):
            if isinstance(n, int) and not isinstance(n, bool) and n > OUTPUT_CAP:
                raise _too_big(f"the result of |{name}")
    elif name == "indent":  # the width may be a number or the string to indent with
        width = _arg(args, kwargs, 0, "width", 4)
        pad = len(width) if isinstance(width, str) else int(width or 0)
        text = str(value)
        if (text.count("\n") + 1) * pad + len(text) > OUTPUT_CAP:
            raise _too_big("the result of |indent")
    elif name == "wordwrap":  # one wrap string per line
        width = max(int(_arg(args, kwargs, 0, "width", 79) or 1), 1)
        wrap = str(_arg(args, kwargs, 2, "wrapstring", None) or "\n")
        text = str(value)
        if len(text) + (len(text) // width + 1) * len(wrap) > OUTPUT_CAP:
            raise _too_big("the result of |wordwrap")
    elif name == "replace" and len(args) >= 2:
        text, old, new = str(value), str(args[0]), str(args[1])
        hits = text.count(old) if old else len(text) + 1
        if len(text) + hits * max(0, len(new) - len(old)) > OUTPUT_CAP:
            raise _too_big("the result of |replace")
    elif name == "join":
        sep = str(_arg(args, kwargs, 0, "d", ""))
        size = size_of(value)
        if size + len(sep) * size > 2 * OUTPUT_CAP:
            raise _too_big("the result of |join")
    elif name == "format":
        _check_format(value)
    elif name in ("string", "pprint", "tojson", "list"):
        _check_size(value, f"the result of |{name}")


def _guarded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """Charge the work budget with the filtered value's size and refuse huge results."""
    pass_arg = getattr(func, "jinja_pass_arg", None)

    def check(value: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Any:
        if name == "join" and not isinstance(value, list | tuple | str):
            value = list(value)  # a generator from |map: count it once, join the same list
        _charge(size_of(value))
        _precheck(name, value, args, kwargs)
        return value

    if pass_arg is None:

        def plain(value: Any, *args: Any, **kwargs: Any) -> Any:
            return func(check(value, args, kwargs), *args, **kwargs)

        return plain

    def with_context(ctx: Any, value: Any, *args: Any, **kwargs: Any) -> Any:
        return func(ctx, check(value, args, kwargs), *args, **kwargs)

    with_context.jinja_pass_arg = pass_arg  # type: ignore[attr-defined]
    return with_context


class _LoopGuard(NodeTransformer):
    """Wrap the iterable of every `{% for %}` so that each iteration is charged."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Call(
            nodes.EnvironmentAttribute("loop_budget"), [node.iter], [], None, None
        )
        return node


class _GuardedCodeGenerator(CodeGenerator):
    """`a ~ b` goes through `environment.checked_join`, which refuses huge results."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:
            func_name = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            func_name = "markup_join"
        else:
            func_name = "str_join"
        self.write(f"environment.checked_join({func_name}, (")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class TemplateSandbox(ImmutableSandboxedEnvironment):
    """The sandbox every user-editable template of the book renders in."""

    code_generator_class = _GuardedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%", "//"})

    def __init__(
        self,
        *,
        loader: BaseLoader | None = None,
        autoescape: bool = False,
        filters: Mapping[str, Callable[..., Any]] | None = None,
    ) -> None:
        super().__init__(
            loader=loader,
            autoescape=autoescape,
            undefined=FriendlyUndefined,
            finalize=self._finalize,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,
        )
        self.globals = {
            "range": _range,
            "dict": dict,
            "namespace": Namespace,
            "cycler": Cycler,
            "joiner": Joiner,
        }
        self.filters = {name: _guarded_filter(name, jf.FILTERS[name]) for name in _SAFE_FILTERS}
        for name, func in (filters or {}).items():
            self.filters[name] = _guarded_filter(name, func)

    # --- what a template may touch ----------------------------------------------------------
    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if not super().is_safe_attribute(obj, attr, value):
            return False
        if isinstance(obj, str):
            return attr in _STR_METHODS
        if isinstance(obj, list | tuple):
            return attr in _SEQ_METHODS
        if isinstance(obj, dict):
            return attr in _DICT_METHODS
        if isinstance(obj, date | datetime):
            return attr in _DATE_ATTRS
        # Record fields and Jinja's own loop, namespace and macro objects are fine;
        # numbers, bytes and sets have no attribute a template needs.
        return not isinstance(obj, int | float | bytes | set | frozenset)

    def wrap_str_format(self, value: Any) -> None:
        """No `str.format` at all, not even Jinja's sandboxed one: widths like
        '{:>999999999}' build huge strings, and `|format` covers what scripts need."""
        return None

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Method calls on data (`s.split()`, `s.count()`) cost the size of what they read
        and of what they return; a result over the cap is refused."""
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str | list | tuple | dict):
            _charge(size_of(owner) + sum(size_of(a) for a in args))
        result = super().call(__context, __obj, *args, **kwargs)
        if owner is not None and isinstance(result, str | list | tuple):
            size = size_of(result)
            if size > OUTPUT_CAP:
                raise _too_big(f"the result of .{getattr(__obj, '__name__', 'method')}()")
            _charge(size)
        return result

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(left, int) and isinstance(right, int):
            if right > 0 and abs(left) > 1 and abs(left).bit_length() * right > MAX_BITS:
                raise SecurityError(f"{left} ** {right} is a larger number than a template needs")
        elif operator == "*":
            seq, n = (left, right) if isinstance(right, int) else (right, left)
            if isinstance(seq, str | list | tuple) and isinstance(n, int):
                if n > 0 and size_of(seq) * n > OUTPUT_CAP:
                    raise _too_big("the repeated value")
            elif (
                isinstance(left, int)
                and isinstance(right, int)
                and abs(left).bit_length() + abs(right).bit_length() > MAX_BITS
            ):
                raise SecurityError("the product is a larger number than a template needs")
        elif operator == "+" and isinstance(left, str | list | tuple):
            if size_of(left) + size_of(right) > OUTPUT_CAP:
                raise _too_big("the joined value")
        elif operator == "%":
            _check_format(left)
        result = self.binop_table[operator](left, right)
        _charge(size_of(result) if isinstance(result, str | list | tuple) else 1)
        return result

    def checked_join(self, join: Callable[[Iterable[Any]], str], parts: tuple[Any, ...]) -> str:
        size = sum(size_of(p) for p in parts)
        if size > OUTPUT_CAP:
            raise _too_big("the joined text")
        _charge(size)
        return join(parts)

    def loop_budget(self, iterable: Iterable[Any]) -> Iterator[Any]:
        for item in iterable:
            _charge(1)
            yield item

    def _finalize(self, value: Any) -> Any:
        size = size_of(value)
        if size > OUTPUT_CAP:
            raise _too_big("the printed value")
        _charge(size)
        return value

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        if len(source) > MAX_TEMPLATE:
            raise TemplateSyntaxError(
                f"the template is longer than {MAX_TEMPLATE:,} characters", 1, name, filename
            )
        tree = super()._parse(source, name, filename)
        guarded = _LoopGuard().visit(tree)
        assert isinstance(guarded, nodes.Template)
        return guarded


def render_capped(template: Any, context: Mapping[str, Any]) -> str | ScriptError:
    """Render with the work budget and stop at the output cap; errors become values."""
    token = _BUDGET.set(_Budget(WORK_BUDGET))
    parts: list[str] = []
    size = 0
    try:
        for chunk in template.generate(context):
            size += len(chunk)
            if size > OUTPUT_CAP:
                return ScriptError(
                    None, f"the output is longer than the limit of {OUTPUT_CAP // 1024} KB"
                )
            parts.append(chunk)
    except Exception as exc:  # everything a template can raise becomes a message
        return script_error(exc)
    finally:
        _BUDGET.reset(token)
    return "".join(parts)


def compile_template(env: TemplateSandbox, source: str) -> Any:
    """The compiled template, or a ScriptError with the line of the first problem."""
    try:
        return env.from_string(source)
    except Exception as exc:
        return script_error(exc)


def load_template(env: TemplateSandbox, name: str) -> Any:
    """A template of the environment's loader, compiled, or a ScriptError."""
    try:
        return env.get_template(name)
    except Exception as exc:
        return script_error(exc)


__all__ = [
    "CPU_BUDGET_S",
    "OUTPUT_CAP",
    "Record",
    "ScriptError",
    "TemplateSandbox",
    "compile_template",
    "load_template",
    "render_capped",
    "size_of",
]
