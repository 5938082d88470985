"""Translated names for the vocabulary's codes (the core returns codes, never UI text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def channel_name(code: str) -> str:
    names = {
        "call": translate("Vocabulary", "Call"),
        "meeting": translate("Vocabulary", "Meeting"),
        "video": translate("Vocabulary", "Video call"),
        "email": translate("Vocabulary", "E-mail"),
        "sms": translate("Vocabulary", "SMS"),
        "whatsapp": translate("Vocabulary", "WhatsApp"),
        "viber": translate("Vocabulary", "Viber"),
        "telegram": translate("Vocabulary", "Telegram"),
        "letter": translate("Vocabulary", "Letter"),
    }
    return names.get(code, code)


def channel_group(code: str) -> str:
    """The heading of a channel's group in Today ("Calls 12/20")."""
    names = {
        "call": translate("Vocabulary", "Calls"),
        "meeting": translate("Vocabulary", "Meetings"),
        "video": translate("Vocabulary", "Video calls"),
        "email": translate("Vocabulary", "E-mails"),
        "sms": translate("Vocabulary", "SMS"),
        "whatsapp": translate("Vocabulary", "WhatsApp"),
        "viber": translate("Vocabulary", "Viber"),
        "telegram": translate("Vocabulary", "Telegram"),
        "letter": translate("Vocabulary", "Letters"),
    }
    return names.get(code, code)


def purpose_name(code: str) -> str:
    names = {
        "check-in": translate("Vocabulary", "Check-in"),
        "news-offer": translate("Vocabulary", "News / offer"),
        "feedback": translate("Vocabulary", "Feedback"),
        "birthday": translate("Vocabulary", "Birthday"),
        "thank-you": translate("Vocabulary", "Thank-you"),
        "price-list": translate("Vocabulary", "Price list"),
        "warranty-check": translate("Vocabulary", "Warranty check"),
        "win-back": translate("Vocabulary", "Win-back"),
        "onboarding": translate("Vocabulary", "Onboarding"),
        "custom": translate("Vocabulary", "Custom"),
    }
    return names.get(code, code)


def outcome_name(code: str) -> str:
    names = {
        "reached": translate("Vocabulary", "Reached"),
        "no-answer": translate("Vocabulary", "No answer"),
        "left-message": translate("Vocabulary", "Left a message"),
        "rescheduled": translate("Vocabulary", "Rescheduled"),
        "meeting-set": translate("Vocabulary", "Meeting set"),
        "order": translate("Vocabulary", "Order"),
        "not-interested": translate("Vocabulary", "Not interested"),
        "complaint": translate("Vocabulary", "Complaint"),
        "do-not-contact": translate("Vocabulary", "Do not contact"),
    }
    return names.get(code, code)


def label_name(label: str) -> str:
    """Common contact point labels are translated; others are shown as typed."""
    names = {
        "mobile": translate("Vocabulary", "mobile"),
        "work": translate("Vocabulary", "work"),
        "home": translate("Vocabulary", "home"),
        "office": translate("Vocabulary", "office"),
        "personal": translate("Vocabulary", "personal"),
    }
    return names.get(label.strip().lower(), label)


def contact_kind_name(code: str) -> str:
    """What a phone contact point is: a number to call, or a fax or pager kept on the card."""
    names = {
        "voice": translate("Vocabulary", "Phone"),
        "fax": translate("Vocabulary", "Fax"),
        "pager": translate("Vocabulary", "Pager"),
    }
    return names.get(code, code)


def label_code(shown: str) -> str:
    """The label to store for one as shown: a translated common label goes back to its
    English code ("мобильный" → "mobile"), any other text is kept as typed."""
    for code in ("mobile", "work", "home", "office", "personal"):
        if label_name(code) == shown:
            return code
    return shown


def status_name(code: str) -> str:
    names = {
        "active": translate("Vocabulary", "Active"),
        "archived": translate("Vocabulary", "Archived"),
        "do-not-contact": translate("Vocabulary", "Do not contact"),
        "planned": translate("Vocabulary", "Planned"),
        "done": translate("Vocabulary", "Done"),
        "cancelled": translate("Vocabulary", "Cancelled"),
    }
    return names.get(code, code)


def kind_name(code: str) -> str:
    names = {
        "cadence": translate("Vocabulary", "Cadence"),
        "retry": translate("Vocabulary", "Retry"),
        "sequence": translate("Vocabulary", "Sequence"),
        "manual": translate("Vocabulary", "Manual"),
    }
    return names.get(code, code)


def tier_name(name: str) -> str:
    """Default tier names are translated; names the user typed are shown as typed."""
    names = {
        "Key": translate("Vocabulary", "Key"),
        "Regular": translate("Vocabulary", "Regular"),
        "Occasional": translate("Vocabulary", "Occasional"),
        "One-time": translate("Vocabulary", "One-time"),
    }
    return names.get(name, name)


def unit_name(code: str, count: int = 2) -> str:
    if count == 1:
        one = {
            "day": translate("Vocabulary", "day"),
            "week": translate("Vocabulary", "week"),
            "month": translate("Vocabulary", "month"),
        }
        return one.get(code, code)
    names = {
        "day": translate("Vocabulary", "days"),
        "week": translate("Vocabulary", "weeks"),
        "month": translate("Vocabulary", "months"),
    }
    return names.get(code, code)


def weekday_short(index: int) -> str:
    names = (
        translate("Vocabulary", "Mon"),
        translate("Vocabulary", "Tue"),
        translate("Vocabulary", "Wed"),
        translate("Vocabulary", "Thu"),
        translate("Vocabulary", "Fri"),
        translate("Vocabulary", "Sat"),
        translate("Vocabulary", "Sun"),
    )
    return names[index]


