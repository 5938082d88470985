"""A touch's reasons in the document's language (en/ru/pl): Plan sheet and iCalendar.

English is `planner.scheduling.explain` (what the CLI prints); Russian and Polish come
from the table below, keyed by reason code. An unknown code falls back to English.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from planner.io.labels import language_of, vocabulary
from planner.scheduling.explain import format_reason
from planner.scheduling.types import Reason

Args = Mapping[str, str]

_TEXTS: dict[str, dict[str, str]] = {
    "ru": {
        "cadence": "Категория {tier}: каждые {every} с {since} {anchor}",
        "retry": "Повтор {attempt} из {of}",
        "sequence": "Цепочка {code}, шаг {step}",
        "manual": "Добавлено вручную",
        "pinned": "Закреплено вручную на {day}",
        "rescheduled": "Перенесено с {from}",
        "last-reached": "последний контакт {day}",
        "created": "создан {day}",
        "preferred-channel": "предпочтительный канал: {channel}",
        "no-consent": "нет согласия на канал {channel}",
        "fallback-channel": "запасной канал: {channel}",
        "retry-limit": "{channel}: достигнут предел повторов ({limit})",
        "weekend": "перенесено с {from} (выходной)",
        "holiday": "перенесено с {from} (праздник: {name})",
        "day-off": "перенесено с {from} (личный выходной)",
        "no-common-hours": "нет общего рабочего времени",
        "birthday-on-day": "остаётся в день рождения, {day}",
        "carried": "перенесено с {from}: срок прошёл",
        "fallback": "запасной канал {channel} после попыток: {attempts}",
        "last-attempt": "последняя попытка {day}",
        "birthday-before": "поздравление в рабочий день перед днём рождения, {day}",
        "channel-switched": "канал {from} заменён на {channel}: {from} заполнен на {day}",
        "gap": "перенесено с {from}, чтобы сохранить интервал от {apart}",
        "greeting-kept": "поздравление остаётся на {day}, несмотря на интервал от {apart}",
        "capacity": "перенесено с {from}: канал {channel} заполнен",
        "overbooked": "перегрузка: канал {channel}, предел {capacity}",
        "since.last-reached": "последнего контакта",
        "since.created": "создания",
        "unit.day": "дн.",
        "unit.week": "нед.",
        "unit.month": "мес.",
    },
    "pl": {
        "cadence": "Kategoria {tier}: co {every} od {since} {anchor}",
        "retry": "Ponowienie {attempt} z {of}",
        "sequence": "Sekwencja {code}, krok {step}",
        "manual": "Dodano ręcznie",
        "pinned": "Przypięto ręcznie na {day}",
        "rescheduled": "Przełożono z {from}",
        "last-reached": "ostatni kontakt {day}",
        "created": "utworzono {day}",
        "preferred-channel": "preferowany kanał: {channel}",
        "no-consent": "brak zgody na kanał {channel}",
        "fallback-channel": "kanał zapasowy: {channel}",
        "retry-limit": "{channel}: osiągnięto limit ponowień ({limit})",
        "weekend": "przesunięto z {from} (weekend)",
        "holiday": "przesunięto z {from} (święto: {name})",
        "day-off": "przesunięto z {from} (dzień wolny)",
        "no-common-hours": "brak wspólnych godzin pracy",
        "birthday-on-day": "zostaje w dniu urodzin, {day}",
        "carried": "przeniesiono z {from}: termin minął",
        "fallback": "kanał zapasowy {channel} po próbach: {attempts}",
        "last-attempt": "ostatnia próba {day}",
        "birthday-before": "życzenia w dzień roboczy przed urodzinami, {day}",
        "channel-switched": "kanał {from} zmieniony na {channel}: {from} pełny w dniu {day}",
        "gap": "przesunięto z {from}, by zachować odstęp od {apart}",
        "greeting-kept": "życzenia zostają na {day} mimo odstępu od {apart}",
        "capacity": "przesunięto z {from}: kanał {channel} jest pełny",
        "overbooked": "przeciążenie: kanał {channel}, limit {capacity}",
        "since.last-reached": "ostatniego kontaktu",
        "since.created": "utworzenia",
        "unit.day": "dn.",
        "unit.week": "tyg.",
        "unit.month": "mies.",
    },
}


def _day(iso: str | None) -> str:
    if not iso:
        return "?"
    try:
        return date.fromisoformat(iso).strftime("%d.%m.%Y")
    except ValueError:
        return iso


def _one(code: str, args: Args, lang: str) -> str | None:
    texts = _TEXTS[lang]
    template = texts.get(code)
    if template is None:
        return None
    values = {k: str(v) for k, v in args.items()}
    for key in ("from", "day", "anchor", "apart"):
        if key in values:
            values[key] = _day(values[key])
    if "channel" in values:
        values["channel"] = vocabulary("channel", values["channel"], lang) or values["channel"]
    if code == "cadence":
        unit = texts.get(f"unit.{args.get('unit')}", str(args.get("unit")))
        values["every"] = f"{args.get('count')} {unit}"
        values["since"] = texts.get(f"since.{args.get('since')}", "")
    try:
        return template.format_map(_Blank(values))
    except (ValueError, IndexError):
        return None


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def reason_line(reasons: tuple[tuple[str, dict[str, str]], ...], language: str | None) -> str:
    """All reasons of a touch as one line in `language` (English for "en" and unknowns)."""
    lang = language_of(language)
    english = [format_reason([Reason(code, tuple(args.items()))]) for code, args in reasons]
    if lang == "en":
        return "; ".join(english)
    parts = [
        _one(code, args, lang) or en for (code, args), en in zip(reasons, english, strict=True)
    ]
    return "; ".join(parts)
