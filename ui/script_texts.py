"""Call-script texts in the UI language: template problems ("line 3: ...") and what each
template variable means (the core documents them in English)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from planner.sales.script_errors import ScriptError
    from planner.services.script_context import Variable

translate = QCoreApplication.translate

_MESSAGES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^not allowed: (.*)$"), "not allowed in templates: {0}"),
    (re.compile(r"^unknown variable: (.*)$"), "unknown variable: {0}"),
    (re.compile(r"^there is no template named (.*)$"), "there is no template {0}"),
    (re.compile(r"^there is no script for (.*)$"), "there is no script for {0}"),
    (
        re.compile(r"^the template calls itself too deeply$"),
        "the template calls itself too deeply",
    ),
]


def _message(message: str) -> str:
    for pattern, key in _MESSAGES:
        m = pattern.match(message)
        if m:
            return _translated(key).format(*m.groups())
    return message


def _translated(source: str) -> str:
    # Literal calls, so that lupdate finds every source text.
    texts = {
        "not allowed in templates: {0}": translate("ScriptTexts", "not allowed in templates: {0}"),
        "unknown variable: {0}": translate("ScriptTexts", "unknown variable: {0}"),
        "there is no template {0}": translate("ScriptTexts", "there is no template {0}"),
        "there is no script for {0}": translate("ScriptTexts", "there is no script for {0}"),
        "the template calls itself too deeply": translate(
            "ScriptTexts", "the template calls itself too deeply"
        ),
    }
    return texts.get(source, source)


def script_problem_text(error: ScriptError) -> str:
    """'line 2: not allowed in templates: ...' (never a traceback)."""
    message = _message(error.message)
    if error.line:
        return translate("ScriptTexts", "line {line}: {message}").format(
            line=error.line, message=message
        )
    return message


def variable_description(v: Variable) -> str:
    texts = {
        "client.name": translate("ScriptTexts", "the client's full name as in the book"),
        "client.first_name": translate(
            "ScriptTexts", "the first word of the name (for a friendly greeting)"
        ),
        "client.salutation": translate(
            "ScriptTexts",
            "how to address the client, e.g. Dear Anna, (their own, else their language's default)",
        ),
        "client.company": translate("ScriptTexts", "the client's company, or nothing"),
        "client.tier": translate("ScriptTexts", "tier code: A, B, C or D"),
        "client.tier_name": translate("ScriptTexts", "tier name, e.g. Key, Regular"),
        "client.birthday": translate(
            "ScriptTexts", "birthday as a date (year may be 1900 if unknown), or nothing"
        ),
        "client.since": translate("ScriptTexts", "the day the client was added to the book"),
        "client.value": translate("ScriptTexts", "everything the client has bought, as money"),
        "client.at_risk": translate(
            "ScriptTexts", "true when the client is silent well past their usual interval"
        ),
        "client.tags": translate("ScriptTexts", "list of the client's tags"),
        "client.notes": translate("ScriptTexts", "your notes on the client, or nothing"),
        "contacts": translate(
            "ScriptTexts", "list of contact points: channel, value, label, preferred"
        ),
        "phone": translate("ScriptTexts", "the preferred phone number, or nothing"),
        "email": translate("ScriptTexts", "the preferred e-mail address, or nothing"),
        "last_touches": translate(
            "ScriptTexts",
            "the last done touches, newest first: day, channel, purpose, outcome, note",
        ),
        "last_touch": translate("ScriptTexts", "the newest done touch (same fields), or nothing"),
        "last_purchases": translate(
            "ScriptTexts",
            "the last sales, newest first: day, total, items (name, quantity, unit, amount)",
        ),
        "last_purchase": translate("ScriptTexts", "the newest sale (same fields), or nothing"),
        "recommendations": translate(
            "ScriptTexts",
            "items to offer: name, code, benefits, price, your_price, related_to, kind, reason",
        ),
        "me.name": translate("ScriptTexts", "your name (Settings)"),
        "me.company": translate("ScriptTexts", "your company (Settings)"),
        "me.phone": translate("ScriptTexts", "your phone (Settings)"),
        "me.email": translate("ScriptTexts", "your e-mail (Settings)"),
        "touch.purpose": translate(
            "ScriptTexts", "why you contact the client now, e.g. check-in, win-back"
        ),
        "touch.channel": translate("ScriptTexts", "call, meeting, email… (nothing in a preview)"),
        "touch.due": translate(
            "ScriptTexts", "the day the touch is planned for (nothing in a preview)"
        ),
        "offer.discount": translate("ScriptTexts", "the client's discount as text, e.g. 10 %"),
        "offer.valid_days": translate("ScriptTexts", "how many days an offer is valid"),
        "offer.valid_until": translate("ScriptTexts", "the day an offer made today expires"),
        "today": translate("ScriptTexts", "today's date"),
        "language": translate("ScriptTexts", "the script's language: en, ru or pl"),
        "|day": translate(
            "ScriptTexts", "filter: a date in the script's language, e.g. {{ today|day }}"
        ),
        "|money": translate("ScriptTexts", "filter: minor units as money, e.g. {{ 12345|money }}"),
    }
    return texts.get(v.name, v.description)


def insertion(v: Variable) -> str:
    """What double-clicking a variable types into the template."""
    return v.name if v.name.startswith("|") else "{{ " + v.name + " }}"
