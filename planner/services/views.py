"""Plain data the services hand to the UI and the CLI (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from planner.services.changes import Changes as Changes


@dataclass(frozen=True, slots=True)
class ContactPointInput:
    """`kind`: "voice", "fax" or "pager" (a phone kept, never called); `extension` is dialled
    after the number; `unverified`: a phone kept as typed (it did not parse) until fixed."""

    channel: str
    value: str
    label: str | None = None
    preferred: bool = False
    consent: bool = True
    kind: str = "voice"
    extension: str | None = None
    unverified: bool = False


@dataclass(frozen=True, slots=True)
class ClientInput:
    """What a form or a CLI command gives to add or edit a client."""

    name: str
    tier: str = "C"
    company: str | None = None
    contacts: tuple[ContactPointInput, ...] = ()
    tags: tuple[str, ...] = ()
    notes: str | None = None
    birthday: tuple[int | None, int, int] | None = None  # (year or None, month, day)
    timezone: str | None = None
    language: str | None = None
    status: str = "active"
    salutation: str | None = None  # None: the default of the client's language


@dataclass(frozen=True, slots=True)
class ContactPointView:
    id: int
    channel: str
    value: str
    label: str | None
    preferred: bool
    consent: bool
    kind: str = "voice"
    extension: str | None = None
    unverified: bool = False


@dataclass(frozen=True, slots=True)
class ClientSummary:
    id: int
    name: str
    company: str | None
    tier: str
    status: str


@dataclass(frozen=True, slots=True)
class ClientRow:
    """One row of the Book table."""

    id: int
    name: str
    company: str | None
    tier: str
    status: str
    phone: str | None
    email: str | None
    next_due: date | None
    next_channel: str | None
    at_risk: bool
    tags: str


@dataclass(frozen=True, slots=True)
class TouchView:
    id: int
    client_id: int
    client: str
    company: str | None
    tier: str
    kind: str
    status: str
    due: date
    due_at: datetime | None
    due_until: datetime | None
    channel: str
    purpose: str
    reason_data: str  # JSON as stored; decoded on demand, so long lists stay cheap
    overbooked: bool
    pinned: bool
    attempt: int
    outcome: str | None = None
    note: str | None = None
    done_on: date | None = None

    @property
    def reasons(self) -> tuple[tuple[str, dict[str, str]], ...]:
        """Each rule that placed or moved the touch: (code, args); the UI translates codes."""
        from planner.services.reason_json import decode_reasons  # the planner, when asked

        return decode_reasons(self.reason_data)

    @property
    def reason(self) -> str:
        """The reasons as one English line, for the CLI and logs."""
        from planner.services.reason_json import reason_text

        return reason_text(self.reasons)


@dataclass(frozen=True, slots=True)
class ClientDetail:
    id: int
    name: str
    company: str | None
    tier: str
    status: str
    notes: str | None
    birthday: tuple[int | None, int, int] | None
    timezone: str | None
    language: str | None
    created_on: date
    version: int
    at_risk: bool
    value_minor: int
    contacts: tuple[ContactPointView, ...]
    tags: tuple[str, ...]
    planned: tuple[TouchView, ...] = ()
    history: tuple[TouchView, ...] = ()
    salutation: str | None = None  # the client's own; None: the language's default

    def to_input(self) -> ClientInput:
        return ClientInput(
            name=self.name,
            tier=self.tier,
            company=self.company,
            contacts=tuple(
                ContactPointInput(
                    c.channel,
                    c.value,
                    c.label,
                    c.preferred,
                    c.consent,
                    c.kind,
                    c.extension,
                    c.unverified,
                )
                for c in self.contacts
            ),
            tags=self.tags,
            notes=self.notes,
            birthday=self.birthday,
            timezone=self.timezone,
            language=self.language,
            status=self.status,
            salutation=self.salutation,
        )


@dataclass(frozen=True, slots=True)
class TierView:
    code: str
    name: str
    interval_unit: str
    interval_count: int
    channels: tuple[str, ...]
    allow_preferred: bool
    retry_delay_days: int
    retry_limit: int
    priority: int
    slip_days: int
    discount_bp: int


@dataclass(frozen=True, slots=True)
class DayLoad:
    """Planned touches of one day and channel against its capacity."""

    day: date
    channel: str
    planned: int
    capacity: int | None
    overbooked: int
    working: bool


@dataclass(frozen=True, slots=True)
class ReplanResult:
    clients: int
    touches: int
    created: int
    updated: int
    cancelled: int
    overbooked: int
    changes: Changes = field(default_factory=lambda: Changes(touches=True))
