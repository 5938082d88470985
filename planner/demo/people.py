"""Who the demo clients are: names, companies, phones, e-mails and addresses per locale.

The word lists live in `resources/demo/{en,ru,pl}.json`; this module only knows the
grammar around them (feminine surnames, company forms, transliteration for e-mails)
and which phone numbers are valid, so every value would pass the client form.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

from planner.text import fold

Locale = Literal["en", "ru", "pl"]
LOCALES: tuple[Locale, ...] = ("en", "ru", "pl")

_RU_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
    }
)  # fmt: skip
# Russian surnames that change in the feminine (Иванов -> Иванова, Толстой -> Толстая).
_RU_FEMININE = (
    ("ский", "ская"), ("цкий", "цкая"), ("ской", "ская"), ("цкой", "цкая"), ("ой", "ая"),
    ("ый", "ая"), ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"), ("ин", "ина"), ("ын", "ына"),
)  # fmt: skip
# US exchanges that are not assignable or are reserved for fiction.
_US_BAD_EXCHANGES = frozenset({"555", "950", "958", "959", "976"})


def feminine_surname(surname: str, locale: str) -> str:
    """The form a woman bears: Kowalski -> Kowalska, Biały -> Biała, Иванов -> Иванова."""
    if locale == "ru":
        for male, female in _RU_FEMININE:
            if surname.endswith(male):
                return surname[: -len(male)] + female
        return surname  # Шевченко, Черных, Шевчук do not change
    if locale == "pl" and (surname.endswith("ki") or surname.endswith("y")):
        return surname[:-1] + "a"  # -ski/-cki/-dzki and adjectival -y (Szczęsny)
    return surname


@cache  # names and company words repeat: each is transliterated once
def ascii_slug(text: str) -> str:
    """Letters of any of our languages as plain ASCII for e-mail addresses and domains."""
    folded = fold(text).translate(_RU_LATIN)
    return "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch in "-."))


@dataclass(frozen=True, slots=True)
class City:
    name: str
    postal: str
    state: str
    areas: tuple[str, ...]  # US area codes of the city
    timezone: str


@dataclass(frozen=True, slots=True)
class Person:
    """One generated client's identity; the history and the rows are built elsewhere."""

    name: str
    first: str
    last: str
    company: str | None
    company_slug: str | None
    city: City


class LocaleData:
    """The word lists of one locale, with the derived lists precomputed."""

    def __init__(self, locale: Locale, raw: dict[str, Any]) -> None:
        self.locale = locale
        self.language: str = raw["language"]
        self.country: str = raw["country"]
        self.region: str = raw["region"]
        self.timezone: str = raw["timezone"]
        self.currency: str = raw["currency"]
        self.me: dict[str, str] = raw["me"]
        self.other_languages: list[str] = raw["other_languages"]
        self.other_timezones: list[str] = raw["other_timezones"]
        phone = raw["phone"]
        self.phone_cc: str = phone["country_code"]
        self.phone_prefixes: list[str] = phone["prefixes"]
        self.phone_digits: int = phone["digits"]
        self.messengers: list[str] = raw["messengers"]
        self.first_male: list[str] = raw["first_male"]
        self.first_female: list[str] = raw["first_female"]
        self.last_male: list[str] = raw["last"]
        self.last_female = [feminine_surname(s, locale) for s in self.last_male]
        self.company_words: list[str] = raw["company_words"]
        self.company_suffixes: list[str] = raw["company_suffixes"]
        self.company_forms: list[str] = raw["company_forms"]
        self.tld: str = raw["tld"]
        self.free_mail: list[str] = raw["free_mail"]
        self.streets: list[str] = raw["streets"]
        self.address_format: str = raw["address_format"]
        self.tags: list[str] = raw["tags"]
        self.notes: list[str] = raw["notes"]
        # Notes by outcome ("email-reached": a reached e-mail), so a note never
        # contradicts its touch ("no answer - ordered samples").
        self.touch_notes: dict[str, list[str]] = raw["touch_notes"]
        self.catalog: list[dict[str, Any]] = raw.get("catalog", [])
        self.tier_discounts: dict[str, int] = raw.get("tier_discounts", {})
        self.cities = [
            City(
                c["name"],
                c["postal"],
                c.get("state", ""),
                tuple(c.get("area", ())),
                c.get("tz", self.timezone),
            )
            for c in raw["cities"]
        ]
        # Most clients live in the salesperson's zone: other zones' cities are rarer.
        self.city_weights = [5 if c.timezone == self.timezone else 1 for c in self.cities]


