"""Making the price list: the document, the Offer row, the done touch and the follow-up.

Modelling (DESIGN.md §3 "After a sale"): giving a client the price list *is* a touch.
If the client has a planned "price-list" touch (the after-sale sequence plans one),
that touch is the one done; otherwise a done manual "price-list" touch is added. It
has no outcome (nobody talked yet) and a note naming the file; it advances the gap
(`last_done_on`) but not the cadence anchor, which waits for a real conversation.
A "news-offer" sequence touch is planned 3 working days before the offer expires
(code "offer-follow-up"; a newer offer replaces an open one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from planner.atomic import commit_file, fail_write, part_path
from planner.errors import BookError, NotFound
from planner.models import Client, ContactPoint, Touch
from planner.sales.documents import (
    check_price_list_template,
    default_price_list_template,
    render_price_list_html,
    write_xlsx,
)
from planner.sales.email_draft import DRAFT_SUFFIX, build_draft, write_draft
from planner.sales.models import Offer as OfferRow
from planner.sales.models import OfferLine as OfferLineRow
from planner.sales.models import ScriptTemplate
from planner.sales.offers import Offer
from planner.sales.sandbox import ScriptError
from planner.scheduling import WorkingCalendar, choose_channel
from planner.scheduling import reasons as R
from planner.scheduling.sequences import shift_working_days
from planner.services.bookstate import load_states
from planner.services.context import Context
from planner.services.offers import DEFAULT_LIMIT, build_offer
from planner.services.planning import PlanningService
from planner.services.result import Result
from planner.services.touchviews import encode_reasons
from planner.services.views import Changes
from planner.vocabulary import Channel, Purpose, TouchKind, TouchStatus

PdfRenderer = Callable[[str, Path], None]  # (html, out path): ui.documents.pdf.write_pdf
FORMATS = ("pdf", "xlsx")
FOLLOW_UP = "offer-follow-up"
FOLLOW_UP_DAYS_BEFORE = 3
PRICE_LIST_KIND = "price-list"


@dataclass(frozen=True, slots=True)
class PriceListResult:
    offer_id: int
    path: Path
    format: str
    touch_id: int
    follow_up_touch_id: int | None
    offer: Offer
    draft_path: Path | None = None  # the e-mail draft (.eml) when sent by e-mail
    recipient: str | None = None
    follow_up_due: date | None = None  # the follow-up's day, as the re-plan left it


@dataclass(frozen=True, slots=True)
class OfferRecord:
    """An offer given earlier, for the client card's history."""

    id: int
    client_id: int
    created_on: date
    valid_until: date
    discount_bp: int
    currency: str
    total_minor: int
    discounted_total_minor: int
    file_path: str
    format: str
    touch_id: int | None


