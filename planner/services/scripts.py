"""Call scripts: per tier × purpose × language, rendered in the sandbox with one client's data.

Which template speaks (first found): the user's for the client's tier and the purpose,
the user's for the purpose, the default for the purpose (resources/scripts/<lang>/), the
skeleton `default` (the user's, else ours). The language is the client's, else the UI's.
Default purpose scripts `{% extends "default" %}` and rewrite some of its blocks, so an
edited skeleton changes the shared parts of every purpose at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any

from jinja2 import BaseLoader, Environment, TemplateNotFound
from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.errors import NotFound, ValidationError
from planner.models import Client, Tier, Touch
from planner.problems import Problem
from planner.sales.models import ScriptTemplate
from planner.sales.money import format_money
from planner.sales.sandbox import (
    ScriptError,
    TemplateSandbox,
    compile_template,
    load_template,
    render_capped,
)
from planner.sales.texts import LANGUAGES, format_day
from planner.services.catalog import currency
from planner.services.context import Context
from planner.services.offers import client_language
from planner.services.result import Result
from planner.services.script_context import VARIABLES, Variable, script_context
from planner.services.views import Changes
from planner.vocabulary import Purpose

DEFAULT = "default"
SCRIPT_KIND = "script"
PURPOSES: tuple[str, ...] = tuple(p.value for p in Purpose)

__all__ = ["VARIABLES", "RenderedScript", "ScriptError", "ScriptService", "TemplateText"]


@dataclass(frozen=True, slots=True)
class RenderedScript:
    text: str
    client_id: int
    purpose: str
    language: str
    template: str  # which template spoke, e.g. "ru/A/check-in (yours)", "en/check-in"


@dataclass(frozen=True, slots=True)
class TemplateText:
    """A template as the editor shows it: the user's own, or the default to start from."""

    text: str
    language: str
    purpose: str | None
    tier: str | None
    is_default: bool


def default_script(language: str, name: str) -> str | None:
    path = resources.files("resources").joinpath("scripts", language, f"{name}.j2")
    return path.read_text(encoding="utf-8") if path.is_file() else None


class _ScriptLoader(BaseLoader):
    """Names: "default", a purpose, or "<tier>/<purpose>"; the user's first, then ours."""

    def __init__(self, language: str, overrides: dict[str, str]) -> None:
        self.language = language
        self.overrides = overrides

    def find(self, name: str) -> tuple[str, str] | None:
        """(source, label) of a template name, or None."""
        source = self.overrides.get(name)
        label = f"{self.language}/{name}"
        if source is not None:
            return source, f"{label} (yours)"
        if "/" not in name and name in (DEFAULT, *PURPOSES):
            source = default_script(self.language, name)
            if source is not None:
                return source, label
        return None

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        found = self.find(template)
        if found is None:
            raise TemplateNotFound(template)
        return found[0], f"<book:{found[1]}>", lambda: True


def _key(tier: str, purpose: str) -> str:
    name = purpose or DEFAULT
    return f"{tier}/{name}" if tier else name


