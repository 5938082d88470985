"""The core's validation messages (English) in the UI language, recognised by pattern.

`ValidationError.problems` maps a field to an English sentence; the form shows the
translation of the sentences it knows and the English of the others.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from planner.problem_texts import english
from planner.problems import Problem

translate = QCoreApplication.translate


_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"^a client needs a name$"),
        lambda m: translate("Problems", "A client needs a name."),
    ),
    (
        re.compile(r"^the name is longer than (\d+) characters$"),
        lambda m: translate("Problems", "The name is longer than {n} characters.").format(
            n=m.group(1)
        ),
    ),
    (
        re.compile(r"^the company is longer than (\d+) characters$"),
        lambda m: translate("Problems", "The company is longer than {n} characters.").format(
            n=m.group(1)
        ),
    ),
    (
        re.compile(r"^unknown tier "),
        lambda m: translate("Problems", "Choose one of the book's tiers."),
    ),
    (re.compile(r"^unknown status "), lambda m: translate("Problems", "Unknown status.")),
    (
        re.compile(r"^'(.*)' is not a phone number$"),
        lambda m: translate("Problems", "“{value}” is not a phone number.").format(
            value=m.group(1)
        ),
    ),
    (
        re.compile(r"^'(.*)' is not a valid phone number for region (\w+)$"),
        lambda m: translate(
            "Problems", "“{value}” is not a valid phone number (default region {region})."
        ).format(value=m.group(1), region=m.group(2)),
    ),
    (
        re.compile(r"^'(.*)' is not a valid e-mail address"),
        lambda m: translate("Problems", "“{value}” is not a valid e-mail address.").format(
            value=m.group(1)
        ),
    ),
    (
        re.compile(r"^the (\w+) contact is empty$"),
        lambda m: translate("Problems", "The contact is empty."),
    ),
    (
        re.compile(r"^the contact is longer than"),
        lambda m: translate("Problems", "The contact is too long."),
    ),
    (
        re.compile(r"^a fax or pager number cannot be the preferred contact$"),
        lambda m: translate("Problems", "A fax or pager number cannot be the preferred contact."),
    ),
    (
        re.compile(r"^only a phone \(call\) contact can be a fax or a pager$"),
        lambda m: translate("Problems", "Only a phone can be a fax or a pager."),
    ),
    (
        re.compile(r"^the extension '(.*)' is not up to (\d+) digits$"),
        lambda m: translate(
            "Problems", "The extension “{value}” must be digits only (up to {n})."
        ).format(value=m.group(1), n=m.group(2)),
    ),
    (
        re.compile(r"^only a phone number has an extension$"),
        lambda m: translate("Problems", "Only a phone number has an extension."),
    ),
    (
        re.compile(r"^only one contact point can be the preferred one$"),
        lambda m: translate("Problems", "Only one contact point can be the preferred one."),
    ),
    (
        re.compile(r"^the birthday is not a real date$"),
        lambda m: translate("Problems", "The birthday is not a real date."),
    ),
    (
        re.compile(r"^unknown time zone '(.*?)'"),
        lambda m: translate(
            "Problems", "Unknown time zone “{value}”; use a name such as Europe/Warsaw."
        ).format(value=m.group(1)),
    ),
    # Settings (planner/settings.py and the settings service).
    (
        re.compile(r"^must be between (\d+) and (\d+)$"),
        lambda m: translate("Problems", "Must be between {lo} and {hi}.").format(
            lo=m.group(1), hi=m.group(2)
        ),
    ),
    (
        re.compile(r"^expected a whole number"),
        lambda m: translate("Problems", "Expected a whole number."),
    ),
    (
        re.compile(r"^unknown country code '(.*?)'"),
        lambda m: translate(
            "Problems", "Unknown country code “{value}”; use codes such as PL, RU, US."
        ).format(value=m.group(1)),
    ),
    (
        re.compile(r"^'(.*?)' is not a subdivision of (\w+)"),
        lambda m: translate("Problems", "“{value}” is not a region of {country}.").format(
            value=m.group(1), country=m.group(2)
        ),
    ),
    (
        re.compile(r"^at least one weekday must be a working day$"),
        lambda m: translate("Problems", "At least one day of the week must be a working day."),
    ),
    (
        re.compile(r"^expected a time as HH:MM"),
        lambda m: translate("Problems", "Expected a time as HH:MM."),
    ),
    (
        re.compile(r"^unknown phone region '(.*?)'"),
        lambda m: translate(
            "Problems", "Unknown phone region “{value}”; use codes such as PL, RU, US."
        ).format(value=m.group(1)),
    ),
    (
        re.compile(r"^expected a three-letter ISO currency code"),
        lambda m: translate(
            "Problems", "Expected a three-letter currency code such as EUR, PLN, RUB."
        ),
    ),
    (
        re.compile(r"^working hours must start before they end$"),
        lambda m: translate("Problems", "Working hours must start before they end."),
    ),
    (
        re.compile(r"^longer than (\d+) characters$"),
        lambda m: translate("Problems", "Longer than {n} characters.").format(n=m.group(1)),
    ),
    (
        re.compile(r"^the interval must be between 1 and 365$"),
        lambda m: translate("Problems", "The interval must be between 1 and 365."),
    ),
    (
        re.compile(r"^a tier needs at least one channel$"),
        lambda m: translate("Problems", "A tier needs at least one channel."),
    ),
    (
        re.compile(r"^unknown channel '(.*?)'$"),
        lambda m: translate("Problems", "Unknown channel “{value}”.").format(value=m.group(1)),
    ),
    (re.compile(r"^a tier needs a name$"), lambda m: translate("Problems", "A tier needs a name.")),
    (re.compile(r"^unknown language "), lambda m: translate("Problems", "Unknown language.")),
]


_PATTERNS.append(
    (re.compile(r"^unknown channel "), lambda m: translate("Problems", "Unknown channel."))
)

# Catalog, money and sales (planner/sales).
_PATTERNS += [
    (
        re.compile(r"^an item needs a code$"),
        lambda m: translate("Problems", "Give the item a code."),
    ),
    (
        re.compile(r"^a code is at most (\d+) characters, without spaces$"),
        lambda m: translate("Problems", "A code is at most {n} characters, without spaces.").format(
            n=m.group(1)
        ),
    ),
    (
        re.compile(r"^another item already has the code '(.*)'$"),
        lambda m: translate("Problems", "Another item already has the code “{value}”.").format(
            value=m.group(1)
        ),
    ),
    (
        re.compile(r"^an item needs a name$"),
        lambda m: translate("Problems", "Give the item a name."),
    ),
    (re.compile(r"^no amount given$"), lambda m: translate("Problems", "Type a price.")),
    (
        re.compile(r"^'(.*)' is not an amount$"),
        lambda m: translate("Problems", "“{value}” is not an amount; type it like 12,50.").format(
            value=m.group(1)
        ),
    ),
    (
        re.compile(r"^'(.*)' is not a quantity$"),
        lambda m: translate("Problems", "“{value}” is not a quantity.").format(value=m.group(1)),
    ),
    (
        re.compile(r"^'(.*)' is not a percentage$"),
        lambda m: translate("Problems", "“{value}” is not a percentage.").format(value=m.group(1)),
    ),
    (
        re.compile(r"^'(.*)' has misplaced thousands separators$"),
        lambda m: translate("Problems", "“{value}” has misplaced thousands separators.").format(
            value=m.group(1)
        ),
    ),
    (
        re.compile(r"^'(.*)' has more than one decimal separator$"),
        lambda m: translate("Problems", "“{value}” has more than one decimal separator.").format(
            value=m.group(1)
        ),
    ),
    (
        re.compile(r"^'(.*)' has more than (\d+) digits after the point$"),
        lambda m: translate(
            "Problems", "“{value}” has more than {n} digits after the point."
        ).format(value=m.group(1), n=m.group(2)),
    ),
    (
        re.compile(r"^no (quantity|percentage) given$"),
        lambda m: translate("Problems", "Type a number."),
    ),
    (
        re.compile(r"^a price cannot be negative$"),
        lambda m: translate("Problems", "A price cannot be negative."),
    ),
    (
        re.compile(r"^the price is too large$"),
        lambda m: translate("Problems", "The price is too large."),
    ),
    (
        re.compile(r"^a percentage must be between 0 and 100$"),
        lambda m: translate("Problems", "A percentage must be between 0 and 100."),
    ),
    (
        re.compile(r"^the warranty must be between 0 and (\d+) months$"),
        lambda m: translate("Problems", "The warranty must be between 0 and {n} months.").format(
            n=m.group(1)
        ),
    ),
    (
        re.compile(r"^the (category|unit) is longer than (\d+) characters$"),
        lambda m: translate("Problems", "Longer than {n} characters.").format(n=m.group(2)),
    ),
    (
        re.compile(r"^a sale cannot be in the future"),
        lambda m: translate("Problems", "A sale cannot be in the future."),
    ),
    (
        re.compile(r"^a sale needs at least one item$"),
        lambda m: translate("Problems", "Add at least one item."),
    ),
    (
        re.compile(r"^no catalog item has the code '(.*)'$"),
        lambda m: translate("Problems", "No catalog item has the code “{value}”.").format(
            value=m.group(1)
        ),
    ),
    (
        re.compile(r"^(\S+) is no longer sold \(inactive\)$"),
        lambda m: translate("Problems", "{value} is no longer sold.").format(value=m.group(1)),
    ),
    (
        re.compile(r"^(?:\S+: )?the quantity must be more than 0$"),
        lambda m: translate("Problems", "The quantity must be more than 0."),
    ),
    (
        re.compile(r"^an item cannot be related to itself$"),
        lambda m: translate("Problems", "An item cannot go with itself."),
    ),
]


def problem_text(message: str) -> str:
    """`message` may carry the setting's key first ("calendar.timezone: ..."); it is dropped."""
    key, sep, rest = message.partition(": ")
    if sep and "." in key and " " not in key:
        message = rest
    for pattern, text in _PATTERNS:
        m = pattern.match(message)
        if m:
            return text(m)
    code, sep, rest = message.partition(": ")  # a sale line: "FLT-200: '1,5x' is not ..."
    if sep and " " not in code and rest:
        translated = problem_text(rest)
        if translated != rest:
            return translated
    return message


