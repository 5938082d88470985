"""Recognise column headers in English, Russian and Polish, and in Google and Outlook exports.

A header is normalised (case, diacritics, punctuation and spaces dropped) and then matched
exactly against aliases; only phone, e-mail and messenger columns are recognised by a word
inside the header, because exports name them in many ways ("Mobile Phone", "Business
phone 2", "Телефон (моб.)", "Telefon komórkowy").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Google: "Phone 1 - Value", "E-mail 2 - Type", "Organization 1 - Name" (after normalisation).
_GOOGLE = re.compile(r"^(phone|email|organization) (\d+) (value|type|label|name)$")


@dataclass(frozen=True, slots=True)
class HeaderRole:
    """What one column holds: a field name, a contact channel, or the label of a Google column."""

    field: str  # "name", "given_or_full", "first_name", ..., "contact", "contact_label"
    channel: str | None = None
    label: str | None = None
    preferred: bool = False
    group: str | None = None  # ties "Phone 1 - Label" to "Phone 1 - Value"
    kind: str = "voice"  # a phone column of fax or pager numbers: kept, never called


def normalise(text: str) -> str:
    """Lower case, no diacritics, single spaces: "E-mail 1 - Value" -> "email 1 value"."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("ё", "е").replace("й", "и"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"\be[\s\-‐‑–]+mail", "email", text)
    return " ".join(re.findall(r"[^\W_]+", text))


def _aliases(*names: str) -> frozenset[str]:
    return frozenset(normalise(name).replace(" ", "") for name in names)


_FIELDS: dict[str, frozenset[str]] = {
    "name": _aliases(
        "Name",
        "Full name",
        "Display name",
        "Contact name",
        "Contact",
        "Client",
        "Client name",
        "Customer",
        "Customer name",
        "Person",
        "First and last name",
        "ФИО",
        "Ф.И.О.",
        "Полное имя",
        "Клиент",
        "Имя клиента",
        "Контакт",
        "Контактное лицо",
        "Имя Фамилия",
        "Фамилия Имя",
        "Фамилия Имя Отчество",
        "Имя и фамилия",
        "Imię i nazwisko",
        "Nazwisko i imię",
        "Klient",
        "Nazwa klienta",
        "Kontakt",
        "Osoba kontaktowa",
    ),
    "given_or_full": _aliases("Имя", "Imię"),
    "first_name": _aliases("First name", "Given name", "First", "Forename"),
    "middle_name": _aliases("Middle name", "Additional name", "Middle", "Отчество", "Drugie imię"),
    "last_name": _aliases("Last name", "Family name", "Surname", "Last", "Фамилия", "Nazwisko"),
    "company": _aliases(
        "Company",
        "Company name",
        "Organization",
        "Organisation",
        "Organization name",
        "Business name",
        "Employer",
        "Компания",
        "Организация",
        "Фирма",
        "Название компании",
        "Наименование",
        "Организация клиента",
        "Organizacja",
        "Firma",
        "Nazwa firmy",
        "Nazwa",
        "Przedsiębiorstwo",
    ),
    "birthday": _aliases(
        "Birthday",
        "Birth date",
        "Date of birth",
        "DOB",
        "BDAY",
        "День рождения",
        "Дата рождения",
        "ДР",
        "Urodziny",
        "Data urodzenia",
    ),
    "notes": _aliases(
        "Notes",
        "Note",
        "Comment",
        "Comments",
        "Remarks",
        "Description",
        "Примечание",
        "Примечания",
        "Заметки",
        "Заметка",
        "Комментарий",
        "Комментарии",
        "Uwagi",
        "Notatki",
        "Notatka",
        "Komentarz",
        "Opis",
    ),
    "tags": _aliases(
        "Tags",
        "Tag",
        "Labels",
        "Group Membership",
        "Categories",
        "Category",
        "Groups",
        "Group",
        "Теги",
        "Метки",
        "Группа",
        "Группы",
        "Категории",
        "Tagi",
        "Etykiety",
        "Grupa",
        "Grupy",
        "Kategorie",
    ),
    "tier": _aliases(
        "Tier",
        "Class",
        "Client class",
        "Client tier",
        "Customer tier",
        "Customer class",
        "Segment",
        "Rank",
        "Уровень",
        "Уровень клиента",
        "Класс",
        "Класс клиента",
        "Категория",  # the Russian UI's word for tier
        "Категория клиента",
        "Сегмент",
        "Klasa",
        "Klasa klienta",
        "Kategoria",  # the Polish UI's word for tier
        "Kategoria klienta",
        "Poziom",
        "Poziom klienta",
    ),
    "birth_year": _aliases("Birth Year", "Год рождения", "Rok urodzenia"),
    "birth_month": _aliases("Birth Month", "Месяц рождения", "Miesiąc urodzenia"),
    "birth_day": _aliases("День рождения (число)", "Dzień urodzenia"),  # + "Birth Day"
    "language": _aliases("Language", "Lang", "Язык", "Język"),
    "timezone": _aliases("Time zone", "Timezone", "TZ", "Часовой пояс", "Strefa czasowa"),
}
_ALIAS_TO_FIELD = {alias: name for name, aliases in _FIELDS.items() for alias in aliases}

