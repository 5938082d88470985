"""Call scripts: the sandbox refuses what a shared template must not do, with a clear
ScriptError; the default scripts render in every language for every purpose."""

from __future__ import annotations

import time

import pytest

from planner.app import Services
from planner.errors import ValidationError
from planner.sales.sandbox import (
    Record,
    ScriptError,
    TemplateSandbox,
    compile_template,
    render_capped,
)
from planner.services.scripts import PURPOSES, RenderedScript, ScriptService
from tests.unit.sales.conftest import TODAY, AddClient


def render(source: str, **context: object) -> str | ScriptError:
    compiled = compile_template(TemplateSandbox(), source)
    if isinstance(compiled, ScriptError):
        return compiled
    return render_capped(compiled, context)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("{{ ''.__class__.__mro__ }}", "not allowed: access to attribute '__class__'"),
        ("{{ ''|attr('format') }}", "the filter 'attr' is not available in templates"),
        ("{{ 'x'.format }}", "not allowed: access to attribute 'format' of 'str'"),
        ("{{ [1].pop() }}", "not allowed: access to attribute 'pop' of 'list'"),
        ("{% for i in range(10**9) %}x{% endfor %}", "range() of 1,000,000,000 numbers is over"),
        ("{{ 'x' * 10**8 }}", "the repeated value would be larger than the limit of 64 KB"),
        ("{% for i in range(9999) %}{{ 'abcdefghij' }}{% endfor %}", "the output is longer"),
        (
            "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}",
            "the template does too much work",
        ),
        (
            "{% set ns = namespace(s='x') %}{% for i in range(60) %}"
            "{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
            "the joined text would be larger",
        ),
        ("{{ 'x'.ljust(10**9) }}", "not allowed: access to attribute 'ljust'"),
        ("{{ ('x' * 60000)|replace('x', 'xx') }}", "the result of |replace would be larger"),
        ("{{ 'x'|center(1000000000) }}", "the result of |center would be larger"),
        ("{{ 'a\\nb'|indent('x' * 60000) }}", "the result of |indent would be larger"),
        ("{{ ('x' * 9000)|wordwrap(1, true, 'y' * 9) }}", "the result of |wordwrap would be"),
        ("{{ [('x' * 60000)] * 2 }}", "the repeated value would be larger"),
        ("{{ '%999999999d' % 1 }}", "the formatted text would be larger"),
        ("{{ (10**1000) ** 1000 }}", "larger number than a template needs"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "calls itself too deeply"),
        ("{{ lipsum(10**6) }}", "'lipsum' is undefined"),
        ("{{ cycler.__init__.__globals__ }}", "not allowed: access to attribute '__init__'"),
    ],
)
def test_the_sandbox_refuses_quickly_with_a_clear_message(source: str, message: str) -> None:
    start = time.perf_counter()
    result = render(source)
    assert isinstance(result, ScriptError), result
    assert message in result.message
    assert result.line == 1 or "output" in result.message
    assert time.perf_counter() - start < 3


def test_errors_point_at_the_template_line() -> None:
    result = render("Hello\n\n{{ client.nmae }}", client=Record(name="Ann"))
    assert result == ScriptError(
        3, "unknown variable: there is no field 'nmae' here (there are: name)"
    )
    syntax = render("one\n{% for x in %}")
    assert isinstance(syntax, ScriptError)
    assert syntax.line == 2
    assert str(syntax).startswith("line 2: ")


def test_plain_templates_work() -> None:
    out = render(
        "{{ c.name|upper }} {% for x in xs %}{{ loop.index }}:{{ x }} {% endfor %}"
        "{{ xs|join(', ') }} {{ {'a': 1}.items()|list }} {{ 'Ab'.lower() }} {{ 7 // 2 }}",
        c=Record(name="Łucja"),
        xs=["a", "b"],
    )
    assert out == "ŁUCJA 1:a 2:b a, b [('a', 1)] ab 3"


@pytest.fixture
def scripted(catalog: Services, add_client: AddClient) -> dict[str, int]:
    catalog.settings.set_many({"me.name": "Anna Nowak", "me.company": "Narzędzia Sp. z o.o."})
    ids = {
        "en": add_client("John Smith", language="en", company="Smith & Sons"),
        "ru": add_client("Пётр Ёлкин", language="ru"),
        "pl": add_client("Łucja Żółć", language="pl"),
    }
    for cid in ids.values():
        catalog.sales.record_sale(cid, TODAY, [("DRILL", "1")])
    return ids


# The default salutation opens every default script (also the birthday one).
GREETING = {
    "en": "Dear John, this is",
    "ru": "Уважаемый Пётр! Это",
    "pl": "Szanowna Pani Łucjo, tu",
}
QUESTION = {
    "en": "What do you not like in our work?",
    "ru": "Что вам не нравится в нашей работе?",
    "pl": "Co się Panu/Pani nie podoba w naszej pracy?",
}


