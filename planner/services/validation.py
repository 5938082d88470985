"""Checking what a person typed: phones to E.164, e-mails without DNS, birthdays, zones."""

from __future__ import annotations

from datetime import date

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from planner.errors import ValidationError
from planner.services.views import ClientInput, ContactPointInput
from planner.settings import LANGUAGES, known_zones
from planner.text import PHONE_CHANNELS
from planner.vocabulary import Channel, ClientStatus


def normalise_phone(value: str, region: str) -> str:
    """'+48 601-234-567' or '601234567' with region PL -> '+48601234567'; raises ValueError."""
    raw = value.strip()
    if raw.endswith(".0") and raw[:-2].isdigit():  # a phone stored as a number in a sheet
        raw = raw[:-2]
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"{value!r} is not a phone number") from exc
    if not phonenumbers.is_valid_number(number):
        raise ValueError(f"{value!r} is not a valid phone number for region {region}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(value: str) -> str:
    try:
        return validate_email(value.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(f"{value!r} is not a valid e-mail address: {exc}") from exc


KINDS = ("voice", "fax", "pager")
EXTENSION_MAX = 20


def normalise_contact(point: ContactPointInput, region: str) -> ContactPointInput:
    """A cleaned copy of `point`, or ValueError. A phone flagged unverified that still does
    not parse stays as typed (and flagged); one that parses loses the flag."""
    try:
        channel = Channel(point.channel)
    except ValueError:
        names = ", ".join(c.value for c in Channel)
        raise ValueError(f"unknown channel {point.channel!r} (use one of {names})") from None
    value = point.value.strip()
    if not value:
        raise ValueError(f"the {channel.value} contact is empty")
    kind = point.kind or "voice"
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r} (use voice, fax or pager)")
    if kind != "voice" and channel is not Channel.CALL:
        raise ValueError("only a phone (call) contact can be a fax or a pager")
    if kind != "voice" and point.preferred:
        raise ValueError("a fax or pager number cannot be the preferred contact")
    extension = (point.extension or "").strip() or None
    if extension is not None and channel in PHONE_CHANNELS:
        if not extension.isdigit() or len(extension) > EXTENSION_MAX:
            raise ValueError(f"the extension {extension!r} is not up to {EXTENSION_MAX} digits")
    elif extension is not None:
        raise ValueError("only a phone number has an extension")
    unverified = False
    if channel in PHONE_CHANNELS:
        try:
            value = normalise_phone(value, region)
        except ValueError:
            if not point.unverified:
                raise
            value, unverified = " ".join(value.split()), True
        if len(value) > 300:
            raise ValueError("the contact is longer than 300 characters")
        return ContactPointInput(
            channel.value,
            value,
            point.label,
            point.preferred,
            point.consent,
            kind,
            extension,
            unverified,
        )
    if channel is Channel.EMAIL:
        value = normalise_email(value)
    elif channel is Channel.TELEGRAM:
        value = value if value.startswith("@") else normalise_phone(value, region)
    elif len(value) > 300:
        raise ValueError("the contact is longer than 300 characters")
    return ContactPointInput(channel.value, value, point.label, point.preferred, point.consent)


def validate_client(data: ClientInput, region: str, tiers: set[str]) -> ClientInput:
    """Return a cleaned copy of `data`, or raise ValidationError naming every bad field."""
    problems: dict[str, str] = {}
    name = " ".join(data.name.split())
    if not name:
        problems["name"] = "a client needs a name"
    elif len(name) > 200:
        problems["name"] = "the name is longer than 200 characters"
    company = " ".join((data.company or "").split()) or None
    if company and len(company) > 200:
        problems["company"] = "the company is longer than 200 characters"
    tier = data.tier.strip().upper()
    if tier not in tiers:
        problems["tier"] = f"unknown tier {data.tier!r} (use {', '.join(sorted(tiers))})"
    if data.status not in {s.value for s in ClientStatus}:
        problems["status"] = f"unknown status {data.status!r}"
    contacts: list[ContactPointInput] = []
    seen: set[tuple[str, str]] = set()
    for i, point in enumerate(data.contacts):
        try:
            clean = normalise_contact(point, region)
        except ValueError as exc:
            problems.setdefault(f"contacts.{i}", str(exc))
            continue
        if (clean.channel, clean.value) not in seen:
            seen.add((clean.channel, clean.value))
            contacts.append(clean)
    if sum(1 for c in contacts if c.preferred) > 1:
        problems["contacts"] = "only one contact point can be the preferred one"
    if data.birthday is not None:
        year, month, day = data.birthday
        try:
            date(year or 2000, month, day)  # 2000 is a leap year: 29 February is allowed
            if year is not None and not 1900 <= year <= 2100:
                raise ValueError
        except ValueError:
            problems["birthday"] = "the birthday is not a real date"
    if data.timezone and data.timezone not in known_zones():
        problems["timezone"] = f"unknown time zone {data.timezone!r}"
    if data.language and data.language not in LANGUAGES:
        problems["language"] = f"unknown language {data.language!r} (use en, ru or pl)"
    tags = tuple(sorted({" ".join(t.split())[:60] for t in data.tags if t.strip()}))
    if problems:
        raise ValidationError(problems)
    return ClientInput(
        name=name,
        tier=tier,
        company=company,
        contacts=tuple(contacts),
        tags=tags,
        notes=(data.notes or "").strip() or None,
        birthday=data.birthday,
        timezone=data.timezone or None,
        language=data.language or None,
        status=data.status,
        salutation=(data.salutation or "").strip()[:100] or None,
    )
