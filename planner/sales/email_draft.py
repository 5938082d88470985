"""The e-mail that carries a price list: an RFC 5322 draft with the PDF attached.

`mailto:` cannot attach files, so the app writes an `.eml` with `X-Unsent: 1` and lets
the desktop open it: Outlook, Thunderbird and Apple Mail open such a file as a new,
unsent message ready to send. Built with the standard library's `email` package only;
the texts are in the client's language (`planner.sales.texts.email_texts`).
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path

from planner.sales.money import format_percent
from planner.sales.offers import Offer
from planner.sales.texts import email_texts, format_day

DRAFT_SUFFIX = ".eml"


def build_draft(offer: Offer, recipient: str, attachment: bytes, filename: str) -> EmailMessage:
    """A draft to `recipient` in the offer's language with the PDF `attachment`."""
    t = email_texts(offer.language)
    me = offer.salesperson
    message = EmailMessage()
    message["To"] = formataddr((offer.client_name, recipient))
    if me.email:
        message["From"] = formataddr((me.name, me.email))
    message["Subject"] = t["subject"].format(company=me.company or me.name).strip()
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=me.email.partition("@")[2] or None)
    message["X-Unsent"] = "1"  # open as a message to send, not as a received one
    signature = "\n".join(v for v in (me.name, me.company, me.phone, me.email) if v)
    message.set_content(
        t["body"].format(
            salutation=offer.salutation,
            discount=format_percent(offer.discount_bp, offer.language).replace("\u00a0", " "),
            until=format_day(offer.valid_until, offer.language),
            me=signature,
        )
    )
    message.add_attachment(attachment, maintype="application", subtype="pdf", filename=filename)
    return message


def write_draft(message: EmailMessage, path: Path) -> None:
    """The message as bytes with CRLF line ends, as mail programs expect an .eml."""
    path.write_bytes(message.as_bytes(policy=SMTP))
