"""English texts of the core's problem codes: what the CLI prints (the UI translates).

This is the one English table: `ValidationError.problems`, `Refused`, `BadSetting` and
`Invalid` all take their English from here. A problem with an `item` arg that its text
does not name (a sale line's quantity or price) is prefixed "<item>: ".
"""

from __future__ import annotations

from planner.problems import Problem

ENGLISH: dict[str, str] = {
    # tiers
    "tier.bad-unit": "unknown interval unit {unit!r}",
    "tier.bad-interval": "the interval must be between 1 and 365",
    "tier.no-channel": "a tier needs at least one channel",
    "tier.bad-channel": "unknown channel {channel!r}",
    "tier.bad-retry": "retry delay must be 0-60 working days and the limit 0-10",
    "tier.bad-slip": "the allowed slip must be 0-60 working days",
    "tier.bad-discount": "the discount must be between 0 and 90 %",
    "tier.no-name": "a tier needs a name",
    # settings (planner/settings.py, the settings service)
    "setting.bad-hours": "working hours must start before they end",
    "setting.bad-subdivision": "{subdivision!r} is not a subdivision of {country} ({known})",
    "setting.not-whole": "expected a whole number, got {value!r}",
    "setting.out-of-range": "must be between {lo} and {hi}",
    "setting.not-bool": "expected true or false, got {value!r}",
    "setting.too-long": "longer than {limit} characters",
    "setting.bad-country": "unknown country code {value!r} (use ISO codes such as PL, RU, US, GB)",
    "setting.bad-weekday": "unknown weekday {value!r} (use mon,tue,wed,thu,fri,sat,sun)",
    "setting.no-working-day": "at least one weekday must be a working day",
    "setting.bad-time": "expected a time as HH:MM, got {value!r}",
    "setting.bad-timezone": "unknown time zone {value!r} (use IANA names such as Europe/Warsaw)",
    "setting.bad-region": "unknown phone region {value!r} (use ISO codes such as PL, RU, US)",
    "setting.bad-language": "expected one of {languages}",
    "setting.bad-currency": "expected a three-letter ISO currency code such as EUR, PLN, RUB",
    "day.bad-kind": "unknown day kind {kind!r}",
    # why a tier is suggested (sales analytics)
    "suggest.no-purchases": "no purchases yet",
    "suggest.top-value": "value in the top 20 % of buyers and bought more than once",
    "suggest.regular": "bought on {days} days in the last {window} days",
    "suggest.irregular": "bought on {days} days, not regularly",
    "suggest.once": "bought once",
    # clients (planner/services/validation.py)
    "client.no-name": "a client needs a name",
    "client.long-name": "the name is longer than {limit} characters",
    "client.long-company": "the company is longer than {limit} characters",
    "client.bad-tier": "unknown tier {tier!r} (use {tiers})",
    "client.bad-status": "unknown status {status!r}",
    "client.many-preferred": "only one contact point can be the preferred one",
    "client.bad-birthday": "the birthday is not a real date",
    "client.bad-timezone": "unknown time zone {timezone!r}",
    "client.bad-language": "unknown language {language!r} (use {languages})",
    # contact points
    "contact.not-phone": "{value!r} is not a phone number",
    "contact.bad-phone": "{value!r} is not a valid phone number for region {region}",
    "contact.bad-email": "{value!r} is not a valid e-mail address: {reason}",
    "contact.bad-channel": "unknown channel {channel!r} (use one of {channels})",
    "contact.empty": "the {channel} contact is empty",
    "contact.bad-kind": "unknown kind {kind!r} (use {kinds})",
    "contact.kind-not-phone": "only a phone (call) contact can be a fax or a pager",
    "contact.kind-preferred": "a fax or pager number cannot be the preferred contact",
    "contact.bad-extension": "the extension {value!r} is not up to {limit} digits",
    "contact.extension-not-phone": "only a phone number has an extension",
    "contact.too-long": "the contact is longer than {limit} characters",
    # amounts, quantities, percentages (planner/sales/money.py)
    "amount.empty": "no amount given",
    "amount.bad": "{value!r} is not an amount",
    "quantity.empty": "no quantity given",
    "quantity.bad": "{value!r} is not a quantity",
    "percentage.empty": "no percentage given",
    "percentage.bad": "{value!r} is not a percentage",
    "number.bad-thousands": "{value!r} has misplaced thousands separators",
    "number.two-points": "{value!r} has more than one decimal separator",
    "number.many-places": "{value!r} has more than {places} digits after the point",
    "number.bad-percentage": "a percentage must be between 0 and 100",
    "price.negative": "a price cannot be negative",
    "price.too-large": "the price is too large",
    # the catalog
    "item.no-code": "an item needs a code",
    "item.bad-code": "a code is at most {limit} characters, without spaces",
    "item.taken-code": "another item already has the code {value!r}",
    "item.unknown-code": "no catalog item has the code {value!r}",
    "item.no-name": "an item needs a name",
    "item.long-name": "the name is longer than {limit} characters",
    "item.bad-warranty": "the warranty must be between 0 and {limit} months",
    "item.long-category": "the category is longer than {limit} characters",
    "item.long-unit": "the unit is longer than {limit} characters",
    "item.bad-kind": "unknown kind {kind!r} (use {kinds})",
    "item.self-related": "an item cannot be related to itself",
    "item.price-and-discount": "give either a price or a discount, not both",
    # sales
    "sale.future": "a sale cannot be in the future ({day} is after {today})",
    "sale.no-lines": "a sale needs at least one item",
    "sale.many-lines": "a sale holds at most {limit} lines",
    "sale.inactive": "{item} is no longer sold (inactive)",
    "sale.bad-quantity": "the quantity must be more than 0",
    # scripts
    "script.unknown-tier": "unknown tier {tier!r}",
    "script.bad-language": "unknown language {language!r} (use {languages})",
    "script.bad-purpose": "unknown purpose {purpose!r} (use {purposes})",
    "script.tier-needs-purpose": "a tier's own template needs a purpose",
    # the command line's own parsing (never shown by the UI)
    "cli.bad-related": "use CODE:KIND, got {value!r}",
    "cli.bad-item": "use CODE[:QTY[:PRICE]], got {value!r}",
}


def english(problem: Problem) -> str:
    """The English sentence of a problem; an unknown code prints as itself with its args."""
    template = ENGLISH.get(problem.code)
    if template is None:
        args = ", ".join(f"{k}={v}" for k, v in sorted(problem.args.items()))
        return f"{problem.code}({args})" if args else problem.code
    try:
        text = template.format(**problem.args)
    except (KeyError, IndexError):
        text = template
    item = problem.args.get("item")
    return f"{item}: {text}" if item and "{item" not in template else text