def _by_code() -> dict[str, str]:
    """The core's problem codes in the UI language; `{name}` blanks are the problem's args."""
    return {
        "tier.bad-unit": translate("Problems", "Unknown interval unit “{unit}”."),
        "tier.bad-interval": translate("Problems", "The interval must be between 1 and 365."),
        "tier.no-channel": translate("Problems", "A tier needs at least one channel."),
        "tier.bad-channel": translate("Problems", "Unknown channel “{channel}”."),
        "tier.bad-retry": translate(
            "Problems", "The retry delay must be 0-60 working days and the limit 0-10."
        ),
        "tier.bad-slip": translate("Problems", "The allowed slip must be 0-60 working days."),
        "tier.bad-discount": translate("Problems", "The discount must be between 0 and 90 %."),
        "tier.no-name": translate("Problems", "A tier needs a name."),
        "setting.bad-hours": translate("Problems", "Working hours must start before they end."),
        "setting.bad-subdivision": translate(
            "Problems", "“{subdivision}” is not a region of {country}."
        ),
        "day.bad-kind": translate("Problems", "Unknown kind of day “{kind}”."),
    }


def problem_message(problem: Problem) -> str:
    """A core `Problem` in the UI language, by its code (English only for an unknown code)."""
    template = _by_code().get(problem.code)
    if template is None:
        return english(problem)
    try:
        return template.format(**problem.args)
    except (KeyError, IndexError):
        return template
