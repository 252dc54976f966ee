"""
title: IFS Parts Map
author: therapy-notes-pack
version: 0.1.0
license: MIT
required_open_webui_version: 0.12.0
description: A living, encrypted IFS parts map per client, kept from chat - parts, their roles and relationships, sessions, and the full history of every change. Each clinician sees only their own clients.
"""

# Uploaded to Open WebUI as a Tool: standard library, pydantic, and what Open
# WebUI ships (SQLAlchemy, cryptography). The storage and rendering logic is in
# plain classes and functions so tests can use it directly.
#
# Storage: two tables. parts_map_clients holds each client's current map as one
# encrypted JSON document with a version number; parts_map_events holds every
# change, also encrypted, so a map can be replayed as it was on any date. An
# update is one transaction that writes the new map only if the version is still
# the one it read (else it re-reads and tries again), so concurrent updates from
# several chats are all kept. Client codes are looked up by a keyed hash; every
# ciphertext is bound to its table, row and owner, so a row cannot be read as
# another clinician's.

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import random
import re
import secrets
import sys
import time
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Optional

from pydantic import BaseModel, Field

# The part types in the order the map's table groups them, each with the heading of its group.
TYPE_HEADINGS = {"manager": "Managers", "firefighter": "Firefighters", "protector": "Protectors (type not yet known)",
                 "exile": "Exiles", "self-like part": "Self-like parts", "unknown": "Type not yet known"}
PART_TYPES = tuple(TYPE_HEADINGS)
STATUSES = ("not yet contacted", "contacted", "befriended", "witnessed", "retrieved", "unburdened", "integrated")
SESSION_EVENTS = ("direct access", "in-sight", "unblending", "witnessing", "retrieval", "unburdening", "invitation", "protector permission")
MAX_TEXT = 4000
KEY_ENV = "THERAPY_PACK_PARTS_KEY"
KEYCHECK = "parts-map-key-check"
# A map is shown in Open WebUI's dialog, never in the chat, which stores what it shows in clear.
SHOWN_IN_WINDOW = ("{what}: shown to the clinician in a window. Parts maps are kept only in their encrypted store, "
                   "never in the chat; ask again to see it again.")
NEEDS_WINDOW = ("Not shown: {what} opens in a window of Open WebUI's chat page, which this connection cannot show "
                "(parts maps are never written into a chat).")


class PartsMapError(Exception):
    """A message for the clinician (and the model) saying what went wrong and what to do."""


# ------------------------------------------------------------------ crypto


class Cipher:
    """AES-256-GCM with the key kept outside the database (rotate it with scripts/rotate_parts_key.py)."""

    def __init__(self, key: str):
        self.key = self._decode(key, "encryption key")
        self.lookup_key = hashlib.sha256(b"parts-map-lookup:" + self.key).digest()

    @staticmethod
    def _decode(text: str, what: str) -> bytes:
        try:
            raw = base64.urlsafe_b64decode(text.strip() + "=" * (-len(text.strip()) % 4))
        except (ValueError, TypeError):
            raw = b""
        if len(raw) != 32:
            raise PartsMapError(
                f"The parts map's {what} is not valid (it must be 32 bytes, base64). "
                f"Ask your administrator to set it in the IFS Parts Map tool's settings or in {KEY_ENV}."
            )
        return raw

    @staticmethod
    def new_key() -> str:
        return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("=")

    def seal(self, value: Any, context: str) -> str:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = secrets.token_bytes(12)
        data = AESGCM(self.key).encrypt(nonce, json.dumps(value, ensure_ascii=False).encode(), context.encode())
        return base64.b64encode(nonce + data).decode()

    def open(self, token: str, context: str) -> Any:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        raw = base64.b64decode(token)
        try:
            return json.loads(AESGCM(self.key).decrypt(raw[:12], raw[12:], context.encode()))
        except InvalidTag:
            raise PartsMapError(
                "The parts map could not be decrypted with the configured key; nothing has been changed. If the key "
                "was replaced, re-encrypt the maps with scripts/rotate_parts_key.py (see the README)."
            ) from None

    def digest(self, owner: str, client_code: str) -> str:
        return hmac.new(self.lookup_key, f"{owner}\x00{client_code}".encode(), hashlib.sha256).hexdigest()


# ------------------------------------------------------------ validation


def clean_text(value: Any, what: str, required: bool = False, limit: int = MAX_TEXT) -> str:
    text = unicodedata.normalize("NFC", str(value or ""))
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C").strip()
    if required and not text:
        raise PartsMapError(f"Please give the {what}; it was empty.")
    if len(text) > limit:
        raise PartsMapError(f"The {what} is {len(text):,} characters; the limit is {limit:,}. Please shorten it; nothing was saved.")
    return text


def clean_code(client_code: Any) -> str:
    code = clean_text(client_code, "client code", required=True, limit=40)
    if not re.fullmatch(r"[\w .'-]{1,40}", code):
        raise PartsMapError("Use a short client code or initials (letters, digits, spaces, . ' -), never a full name or other details.")
    return code.upper()


def part_key(name: str) -> str:
    return unicodedata.normalize("NFKC", name).casefold().strip().strip("\"'“”‘’")