@pytest.mark.parametrize("language", ["en", "ru", "pl"])
def test_default_scripts_render_for_every_purpose(
    catalog: Services, scripted: dict[str, int], language: str
) -> None:
    cid = scripted[language]
    for purpose in PURPOSES:
        result = catalog.scripts.render(cid, purpose)
        assert isinstance(result, RenderedScript), (purpose, result)
        assert result.language == language
        assert result.template == f"{language}/{purpose}"
        assert "{{" not in result.text
        assert "{%" not in result.text
        assert "Anna Nowak" in result.text
        assert GREETING[language] in result.text
    check_in = catalog.scripts.render(cid, "check-in")
    assert isinstance(check_in, RenderedScript)
    assert QUESTION[language] in check_in.text
    price_list = catalog.scripts.render(cid, "price-list")
    assert isinstance(price_list, RenderedScript)
    assert "Bit set" in price_list.text
    assert "10\u00a0%" in price_list.text


def test_the_touch_decides_the_purpose(catalog: Services, scripted: dict[str, int]) -> None:
    cid = scripted["en"]
    touch = next(t for t in catalog.clients.get(cid).planned if t.purpose == "thank-you")
    result = catalog.scripts.render(cid, None, touch_id=touch.id)
    assert isinstance(result, RenderedScript)
    assert result.purpose == "thank-you"
    assert "Thank you for your order on 26 Nov 2026 (Drill X200)" in result.text


def test_templates_fall_back_tier_purpose_then_purpose_then_default(
    catalog: Services, scripted: dict[str, int]
) -> None:
    cid = scripted["en"]  # tier B
    scripts: ScriptService = catalog.scripts
    assert scripts.save_template("Purpose {{ client.name }}", "en", "check-in").changes.settings
    assert (
        scripts.save_template("Tier B {{ client.tier }}", "en", "check-in", tier="B").value is None
    )
    assert scripts.save_template("Tier A", "en", "check-in", tier="A").value is None
    result = scripts.render(cid, "check-in")
    assert isinstance(result, RenderedScript)
    assert (result.text, result.template) == ("Tier B B\n", "en/B/check-in (yours)")
    scripts.reset_template("en", "check-in", tier="B")
    result = scripts.render(cid, "check-in")
    assert isinstance(result, RenderedScript)
    assert result.text == "Purpose John Smith\n"
    # the user's skeleton speaks through every default purpose script that extends it
    scripts.save_template(
        "MY {% block reason %}{% endblock %}|{% block question %}Q{% endblock %}", "en"
    )
    result = scripts.render(cid, "feedback")
    assert isinstance(result, RenderedScript)
    assert result.text.startswith('MY "I am not calling to sell anything.')
    assert '|"What do you not like in our work? What annoyed you' in result.text
    assert [(t.purpose, t.tier) for t in scripts.templates()] == [
        (None, None),
        ("check-in", None),
        ("check-in", "A"),
    ]
    assert scripts.template("en", "check-in").text == "Purpose {{ client.name }}"
    assert scripts.template("ru", "win-back").is_default


def test_a_template_that_does_not_compile_is_refused(catalog: Services) -> None:
    result = catalog.scripts.save_template("Hi\n{% if client.name %}no end", "en", "check-in").value
    assert isinstance(result, ScriptError)
    assert result.line == 2
    assert "endif" in result.message
    assert catalog.scripts.templates() == []
    refused = catalog.scripts.save_template("{{ x|attr('y') }}", "en", "check-in").value
    assert isinstance(refused, ScriptError)
    with pytest.raises(ValidationError):
        catalog.scripts.save_template("x", "de", "check-in")
    with pytest.raises(ValidationError):
        catalog.scripts.save_template("x", "en", None, tier="A")


def test_preview_renders_unsaved_text(catalog: Services, scripted: dict[str, int]) -> None:
    cid = scripted["pl"]
    result = catalog.scripts.preview(
        "{{ client.first_name }}: {{ recommendations|map(attribute='name')|join(', ') }}; "
        "{{ offer.discount }} do {{ offer.valid_until|day }}; {{ last_purchase.total }}",
        cid,
        "news-offer",
    )
    assert isinstance(result, RenderedScript)
    assert result.text == (
        "Łucja: Bit set, Annual service, Hard case; 10\u00a0% do 26.12.2026; 1\u00a0234,50\u00a0€\n"
    )
    bad = catalog.scripts.preview("{{ ''.__class__ }}", cid, "news-offer")
    assert isinstance(bad, ScriptError)
    assert len(catalog.scripts.variables()) > 20
