"""Checking what a person typed: phones to E.164, e-mails without DNS, birthdays, zones."""

from __future__ import annotations

from datetime import date

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from planner.errors import Invalid, ValidationError
from planner.problems import Problem
from planner.services.views import ClientInput, ContactPointInput
from planner.settings import LANGUAGES, known_zones
from planner.text import PHONE_CHANNELS
from planner.vocabulary import Channel, ClientStatus


def normalise_phone(value: str, region: str) -> str:
    """'+48 601-234-567' or '601234567' with region PL -> '+48601234567'; raises Invalid."""
    raw = value.strip()
    if raw.endswith(".0") and raw[:-2].isdigit():  # a phone stored as a number in a sheet
        raw = raw[:-2]
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as exc:
        raise Invalid("contact.not-phone", value=value) from exc
    if not phonenumbers.is_valid_number(number):
        raise Invalid("contact.bad-phone", value=value, region=region)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(value: str) -> str:
    try:
        return validate_email(value.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise Invalid("contact.bad-email", value=value, reason=exc) from exc


KINDS = ("voice", "fax", "pager")
EXTENSION_MAX = 20
CONTACT_MAX = 300
NAME_MAX = 200


def normalise_contact(point: ContactPointInput, region: str) -> ContactPointInput:
    """A cleaned copy of `point`, or `Invalid` (a coded ValueError). A phone flagged
    unverified that still does not parse stays as typed (and flagged); one that parses
    loses the flag."""
    try:
        channel = Channel(point.channel)
    except ValueError:
        names = ", ".join(c.value for c in Channel)
        raise Invalid("contact.bad-channel", channel=point.channel, channels=names) from None
    value = point.value.strip()
    if not value:
        raise Invalid("contact.empty", channel=channel.value)
    kind = point.kind or "voice"
    if kind not in KINDS:
        raise Invalid("contact.bad-kind", kind=kind, kinds=", ".join(KINDS))
    if kind != "voice" and channel is not Channel.CALL:
        raise Invalid("contact.kind-not-phone")
    if kind != "voice" and point.preferred:
        raise Invalid("contact.kind-preferred")
    extension = (point.extension or "").strip() or None
    if extension is not None and channel in PHONE_CHANNELS:
        if not extension.isdigit() or len(extension) > EXTENSION_MAX:
            raise Invalid("contact.bad-extension", value=extension, limit=EXTENSION_MAX)
    elif extension is not None:
        raise Invalid("contact.extension-not-phone")
    unverified = False
    if channel in PHONE_CHANNELS:
        try:
            value = normalise_phone(value, region)
        except Invalid:
            if not point.unverified:
                raise
            value, unverified = " ".join(value.split()), True
        if len(value) > CONTACT_MAX:
            raise Invalid("contact.too-long", limit=CONTACT_MAX)
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
    elif len(value) > CONTACT_MAX:
        raise Invalid("contact.too-long", limit=CONTACT_MAX)
    return ContactPointInput(channel.value, value, point.label, point.preferred, point.consent)


def validate_client(data: ClientInput, region: str, tiers: set[str]) -> ClientInput:
    """Return a cleaned copy of `data`, or raise ValidationError naming every bad field."""
    problems: list[Problem] = []
    name = " ".join(data.name.split())
    if not name:
        problems.append(Problem.of("client.no-name", "name"))
    elif len(name) > NAME_MAX:
        problems.append(Problem.of("client.long-name", "name", limit=NAME_MAX))
    company = " ".join((data.company or "").split()) or None
    if company and len(company) > NAME_MAX:
        problems.append(Problem.of("client.long-company", "company", limit=NAME_MAX))
    tier = data.tier.strip().upper()
    if tier not in tiers:
        known = ", ".join(sorted(tiers))
        problems.append(Problem.of("client.bad-tier", "tier", tier=data.tier, tiers=known))
    if data.status not in {s.value for s in ClientStatus}:
        problems.append(Problem.of("client.bad-status", "status", status=data.status))
    contacts: list[ContactPointInput] = []
    seen: set[tuple[str, str]] = set()
    for i, point in enumerate(data.contacts):
        try:
            clean = normalise_contact(point, region)
        except Invalid as exc:
            problems.append(exc.at(f"contacts.{i}"))
            continue
        if (clean.channel, clean.value) not in seen:
            seen.add((clean.channel, clean.value))
            contacts.append(clean)
    if sum(1 for c in contacts if c.preferred) > 1:
        problems.append(Problem.of("client.many-preferred", "contacts"))
    if data.birthday is not None:
        year, month, day = data.birthday
        try:
            date(year or 2000, month, day)  # 2000 is a leap year: 29 February is allowed
            if year is not None and not 1900 <= year <= 2100:
                raise ValueError
        except ValueError:
            problems.append(Problem.of("client.bad-birthday", "birthday"))
    if data.timezone and data.timezone not in known_zones():
        problems.append(Problem.of("client.bad-timezone", "timezone", timezone=data.timezone))
    if data.language and data.language not in LANGUAGES:
        problems.append(
            Problem.of(
                "client.bad-language", "language", language=data.language, languages="en, ru or pl"
            )
        )
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
