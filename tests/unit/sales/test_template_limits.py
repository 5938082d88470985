"""Hostile templates (call scripts and price lists are shared): every resource bomb is
refused quickly with a message naming the template line, never a traceback or a hang."""

from __future__ import annotations

import pytest

from planner.sales import sandbox
from planner.sales.sandbox import (
    ScriptError,
    TemplateSandbox,
    compile_template,
    render_capped,
)

BIG = "x" * 1000

# Each renders to a ScriptError; none may build a huge value or loop for long.
PAYLOADS = [
    # str.format: widths, precisions, nested fields, attribute walks
    "{{ '{:200000000}'.format(1) }}",
    "{{ '{:>999999999}'.format('a') }}",
    "{{ '{:.999999999f}'.format(1.0) }}",
    "{{ '{0:{1}}'.format(1, 999999999) }}",
    "{{ '{0.__class__}'.format(1) }}",
    "{{ ''.format_map({}) }}",
    "{{ '{:,}'.format(10) }}",
    # % formatting: width, precision, star, mapping keys
    "{{ '%2000000000d' % 1 }}",
    "{{ '%.2000000000f' % 1.0 }}",
    "{{ '%-999999999s' % 'a' }}",
    "{{ '%*d' % (999999999, 1) }}",
    "{{ '%.*f' % (999999999, 1.0) }}",
    "{{ '%(a)2000000000d' % {'a': 1} }}",
    "{{ '%(a).900000000f' % {'a': 1.0} }}",
    "{{ '%0999999999x' % 255 }}",
    "{{ '%#999999999o' % 8 }}",
    # |format filter
    "{{ '%2000000000d'|format(1) }}",
    "{{ '%(a)900000000s'|format(a=1) }}",
    "{{ '%.900000000e'|format(1.5) }}",
    "{{ '%*s'|format(900000000, 'a') }}",
    # string multiplication and concatenation
    "{{ 'x' * 10**9 }}",
    "{{ ['x'] * 10**8 }}",
    "{{ ('x' * 60000) ~ ('x' * 60000) }}",
    "{{ ('x' * 60000) + ('x' * 60000) }}",
    "{% set s = 'x' * 60000 %}{{ s * 2 }}",
    # filters that grow a value
    "{{ 'x'|center(10**9) }}",
    "{{ 'x'|indent(10**9) }}",
    "{{ ('a ' * 30000)|replace(' ', 'x' * 1000) }}",
    "{{ ('a ' * 30000)|wordwrap(1) }}",
    "{{ ('x ' * 30000).split()|join('y' * 1000) }}",
    "{{ range(10000)|batch(10**9)|list }}",
    # range and numbers
    "{% for i in range(10**9) %}{% endfor %}",
    "{{ range(10**9)|list }}",
    "{{ 2 ** (10 ** 8) }}",
    "{{ 10 ** 100000 }}",
    "{{ (2 ** 4000) * (2 ** 4000) }}",
    # loops over split()/splitlines() of large strings, nested loops
    "{% for a in ('x ' * 30000).split() %}{% for b in ('x ' * 30000).split() %}"
    "{% endfor %}{% endfor %}",
    "{% for a in ('x\\n' * 30000).splitlines() %}{% for b in ('x\\n' * 30000).splitlines() %}"
    "{% endfor %}{% endfor %}",
    "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}",
    "{% for i in range(1000) %}{% for j in range(1000) %}{% for k in range(1000) %}"
    "{% endfor %}{% endfor %}{% endfor %}",
    "{% set s = 'x' * 60000 %}{% for i in range(10000) %}{{ s.count('y') and '' }}{% endfor %}",
    "{% set s = 'x' * 60000 %}{% for i in range(10000) %}{% if s.find('y') %}{% endif %}"
    "{% endfor %}",
    "{% set s = 'x ' * 30000 %}{% for i in range(10000) %}{{ s.split()|length and '' }}"
    "{% endfor %}",
    "{% set s = 'x' * 60000 %}{% for i in range(10000) %}{{ s.upper() and '' }}{% endfor %}",
    "{% set s = 'x' * 60000 %}{% for i in range(10000) %}{{ (s|length) and '' }}{% endfor %}",
    # recursion via macros and call blocks
    "{% macro r(n) %}{{ r(n + 1) }}{% endmacro %}{{ r(0) }}",
    "{% macro r(n) %}{{ r(n) }}{{ r(n) }}{% endmacro %}{{ r(0) }}",
    "{% macro w() %}{{ caller() }}{{ caller() }}{% endmacro %}"
    "{% call w() %}{% call w() %}{% for i in range(10000) %}{{ i }}{% endfor %}"
    "{% endcall %}{% endcall %}",
    # output size
    "{% for i in range(10000) %}{{ 'x' * 60 }}{% endfor %}",
    # methods and attributes that are not data
    "{{ 'x'.center(10**9) }}",
    "{{ 'x'.zfill(10**9) }}",
    "{{ 'x'.ljust(10**9) }}",
    "{{ 'x'.expandtabs(10**9) }}",
    "{{ ('\\t' * 60000).expandtabs(60000) }}",
]