class OfferService:
    def __init__(self, ctx: Context, planning: PlanningService) -> None:
        self.ctx = ctx
        self.planning = planning

    # --- reading ------------------------------------------------------------------------
    def offer(self, client_id: int, limit: int = DEFAULT_LIMIT) -> Offer:
        """The offer the client would get now (a preview: nothing is written)."""
        with self.ctx.book.reading() as session:
            return build_offer(self.ctx, session, client_id, limit)

    def render_html(
        self, client_id: int, template_text: str | None = None, limit: int = DEFAULT_LIMIT
    ) -> str | ScriptError:
        """The price list HTML for a client (the template editor's live preview)."""
        with self.ctx.book.reading() as session:
            offer = build_offer(self.ctx, session, client_id, limit)
            return render_price_list_html(offer, template_text or self._template(session))

    def offers(self, client_id: int) -> list[OfferRecord]:
        with self.ctx.book.reading() as session:
            rows = session.scalars(
                select(OfferRow)
                .where(OfferRow.client_id == client_id)
                .order_by(OfferRow.created_on.desc(), OfferRow.id.desc())
            )
            return [
                OfferRecord(
                    r.id,
                    r.client_id,
                    r.created_on,
                    r.valid_until,
                    r.discount_bp,
                    r.currency,
                    r.total_minor,
                    r.discounted_total_minor,
                    r.file_path,
                    r.format,
                    r.touch_id,
                )
                for r in rows
            ]

    def default_path(self, client_id: int, fmt: str) -> Path:
        """`<book>.offers/client-<id>/price-list-<date>.<fmt>`, never overwriting one."""
        with self.ctx.book.reading() as session:
            today = self.ctx.today(session)
        book = self.ctx.book.path
        folder = book.with_name(f"{book.stem}.offers") / f"client-{client_id}"
        path = folder / f"price-list-{today.isoformat()}.{fmt}"
        n = 1
        while path.exists():
            n += 1
            path = folder / f"price-list-{today.isoformat()}-{n}.{fmt}"
        return path

    # --- the template -------------------------------------------------------------------
    def template(self) -> str:
        with self.ctx.book.reading() as session:
            return self._template(session)

    def _template(self, session: Session) -> str:
        row = self._template_row(session)
        return row.body if row is not None else default_price_list_template()

    @staticmethod
    def _template_row(session: Session) -> ScriptTemplate | None:
        return session.scalar(
            select(ScriptTemplate).where(
                ScriptTemplate.kind == PRICE_LIST_KIND, ScriptTemplate.tier == ""
            )
        )

    def save_template(self, text: str | None) -> Result[ScriptError | None]:
        """Store the user's price list template (None: back to the default). A template
        that does not compile is refused and its ScriptError returned."""
        if text is not None:
            problem = check_price_list_template(text)
            if problem is not None:
                return Result(problem, Changes())
        with self.ctx.book.transaction() as session:
            row = self._template_row(session)
            if text is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(
                    ScriptTemplate(
                        kind=PRICE_LIST_KIND,
                        tier="",
                        purpose="",
                        language="",
                        body=text,
                        updated_at=self.ctx.utc_now(),
                    )
                )
            else:
                row.body, row.updated_at = text, self.ctx.utc_now()
            return Result(None, Changes(settings=True))

    # --- writing ------------------------------------------------------------------------
    def make_price_list(
        self,
        client_id: int,
        out_path: Path | None = None,
        fmt: str | None = None,
        renderer: PdfRenderer | None = None,
        limit: int = DEFAULT_LIMIT,
        *,
        email: bool = False,
    ) -> Result[PriceListResult]:
        """Write the client's price list (XLSX here, PDF through `renderer`), record the
        Offer, log the done price-list touch and plan the follow-up; all or nothing.

        With `email`, the PDF also goes into an e-mail draft (`<file>.eml` beside it) to
        the client's e-mail contact point, and the touch is logged on the e-mail channel.
        """
        fmt = (fmt or (out_path.suffix.lstrip(".") if out_path else "pdf")).lower()
        if email and fmt != "pdf":
            raise BookError("bad-format", "a price list sent by e-mail is a PDF")
        if fmt not in FORMATS:
            raise BookError("bad-format", f"a price list is a .pdf or an .xlsx file, not {fmt!r}")
        if fmt == "pdf" and renderer is None:
            raise BookError("no-pdf-writer", "writing a PDF needs the renderer from ui.documents")
        path = Path(out_path) if out_path is not None else self.default_path(client_id, fmt)
        tmp = part_path(path)
        draft = path.with_suffix(DRAFT_SUFFIX) if email else None
        draft_tmp = part_path(draft) if draft else None
        with self.ctx.book.transaction() as session:
            offer = build_offer(self.ctx, session, client_id, limit)
            client = session.get(Client, client_id)
            if client is None:
                raise NotFound("client", client_id)
            if not offer.lines:
                raise BookError(
                    "nothing-to-offer",
                    f"there is nothing to recommend to {client.name} yet: add related items "
                    "to the catalog or record sales in their tier",
                )
            recipient = self._email_address(session, client_id) if email else None
            if email and recipient is None:
                raise BookError(
                    "no-email",
                    f"{client.name} has no e-mail address they agreed to be written to",
                )
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                if fmt == "pdf":
                    html = render_price_list_html(offer, self._template(session))
                    if isinstance(html, ScriptError):
                        raise BookError("template-error", f"the price list template: {html}")
                    assert renderer is not None
                    renderer(html, tmp)
                else:
                    write_xlsx(offer, tmp)
                if draft_tmp is not None and recipient is not None:
                    message = build_draft(offer, recipient, tmp.read_bytes(), path.name)
                    write_draft(message, draft_tmp)
                channel = Channel.EMAIL if email else None
                touch_id = self._log_touch(session, client, offer, path, channel)
                follow_up = self._plan_follow_up(session, client, offer)
                row = OfferRow(
                    client_id=client_id,
                    created_on=offer.created_on,
                    valid_until=offer.valid_until,
                    discount_bp=offer.discount_bp,
                    currency=offer.currency,
                    language=offer.language,
                    total_minor=offer.total_minor,
                    discounted_total_minor=offer.discounted_total_minor,
                    file_path=str(path.resolve()),
                    format=fmt,
                    touch_id=touch_id,
                )
                row.lines = [
                    OfferLineRow(
                        position=i,
                        item_id=ln.item_id,
                        reason=ln.reason,
                        price_minor=ln.price_minor,
                        discounted_minor=ln.discounted_minor,
                    )
                    for i, ln in enumerate(offer.lines)
                ]
                session.add(row)
                session.flush()
                self.planning.replan_in(session, [client_id])
                commit_file(tmp, path)
                if draft is not None and draft_tmp is not None:
                    commit_file(draft_tmp, draft)
            except BaseException as exc:
                fail_write(tmp, path, exc)
            finally:
                tmp.unlink(missing_ok=True)
                if draft_tmp is not None:
                    draft_tmp.unlink(missing_ok=True)
            changes = Changes(clients=frozenset({client_id}), touches=True, sales=True)
            # read from the book, not the session's copy: the re-plan writes in bulk
            due = (
                None
                if follow_up is None
                else session.scalar(select(Touch.due).where(Touch.id == follow_up))
            )
            made = PriceListResult(
                row.id,
                path,
                fmt,
                touch_id,
                follow_up,
                offer,
                draft,
                recipient,
                follow_up_due=due,
            )
            return Result(made, changes)

    def _log_touch(
        self,
        session: Session,
        client: Client,
        offer: Offer,
        path: Path,
        channel: Channel | None = None,
    ) -> int:
        today = offer.created_on
        note = (
            f"Price list {path.name} (discount {offer.discount_bp / 100:g} %, "
            f"valid until {offer.valid_until.isoformat()})"
        )
        touch = session.scalar(
            select(Touch)
            .where(
                Touch.client_id == client.id,
                Touch.status == TouchStatus.PLANNED.value,
                Touch.purpose == Purpose.PRICE_LIST.value,
            )
            .order_by(Touch.due, Touch.id)
            .limit(1)
        )
        if touch is None:
            touch = Touch(
                client_id=client.id,
                kind=TouchKind.MANUAL.value,
                channel=self._document_channel(session, client.id).value,
                purpose=Purpose.PRICE_LIST.value,
                base_due=today,
                due=today,
                overbooked=False,
                pinned=True,
                attempt=0,
                reason=encode_reasons([R.MANUAL_REASON]),
            )
            session.add(touch)
        if channel is not None:  # it went by this way, whatever the plan said
            touch.channel = channel.value
        touch.status = TouchStatus.DONE.value
        touch.outcome = None
        touch.note = note
        touch.done_on = today
        touch.done_at = self.ctx.utc_now()
        client.last_done_on = max(client.last_done_on or today, today)
        session.flush()
        return touch.id

    @staticmethod
    def _email_address(session: Session, client_id: int) -> str | None:
        """The client's e-mail point they agreed to, the preferred one first."""
        return session.scalar(
            select(ContactPoint.value)
            .where(
                ContactPoint.client_id == client_id,
                ContactPoint.channel == Channel.EMAIL.value,
                ContactPoint.consent.is_(True),
            )
            .order_by(ContactPoint.preferred.desc(), ContactPoint.id)
            .limit(1)
        )

    @staticmethod
    def _document_channel(session: Session, client_id: int) -> Channel:
        """E-mail when the client agreed to it, else their preferred way, else a letter."""
        points = session.execute(
            select(ContactPoint.channel, ContactPoint.preferred)
            .where(
                ContactPoint.client_id == client_id,
                ContactPoint.consent.is_(True),
                ContactPoint.kind == "voice",
            )
            .order_by(ContactPoint.preferred.desc(), ContactPoint.id)
        ).all()
        known = {c.value for c in Channel}
        channels = [c for c, _ in points if c in known]
        if Channel.EMAIL.value in channels:
            return Channel.EMAIL
        return Channel(channels[0]) if channels else Channel.LETTER

    def _plan_follow_up(self, session: Session, client: Client, offer: Offer) -> int | None:
        session.execute(
            update(Touch)
            .where(
                Touch.client_id == client.id,
                Touch.sequence_code == FOLLOW_UP,
                Touch.status == TouchStatus.PLANNED.value,
            )
            .values(status=TouchStatus.CANCELLED.value)
            .execution_options(synchronize_session=False)
        )
        states, _ = load_states(session, [client.id])
        if not states:  # not active: nothing to plan
            return None
        tier = self.ctx.tier_rules(session)[states[0].tier]
        call_ok = any(c.channel is Channel.CALL and c.consent for c in states[0].contacts)
        chosen = (Channel.CALL, ()) if call_ok else choose_channel(tier, states[0], 0)
        if chosen is None:
            return None
        calendar = WorkingCalendar(self.ctx.calendar_rules(session))
        earliest = calendar.add_working_days(offer.created_on, 1)
        base = max(
            shift_working_days(calendar, offer.valid_until, -FOLLOW_UP_DAYS_BEFORE), earliest
        )
        touch = Touch(
            client_id=client.id,
            kind=TouchKind.SEQUENCE.value,
            channel=chosen[0].value,
            purpose=Purpose.NEWS_OFFER.value,
            status=TouchStatus.PLANNED.value,
            base_due=base,
            due=base,
            overbooked=False,
            pinned=False,
            attempt=0,
            sequence_code=FOLLOW_UP,
            step=0,
            reason=encode_reasons([R.sequence(FOLLOW_UP, 0, base, offer.valid_until)]),
        )
        session.add(touch)
        session.flush()
        return touch.id
