"""A group practice's PostgreSQL URL, spelt for each reader: SQLAlchemy (Open WebUI, the parts maps) or libpq (pg_dump)."""

from __future__ import annotations

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
