"""A new book's phone region and calendar country from the system locale (issue 10.4).

The UI reads the locale (QLocale) and passes its name; the core never asks the system.
"pl_PL" gives Polish phone numbers and Polish public holidays; a locale without a
territory ("C", "POSIX", "en") keeps the defaults: region US, no holiday calendar.
"""

from __future__ import annotations

import re

FALLBACK_REGION = "US"
_NAME = re.compile(r"^([A-Za-z]{2,3})(?:[_-]([A-Za-z]{4}))?(?:[_-]([A-Za-z]{2}|\d{3}))?$")


def locale_defaults(locale_name: str) -> tuple[str, str | None]:
    """(phone region, calendar country) for a locale name such as "pl_PL", "ru-RU",
    "en_GB.UTF-8", "sr_Latn_RS" or "de_DE@euro"; the fallback is ("US", None)."""
    import holidays
    import phonenumbers

    name = locale_name.strip().split(".", 1)[0].split("@", 1)[0]
    match = _NAME.match(name)
    territory = (match.group(3) or "").upper() if match else ""
    if territory not in phonenumbers.SUPPORTED_REGIONS:
        return FALLBACK_REGION, None
    countries = holidays.list_supported_countries()
    return territory, territory if territory in countries else None
