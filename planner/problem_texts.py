"""English texts of the core's problem codes: what the CLI prints (the UI translates)."""

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
    # settings
    "setting.bad-hours": "working hours must start before they end",
    "setting.bad-subdivision": "{subdivision!r} is not a subdivision of {country}",
    "day.bad-kind": "unknown day kind {kind!r}",
    # why a tier is suggested (sales analytics)
    "suggest.no-purchases": "no purchases yet",
    "suggest.top-value": "value in the top 20 % of buyers and bought more than once",
    "suggest.regular": "bought on {days} days in the last {window} days",
    "suggest.irregular": "bought on {days} days, not regularly",
    "suggest.once": "bought once",
}


def english(problem: Problem) -> str:
    """The English sentence of a problem; an unknown code prints as itself with its args."""
    template = ENGLISH.get(problem.code)
    if template is None:
        args = ", ".join(f"{k}={v}" for k, v in sorted(problem.args.items()))
        return f"{problem.code}({args})" if args else problem.code
    try:
        return template.format(**problem.args)
    except (KeyError, IndexError):
        return template