@pytest.fixture(scope="module")
def env() -> TemplateSandbox:
    return TemplateSandbox()


def test_there_are_54_payloads() -> None:
    assert len(PAYLOADS) == 54


@pytest.mark.parametrize("source", PAYLOADS)
def test_payload_is_refused_with_a_line(env: TemplateSandbox, source: str) -> None:
    compiled = compile_template(env, source)
    result = compiled if isinstance(compiled, ScriptError) else render_capped(compiled, {"x": BIG})
    assert isinstance(result, ScriptError), f"{source!r} rendered {str(result)[:80]!r}"
    assert result.line == 1 or (result.line is None and "output" in result.message)
    assert "Traceback" not in result.message


def test_refusal_names_the_line_of_the_template(env: TemplateSandbox) -> None:
    source = "Hello\n\n{{ '%(a)900000000d' % {'a': 1} }}\n"
    compiled = compile_template(env, source)
    result = render_capped(compiled, {})
    assert isinstance(result, ScriptError)
    assert result.line == 3
    assert str(result).startswith("line 3: ")
    assert "64 KB" in result.message


def test_cpu_budget_stops_a_render(env: TemplateSandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    # A budget of no time at all: the first budget check after 256 charges refuses, so the
    # limit is exercised without timing anything.
    monkeypatch.setattr(sandbox, "CPU_BUDGET_S", -1.0)
    compiled = compile_template(env, "{% for i in range(1000) %}{{ i }}{% endfor %}")
    result = render_capped(compiled, {})
    assert isinstance(result, ScriptError)
    assert "takes too long" in result.message
    assert result.line == 1


def test_ordinary_templates_still_render(env: TemplateSandbox) -> None:
    source = (
        "{% for w in name.split() %}{{ w|capitalize }} {% endfor %}"
        "{{ '%05.1f'|format(3.14159) }} {{ '%(n)s'|format(n=name) }} {{ '%3d' % 7 }}"
    )
    result = render_capped(compile_template(env, source), {"name": "anna nowak"})
    assert result == "Anna Nowak 003.1 anna nowak   7"


@pytest.mark.parametrize(
    "source",
    [
        "{{ 100|money }}{{ '%(a)900000000s' % {'a': 1} }}",
        "{{ '%900000000s'|format(1|money) }}",
        "{% for a in ('x ' * 30000).split() %}{% for b in ('x ' * 30000).split() %}"
        "{{ '' }}{% endfor %}{% endfor %}",
    ],
)
def test_price_list_templates_are_under_the_same_limits(source: str) -> None:
    from types import SimpleNamespace

    from planner.sales.documents import price_list_environment

    env = price_list_environment(SimpleNamespace(language="en", currency="PLN"))  # type: ignore[arg-type]
    result = render_capped(compile_template(env, source), {})
    assert isinstance(result, ScriptError)
    assert result.line == 1
