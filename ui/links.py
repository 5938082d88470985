"""Contact points as links the system opens: tel:, mailto:, sms:, WhatsApp, Telegram, Viber."""

from __future__ import annotations

from urllib.parse import quote


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _phone(value: str) -> str:
    """'+48 601 234 567' -> '+48601234567' (tel: and sms: take the E.164 form)."""
    d = _digits(value)
    return f"+{d}" if value.strip().startswith("+") else d


def contact_url(
    channel: str, value: str, extension: str | None = None, kind: str = "voice"
) -> str | None:
    """The URL that reaches `value` over `channel`, or None when there is no such link.

    A phone's extension is dialled after it (RFC 3966: "tel:+48225550102;ext=102"); a fax or
    a pager number is kept on the card but is no link to call."""
    value = value.strip()
    if not value or kind != "voice":
        return None
    if channel == "call":
        ext = f";ext={_digits(extension)}" if extension and _digits(extension) else ""
        return f"tel:{_phone(value)}{ext}"
    if channel == "sms":
        return f"sms:{_phone(value)}"
    if channel == "email":
        return f"mailto:{quote(value, safe='@.+-_')}"
    if channel == "whatsapp":
        return f"https://wa.me/{_digits(value)}"
    if channel == "telegram":
        if value.startswith("@"):
            return f"https://t.me/{quote(value[1:], safe='_')}"
        if value.startswith("https://t.me/"):
            return value
        return f"https://t.me/+{_digits(value)}"
    if channel == "viber":
        return f"viber://chat?number={quote(_phone(value), safe='')}"
    if channel == "video":
        return value if value.startswith(("https://", "http://")) else f"tel:{_phone(value)}"
    if channel in ("meeting", "letter"):
        return f"https://www.openstreetmap.org/search?query={quote(value)}"
    return None
