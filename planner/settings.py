"""The book's settings: typed keys with defaults, parsing and validation.

`config get/set` in the CLI and the Settings screen both go through `parse`, so a value
is checked the same way wherever it comes from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from functools import cache
from typing import Any
from zoneinfo import available_timezones

from planner.errors import BadSetting, BookError
from planner.problems import Problem
from planner.vocabulary import Channel

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LANGUAGES = ("en", "ru", "pl")

DEFAULT_CAPACITY: dict[Channel, int] = {
    Channel.CALL: 20,
    Channel.MEETING: 3,
    Channel.VIDEO: 4,
    Channel.EMAIL: 40,
    Channel.SMS: 30,
    Channel.WHATSAPP: 30,
    Channel.VIBER: 30,
    Channel.TELEGRAM: 30,
    Channel.LETTER: 10,
}


def _bad(key: str, code: str, **args: object) -> BadSetting:
    """A refused value: `code` names the problem (`planner/problem_texts.py`), `key` the field."""
    return BadSetting(Problem.of(code, key, **args))


def _int(lo: int, hi: int) -> Callable[[str, str], Any]:
    def parse(key: str, raw: str) -> int:
        try:
            value = int(raw.strip())
        except ValueError:
            raise _bad(key, "setting.not-whole", value=raw) from None
        if not lo <= value <= hi:
            raise _bad(key, "setting.out-of-range", lo=lo, hi=hi)
        return value

    return parse


def _bool(key: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise _bad(key, "setting.not-bool", value=raw)


def _text(limit: int) -> Callable[[str, str], Any]:
    def parse(key: str, raw: str) -> str:
        value = raw.strip()
        if len(value) > limit:
            raise _bad(key, "setting.too-long", limit=limit)
        return value

    return parse


@cache
def _countries() -> dict[str, list[str]]:
    import holidays

    return dict(holidays.list_supported_countries())


def _country(key: str, raw: str) -> str | None:
    value = raw.strip().upper()
    if value in ("", "NONE"):
        return None
    if value not in _countries():
        raise _bad(key, "setting.bad-country", value=raw)
    return value


def _subdivision(key: str, raw: str) -> str | None:
    value = raw.strip().upper()
    return None if value in ("", "NONE") else value


def _weekend(key: str, raw: str) -> list[str]:
    days = [d.strip().lower()[:3] for d in raw.split(",") if d.strip()]
    for d in days:
        if d not in WEEKDAYS:
            raise _bad(key, "setting.bad-weekday", value=d)
    if len(set(days)) == 7:
        raise _bad(key, "setting.no-working-day")
    return sorted(set(days), key=WEEKDAYS.index)


_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def _hhmm(key: str, raw: str) -> str:
    m = _HHMM.match(raw.strip())
    if not m:
        raise _bad(key, "setting.bad-time", value=raw)
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def _timezone(key: str, raw: str) -> str:
    value = raw.strip()
    if value not in known_zones():
        raise _bad(key, "setting.bad-timezone", value=raw)
    return value


@cache
def known_zones() -> frozenset[str]:
    """IANA zone names this machine knows (settings and clients check against it)."""
    return frozenset(available_timezones()) | {"UTC"}


def _region(key: str, raw: str) -> str:
    import phonenumbers

    value = raw.strip().upper()
    if value not in phonenumbers.SUPPORTED_REGIONS:
        raise _bad(key, "setting.bad-region", value=raw)
    return value


def _language(key: str, raw: str) -> str:
    value = raw.strip().lower()
    if value not in LANGUAGES:
        raise _bad(key, "setting.bad-language", value=raw, languages=", ".join(LANGUAGES))
    return value


def _currency(key: str, raw: str) -> str:
    value = raw.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", value):
        raise _bad(key, "setting.bad-currency", value=raw)
    return value


@dataclass(frozen=True, slots=True)
class SettingSpec:
    key: str
    default: Any
    parse: Callable[[str, str], Any]
    replans: bool  # changing it re-plans the whole book


SPECS: dict[str, SettingSpec] = {
    s.key: s
    for s in [
        SettingSpec("calendar.country", None, _country, True),
        SettingSpec("calendar.subdivision", None, _subdivision, True),
        SettingSpec("calendar.weekend", ["sat", "sun"], _weekend, True),
        SettingSpec("calendar.work_start", "09:00", _hhmm, True),
        SettingSpec("calendar.work_end", "18:00", _hhmm, True),
        SettingSpec("calendar.timezone", "UTC", _timezone, True),
        SettingSpec("gap.days", 2, _int(0, 60), True),
        SettingSpec("birthday.on_weekend", True, _bool, True),
        SettingSpec("phone.region", "US", _region, False),
        SettingSpec("ui.language", "en", _language, False),
        SettingSpec("book.currency", "EUR", _currency, False),
        SettingSpec("discount.percent", 10, _int(0, 90), False),
        SettingSpec("offer.valid_days", 30, _int(1, 365), False),
        SettingSpec("backup.keep", 7, _int(1, 365), False),
        SettingSpec("me.name", "", _text(200), False),
        SettingSpec("me.company", "", _text(200), False),
        SettingSpec("me.phone", "", _text(60), False),
        SettingSpec("me.email", "", _text(200), False),
        SettingSpec("me.logo", "", _text(1000), False),
    ]
}
for _ch in Channel:
    SPECS[f"capacity.{_ch.value}"] = SettingSpec(
        f"capacity.{_ch.value}", DEFAULT_CAPACITY[_ch], _int(0, 10_000), True
    )


def spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise BookError(
            "unknown-setting", f"unknown setting {key!r}; known: {', '.join(sorted(SPECS))}"
        ) from None


def parse(key: str, raw: str) -> Any:
    return spec(key).parse(key, raw)


def encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def decode(stored: str) -> Any:
    return json.loads(stored)


def to_text(value: Any) -> str:
    """How `config get` shows a value, the same form `config set` accepts."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return str(value)


def parse_time(value: str) -> time:
    h, m = value.split(":")
    return time(int(h), int(m))