@cache
def load(locale: Locale) -> LocaleData:
    if locale not in LOCALES:
        raise ValueError(f"unknown demo locale {locale!r} (use {', '.join(LOCALES)})")
    # Through importlib.resources: works from a wheel or a zip as well as from the tree.
    text = resources.files("resources").joinpath("demo", f"{locale}.json").read_text("utf-8")
    return LocaleData(locale, json.loads(text))


class PeopleMaker:
    """Draws identities and contact values from one random stream (deterministic)."""

    def __init__(self, data: LocaleData, rnd: random.Random) -> None:
        self.d = data
        self.r = rnd

    def person(self, company_share: float) -> Person:
        d, r = self.d, self.r
        i = r.randrange(len(d.last_male))
        if r.random() < 0.5:
            first, last = r.choice(d.first_male), d.last_male[i]
        else:
            first, last = r.choice(d.first_female), d.last_female[i]
        company = slug = None
        if r.random() < company_share:
            word = r.choice(d.company_words)
            suffix = r.choice(d.company_suffixes)
            if d.locale == "en":
                base = f"{word} {suffix}".strip()
            elif d.locale == "pl":
                base = word + suffix.lower()
            else:
                base = word + suffix
            company = r.choice(d.company_forms).format(base)
            slug = ascii_slug(base.replace(" ", "").lower()).strip("-.") or None
        city = r.choices(d.cities, d.city_weights)[0]
        return Person(f"{first} {last}", first, last, company, slug, city)

    def phone(self, city: City) -> str:
        """An E.164 mobile number that `phonenumbers.is_valid_number` accepts."""
        r = self.r
        if self.d.locale == "en":
            area = r.choice(city.areas)
            while True:
                exchange = f"{r.randrange(2, 10)}{r.randrange(100):02d}"
                if exchange[1:] != "11" and exchange not in _US_BAD_EXCHANGES:
                    break
            return f"+1{area}{exchange}{r.randrange(10000):04d}"
        rest = r.randrange(10**self.d.phone_digits)
        prefix = r.choice(self.d.phone_prefixes)
        return f"+{self.d.phone_cc}{prefix}{rest:0{self.d.phone_digits}d}"

    def email(self, person: Person) -> str:
        r = self.r
        first, last = ascii_slug(person.first.lower()), ascii_slug(person.last.lower())
        if person.company_slug and r.random() < 0.6:
            local = r.choice((f"{first}.{last}", f"{first[0]}.{last}", first, f"{first}{last[0]}"))
            return f"{local}@{person.company_slug}.{self.d.tld}"
        n = r.randrange(1, 100)
        local = r.choice(
            (f"{first}.{last}", f"{first}.{last}{n}", f"{first}{last}{n}", f"{last}.{first}")
        )
        return f"{local}@{r.choice(self.d.free_mail)}"

    def address(self, city: City) -> str:
        r = self.r
        number = str(r.randrange(1, 200))
        if self.d.locale == "pl" and r.random() < 0.4:
            number += f"/{r.randrange(1, 60)}"
        digits = {"pl": 3, "ru": 3, "en": 2}[self.d.locale]
        dash = "-" if self.d.locale == "pl" else ""  # 00-950 Warszawa, 125009 Москва
        postal = f"{city.postal}{dash}{r.randrange(10**digits):0{digits}d}"
        return self.d.address_format.format(
            street=r.choice(self.d.streets),
            number=number,
            postal=postal,
            city=city.name,
            state=city.state,
        )

    def handle(self, person: Person) -> str:
        """A Telegram user name such as @anna_kowalska."""
        first, last = ascii_slug(person.first.lower()), ascii_slug(person.last.lower())
        return f"@{first}_{last}{self.r.randrange(10, 99)}".replace("-", "_")
