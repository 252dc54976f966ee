"""A group practice served by several Open WebUI instances: what each instance must share to act as one.

All of them keep their data in the same PostgreSQL database and sign sessions with the same secret key (the data
folder's), so a clinician signed in on one is signed in on every one. Through Redis they share websockets: a
confirmation dialog asked by the instance that runs a tool reaches the browser tab connected to another.
Settings, Valves and UserValves are database rows that every instance reads on each request.

provision.py (--instances, --redis-url), compose.group.yaml, the tests and scripts/bench_group.py start
instances with this environment. Standard library only: provisioning reads it before installing anything.
"""

from __future__ import annotations

from therapy_pack.database_url import psycopg_url

# One name for the practice's keys in Redis, the same on every instance (Open WebUI's default is "open-webui").
REDIS_KEY_PREFIX = "therapy-pack"


def instance_env(database_url: str, redis_url: str | None, first: bool = True) -> dict[str, str]:
    """Open WebUI's environment for one instance of a practice that keeps its data in ``database_url``.

    With ``redis_url`` the instances share websockets and state through Redis; without one, only one instance
    may run. Only the ``first`` instance migrates the database: the others start once it is ready, so two never
    change the schema at once."""
    env = {"DATABASE_URL": psycopg_url(database_url), "ENABLE_DB_MIGRATIONS": "true" if first else "false"}
    if redis_url:
        env.update(REDIS_URL=redis_url, REDIS_KEY_PREFIX=REDIS_KEY_PREFIX, ENABLE_WEBSOCKET_SUPPORT="true",
                   WEBSOCKET_MANAGER="redis", WEBSOCKET_REDIS_URL=redis_url)
    return env


def instance_ports(first_port: int, instances: int) -> list[int]:
    """Each instance's port: the first where asked, the others right after it."""
    return [first_port + n for n in range(instances)]
