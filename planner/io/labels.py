"""Words of exported files in the UI language (en, ru, pl): sheet names, headers, KPIs,
and the vocabulary's names (channels, purposes, outcomes...) for cells and calendar events.

Documents carry their own language (STYLE.md habit 10): the report is written in the
`language` asked for, else the book's `ui.language`. Unknown keys fall back to English,
then to the key itself, so a missing word never breaks an export.
"""

from __future__ import annotations

LANGUAGES = ("en", "ru", "pl")

# key: (en, ru, pl)
_WORDS: dict[str, tuple[str, str, str]] = {
    # sheets
    "sheet.summary": ("Summary", "Сводка", "Podsumowanie"),
    "sheet.clients": ("Clients", "Клиенты", "Klienci"),
    "sheet.plan": ("Plan", "План", "Plan"),
    "sheet.history": ("History", "История", "Historia"),
    "sheet.sales": ("Sales", "Продажи", "Sprzedaż"),
    # columns
    "col.salesperson": ("Salesperson", "Менеджер", "Handlowiec"),
    "col.id": ("Client ID", "ID клиента", "ID klienta"),
    "col.name": ("Name", "Имя", "Nazwa"),
    "col.company": ("Company", "Компания", "Firma"),
    "col.tier": ("Tier", "Класс", "Klasa"),
    "col.status": ("Status", "Статус", "Status"),
    "col.phone": ("Phone", "Телефон", "Telefon"),
    "col.email": ("E-mail", "E-mail", "E-mail"),
    "col.tags": ("Tags", "Метки", "Tagi"),
    "col.birthday": ("Birthday", "День рождения", "Urodziny"),
    "col.created_on": ("Client since", "Клиент с", "Klient od"),
    "col.last_reached": ("Last reached", "Последний контакт", "Ostatni kontakt"),
    "col.next_due": ("Next touch", "Следующий контакт", "Następny kontakt"),
    "col.value": ("Value", "Ценность", "Wartość"),
    "col.at_risk": ("At risk", "Под угрозой", "Zagrożony"),
    "col.touch_id": ("Touch ID", "ID касания", "ID kontaktu"),
    "col.due": ("Due", "Срок", "Termin"),
    "col.time": ("Time", "Время", "Godzina"),
    "col.client_id": ("Client ID", "ID клиента", "ID klienta"),
    "col.client": ("Client", "Клиент", "Klient"),
    "col.channel": ("Channel", "Канал", "Kanał"),
    "col.purpose": ("Purpose", "Цель", "Cel"),
    "col.kind": ("Kind", "Вид", "Rodzaj"),
    "col.overdue": ("Overdue", "Просрочено", "Zaległy"),
    "col.overbooked": ("Overbooked", "Перегрузка", "Przeciążony"),
    "col.reason": ("Reason", "Причина", "Powód"),
    "col.done_on": ("Done on", "Дата", "Data"),
    "col.outcome": ("Outcome", "Результат", "Wynik"),
    "col.note": ("Note", "Заметка", "Notatka"),
    "col.sale_id": ("Sale ID", "ID продажи", "ID sprzedaży"),
    "col.day": ("Date", "Дата", "Data"),
    "col.item_code": ("Item code", "Код", "Kod"),
    "col.item": ("Item", "Товар", "Pozycja"),
    "col.quantity": ("Quantity", "Количество", "Ilość"),
    "col.unit_price": ("Unit price", "Цена", "Cena"),
    "col.amount": ("Amount", "Сумма", "Kwota"),
    "col.currency": ("Currency", "Валюта", "Waluta"),
    # summary
    "sum.title": ("Contact Planner report", "Отчёт Contact Planner", "Raport Contact Planner"),
    "sum.team_title": ("Team report", "Отчёт команды", "Raport zespołu"),
    "sum.salesperson": ("Salesperson", "Менеджер", "Handlowiec"),
    "sum.period": ("Period", "Период", "Okres"),
    "sum.generated": ("Generated", "Создан", "Utworzono"),
    "sum.by_tier": ("By tier", "По классам", "Według klas"),
    "sum.by_channel": ("By channel", "По каналам", "Według kanałów"),
    "sum.by_salesperson": ("By salesperson", "По менеджерам", "Według handlowców"),
    "sum.clients": ("Clients", "Клиенты", "Klienci"),
    "sum.planned": ("Touches planned", "Запланировано", "Zaplanowane"),
    "sum.done": ("Done", "Выполнено", "Wykonane"),
    "sum.overdue": ("Overdue", "Просрочено", "Zaległe"),
    "sum.reached": ("Reached", "Дозвонились", "Skontaktowano"),
    "sum.reach_rate": ("Reach rate", "Доля контактов", "Skuteczność"),
    "sum.sales": ("Sales", "Продажи", "Sprzedaże"),
    "sum.revenue": ("Revenue", "Выручка", "Przychód"),
    "sum.at_risk": ("At-risk clients", "Клиенты под угрозой", "Klienci zagrożeni"),
    "sum.total": ("Total", "Итого", "Razem"),
    "sum.chart_channels": ("Touches per channel", "Касания по каналам", "Kontakty według kanałów"),
    "sum.chart_tiers": ("Clients per tier", "Клиенты по классам", "Klienci według klas"),
    "sum.currencies_differ": (
        "(currencies differ: no total)",
        "(валюты различаются: без итога)",
        "(różne waluty: bez sumy)",
    ),
    # vocabulary: channels
    "channel.call": ("Call", "Звонок", "Telefon"),
    "channel.meeting": ("Meeting", "Встреча", "Spotkanie"),
    "channel.video": ("Video call", "Видеозвонок", "Wideorozmowa"),
    "channel.email": ("E-mail", "E-mail", "E-mail"),
    "channel.sms": ("SMS", "SMS", "SMS"),
    "channel.whatsapp": ("WhatsApp", "WhatsApp", "WhatsApp"),
    "channel.viber": ("Viber", "Viber", "Viber"),
    "channel.telegram": ("Telegram", "Telegram", "Telegram"),
    "channel.letter": ("Letter", "Письмо", "List"),
    # purposes
    "purpose.check-in": ("check-in", "как дела", "kontakt kontrolny"),
    "purpose.news-offer": ("news and offers", "новости и предложения", "nowości i oferty"),
    "purpose.feedback": ("feedback", "отзыв", "opinia"),
    "purpose.birthday": ("birthday", "день рождения", "urodziny"),
    "purpose.thank-you": ("thank-you", "благодарность", "podziękowanie"),
    "purpose.price-list": ("price list", "прайс-лист", "cennik"),
    "purpose.warranty-check": ("warranty check", "проверка гарантии", "kontrola gwarancji"),
    "purpose.win-back": ("win-back", "возврат клиента", "odzyskanie klienta"),
    "purpose.onboarding": ("onboarding", "знакомство", "wdrożenie"),
    "purpose.custom": ("custom", "другое", "inne"),
    # outcomes
    "outcome.reached": ("reached", "дозвонились", "skontaktowano"),
    "outcome.no-answer": ("no answer", "нет ответа", "brak odpowiedzi"),
    "outcome.left-message": ("left a message", "оставлено сообщение", "zostawiono wiadomość"),
    "outcome.rescheduled": ("rescheduled", "перенесено", "przełożono"),
    "outcome.meeting-set": ("meeting set", "назначена встреча", "umówiono spotkanie"),
    "outcome.order": ("order", "заказ", "zamówienie"),
    "outcome.not-interested": ("not interested", "не интересно", "niezainteresowany"),
    "outcome.complaint": ("complaint", "жалоба", "reklamacja"),
    "outcome.do-not-contact": ("do not contact", "не беспокоить", "nie kontaktować"),
    # statuses and kinds
    "status.active": ("active", "активный", "aktywny"),
    "status.archived": ("archived", "в архиве", "zarchiwizowany"),
    "status.do-not-contact": ("do not contact", "не беспокоить", "nie kontaktować"),
    "kind.cadence": ("cadence", "регулярный", "regularny"),
    "kind.retry": ("retry", "повтор", "ponowienie"),
    "kind.sequence": ("sequence", "цепочка", "sekwencja"),
    "kind.manual": ("manual", "вручную", "ręczny"),
}


def language_of(language: str | None) -> str:
    return language if language in LANGUAGES else "en"


def word(key: str, language: str) -> str:
    """The word for `key` in `language`; English, then the key's last part, as fallbacks."""
    entry = _WORDS.get(key)
    if entry is None:
        return key.partition(".")[2] or key
    return entry[LANGUAGES.index(language_of(language))]


def vocabulary(kind: str, value: str | None, language: str) -> str | None:
    """A vocabulary value ("call", "no-answer"...) in words; unknown values as they are."""
    if value is None:
        return None
    key = f"{kind}.{value}"
    return word(key, language) if key in _WORDS else value