def choose(value: Any, allowed: tuple[str, ...], what: str) -> str:
    """One of ``allowed``, accepting plurals, spaces for hyphens and any case; empty stays empty."""
    text = clean_text(value, what).lower().replace("_", " ").replace("-", " ")
    if not text:
        return ""
    for option in allowed:
        if text in (option.replace("-", " "), option.replace("-", " ") + "s"):
            return option
    raise PartsMapError(f"'{value}' is not a {what}. Use one of: {', '.join(allowed)}.")


def parse_date(value: Any, what: str = "session date") -> str:
    text = clean_text(value, what, limit=20)
    if not text:
        return date.today().isoformat()
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise PartsMapError(f"The {what} '{text}' is not a date; use the form 2026-03-14.") from None


def split_list(value: Any, what: str) -> list[str]:
    items = value if isinstance(value, list) else re.split(r"[,;\n]", str(value or ""))
    return [clean_text(item, what, limit=120) for item in items if str(item).strip()]


@dataclass(frozen=True)
class PartField:
    """One thing the map records about a part. PART_FIELDS is the only list of them: checking, the table,
    corrections, merges and the export all read it, so a new field is a line there plus its parameter in
    record_part's signature and docstring (what Open WebUI shows the model), which a test keeps in step."""

    name: str  # its key in a stored part, and what correct_part's ``field`` names
    heading: str = ""  # its column in the map's table; empty: not a column
    choices: tuple[str, ...] = ()  # one of these; empty: free text of at most ``limit`` characters
    default: str = ""  # a new part's value, what clearing a choice leaves, and what a merge fills in
    param: str = ""  # record_part's parameter for it, where that is not ``name``
    limit: int = 600

    @property
    def parameter(self) -> str:
        return self.param or self.name

    @property
    def label(self) -> str:
        """How dialogs and answers name it."""
        return self.name.replace("_", " ")

    def clean(self, value: Any) -> str:
        """The value given, checked; empty stays empty. Errors name it as record_part's parameter does ("part type")."""
        what = self.parameter.replace("_", " ")
        return choose(value, self.choices, what) if self.choices else clean_text(value, what, limit=self.limit)


# In this order: the keys of a stored part, the table's columns, and the fields correct_part lists.
PART_FIELDS = (
    PartField("type", choices=PART_TYPES, default="unknown", param="part_type"),  # the table groups by it
    PartField("role", "Role"),
    PartField("origin", "Origin"),
    PartField("relationship_to_self", "Relationship to Self"),
    PartField("burdens", "Burdens"),
    PartField("protects", "Protects"),
    PartField("protected_by"),
    PartField("status", "Status", choices=STATUSES, default="contacted"),
)
# What a part holds before anything is known of it: a merge lets the other part's value fill these.
NOT_YET_KNOWN = {f.default for f in PART_FIELDS}


# ---------------------------------------------------------- the map itself


def empty_map(client_code: str) -> dict:
    return {"client": client_code, "parts": {}, "sessions": []}


def find_part(state: dict, name: str) -> Optional[dict]:
    key = part_key(name)
    return next((p for p in state["parts"].values() if part_key(p["name"]) == key or key in map(part_key, p.get("aliases", []))), None)


def require_part(state: dict, name: str) -> dict:
    part = find_part(state, name)
    if part is None:
        known = ", ".join(sorted(p["name"] for p in state["parts"].values())) or "none yet"
        raise PartsMapError(f"There is no part called '{name}' in {state['client']}'s map (parts: {known}).")
    return part


def apply_part_update(state: dict, name: str, fields: dict, when: str) -> tuple[dict, dict]:
    """Create or update one part; returns (part before, part after) for the history."""
    name = clean_text(name, "part name", required=True, limit=80)
    part = find_part(state, name)
    before = json.loads(json.dumps(part)) if part else {}
    if part is None:
        part = {"id": uuid.uuid4().hex[:12], "name": name, "aliases": [], "first_seen": when, **{f.name: f.default for f in PART_FIELDS}}
        state["parts"][part["id"]] = part
    for field, value in fields.items():
        if value:
            part[field] = value
    part["last_seen"] = max(part.get("last_seen", when), when)
    return before, json.loads(json.dumps(part))


def map_as_of(events: list[dict], client_code: str, day: Optional[str]) -> dict:
    """Replay the history up to and including ``day`` (everything if None)."""
    state = empty_map(client_code)
    for event in events:
        if day and event["date"] > day:
            continue
        if event["kind"] == "session":
            state["sessions"].append(event["session"])
        for part_id, after in (event.get("parts") or {}).items():
            if after is None:
                state["parts"].pop(part_id, None)
            else:
                state["parts"][part_id] = after
    return state


# -------------------------------------------------------------- rendering


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


