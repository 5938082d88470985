"""How a letter to a client begins, in the client's language (DESIGN.md §2 "client").

ru: "Уважаемая Анна Петровна!" with the patronymic when the name holds one, else the
first name; pl: "Szanowna Pani Anno," / "Szanowny Panie Janie," with the first name in
the vocative; en: "Dear Anna,". A client's own salutation, when the user wrote one,
wins over these defaults.
"""

from __future__ import annotations

_RU_MALE_IN_A = frozenset({"Илья", "Никита", "Лука", "Фома", "Кузьма", "Савва", "Данила"})
_RU_FEMALE_OTHER = frozenset({"Любовь", "Нелли", "Юдифь", "Рахиль"})
_PL_MALE_IN_A = frozenset({"Kuba", "Barnaba", "Bonawentura"})
# Polish male vocatives that no simple ending rule gives.
_PL_VOCATIVE = {
    "Paweł": "Pawle", "Michał": "Michale", "Rafał": "Rafale", "Piotr": "Piotrze",
    "Dawid": "Dawidzie", "Robert": "Robercie", "Marek": "Marku", "Jacek": "Jacku",
    "Antoni": "Antoni", "Jerzy": "Jerzy", "Ignacy": "Ignacy", "Bartłomiej": "Bartłomieju",
    "Aleksander": "Aleksandrze", "Kacper": "Kacprze", "Ryszard": "Ryszardzie",
    "Leszek": "Leszku", "Zbigniew": "Zbigniewie", "Bogdan": "Bogdanie", "Kamil": "Kamilu",
    "Karol": "Karolu", "Daniel": "Danielu", "Emil": "Emilu", "Filip": "Filipie",
}  # fmt: skip


def _ru_patronymic(word: str) -> bool:
    return word.endswith(("вич", "вна", "ична", "ич", "инична"))


def _ru(parts: list[str]) -> str:
    first, patronymic = parts[0], ""
    if len(parts) >= 3 and _ru_patronymic(parts[2]):  # Фамилия Имя Отчество
        first, patronymic = parts[1], parts[2]
    elif len(parts) >= 2 and _ru_patronymic(parts[1]):  # Имя Отчество [Фамилия]
        patronymic = parts[1]
    if patronymic:
        female = patronymic.endswith("на")
    else:
        female = (first[-1:] in "аяь" and first not in _RU_MALE_IN_A and first[-1:] != "ь") or (
            first in _RU_FEMALE_OTHER
        )
    whom = f"{first} {patronymic}".strip()
    return f"Уважаемая {whom}!" if female else f"Уважаемый {whom}!"


def pl_vocative(first: str) -> str:
    """Anna -> Anno, Jan -> Janie, Tomasz -> Tomaszu, Piotr -> Piotrze (common names)."""
    if first in _PL_VOCATIVE:
        return _PL_VOCATIVE[first]
    if first.endswith("a"):
        return first[:-1] + "o"
    if first.endswith("ek"):
        return first[:-2] + "ku"
    if first.endswith(("sz", "cz", "rz", "ż", "j", "l", "k", "g", "h", "ch")):
        return first + "u"
    if first.endswith("ł"):
        return first[:-1] + "le"
    if first.endswith("t"):
        return first[:-1] + "cie"
    if first.endswith("d"):
        return first + "zie"
    if first.endswith("r"):
        return first + "ze"
    if first.endswith(("i", "y")):
        return first
    return first + "ie"


def _pl(parts: list[str]) -> str:
    first = parts[0]
    female = first.endswith("a") and first not in _PL_MALE_IN_A
    if female:
        return f"Szanowna Pani {pl_vocative(first)},"
    return f"Szanowny Panie {pl_vocative(first)},"


def default_salutation(name: str, language: str) -> str:
    """The salutation a letter to `name` begins with, in `language` (en, ru, pl)."""
    parts = name.split()
    if not parts:
        return {"ru": "Здравствуйте!", "pl": "Dzień dobry,"}.get(language, "Hello,")
    if language == "ru":
        return _ru(parts)
    if language == "pl":
        return _pl(parts)
    return f"Dear {parts[0]},"


def salutation(name: str, language: str, own: str | None = None) -> str:
    """The client's own salutation when there is one, else the language's default."""
    return own.strip() if own and own.strip() else default_salutation(name, language)