class ScriptService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        # Compiled templates live in their environment: keep a few, keyed by what they
        # were built from, so that rendering the day's scripts compiles each only once.
        self._environments: dict[tuple[object, ...], TemplateSandbox] = {}

    @staticmethod
    def variables() -> tuple[Variable, ...]:
        return VARIABLES

    @staticmethod
    def purposes() -> tuple[str, ...]:
        return PURPOSES

    # --- rendering ----------------------------------------------------------------------
    def render(
        self, client_id: int, purpose: str | None = None, touch_id: int | None = None
    ) -> RenderedScript | ScriptError:
        """The script for a client and purpose (or for a planned touch, whose purpose wins)."""
        with self.ctx.book.reading() as session:
            touch = None
            if touch_id is not None:
                touch = session.get(Touch, touch_id)
                if touch is None or touch.client_id != client_id:
                    raise NotFound("touch", touch_id)
                purpose = touch.purpose
            purpose = self._purpose(purpose or Purpose.CHECK_IN.value)
            client, lang = self._client(session, client_id)
            names = (_key(client.tier.code, purpose), purpose, DEFAULT)
            for language in dict.fromkeys((lang, "en")):  # English if a language has none
                env = self._environment(session, language)
                loader = env.loader
                assert isinstance(loader, _ScriptLoader)
                found = [(n, loader.find(n)) for n in names]
                name, label = next(((n, f[1]) for n, f in found if f is not None), ("", ""))
                if name:
                    break
            if not name:
                return ScriptError(None, f"there is no script for {purpose!r}")
            compiled = load_template(env, name)
            if isinstance(compiled, ScriptError):
                return compiled
            data = script_context(self.ctx, session, client_id, purpose, touch)
            text = render_capped(compiled, data)
            if isinstance(text, ScriptError):
                return text
            return RenderedScript(text.strip() + "\n", client_id, purpose, language, label)

    def preview(
        self, template_text: str, client_id: int, purpose: str, language: str | None = None
    ) -> RenderedScript | ScriptError:
        """Render text from the editor on a chosen client (nothing is saved)."""
        purpose = self._purpose(purpose)
        with self.ctx.book.reading() as session:
            _, lang = self._client(session, client_id)
            lang = language or lang
            env = self._environment(session, lang)
            compiled = compile_template(env, template_text)
            if isinstance(compiled, ScriptError):
                return compiled
            data = script_context(self.ctx, session, client_id, purpose)
            data["language"] = lang
            text = render_capped(compiled, data)
            if isinstance(text, ScriptError):
                return text
            return RenderedScript(text.strip() + "\n", client_id, purpose, lang, "preview")

    # --- templates ------------------------------------------------------------------------
    def template(
        self, language: str, purpose: str | None = None, tier: str | None = None
    ) -> TemplateText:
        """What the editor opens: the user's template, else the default it falls back to."""
        lang, purpose_key, tier_key = self._where(language, purpose, tier)
        with self.ctx.book.reading() as session:
            row = self._row(session, lang, purpose_key, tier_key)
            if row is not None:
                return TemplateText(row.body, lang, purpose, tier, False)
        text = default_script(lang, purpose_key or DEFAULT) or default_script(lang, DEFAULT)
        return TemplateText(text or "", lang, purpose, tier, True)

    def templates(self) -> list[TemplateText]:
        """Every template the user has saved."""
        with self.ctx.book.reading() as session:
            rows = session.scalars(
                select(ScriptTemplate)
                .where(ScriptTemplate.kind == SCRIPT_KIND)
                .order_by(ScriptTemplate.language, ScriptTemplate.tier, ScriptTemplate.purpose)
            )
            return [
                TemplateText(r.body, r.language, r.purpose or None, r.tier or None, False)
                for r in rows
            ]

    def save_template(
        self, text: str, language: str, purpose: str | None = None, tier: str | None = None
    ) -> Result[ScriptError | None]:
        """Store the user's template; one that does not compile is refused (ScriptError)."""
        lang, purpose_key, tier_key = self._where(language, purpose, tier)
        compiled = compile_template(TemplateSandbox(filters=_SAMPLE_FILTERS), text)
        if isinstance(compiled, ScriptError):
            return Result(compiled, Changes())
        with self.ctx.book.transaction() as session:
            if tier_key and session.scalar(select(Tier.id).where(Tier.code == tier_key)) is None:
                raise ValidationError([Problem.of("script.unknown-tier", "tier", tier=tier)])
            row = self._row(session, lang, purpose_key, tier_key)
            now = self.ctx.utc_now()
            if row is None:
                session.add(
                    ScriptTemplate(
                        kind=SCRIPT_KIND,
                        tier=tier_key,
                        purpose=purpose_key,
                        language=lang,
                        body=text,
                        updated_at=now,
                    )
                )
            else:
                row.body, row.updated_at = text, now
            return Result(None, Changes(settings=True))

    def reset_template(
        self, language: str, purpose: str | None = None, tier: str | None = None
    ) -> Result[None]:
        """Forget the user's template: the default speaks again."""
        lang, purpose_key, tier_key = self._where(language, purpose, tier)
        with self.ctx.book.transaction() as session:
            row = self._row(session, lang, purpose_key, tier_key)
            if row is not None:
                session.delete(row)
            return Result(None, Changes(settings=True))

    # --- helpers --------------------------------------------------------------------------
    @staticmethod
    def _purpose(purpose: str) -> str:
        if purpose not in PURPOSES:
            known = ", ".join(PURPOSES)
            raise ValidationError(
                [Problem.of("script.bad-purpose", "purpose", purpose=purpose, purposes=known)]
            )
        return purpose

    def _where(self, language: str, purpose: str | None, tier: str | None) -> tuple[str, str, str]:
        problems: list[Problem] = []
        if language not in LANGUAGES:
            problems.append(
                Problem.of(
                    "script.bad-language", "language", language=language, languages="en, ru or pl"
                )
            )
        if purpose is not None and purpose not in PURPOSES:
            problems.append(
                Problem.of(
                    "script.bad-purpose", "purpose", purpose=purpose, purposes=", ".join(PURPOSES)
                )
            )
        if tier and purpose is None:
            problems.append(Problem.of("script.tier-needs-purpose", "purpose"))
        if problems:
            raise ValidationError(problems)
        return language, purpose or "", (tier or "").strip().upper()

    @staticmethod
    def _row(session: Session, lang: str, purpose: str, tier: str) -> ScriptTemplate | None:
        return session.scalar(
            select(ScriptTemplate).where(
                ScriptTemplate.kind == SCRIPT_KIND,
                ScriptTemplate.language == lang,
                ScriptTemplate.purpose == purpose,
                ScriptTemplate.tier == tier,
            )
        )

    def _client(self, session: Session, client_id: int) -> tuple[Client, str]:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound("client", client_id)
        return client, client_language(self.ctx, session, client)

    def _environment(self, session: Session, lang: str) -> TemplateSandbox:
        overrides = {
            _key(r.tier, r.purpose): r.body
            for r in session.scalars(
                select(ScriptTemplate).where(
                    ScriptTemplate.kind == SCRIPT_KIND, ScriptTemplate.language == lang
                )
            )
        }
        cur = currency(self.ctx, session)
        key = (lang, cur, tuple(sorted(overrides.items())))
        env = self._environments.get(key)
        if env is None:
            filters: dict[str, Callable[..., Any]] = {
                "day": lambda d: format_day(d, lang) if isinstance(d, date) else "",
                "money": lambda minor: format_money(int(minor), cur, lang),
            }
            env = TemplateSandbox(loader=_ScriptLoader(lang, overrides), filters=filters)
            if len(self._environments) >= 8:
                self._environments.pop(next(iter(self._environments)))
            self._environments[key] = env
        return env


_SAMPLE_FILTERS: dict[str, Callable[..., Any]] = {"day": str, "money": str}
