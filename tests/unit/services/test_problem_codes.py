"""Validation speaks codes: each bad field is a `Problem(code, field, args)`; the English
the CLI prints comes from the one table (`planner/problem_texts.py`)."""

from __future__ import annotations

import pytest

from planner import settings as settings_mod
from planner.app import Services
from planner.errors import BadSetting, Invalid, ValidationError
from planner.problem_texts import ENGLISH, english
from planner.problems import Problem
from planner.sales.money import parse_money, parse_percent, parse_quantity
from planner.services.validation import normalise_contact, validate_client
from planner.services.views import ClientInput, ContactPointInput

TIERS = {"A", "B", "C"}


def codes(exc: ValidationError) -> dict[str, tuple[str, dict[str, str]]]:
    return {f: (p.code, p.args) for f, p in exc.by_field.items()}


def test_every_bad_field_of_a_client_is_a_code_with_its_args() -> None:
    data = ClientInput(
        name="  ",
        tier="Z",
        company="x" * 201,
        status="gone",
        contacts=(
            ContactPointInput("call", "abc"),
            ContactPointInput("email", "not an address"),
            ContactPointInput("call", "+48601234567", extension="12a"),
            ContactPointInput("sms", ""),
            ContactPointInput("pigeon", "x"),
            ContactPointInput("email", "a@example.com", extension="1"),
        ),
        birthday=(None, 2, 30),
        timezone="Mars/Olympus",
        language="de",
    )
    with pytest.raises(ValidationError) as err:
        validate_client(data, "PL", TIERS)
    found = codes(err.value)
    assert found["name"] == ("client.no-name", {})
    assert found["tier"] == ("client.bad-tier", {"tier": "Z", "tiers": "A, B, C"})
    assert found["company"] == ("client.long-company", {"limit": "200"})
    assert found["status"] == ("client.bad-status", {"status": "gone"})
    assert found["contacts.0"] == ("contact.not-phone", {"value": "abc"})
    assert found["contacts.1"][0] == "contact.bad-email"
    assert found["contacts.1"][1]["value"] == "not an address"
    assert found["contacts.2"] == ("contact.bad-extension", {"value": "12a", "limit": "20"})
    assert found["contacts.3"] == ("contact.empty", {"channel": "sms"})
    assert found["contacts.4"][0] == "contact.bad-channel"
    assert found["contacts.5"] == ("contact.extension-not-phone", {})
    assert found["birthday"] == ("client.bad-birthday", {})
    assert found["timezone"] == ("client.bad-timezone", {"timezone": "Mars/Olympus"})
    assert found["language"][0] == "client.bad-language"
    # the English of each field is the table's text of its problem
    for field, problem in err.value.by_field.items():
        assert problem.field == field
        assert err.value.problems[field] == english(problem)


def test_the_english_is_what_the_cli_printed_before() -> None:
    with pytest.raises(ValidationError) as err:
        validate_client(
            ClientInput(name="X", contacts=(ContactPointInput("call", "abc"),)), "PL", TIERS
        )
    assert err.value.problems == {"contacts.0": "'abc' is not a phone number"}
    assert err.value.message == "'abc' is not a phone number"
    assert err.value.field == "contacts.0"


def test_a_valid_number_for_another_region_names_the_region() -> None:
    with pytest.raises(Invalid) as err:
        normalise_contact(ContactPointInput("call", "12345"), "PL")
    assert err.value.problem == Problem.of("contact.bad-phone", value="12345", region="PL")
    assert isinstance(err.value, ValueError)  # `except ValueError` callers still catch it


def test_a_fax_cannot_be_preferred_nor_an_email_a_fax() -> None:
    with pytest.raises(Invalid) as err:
        normalise_contact(
            ContactPointInput("call", "+48221112233", preferred=True, kind="fax"), "PL"
        )
    assert err.value.problem.code == "contact.kind-preferred"
    with pytest.raises(Invalid) as err:
        normalise_contact(ContactPointInput("email", "a@example.com", kind="fax"), "PL")
    assert err.value.problem.code == "contact.kind-not-phone"
    with pytest.raises(Invalid) as err:
        normalise_contact(ContactPointInput("call", "+48221112233", kind="modem"), "PL")
    assert err.value.problem.code == "contact.bad-kind"
    assert err.value.problem.args["kind"] == "modem"


def test_the_service_reports_codes_too(services: Services) -> None:
    with pytest.raises(ValidationError) as err:
        services.clients.add(ClientInput(name="", contacts=(ContactPointInput("call", "abc"),)))
    assert {f: p.code for f, p in err.value.by_field.items()} == {
        "name": "client.no-name",
        "contacts.0": "contact.not-phone",
    }


@pytest.mark.parametrize(
    ("key", "raw", "code", "args"),
    [
        ("gap.days", "x", "setting.not-whole", {"value": "x"}),
        ("gap.days", "99", "setting.out-of-range", {"lo": "0", "hi": "60"}),
        ("birthday.on_weekend", "perhaps", "setting.not-bool", {"value": "perhaps"}),
        ("me.phone", "1" * 61, "setting.too-long", {"limit": "60"}),
        ("calendar.country", "XX", "setting.bad-country", {"value": "XX"}),
        ("calendar.weekend", "sat,fun", "setting.bad-weekday", {"value": "fun"}),
        ("calendar.weekend", "mon,tue,wed,thu,fri,sat,sun", "setting.no-working-day", {}),
        ("calendar.work_start", "25:00", "setting.bad-time", {"value": "25:00"}),
        ("calendar.timezone", "Mars/Olympus", "setting.bad-timezone", {"value": "Mars/Olympus"}),
        ("phone.region", "XX", "setting.bad-region", {"value": "XX"}),
        ("ui.language", "de", "setting.bad-language", {"value": "de", "languages": "en, ru, pl"}),
        ("book.currency", "EURO", "setting.bad-currency", {"value": "EURO"}),
    ],
)
def test_a_bad_setting_is_a_code_on_its_key(
    key: str, raw: str, code: str, args: dict[str, str]
) -> None:
    with pytest.raises(BadSetting) as err:
        settings_mod.parse(key, raw)
    assert err.value.problems == (Problem(code, key, args),)
    assert err.value.code == "bad-setting"
    assert err.value.field == key
    assert err.value.message == f"{key}: {english(err.value.problems[0])}"


@pytest.mark.parametrize(
    ("parse", "raw", "code"),
    [
        (parse_money, "", "amount.empty"),
        (parse_money, "12x", "amount.bad"),
        (parse_money, "1,2.3.4", "number.two-points"),
        (parse_money, "12,345,67", "number.bad-thousands"),
        (parse_money, "1.2345", "number.many-places"),
        (parse_quantity, "", "quantity.empty"),
        (parse_quantity, "two", "quantity.bad"),
        (parse_percent, "x", "percentage.bad"),
        (parse_percent, "120", "number.bad-percentage"),
    ],
)
def test_a_number_that_does_not_parse_is_a_code(parse: object, raw: str, code: str) -> None:
    with pytest.raises(Invalid) as err:
        parse(raw)  # type: ignore[operator]
    assert err.value.problem.code == code
    assert str(err.value) == english(err.value.problem)


def test_every_code_has_english_that_fills_its_blanks() -> None:
    import string

    for code, template in ENGLISH.items():
        names = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        text = english(Problem(code, None, {n: "X" for n in names}))
        assert "{" not in text, code
