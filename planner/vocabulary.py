"""The product's vocabulary (DESIGN.md section 2) as enums: one concept, one name, everywhere."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    VIDEO = "video"
    EMAIL = "email"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    VIBER = "viber"
    TELEGRAM = "telegram"
    LETTER = "letter"

    @property
    def is_live(self) -> bool:
        """Live channels happen at a time of day, inside working hours."""
        return self in LIVE_CHANNELS


LIVE_CHANNELS = frozenset({Channel.CALL, Channel.MEETING, Channel.VIDEO})


class Purpose(StrEnum):
    CHECK_IN = "check-in"
    NEWS_OFFER = "news-offer"
    FEEDBACK = "feedback"
    BIRTHDAY = "birthday"
    THANK_YOU = "thank-you"
    PRICE_LIST = "price-list"
    WARRANTY_CHECK = "warranty-check"
    WIN_BACK = "win-back"
    ONBOARDING = "onboarding"
    CUSTOM = "custom"


class Outcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no-answer"
    LEFT_MESSAGE = "left-message"
    RESCHEDULED = "rescheduled"
    MEETING_SET = "meeting-set"
    ORDER = "order"
    NOT_INTERESTED = "not-interested"
    COMPLAINT = "complaint"
    DO_NOT_CONTACT = "do-not-contact"

    @property
    def reached_client(self) -> bool:
        """Whether this outcome means the client was actually reached (cadence anchor)."""
        return self in REACHING_OUTCOMES

    @property
    def wants_retry(self) -> bool:
        return self in (Outcome.NO_ANSWER, Outcome.LEFT_MESSAGE)


REACHING_OUTCOMES = frozenset(
    {
        Outcome.REACHED,
        Outcome.MEETING_SET,
        Outcome.ORDER,
        Outcome.NOT_INTERESTED,
        Outcome.COMPLAINT,
    }
)


class TouchStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class TouchKind(StrEnum):
    """Why a touch exists: the tier's cadence, a retry, a sequence step, or the user."""

    CADENCE = "cadence"
    RETRY = "retry"
    SEQUENCE = "sequence"
    MANUAL = "manual"


class ClientStatus(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    DO_NOT_CONTACT = "do-not-contact"


class SequenceTrigger(StrEnum):
    NEW_CLIENT = "new-client"
    SALE = "sale"
    WARRANTY_END = "warranty-end"
    BIRTHDAY = "birthday"
    DORMANT = "dormant"


class IntervalUnit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