def sequence_name(code: str) -> str:
    names = {
        "onboarding": translate("Vocabulary", "new client"),
        "after-sale": translate("Vocabulary", "after a sale"),
        "warranty": translate("Vocabulary", "warranty check"),
        "birthday": translate("Vocabulary", "birthday greeting"),
        "win-back": translate("Vocabulary", "win-back"),
    }
    return names.get(code, code)


def related_kind_name(code: str) -> str:
    names = {
        "consumable": translate("Vocabulary", "Consumable"),
        "service": translate("Vocabulary", "Service"),
        "accessory": translate("Vocabulary", "Accessory"),
    }
    return names.get(code, code)


def price_source_name(code: str) -> str:
    names = {
        "list": translate("Vocabulary", "list price"),
        "tier": translate("Vocabulary", "tier price"),
        "manual": translate("Vocabulary", "set by hand"),
    }
    return names.get(code, code)


def is_database_error(exc: BaseException) -> bool:
    """SQLite or SQLAlchemy failed (a locked, damaged or vanished file), not a refusal."""
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(exc, SQLAlchemyError | sqlite3.Error)


def database_error_text() -> str:
    return QCoreApplication.translate(
        "Errors",
        "The book could not be read or written just now. Nothing was changed by this step. "
        "Try again; if it keeps failing, close and reopen the app, or restore a backup "
        "(File → Back up now keeps a copy first).",
    )


def error_details(exc: BaseException) -> str:
    """What "copy details" puts on the clipboard for a support request (English, raw)."""
    import traceback

    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).strip()


def error_text(exc: BaseException) -> str:
    """A user-facing message for a service error: known codes translated, else English.

    A database error is one translated message, never SQL or a library's link.
    """
    if is_database_error(exc):
        return database_error_text()
    details = getattr(exc, "details", None)  # an ImportRefused: a refused file
    if isinstance(details, dict):
        from ui.refusals import refusal_text

        refused = refusal_text(str(getattr(exc, "code", "")), details)
        return refused if refused is not None else str(getattr(exc, "message", None) or exc)
    problems = getattr(exc, "problems", None)
    by_field = getattr(exc, "by_field", None)  # a ValidationError: its first field's problem
    if isinstance(by_field, dict) and by_field:
        problems = tuple(by_field.values())
    if isinstance(problems, tuple) and problems:
        from ui.problems import problem_message

        return problem_message(problems[0])
    code = getattr(exc, "code", None)
    who = getattr(exc, "who", None)
    if code == "conflict" and who:
        when = getattr(exc, "when", None)
        if when is not None:
            from datetime import UTC

            at = when.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
            return QCoreApplication.translate(
                "Errors", "{who} changed this record at {when}. Reload and try again."
            ).format(who=who, when=at)
        return QCoreApplication.translate(
            "Errors", "{who} changed this record meanwhile. Reload and try again."
        ).format(who=who)
    known = {
        "conflict": QCoreApplication.translate(
            "Errors", "This record was changed elsewhere. Reload and try again."
        ),
        "not-found": QCoreApplication.translate(
            "Errors", "This record no longer exists (it was deleted meanwhile)."
        ),
        "not-planned": QCoreApplication.translate("Errors", "This touch is no longer planned."),
        "bad-date": QCoreApplication.translate("Errors", "That date is in the past."),
        "not-a-book": QCoreApplication.translate(
            "Errors", "This file is not a Contact Planner book."
        ),
        "no-book": QCoreApplication.translate("Errors", "No book is open."),
        "archived-client": QCoreApplication.translate(
            "Errors", "This client is archived; unarchive them first."
        ),
        "undo-changed": QCoreApplication.translate(
            "Errors",
            "This step cannot be undone: the client was changed again since (in another "
            "window, by a command or by re-planning). Nothing was changed.",
        ),
        "nothing-to-undo": QCoreApplication.translate("Errors", "There is nothing to undo."),
        "nothing-to-redo": QCoreApplication.translate("Errors", "There is nothing to redo."),
        "nothing-to-offer": QCoreApplication.translate(
            "Errors",
            "There is nothing to recommend to this client yet: add related items to the "
            "catalog or record sales in their tier.",
        ),
    }
    target = str(getattr(exc, "field", None) or "")
    known.update(
        {
            "disk-full": QCoreApplication.translate(
                "Errors",
                "There is not enough free space to write %1. Free some space or choose "
                "another place; nothing was written.",
            ).replace("%1", target),
            "cannot-write": QCoreApplication.translate(
                "Errors", "%1 cannot be written here; nothing was written."
            ).replace("%1", target),
            "read-only": QCoreApplication.translate(
                "Errors",
                "The book is open read-only (a read-only file, folder or disk); changes "
                "cannot be saved.",
            ),
            "read-only-old": QCoreApplication.translate(
                "Errors",
                "This book was written by an earlier version and must be upgraded, but it "
                "is read-only. Copy it to a folder you can write to.",
            ),
            "book-busy": QCoreApplication.translate(
                "Errors",
                "The book is busy with a long task (an import, a re-plan or a demo, perhaps "
                "in another window). Your change was not saved; try again in a moment.",
            ),
            "newer-book": QCoreApplication.translate(
                "Errors",
                "This book was written by a newer version of Contact Planner; it was left "
                "as it was.",
            ),
            "unreadable-book": QCoreApplication.translate("Errors", "This book cannot be read."),
        }
    )
    if code in known:
        return known[code]
    if isinstance(code, str):
        from ui.refusals import service_refusal_text

        other = service_refusal_text(code)
        if other is not None:
            return other
    message = getattr(exc, "message", None)
    return str(message or exc)
