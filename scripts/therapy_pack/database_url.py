"""A group practice's PostgreSQL URL, spelt for each reader: SQLAlchemy (Open WebUI, the parts maps) or libpq (pg_dump),
and taken, as its Redis URL is, from where no other account can read it. Standard library only: provision.py reads its options first."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

_SCHEMES = ("postgresql+psycopg://", "postgres://", "postgresql://")


def libpq_url(database_url: str) -> str:
    """postgresql://…, as pg_dump and pg_restore read it."""
    for scheme in _SCHEMES:
        if database_url.startswith(scheme):
            return "postgresql://" + database_url.removeprefix(scheme)
    return database_url


def psycopg_url(database_url: str) -> str:
    """postgresql+psycopg://…: the driver that ships with Open WebUI is psycopg 3; naming it makes SQLAlchemy use it."""
    url = libpq_url(database_url)
    return "postgresql+psycopg://" + url.removeprefix("postgresql://") if url.startswith("postgresql://") else url


# ------------------------------------------------------------ where a URL comes from
#
# A command line is visible to every account on the computer (ps); a process's environment and a private file are
# not. So a URL that carries a password is taken only from the environment or a file only its owner can read.

ENVIRONMENT = "THERAPY_PACK_DATABASE_URL"
REDIS_ENVIRONMENT = "THERAPY_PACK_REDIS_URL"


def has_password(url: str) -> bool:
    """Whether the URL carries a password (user:password@, or libpq's ?password=)."""
    from urllib.parse import parse_qs, urlsplit

    parts = urlsplit(libpq_url(url))
    return parts.password is not None or "password" in parse_qs(parts.query)


def from_file(path: Path) -> str:
    """The URL kept in ``path``, refused (ValueError, in plain words) if other accounts can read the file."""
    try:
        if path.stat().st_mode & 0o077:
            raise ValueError(f"{path} can be read by other accounts. Run: chmod 600 {path}")
        return path.read_text().strip()
    except OSError as error:
        raise ValueError(f"{path} could not be read ({(error.strerror or 'unknown error').lower()})") from None


def add_options(parser: argparse.ArgumentParser, flag: str, what: str, environment: str = ENVIRONMENT) -> None:
    """``flag`` (a URL without a password) and ``flag``-file (a private file holding the URL); the URL may also come
    from the variable ``environment``. Either lands in the same argument."""
    dest = flag.lstrip("-").replace("-", "_")
    parser.add_argument(flag, dest=dest, metavar="URL", action=_FromCommandLine, const=environment,
                        default=os.environ.get(environment) or None,
                        help=f"{what}. A URL with a password is taken only from {environment} or {flag}-file, never "
                             "from the command line, which every account on this computer can see")
    parser.add_argument(f"{flag}-file", dest=dest, metavar="FILE", action=_FromFile, default=argparse.SUPPRESS,
                        help=f"a file only you can read (chmod 600) that holds the URL for {flag}")


class _FromCommandLine(argparse.Action):
    """Takes the URL unless it holds a password; ``const`` is the environment variable to use instead."""

    def __call__(self, parser, namespace, value, option_string=None):
        if has_password(value):
            parser.error(f"the URL given to {option_string} has a password in it, and a command line can be seen by "
                         f"every account on this computer. Nothing was changed. Put the URL in the {self.const} "
                         f"environment variable, or in a file only you can read (chmod 600) given with "
                         f"{option_string}-file, and run this again without {option_string}.")
        setattr(namespace, self.dest, value)


class _FromFile(argparse.Action):
    def __call__(self, parser, namespace, value, option_string=None):
        try:
            setattr(namespace, self.dest, from_file(Path(value)))
        except ValueError as problem:
            parser.error(f"{problem}. Nothing was changed.")