_IGNORED_WORDS = frozenset({"yomi", "phonetic", "telex", "tty"})
_IGNORED_WORDS |= frozenset({"isdn", "type", "label", "display", "тип", "typ", "radio"})


@dataclass(frozen=True, slots=True)
class _Words:
    """Whole words, plus stems for Russian and Polish, whose words change their endings."""

    exact: frozenset[str]
    stems: tuple[str, ...] = ()

    def found_in(self, words: list[str]) -> bool:
        return any(w in self.exact or w.startswith(self.stems) for w in words)


def _words(exact: str, stems: str = "") -> _Words:
    return _Words(
        frozenset(normalise(w) for w in exact.split()), tuple(normalise(w) for w in stems.split())
    )


_CHANNEL_WORDS: tuple[tuple[str, _Words], ...] = (
    ("telegram", _words("tg", "telegram телеграм")),
    ("whatsapp", _words("", "whatsapp ватсап вотсап")),
    ("viber", _words("", "viber вайбер")),
    ("email", _words("mail эл", "email почт poczt емейл емеил")),
    ("call", _words("phone phones tel cell cellphone mobile тел моб kom", "telephon телефон")),
    ("call", _words("", "мобил сотов telefon komórk mobiln")),
)
_LABEL_WORDS: tuple[tuple[str, _Words], ...] = (
    ("mobile", _words("mobile cell cellphone моб kom", "мобил сотов komórk mobiln")),
    ("work", _words("work business office раб praca", "рабоч służbow")),
    ("home", _words("home дом", "домашн domow")),
    ("main", _words("main company", "основн główn")),
    ("other", _words("other", "друг inn")),
    ("car", _words("car")),
    ("assistant", _words("assistant assistants")),
)
_PREFERRED_WORDS = _words("primary preferred", "основн główn")
# Columns of numbers that are kept but never called ("Business Fax", "Факс", "Faks domowy").
_KIND_WORDS: tuple[tuple[str, _Words], ...] = (
    ("fax", _words("fax факс faks telefax телефакс", "fax факс faks")),
    ("pager", _words("pager пейджер", "pager пейджер")),
)


def kind_from_words(words: list[str]) -> str:
    """ "fax" or "pager" when the words of a header or a label cell say so, else "voice"."""
    for kind, kind_words in _KIND_WORDS:
        if kind_words.found_in(words):
            return kind
    return "voice"


def classify(header: str) -> HeaderRole | None:
    """The role of one column by its header, or None when the column is not imported.

    Exact aliases first ("Display name"), then Google's numbered columns, then a contact word
    unless a word rules the column out ("E-mail Display Name", "Business Fax", "... Yomi").
    """
    words = normalise(header).split()
    if not words:
        return None
    if words == ["birth", "day"]:  # Thunderbird's day of the month, not "Birthday"
        return HeaderRole("birth_day")
    field = _ALIAS_TO_FIELD.get("".join(words))
    if field is not None:
        return HeaderRole(field)
    google = _GOOGLE.match(" ".join(words))
    if google is not None:
        return _google_role(google.group(1), google.group(2), google.group(3))
    if _IGNORED_WORDS.intersection(words):
        return None
    if (kind := kind_from_words(words)) != "voice":
        return HeaderRole("contact", "call", label_from_words(words), False, kind=kind)
    for channel, channel_words in _CHANNEL_WORDS:
        if channel_words.found_in(words):
            label = label_from_words(words)
            return HeaderRole("contact", channel, label, _PREFERRED_WORDS.found_in(words))
    return None


def label_from_words(words: list[str]) -> str | None:
    """A contact label ("mobile", "work", ...) from the words of a header or a label cell."""
    for label, label_words in _LABEL_WORDS:
        if label_words.found_in(words):
            return label
    return None


def _google_role(kind: str, number: str, part: str) -> HeaderRole | None:
    if kind == "organization":
        return HeaderRole("company") if part == "name" and number == "1" else None
    channel = "email" if kind == "email" else "call"
    group = f"{kind} {number}"
    if part in ("type", "label"):
        return HeaderRole("contact_label", channel, group=group)
    if part == "value":
        return HeaderRole("contact", channel, group=group)
    return None
