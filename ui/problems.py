"""The core's problem codes in the UI language.

Every `Problem` the core reports (validation, refusals, settings, tier checks) has a code;
`TEXTS` maps each code to a function of the problem's args that returns the translated
sentence. A code the table does not know shows its English (`planner/problem_texts.py`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from planner.problem_texts import english
from planner.problems import Problem

translate = QCoreApplication.translate

Args = dict[str, str]

# Each entry calls `translate("Problems", "<literal>")` itself: lupdate finds only literals.


TEXTS: dict[str, Callable[[Args], str]] = {
    # tiers
    "tier.bad-unit": lambda a: translate("Problems", "Unknown interval unit “{unit}”.").format(
        unit=a.get("unit", "")
    ),
    "tier.bad-interval": lambda a: translate("Problems", "The interval must be between 1 and 365."),
    "tier.no-channel": lambda a: translate("Problems", "A tier needs at least one channel."),
    "tier.bad-channel": lambda a: translate("Problems", "Unknown channel “{channel}”.").format(
        channel=a.get("channel", "")
    ),
    "tier.bad-retry": lambda a: translate(
        "Problems", "The retry delay must be 0-60 working days and the limit 0-10."
    ),
    "tier.bad-slip": lambda a: translate("Problems", "The allowed slip must be 0-60 working days."),
    "tier.bad-discount": lambda a: translate(
        "Problems", "The discount must be between 0 and 90 %."
    ),
    "tier.no-name": lambda a: translate("Problems", "A tier needs a name."),
    # settings
    "setting.bad-hours": lambda a: translate(
        "Problems", "Working hours must start before they end."
    ),
    "setting.bad-subdivision": lambda a: translate(
        "Problems", "“{subdivision}” is not a region of {country}."
    ).format(subdivision=a.get("subdivision", ""), country=a.get("country", "")),
    "setting.not-whole": lambda a: translate("Problems", "Expected a whole number."),
    "setting.out-of-range": lambda a: translate(
        "Problems", "Must be between {lo} and {hi}."
    ).format(lo=a.get("lo", ""), hi=a.get("hi", "")),
    "setting.not-bool": lambda a: translate("Problems", "Expected true or false."),
    "setting.too-long": lambda a: translate("Problems", "Longer than {n} characters.").format(
        n=a.get("limit", "")
    ),
    "setting.bad-country": lambda a: translate(
        "Problems", "Unknown country code “{value}”; use codes such as PL, RU, US."
    ).format(value=a.get("value", "")),
    "setting.bad-weekday": lambda a: translate(
        "Problems", "Unknown day of the week “{value}”."
    ).format(value=a.get("value", "")),
    "setting.no-working-day": lambda a: translate(
        "Problems", "At least one day of the week must be a working day."
    ),
    "setting.bad-time": lambda a: translate("Problems", "Expected a time as HH:MM."),
    "setting.bad-timezone": lambda a: translate(
        "Problems", "Unknown time zone “{value}”; use a name such as Europe/Warsaw."
    ).format(value=a.get("value", "")),
    "setting.bad-region": lambda a: translate(
        "Problems", "Unknown phone region “{value}”; use codes such as PL, RU, US."
    ).format(value=a.get("value", "")),
    "setting.bad-language": lambda a: translate("Problems", "Unknown language."),
    "setting.bad-currency": lambda a: translate(
        "Problems", "Expected a three-letter currency code such as EUR, PLN, RUB."
    ),
    "day.bad-kind": lambda a: translate("Problems", "Unknown kind of day “{kind}”.").format(
        kind=a.get("kind", "")
    ),
    # clients
    "client.no-name": lambda a: translate("Problems", "A client needs a name."),
    "client.long-name": lambda a: translate(
        "Problems", "The name is longer than {n} characters."
    ).format(n=a.get("limit", "")),
    "client.long-company": lambda a: translate(
        "Problems", "The company is longer than {n} characters."
    ).format(n=a.get("limit", "")),
    "client.bad-tier": lambda a: translate("Problems", "Choose one of the book's tiers."),
    "client.bad-status": lambda a: translate("Problems", "Unknown status."),
    "client.many-preferred": lambda a: translate(
        "Problems", "Only one contact point can be the preferred one."
    ),
    "client.bad-birthday": lambda a: translate("Problems", "The birthday is not a real date."),
    "client.bad-timezone": lambda a: translate(
        "Problems", "Unknown time zone “{value}”; use a name such as Europe/Warsaw."
    ).format(value=a.get("timezone", "")),
    "client.bad-language": lambda a: translate("Problems", "Unknown language."),
    # contact points
    "contact.not-phone": lambda a: translate("Problems", "“{value}” is not a phone number.").format(
        value=a.get("value", "")
    ),
    "contact.bad-phone": lambda a: translate(
        "Problems", "“{value}” is not a valid phone number (default region {region})."
    ).format(value=a.get("value", ""), region=a.get("region", "")),
    "contact.bad-email": lambda a: translate(
        "Problems", "“{value}” is not a valid e-mail address."
    ).format(value=a.get("value", "")),
    "contact.bad-channel": lambda a: translate("Problems", "Unknown channel “{value}”.").format(
        value=a.get("channel", "")
    ),
    "contact.empty": lambda a: translate("Problems", "The contact is empty."),
    "contact.bad-kind": lambda a: translate("Problems", "Unknown kind “{value}”.").format(
        value=a.get("kind", "")
    ),
    "contact.kind-not-phone": lambda a: translate(
        "Problems", "Only a phone can be a fax or a pager."
    ),
    "contact.kind-preferred": lambda a: translate(
        "Problems", "A fax or pager number cannot be the preferred contact."
    ),
    "contact.bad-extension": lambda a: translate(
        "Problems", "The extension “{value}” must be digits only (up to {n})."
    ).format(value=a.get("value", ""), n=a.get("limit", "")),
    "contact.extension-not-phone": lambda a: translate(
        "Problems", "Only a phone number has an extension."
    ),
    "contact.too-long": lambda a: translate("Problems", "The contact is too long."),
    # amounts, quantities, percentages
    "amount.empty": lambda a: translate("Problems", "Type a price."),
    "amount.bad": lambda a: translate(
        "Problems", "“{value}” is not an amount; type it like 12,50."
    ).format(value=a.get("value", "")),
    "quantity.empty": lambda a: translate("Problems", "Type a number."),
    "quantity.bad": lambda a: translate("Problems", "“{value}” is not a quantity.").format(
        value=a.get("value", "")
    ),
    "percentage.empty": lambda a: translate("Problems", "Type a number."),
    "percentage.bad": lambda a: translate("Problems", "“{value}” is not a percentage.").format(
        value=a.get("value", "")
    ),
    "number.bad-thousands": lambda a: translate(
        "Problems", "“{value}” has misplaced thousands separators."
    ).format(value=a.get("value", "")),
    "number.two-points": lambda a: translate(
        "Problems", "“{value}” has more than one decimal separator."
    ).format(value=a.get("value", "")),
    "number.many-places": lambda a: translate(
        "Problems", "“{value}” has more than {n} digits after the point."
    ).format(value=a.get("value", ""), n=a.get("places", "")),
    "number.bad-percentage": lambda a: translate(
        "Problems", "A percentage must be between 0 and 100."
    ),
    "price.negative": lambda a: translate("Problems", "A price cannot be negative."),
    "price.too-large": lambda a: translate("Problems", "The price is too large."),
    # the catalog
    "item.no-code": lambda a: translate("Problems", "Give the item a code."),
    "item.bad-code": lambda a: translate(
        "Problems", "A code is at most {n} characters, without spaces."
    ).format(n=a.get("limit", "")),
    "item.taken-code": lambda a: translate(
        "Problems", "Another item already has the code “{value}”."
    ).format(value=a.get("value", "")),
    "item.unknown-code": lambda a: translate(
        "Problems", "No catalog item has the code “{value}”."
    ).format(value=a.get("value", "")),
    "item.no-name": lambda a: translate("Problems", "Give the item a name."),
    "item.long-name": lambda a: translate(
        "Problems", "The name is longer than {n} characters."
    ).format(n=a.get("limit", "")),
    "item.bad-warranty": lambda a: translate(
        "Problems", "The warranty must be between 0 and {n} months."
    ).format(n=a.get("limit", "")),
    "item.long-category": lambda a: translate("Problems", "Longer than {n} characters.").format(
        n=a.get("limit", "")
    ),
    "item.long-unit": lambda a: translate("Problems", "Longer than {n} characters.").format(
        n=a.get("limit", "")
    ),
    "item.bad-kind": lambda a: translate("Problems", "Unknown kind “{value}”.").format(
        value=a.get("kind", "")
    ),
    "item.self-related": lambda a: translate("Problems", "An item cannot go with itself."),
    "item.price-and-discount": lambda a: translate(
        "Problems", "Give either a price or a discount, not both."
    ),
    # sales (a line's problem is shown after "Line n:", so the item is not repeated)
    "sale.future": lambda a: translate("Problems", "A sale cannot be in the future."),
    "sale.no-lines": lambda a: translate("Problems", "Add at least one item."),
    "sale.many-lines": lambda a: translate("Problems", "A sale holds at most {n} lines.").format(
        n=a.get("limit", "")
    ),
    "sale.inactive": lambda a: translate("Problems", "{value} is no longer sold.").format(
        value=a.get("item", "")
    ),
    "sale.bad-quantity": lambda a: translate("Problems", "The quantity must be more than 0."),
    # scripts
    "script.unknown-tier": lambda a: translate("Problems", "Choose one of the book's tiers."),
    "script.bad-language": lambda a: translate("Problems", "Unknown language."),
    "script.bad-purpose": lambda a: translate("Problems", "Unknown purpose “{value}”.").format(
        value=a.get("purpose", "")
    ),
    "script.tier-needs-purpose": lambda a: translate(
        "Problems", "A tier's own template needs a purpose."
    ),
    # why a tier is suggested (Sales → Suggested tiers)
    "suggest.regular": lambda a: translate(
        "TierSuggestions", "bought on {n} days in the last {days} days"
    ).format(n=a.get("days", ""), days=a.get("window", "")),
    "suggest.irregular": lambda a: translate(
        "TierSuggestions", "bought on {n} days, not regularly"
    ).format(n=a.get("days", "")),
    "suggest.once": lambda a: translate("TierSuggestions", "bought once"),
    "suggest.no-purchases": lambda a: translate("TierSuggestions", "no purchases yet"),
    "suggest.top-value": lambda a: translate(
        "TierSuggestions", "value in the top 20 % of buyers, bought more than once"
    ),
}


def problem_message(problem: Problem) -> str:
    """A core `Problem` in the UI language, by its code (English only for an unknown code)."""
    text = TEXTS.get(problem.code)
    return english(problem) if text is None else text(problem.args)


def shown(problem: Problem | str) -> str:
    """What a form shows for one field: a Problem translated, a text (already in the UI
    language, such as a refusal's) as it is."""
    return problem if isinstance(problem, str) else problem_message(problem)


def field_problems(exc: BaseException) -> dict[str, Problem] | None:
    """field -> Problem of a `ValidationError`; None for any other error."""
    by_field = getattr(exc, "by_field", None)
    return dict(by_field) if isinstance(by_field, dict) else None