_MARKDOWN_SIGNS = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def _md(text: str) -> str:
    """What a clinician (or the model) typed, shown as plain words: no HTML, no link or image, no formatting."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKDOWN_SIGNS.sub(r"\\\1", text)
    # A bare address would still become a link: "https\:" and "www\." read the same and link nowhere.
    return re.sub(r"(?i)\b(https?|ftp|mailto):", r"\1\\:", re.sub(r"(?i)\b(www)\.", r"\1\\.", text))


def _cell(text: str) -> str:
    return _md(text.replace("\n", " ")) if text else "-"


def _listed(value: str) -> list[str]:
    """The names in a stored list field, as they were saved: rendering never re-validates what is stored."""
    return [item.strip() for item in re.split(r"[,;\n]", value or "") if item.strip()]


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def render_table(state: dict) -> str:
    if not state["parts"]:
        return f"No parts recorded yet for {state['client']}."
    columns = [f for f in PART_FIELDS if f.heading]
    lines = []
    for kind in PART_TYPES:
        parts = sorted((p for p in state["parts"].values() if p["type"] == kind), key=lambda p: part_key(p["name"]))
        if not parts:
            continue
        lines += [f"**{TYPE_HEADINGS[kind]}**", "", _row(["Part"] + [f.heading for f in columns]), _row(["---"] * (len(columns) + 1))]
        # A field added since a part was stored shows as empty.
        lines += [_row([_cell(p["name"])] + [_cell(p.get(f.name, "")) for f in columns]) for p in parts]
        lines.append("")
    return "\n".join(lines).rstrip()


def _mermaid_label(text: str) -> str:
    return re.sub(r'["\[\]{}()<>|#;`]', "", text)[:60]


def render_mermaid(state: dict) -> str:
    """Self at the centre, protectors linked to the exiles they protect, status in each box."""
    shapes = {"manager": ("[", "]"), "firefighter": ("{{", "}}"), "exile": ("([", "])"), "self-like part": ("[/", "/]")}
    ids = {pid: f"P{i}" for i, pid in enumerate(sorted(state["parts"]), 1)}
    lines = ["```mermaid", "graph TD", "  SELF((Self))"]
    for pid, part in sorted(state["parts"].items()):
        left, right = shapes.get(part["type"], ("[", "]"))
        label = f"{_mermaid_label(part['name'])}<br/>{part['type']} - {part['status']}"
        lines.append(f'  {ids[pid]}{left}"{label}"{right}')
        lines.append(f"  SELF --- {ids[pid]}")
    for pid, part in sorted(state["parts"].items()):
        for target in _listed(part.get("protects", "")):
            other = find_part(state, target)
            if other:
                lines.append(f"  {ids[pid]} -->|protects| {ids[other['id']]}")
    lines.append("```")
    return "\n".join(lines)


def render_map(state: dict, day: Optional[str] = None) -> str:
    when = f" as of {day}" if day else ""
    sessions = len(state["sessions"])
    return (f"Parts map for {state['client']}{when} ({_count(len(state['parts']), 'part')}, {_count(sessions, 'session')} recorded)\n\n"
            f"{render_table(state)}\n\n{render_mermaid(state)}")


def render_part_history(state_events: list[dict], part: dict) -> str:
    lines = [f"History of {_md(part['name'])} ({part['type']}, now {part['status']})"]
    for event in state_events:
        after = (event.get("parts") or {}).get(part["id"], "absent")
        if after == "absent" and not (event["kind"] == "session" and part["id"] in event["session"].get("part_ids", [])):
            continue
        what = event.get("summary") or event["kind"]
        lines.append(f"- {event['date']}: {_md(what)}")
    return "\n".join(lines)


# --------------------------------------------------------------- storage


class Store:
    """The encrypted store. One instance per database URL; every call is one transaction."""

    def __init__(self, url: str, cipher: Cipher):
        from sqlalchemy import Column, Integer, MetaData, String, Table, Text, UniqueConstraint, create_engine

        self.cipher = cipher
        kwargs = {"connect_args": {"timeout": 30}} if url.startswith("sqlite") else {"pool_pre_ping": True}
        self.engine = create_engine(url, future=True, **kwargs)
        meta = MetaData()
        self.clients = Table(
            "parts_map_clients", meta,
            Column("id", String(32), primary_key=True),
            Column("owner_id", String(255), nullable=False, index=True),
            Column("code_digest", String(64), nullable=False),
            Column("data", Text, nullable=False),
            Column("version", Integer, nullable=False),
            Column("updated_at", String(32), nullable=False),
            UniqueConstraint("owner_id", "code_digest"),
        )
        self.events = Table(
            "parts_map_events", meta,
            Column("id", Integer, primary_key=True, autoincrement=True),
            Column("client_id", String(32), nullable=False, index=True),
            Column("seq", Integer, nullable=False),
            Column("data", Text, nullable=False),
            UniqueConstraint("client_id", "seq"),
        )
        # One value sealed with the key: a wrong key is then refused at once, before it could
        # start maps that the right key cannot find.
        self.keycheck = Table("parts_map_keycheck", meta, Column("id", Integer, primary_key=True), Column("data", Text, nullable=False))
        meta.create_all(self.engine)
        try:
            self._check_key()
        except PartsMapError:
            self.engine.dispose()  # a store the key cannot open keeps no connection
            raise

    def _check_key(self) -> None:
        from sqlalchemy import insert, select
        from sqlalchemy.exc import IntegrityError

        try:
            with self.engine.begin() as conn:
                row = conn.execute(select(self.keycheck)).first()
                if row is None:
                    conn.execute(insert(self.keycheck).values(id=1, data=self.cipher.seal(KEYCHECK, KEYCHECK)))
                    return
        except IntegrityError:  # another process sealed it first
            return self._check_key()
        self.cipher.open(row.data, KEYCHECK)

    def _ctx(self, table: str, row: str, owner: str) -> str:
        return f"{table}:{row}:{owner}"

    def _row(self, conn, owner: str, code: str, lock: bool = False):
        from sqlalchemy import select

        c = self.clients
        query = select(c).where(c.c.owner_id == owner, c.c.code_digest == self.cipher.digest(owner, code))
        # PostgreSQL: hold the row for this transaction, so concurrent chats take turns instead of retrying.
        return conn.execute(query.with_for_update() if lock else query).first()

    def read(self, owner: str, code: str) -> tuple[dict, list[dict]]:
        from sqlalchemy import select

        with self.engine.connect() as conn:
            row = self._row(conn, owner, code)
            if row is None:
                raise PartsMapError(f"There is no parts map for client {code} yet. Describe a session to start one.")
            state = self.cipher.open(row.data, self._ctx("clients", row.id, owner))
            e = self.events
            rows = conn.execute(select(e).where(e.c.client_id == row.id).order_by(e.c.seq)).all()
            events = [self.cipher.open(r.data, self._ctx("events", f"{row.id}:{r.seq}", owner)) for r in rows]
        return state, events

    def change(self, owner: str, code: str, mutate, create: bool = True, attempts: int = 20) -> Any:
        """Apply ``mutate(state) -> (event, result)`` atomically; retried if another chat changed the map first."""
        from sqlalchemy import func, insert, select, update
        from sqlalchemy.exc import IntegrityError

        for attempt in range(attempts):
            try:
                with self.engine.begin() as conn:
                    row = self._row(conn, owner, code, lock=True)
                    if row is None:
                        if not create:
                            raise PartsMapError(f"There is no parts map for client {code}.")
                        client_id, version, state = uuid.uuid4().hex, 0, empty_map(code)
                    else:
                        client_id, version = row.id, row.version
                        state = self.cipher.open(row.data, self._ctx("clients", row.id, owner))
                    event, result = mutate(state)
                    sealed = self.cipher.seal(state, self._ctx("clients", client_id, owner))
                    now = datetime.now(timezone.utc).isoformat()
                    if row is None:
                        conn.execute(insert(self.clients).values(id=client_id, owner_id=owner, code_digest=self.cipher.digest(owner, code),
                                                                 data=sealed, version=1, updated_at=now))
                    elif conn.execute(update(self.clients).where(self.clients.c.id == client_id, self.clients.c.version == version)
                                      .values(data=sealed, version=version + 1, updated_at=now)).rowcount != 1:
                        raise _Conflict()
                    if event is not None:
                        e = self.events
                        seq = (conn.execute(select(func.max(e.c.seq)).where(e.c.client_id == client_id)).scalar() or 0) + 1
                        event["recorded_at"] = now
                        conn.execute(insert(e).values(client_id=client_id, seq=seq,
                                                      data=self.cipher.seal(event, self._ctx("events", f"{client_id}:{seq}", owner))))
                return result
            except (_Conflict, IntegrityError):
                time.sleep(random.uniform(0, 0.01 * (attempt + 1)))  # let the other writer finish
                continue
        raise PartsMapError("The parts map is being changed by several chats at once; please try again in a moment. Nothing was lost.")

    def clients_of(self, owner: str) -> list[dict]:
        from sqlalchemy import select

        with self.engine.connect() as conn:
            rows = conn.execute(select(self.clients).where(self.clients.c.owner_id == owner)).all()
            return [self.cipher.open(r.data, self._ctx("clients", r.id, owner)) for r in rows]

    def delete(self, owner: str, code: str) -> bool:
        from sqlalchemy import delete

        with self.engine.begin() as conn:
            row = self._row(conn, owner, code)
            if row is None:
                return False
            conn.execute(delete(self.events).where(self.events.c.client_id == row.id))
            conn.execute(delete(self.clients).where(self.clients.c.id == row.id))
            return True

    def reencrypt(self, old: Cipher, new: Cipher) -> tuple[int, int]:
        """Re-encrypt every row from ``old`` to ``new`` in one transaction that locks out writers.

        Rows already under ``new`` (written by a rotation that ran before) are left as they are, so
        it can be run again. Returns (maps re-encrypted, maps already under the new key)."""
        from sqlalchemy import select, update

        def resealed(token: str, ctx: str):
            try:
                return new.seal(old.open(token, ctx), ctx)
            except PartsMapError:
                new.open(token, ctx)  # raises when neither key opens it
                return None

        done = already = 0
        with self.engine.begin() as conn:
            if self.engine.dialect.name == "postgresql":
                conn.exec_driver_sql("LOCK TABLE parts_map_clients, parts_map_events, parts_map_keycheck IN EXCLUSIVE MODE")
            # Written first, so SQLite takes its write lock before anything is read.
            conn.execute(update(self.keycheck).values(data=new.seal(KEYCHECK, KEYCHECK)))
            for row in conn.execute(select(self.clients)).all():
                ctx = self._ctx("clients", row.id, row.owner_id)
                data = resealed(row.data, ctx)
                if data is None:
                    already += 1
                    continue
                digest = new.digest(row.owner_id, new.open(data, ctx)["client"])
                conn.execute(update(self.clients).where(self.clients.c.id == row.id).values(data=data, code_digest=digest))
                for ev in conn.execute(select(self.events).where(self.events.c.client_id == row.id)).all():
                    ectx = self._ctx("events", f"{row.id}:{ev.seq}", row.owner_id)
                    sealed = resealed(ev.data, ectx)
                    if sealed is not None:
                        conn.execute(update(self.events).where(self.events.c.id == ev.id).values(data=sealed))
                done += 1
        return done, already


class _Conflict(Exception):
    pass


# ----------------------------------------------------------------- the tool


PARTS_MAP_FILE = "therapy_pack_parts_map.db"  # in Open WebUI's data folder, unless a database URL is set


def default_database_url() -> str:
    from open_webui.env import DATA_DIR  # the running Open WebUI's data directory

    return f"sqlite:///{os.path.join(str(DATA_DIR), PARTS_MAP_FILE)}"


def maps_exist(url: str, or_a_key_check: bool = False) -> bool:
    """Whether any client's parts map is stored at ``url`` (with ``or_a_key_check``, also an empty store that has
    sealed its key check); never creates anything."""
    from sqlalchemy import create_engine, inspect, text

    if url.startswith("sqlite:///") and not os.path.exists(url.removeprefix("sqlite:///")):
        return False
    engine = create_engine(url)
    try:
        table = "parts_map_keycheck" if or_a_key_check else "parts_map_clients"
        if not inspect(engine).has_table(table):
            return False
        with engine.connect() as conn:
            return conn.execute(text(f"SELECT 1 FROM {table} LIMIT 1")).first() is not None
    finally:
        engine.dispose()


_STORES: dict[tuple[str, str], Store] = {}


def open_store(url: str, key: str, built_in_url: Optional[str] = None) -> Store:
    """The store at ``url``. ``built_in_url`` is the file in Open WebUI's data folder, where maps are
    kept unless a database URL is set: maps there are never silently left behind for an empty database."""
    if not key:
        raise PartsMapError(
            f"The parts map has no encryption key in its settings, so nothing was read or changed. Maps made before open "
            f"only with their original key: ask your administrator to put the saved key back in the IFS Parts Map tool's "
            f"settings (Workspace - Tools - IFS Parts Map - Valves) or in the {KEY_ENV} environment variable."
        )
    cache_key = (url, hashlib.sha256(key.encode()).hexdigest())
    if cache_key not in _STORES:
        if built_in_url and url != built_in_url and not maps_exist(url) and maps_exist(built_in_url):
            raise PartsMapError(
                "The parts maps are kept in the built-in file in Open WebUI's data folder, but the tool's database_url now "
                "points to a database that holds none. So they are not left behind, nothing was done: your administrator "
                "can empty database_url again to keep using them."
            )
        _STORES[cache_key] = Store(url, Cipher(key))
    return _STORES[cache_key]


class Tools:
    class Valves(BaseModel):
        encryption_key: str = Field(
            default="", description="32-byte key (base64) that encrypts every map. Keep a copy somewhere safe: without it the maps cannot be read.",
            json_schema_extra={"x_generate": "secret"},
        )
        # Not secret: lets the installer tell a key someone cleared from a practice that never had one.
        key_fingerprint: str = Field(
            default="", description="Set by the installer with the key, so a cleared key is noticed instead of replaced. Do not edit.",
            json_schema_extra={"x_fingerprint_of": "encryption_key"},
        )
        database_url: str = Field(default="", description="Empty: a SQLite file in Open WebUI's data folder. For a group practice: a PostgreSQL URL.")

    def __init__(self):
        self.valves = self.Valves()

    def _store(self) -> Store:
        key = self.valves.encryption_key or os.environ.get(KEY_ENV, "")
        # Inside Open WebUI its settings are loaded already; elsewhere (tests, scripts) there is no built-in file.
        built_in = default_database_url() if "open_webui.env" in sys.modules or not self.valves.database_url else None
        return open_store(self.valves.database_url or built_in, key, built_in)

    @staticmethod
    def _owner(user: Optional[dict]) -> str:
        owner = (user or {}).get("id")
        if not owner:
            raise PartsMapError("The parts map needs a signed-in clinician.")
        return owner

    def _run(self, action, __user__: Optional[dict]) -> Any:
        """``action(store, owner)``'s answer, or a plain "Not done: ..." that says why and what to do."""
        from sqlalchemy.exc import SQLAlchemyError

        try:
            return action(self._store(), self._owner(__user__))
        except PartsMapError as exc:
            return f"Not done: {exc}"
        except SQLAlchemyError:
            # Never the driver's own text: it can hold sealed map data and connection details.
            return (f"Not done: the parts-map database could not be read or written (it may be full, locked "
                    "or stopped). Nothing was changed. Please try again in a moment, and tell your administrator if it keeps happening.")
        except (TypeError, ValueError, AttributeError, KeyError):
            # A value of the wrong kind from the model; each change is one transaction, so nothing was stored.
            return "Not done: one of the values given was not usable (each one should be plain text). Nothing was changed."

    async def _write(self, prepare, __user__: Optional[dict], __event_call__) -> str:
        """Check the values, show the clinician what will change, and change it only after their click.

        ``prepare(store, owner)`` returns (dialog title, what will change, write(store, owner) -> str),
        or raises for values that cannot be used, before anything is asked.
        """
        prepared = self._run(prepare, __user__)
        if isinstance(prepared, str):
            return prepared
        title, message, write = prepared
        # Only the clinician's own click counts: the model cannot answer this dialog, and without it nothing happens.
        answer = await __event_call__({"type": "confirmation", "data": {"title": title, "message": message}}) if __event_call__ else None
        if answer is not True:
            return ("Nothing was changed: a change to a parts map needs the clinician's click on \"Confirm\" in the dialog "
                    "Open WebUI shows in the chat" + (", which this connection cannot show." if not __event_call__ else "."))
        return self._run(write, __user__)

    async def record_part(
        self,
        client_code: str,
        part_name: str,
        part_type: str = "",
        role: str = "",
        origin: str = "",
        relationship_to_self: str = "",
        burdens: str = "",
        protects: str = "",
        protected_by: str = "",
        status: str = "",
        session_date: str = "",
        __user__: Optional[dict] = None,
        __event_call__=None,
    ) -> str:
        """
        Add a part to a client's IFS parts map, or update what is known about it. Use the name the client uses. The clinician confirms in a dialog first.
        :param client_code: The client's code or initials, never a full name.
        :param part_name: The part's name as the client uses it, e.g. "The Critic".
        :param part_type: manager, firefighter, protector (if not yet known which), exile, self-like part, or unknown.
        :param role: What the part does or tries to do, in the clinician's words.
        :param origin: Where it comes from (age, event), only as reported.
        :param relationship_to_self: e.g. blended, unblending, curious, trusting.
        :param burdens: Burdens it carries, as reported.
        :param protects: Names of the parts it protects, comma-separated.
        :param protected_by: Names of the parts that protect it, comma-separated.
        :param status: not yet contacted, contacted, befriended, witnessed, retrieved, unburdened, or integrated.
        :param session_date: Date of the session (YYYY-MM-DD); empty means today.
        """
        given = locals()  # the parameters by name, so each of PART_FIELDS finds its own

        def prepare(store: Store, owner: str):
            code, when = clean_code(client_code), parse_date(session_date)
            name = clean_text(part_name, "part name", required=True, limit=80)
            # Type and status first (checked, and shown in the dialog), then what the clinician wrote.
            cleaned = [(f, f.clean(given[f.parameter])) for f in sorted(PART_FIELDS, key=lambda f: not f.choices)]
            fields = {f.name: value for f, value in cleaned}

            def mutate(state: dict):
                before, after = apply_part_update(state, name, fields, when)
                summary = f"{'Updated' if before else 'Added'} {after['name']} ({after['type']}, {after['status']})"
                return {"kind": "part", "date": when, "summary": summary, "parts": {after["id"]: after}}, f"{summary} in {code}'s map."

            shown = "; ".join(f"{f.label}: {value}" for f, value in cleaned if value)
            return (f"Record {name} in {code}'s parts map?", f"{when}: {name}" + (f" ({shown})" if shown else "") + ".",
                    lambda store, owner: store.change(owner, code, mutate))

        return await self._write(prepare, __user__, __event_call__)

    async def record_session(self, client_code: str, session_date: str = "", parts_present: str = "", events: str = "", self_energy: str = "",
                             clinician_words: str = "", __user__: Optional[dict] = None, __event_call__=None) -> str:
        """
        Record what happened in an IFS session for a client's parts map. Parts not yet in the map are added. The clinician confirms in a dialog first.
        :param client_code: The client's code or initials, never a full name.
        :param session_date: Date of the session (YYYY-MM-DD); empty means today.
        :param parts_present: Names of the parts that showed up, comma-separated.
        :param events: What happened, comma-separated: direct access, in-sight, unblending, witnessing, retrieval, unburdening, invitation, protector permission.
        :param self_energy: Self-energy indicators the clinician noticed, e.g. calm, curious, compassionate.
        :param clinician_words: The clinician's own description of the session, word for word.
        """
        def prepare(store: Store, owner: str):
            code, when = clean_code(client_code), parse_date(session_date)
            names = split_list(parts_present, "part name")
            happened = [choose(e, SESSION_EVENTS, "session event") for e in split_list(events, "session event")]
            energy, words = clean_text(self_energy, "Self-energy indicators", limit=600), clean_text(clinician_words, "clinician's words")
            if not (names or happened or energy or words):
                raise PartsMapError("Nothing to record: give the parts that showed up, what happened, or your description.")

            def mutate(state: dict):
                changed = {}
                for name in names:
                    _, after = apply_part_update(state, name, {}, when)
                    changed[after["id"]] = after
                session = {"date": when, "parts": [state["parts"][pid]["name"] for pid in changed], "part_ids": list(changed),
                           "events": happened, "self_energy": energy, "clinician_words": words}
                state["sessions"].append(session)
                summary = "Session: " + ", ".join(filter(None, [", ".join(session["parts"]), ", ".join(happened)])) if names or happened else "Session noted"
                event = {"kind": "session", "date": when, "summary": summary, "session": session, "parts": changed}
                return event, f"Recorded the {when} session for {code}: {len(names)} part(s), {', '.join(happened) or 'no events listed'}."

            shown = "; ".join(f"{label}: {value}" for label, value in (
                ("parts", ", ".join(names)), ("what happened", ", ".join(happened)), ("Self-energy", energy), ("your words", words)) if value)
            return f"Record the {when} session in {code}'s parts map?", f"{shown}.", lambda store, owner: store.change(owner, code, mutate)

        return await self._write(prepare, __user__, __event_call__)

    async def _show(self, action, __user__: Optional[dict], __event_call__) -> str:
        """Show the clinician what ``action(store, owner)`` returns as (title, text), in a window.

        Whatever a chat shows is stored with the chat, in clear, in Open WebUI's database; a map is kept only in
        its encrypted store, so it is shown in Open WebUI's dialog, which nothing stores. The chat (and the model)
        gets only a line saying so."""
        result = self._run(action, __user__)
        if isinstance(result, str):  # "Not done: ..." or nothing to show
            return result
        title, text = result
        if not __event_call__:
            return NEEDS_WINDOW.format(what=title)
        await __event_call__({"type": "confirmation", "data": {"title": title, "message": text}})
        return SHOWN_IN_WINDOW.format(what=title)

    async def show_parts_map(self, client_code: str, as_of_date: str = "", __user__: Optional[dict] = None,
                             __event_call__=None) -> str:
        """
        Show a client's IFS parts map to the clinician in a window: a table grouped by part type and a diagram with Self at the centre.
        :param client_code: The client's code or initials.
        :param as_of_date: Optional date (YYYY-MM-DD) to show the map as it was then.
        """
        def action(store: Store, owner: str) -> tuple[str, str]:
            code = clean_code(client_code)
            day = parse_date(as_of_date, "date") if as_of_date else None
            state, events = store.read(owner, code)
            title = f"{code}'s parts map" + (f" as of {day}" if day else "")
            return title, render_map(map_as_of(events, code, day) if day else state, day)

        return await self._show(action, __user__, __event_call__)

    async def part_history(self, client_code: str, part_name: str, __user__: Optional[dict] = None, __event_call__=None) -> str:
        """
        Show the clinician one part's story across sessions, in a window: when it appeared and every change recorded.
        :param client_code: The client's code or initials.
        :param part_name: The part's name.
        """
        def action(store: Store, owner: str) -> tuple[str, str]:
            code = clean_code(client_code)
            state, events = store.read(owner, code)
            part = require_part(state, part_name)
            return f"A part's story in {code}'s parts map", render_part_history(events, part)

        return await self._show(action, __user__, __event_call__)

    async def list_clients(self, __user__: Optional[dict] = None, __event_call__=None) -> str:
        """
        Show the clinician, in a window, the clients that have a parts map, with how many parts and sessions each has.
        """
        def action(store: Store, owner: str):
            maps = sorted(store.clients_of(owner), key=lambda s: s["client"])
            if not maps:
                return "You have no parts maps yet."
            return "Your clients' parts maps", "\n".join(
                f"- {m['client']}: {_count(len(m['parts']), 'part')}, {_count(len(m['sessions']), 'session')}" for m in maps)

        return await self._show(action, __user__, __event_call__)

    async def rename_part(self, client_code: str, old_name: str, new_name: str, __user__: Optional[dict] = None, __event_call__=None) -> str:
        """
        Rename a part when the client starts calling it something else. Its history is kept. The clinician confirms in a dialog first.
        :param client_code: The client's code or initials.
        :param old_name: The name in the map now.
        :param new_name: The new name the client uses.
        """
        def prepare(store: Store, owner: str):
            code, new = clean_code(client_code), clean_text(new_name, "new name", required=True, limit=80)

            def mutate(state: dict):
                part = require_part(state, old_name)
                clash = find_part(state, new)
                if clash and clash["id"] != part["id"]:
                    raise PartsMapError(f"There is already a part called '{clash['name']}'. To combine them, merge the parts instead.")
                old = part["name"]
                part["aliases"] = sorted(set(part.get("aliases", [])) | {old})
                part["name"] = new
                today = date.today().isoformat()
                return {"kind": "rename", "date": today, "summary": f"Renamed from {old} to {new}", "parts": {part["id"]: dict(part)}}, f"Renamed {old} to {new} in {code}'s map."

            return (f"Rename a part in {code}'s parts map?", f"{old_name} will be called {new}; its history is kept.",
                    lambda store, owner: store.change(owner, code, mutate, create=False))

        return await self._write(prepare, __user__, __event_call__)

    async def merge_parts(self, client_code: str, keep_name: str, merge_name: str, __user__: Optional[dict] = None, __event_call__=None) -> str:
        """
        Merge two entries that turned out to be the same part. The second is folded into the first; both histories are kept. The clinician confirms in a dialog first.
        :param client_code: The client's code or initials.
        :param keep_name: The part to keep.
        :param merge_name: The part to fold into it.
        """
        def prepare(store: Store, owner: str):
            code = clean_code(client_code)

            def mutate(state: dict):
                keep, gone = require_part(state, keep_name), require_part(state, merge_name)
                if keep["id"] == gone["id"]:
                    raise PartsMapError("Those are the same part already.")
                for f in PART_FIELDS:
                    if not keep.get(f.name) or keep[f.name] in NOT_YET_KNOWN:
                        keep[f.name] = gone.get(f.name) or keep.get(f.name, "")
                keep["aliases"] = sorted(set(keep.get("aliases", [])) | set(gone.get("aliases", [])) | {gone["name"]})
                del state["parts"][gone["id"]]
                for session in state["sessions"]:
                    session["part_ids"] = [keep["id"] if p == gone["id"] else p for p in session.get("part_ids", [])]
                today = date.today().isoformat()
                event = {"kind": "merge", "date": today, "summary": f"Merged {gone['name']} into {keep['name']}",
                         "parts": {keep["id"]: dict(keep), gone["id"]: None}}
                return event, f"Merged {gone['name']} into {keep['name']} in {code}'s map."

            return (f"Merge two parts in {code}'s parts map?", f"{merge_name} will be folded into {keep_name}; both histories are kept.",
                    lambda store, owner: store.change(owner, code, mutate, create=False))

        return await self._write(prepare, __user__, __event_call__)

    async def correct_part(self, client_code: str, part_name: str, field: str, value: str, __user__: Optional[dict] = None,
                           __event_call__=None) -> str:
        """
        Correct a mistaken entry for a part. The correction is recorded in its history. The clinician confirms in a dialog first.
        :param client_code: The client's code or initials.
        :param part_name: The part's name.
        :param field: One of: type, role, origin, relationship_to_self, burdens, protects, protected_by, status.
        :param value: The corrected value (may be empty to clear it).
        """
        def prepare(store: Store, owner: str):
            code = clean_code(client_code)
            name = str(field or "").strip().lower().replace(" ", "_")
            spec = next((f for f in PART_FIELDS if f.name == name), None)
            if spec is None:
                raise PartsMapError(f"'{field}' is not something a part has. Use one of: {', '.join(f.name for f in PART_FIELDS)}.")
            cleaned = spec.clean(value) or spec.default

            def mutate(state: dict):
                part = require_part(state, part_name)
                old, part[name] = part.get(name, ""), cleaned
                today = date.today().isoformat()
                return ({"kind": "correction", "date": today, "summary": f"Corrected {name}: '{old}' to '{cleaned}'", "parts": {part["id"]: dict(part)}},
                        f"Corrected {part['name']}'s {spec.label} in {code}'s map.")

            return (f"Correct {part_name} in {code}'s parts map?", f"{spec.label} becomes: {cleaned or '(empty)'}.",
                    lambda store, owner: store.change(owner, code, mutate, create=False))

        return await self._write(prepare, __user__, __event_call__)

    async def export_parts_map(self, client_code: str, format: str = "markdown", __user__: Optional[dict] = None,
                               __event_call__=None) -> str:
        """
        Show the clinician a client's whole parts map, with sessions and history, as Markdown or JSON, in a window to copy from.
        :param client_code: The client's code or initials.
        :param format: markdown or json.
        """
        def action(store: Store, owner: str) -> tuple[str, str]:
            code = clean_code(client_code)
            state, events = store.read(owner, code)
            title = f"{code}'s parts map, exported"
            if str(format or "").strip().lower() == "json":
                return title, "```json\n" + json.dumps({"map": state, "history": events}, ensure_ascii=False, indent=2) + "\n```"
            sessions = "\n".join(f"- {s['date']}: {_md(', '.join(s['parts'])) or '-'}; {_md(', '.join(s['events'])) or '-'}"
                                 + (f"; Self-energy: {_md(s['self_energy'])}" if s["self_energy"] else "")
                                 + (f"\n  {_md(s['clinician_words'])}" if s["clinician_words"] else "") for s in state["sessions"])
            history = "\n".join(f"- {e['date']}: {_md(e['summary'])}" for e in events)
            return title, f"{render_map(state)}\n\n## Sessions\n\n{sessions or 'None yet.'}\n\n## History\n\n{history or 'None yet.'}"

        return await self._show(action, __user__, __event_call__)

    async def delete_client_map(self, client_code: str, __user__: Optional[dict] = None, __event_call__=None) -> str:
        """
        Permanently delete a client's whole parts map and its history. The clinician is asked in a dialog; nothing is deleted without their click.
        :param client_code: The client's code or initials.
        """
        def prepare(store: Store, owner: str):
            code = clean_code(client_code)
            state, _ = store.read(owner, code)
            found = f"{_count(len(state['parts']), 'part')}, {_count(len(state['sessions']), 'session')}"

            def delete(store: Store, owner: str) -> str:
                if not store.delete(owner, code):
                    raise PartsMapError(f"There is no parts map for client {code}.")
                return f"Deleted {code}'s parts map and its history."

            return (f"Delete {code}'s parts map?",
                    f"This permanently deletes {code}'s parts map ({found}) and its whole history. It cannot be undone.", delete)

        return await self._write(prepare, __user__, __event_call__)
