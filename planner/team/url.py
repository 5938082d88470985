"""Where a team book lives: a `postgresql://` URL whose password never leaves memory.

The password comes from the system keyring (service `contact-planner`, user
`USER@HOST:PORT/DATABASE`); a URL typed with a password works but is never shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from planner.errors import BookError

if TYPE_CHECKING:  # SQLAlchemy is imported when a team book is opened, not at start-up
    from sqlalchemy.engine import URL

SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")
KEYRING_SERVICE = "contact-planner"


def is_team_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(SCHEMES)


def book_location(text: str) -> Path | str:
    """What `--db` names: a team book URL stays a string, anything else is a file path."""
    return text if is_team_url(text) else Path(text)


def keyring_user(url: URL) -> str:
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def password_from_keyring(url: URL) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        value = keyring.get_password(KEYRING_SERVICE, keyring_user(url))
    except KeyringError:
        return None
    return str(value) if value is not None else None


def store_password(url: URL, password: str) -> None:
    """Keep the password in the system keyring (File → Connect to a team book…)."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, keyring_user(url), password)


def parse(location: str) -> URL:
    """The driver URL (psycopg 3), password filled in from the keyring when not typed."""
    if location.startswith("postgres://"):
        location = "postgresql://" + location.removeprefix("postgres://")
    from sqlalchemy.engine import make_url

    try:
        url = make_url(location)
    except Exception as exc:
        raise BookError("not-a-book", "the team book address is not a valid URL") from exc
    if not url.database:
        raise BookError("not-a-book", f"{shown(url)} names no database")
    url = url.set(drivername="postgresql+psycopg")
    if url.password is None:
        secret = password_from_keyring(url)
        if secret is not None:
            url = url.set(password=secret)
    return url


def shown(url: URL) -> str:
    """The URL as it may appear in a message: never with its password."""
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


def scrub(message: str, url: URL) -> str:
    """A driver's message with the password taken out, should it ever carry it."""
    secret = url.password
    if secret:
        message = message.replace(str(secret), "***")
    return message
