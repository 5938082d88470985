"""The import wizard's words and its column mapping, translated between the core's `Mapping`
(column numbers per field) and one role per column (what the user picks in a combo)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from planner.io.mapping import Mapping

translate = QCoreApplication.translate

SINGLE = ("name", "first_name", "middle_name", "last_name", "company", "birthday", "tier")
SINGLE_MORE = ("language", "timezone")
CONTACTS = {"phone": "call", "email": "email", "whatsapp": "whatsapp", "telegram": "telegram"}
CONTACTS |= {"viber": "viber"}
ROLES = ("ignore", *SINGLE, *CONTACTS, "tags", "notes", *SINGLE_MORE)


def role_name(role: str) -> str:
    names = {
        "ignore": translate("ImportTexts", "— ignore —"),
        "name": translate("ImportTexts", "Name"),
        "first_name": translate("ImportTexts", "First name"),
        "middle_name": translate("ImportTexts", "Middle name"),
        "last_name": translate("ImportTexts", "Last name"),
        "company": translate("ImportTexts", "Company"),
        "birthday": translate("ImportTexts", "Birthday"),
        "tier": translate("ImportTexts", "Tier"),
        "phone": translate("ImportTexts", "Phone"),
        "email": translate("ImportTexts", "E-mail"),
        "whatsapp": "WhatsApp",
        "telegram": "Telegram",
        "viber": "Viber",
        "tags": translate("ImportTexts", "Tags"),
        "notes": translate("ImportTexts", "Notes"),
        "language": translate("ImportTexts", "Language"),
        "timezone": translate("ImportTexts", "Time zone"),
    }
    return names.get(role, role)


def roles_of(mapping: Mapping | None, columns: int) -> list[str]:
    """One role per column of the preview, from a detected (or saved) mapping."""
    roles = ["ignore"] * columns
    if mapping is None:
        return roles

    def put(column: int | None, role: str) -> None:
        if column is not None and 0 <= column < columns:
            roles[column] = role

    for field in (*SINGLE, *SINGLE_MORE):
        put(getattr(mapping, field), field)
    channel_role = {channel: role for role, channel in CONTACTS.items()} | {"sms": "phone"}
    for c in mapping.contacts:
        put(c.column, channel_role.get(c.channel, "phone"))
    for column in mapping.tags:
        put(column, "tags")
    for column in mapping.notes:
        put(column, "notes")
    return roles


def mapping_of(roles: Sequence[str], header_row: int | None, base: Mapping | None) -> Mapping:
    """The mapping the user chose; a contact column keeps what was detected about it (its
    label column, preferred flag) while its role is unchanged."""
    from planner.io.mapping import ContactColumn, Mapping

    singles: dict[str, int] = {}
    contacts: list[ContactColumn] = []
    tags: list[int] = []
    notes: list[int] = []
    detected = {c.column: c for c in base.contacts} if base is not None else {}
    for column, role in enumerate(roles):
        if role in CONTACTS:
            channel = CONTACTS[role]
            known = detected.get(column)
            same = known is not None and (
                known.channel == channel or {known.channel, channel} <= {"call", "sms"}
            )
            contacts.append(known if same and known is not None else ContactColumn(column, channel))
        elif role == "tags":
            tags.append(column)
        elif role == "notes":
            notes.append(column)
        elif role != "ignore":
            singles.setdefault(role, column)
    return Mapping(
        header_row=header_row,
        name=singles.get("name"),
        first_name=singles.get("first_name"),
        middle_name=singles.get("middle_name"),
        last_name=singles.get("last_name"),
        company=singles.get("company"),
        contacts=tuple(contacts),
        birthday=singles.get("birthday"),
        tags=tuple(tags),
        notes=tuple(notes),
        tier=singles.get("tier"),
        language=singles.get("language"),
        timezone=singles.get("timezone"),
        month_first=base.month_first if base is not None else False,
    )


def encoding_name(encoding: str | None) -> str:
    names = {
        "utf-8": "UTF-8",
        "utf-8-sig": translate("ImportTexts", "UTF-8 with BOM"),
        "utf-16": "UTF-16",
        "cp1251": "Windows-1251",
        "cp1250": "Windows-1250",
        "cp1252": "Windows-1252",
        "koi8-r": "KOI8-R",
        "iso8859-2": "ISO 8859-2",
    }
    return names.get((encoding or "").lower(), (encoding or "").upper())


def delimiter_name(delimiter: str | None) -> str:
    names = {
        ";": translate("ImportTexts", "semicolon (;)"),
        ",": translate("ImportTexts", "comma (,)"),
        "\t": translate("ImportTexts", "tab"),
        "|": translate("ImportTexts", "vertical bar (|)"),
    }
    return names.get(delimiter or "", repr(delimiter))


def problem_name(code: str) -> str:
    """What went wrong with a row, by the core's stable code (the details stay in English)."""
    names = {
        "missing-name": translate("ImportTexts", "No name"),
        "bad-encoding": translate("ImportTexts", "Unreadable text"),
        "name-too-long": translate("ImportTexts", "Name too long"),
        "company-too-long": translate("ImportTexts", "Company too long"),
        "value-too-long": translate("ImportTexts", "Value too long"),
        "bad-tier": translate("ImportTexts", "Unknown tier"),
        "bad-language": translate("ImportTexts", "Unknown language"),
        "bad-birthday": translate("ImportTexts", "Not a date"),
        "bad-phone": translate("ImportTexts", "Not a phone number (kept, unverified)"),
        "bad-email": translate("ImportTexts", "Not an e-mail address"),
        "bad-telegram": translate("ImportTexts", "Not a Telegram handle"),
        "bad-timezone": translate("ImportTexts", "Unknown time zone"),
        "duplicate-skipped": translate("ImportTexts", "Duplicate, skipped"),
        "duplicate-updated": translate("ImportTexts", "Duplicate, merged"),
        "duplicate-kept": translate("ImportTexts", "Duplicate, kept both"),
        "possible-duplicate": translate("ImportTexts", "Possible duplicate, imported"),
        "named-from": translate("ImportTexts", "No name, named after a contact"),
        "encoding-guessed": translate("ImportTexts", "Encoding guessed"),
        "bad-text": translate("ImportTexts", "Unreadable characters replaced"),
        "fax-kept": translate("ImportTexts", "Fax or pager kept (not a number to call)"),
        "extension-kept": translate("ImportTexts", "Extension kept with the number"),
    }
    return names.get(code, code)
