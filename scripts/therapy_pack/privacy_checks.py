"""The doctor's checks of a practice machine's privacy, each a Finding in plain words (scripts/doctor.py prints them)."""

from __future__ import annotations

import os
import platform
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import httpx
import yaml

from therapy_pack.admin_sign_in import NoAdminAccount, admin_api
from therapy_pack.connections import COMPOSE, LOCAL, connection_urls, is_loopback, off_this_computer, where
from therapy_pack.hardening import drift, labelled
from therapy_pack.hardware import command_output
from therapy_pack.model_routes import CLOSED_MESSAGE
from therapy_pack.paths import ROOT
from therapy_pack.private_files import readable_by_others
from therapy_pack.openwebui_api import OpenWebUIError
from therapy_pack.plain_words import cause, note_details

LEVELS = {"ok": 0, "unknown": 1, "warning": 1, "problem": 2}


@dataclass
class Finding:
    level: str  # ok, warning, unknown, problem
    check: str
    what: str  # what it means, in plain words
    fix: str = ""


# ------------------------------------------------------------------ disk


def disk_encryption(path: Path) -> Finding:
    check = "Full-disk encryption"
    system = platform.system()
    if system == "Darwin":
        out = command_output(["fdesetup", "status"])
        on = out is not None and "FileVault is On" in out
        off = out is not None and "FileVault is Off" in out
    elif system == "Windows":
        out = command_output(["manage-bde", "-status", os.environ.get("SystemDrive", "C:")])
        on = out is not None and "Protection On" in out
        off = out is not None and "Protection Off" in out
    else:
        source = (command_output(["findmnt", "-n", "-o", "SOURCE", "--target", str(path)]) or "").strip()
        chain = command_output(["lsblk", "-s", "-n", "-o", "TYPE", source]) if source.startswith("/dev/") else None
        on = chain is not None and "crypt" in chain.split()
        off = chain is not None and not on
    if on:
        return Finding("ok", check, "The disk holding the data is encrypted, so a stolen computer does not expose client notes.")
    if off:
        return Finding("warning", check, "The disk holding the data is not encrypted: anyone with the computer could read the notes.",
                       "Turn on FileVault (Mac), BitLocker (Windows) or LUKS (Linux) for this disk.")
    return Finding("unknown", check, "Could not tell whether the disk is encrypted.",
                   "Check your system's disk encryption settings (FileVault, BitLocker or LUKS).")


# ---------------------------------------------------------- private data


def private_data(folder: Path) -> Finding:
    """Other accounts on this computer must not read the database, parts maps, uploads or logs."""
    check = "Data folder private to the service account"
    if not folder.exists():
        return Finding("unknown", check, f"There is no data folder at {folder}.", "Pass --data-dir with the folder provision.py uses.")
    try:
        readable = readable_by_others(folder)
    except OSError as exc:
        return Finding("unknown", check, f"Could not read the data folder's permissions: {exc.strerror}.", "Run the doctor as the account that runs Open WebUI.")
    if readable:
        shown = ", ".join(str(p) for p in readable[:3]) + (f" and {len(readable) - 3} more" if len(readable) > 3 else "")
        return Finding("problem", check, f"Other accounts on this computer can read client data: {shown}.",
                       f"Run python3 scripts/provision.py again (it makes the folder private), or: chmod -R go-rwx {folder}")
    return Finding("ok", check, "Only the account that runs Open WebUI can read the data folder.")


# ------------------------------------------------------------ cloud sync

SYNC_FOLDERS = ("Library/Mobile Documents", "Library/CloudStorage", "Dropbox", "OneDrive", "Google Drive", "iCloudDrive", "pCloudDrive", "Box")


def cloud_sync(paths: list[Path], home: Path = Path.home()) -> Finding:
    check = "Cloud-sync folders"
    synced = []
    for path in paths:
        resolved = path.expanduser().resolve()
        for folder in SYNC_FOLDERS:
            root = (home / folder).resolve()
            if resolved == root or root in resolved.parents or any(p.name.startswith(("OneDrive", "Dropbox")) for p in resolved.parents):
                synced.append(str(path))
                break
    if synced:
        return Finding("problem", check, f"Client data is inside a cloud-synced folder and may be uploaded: {', '.join(synced)}.",
                       "Move the data folder out of iCloud, Dropbox, OneDrive or Google Drive (provision.py --data-dir).")
    return Finding("ok", check, "None of the data folders is inside iCloud, Dropbox, OneDrive or Google Drive.")


# --------------------------------------------------------- live settings


def live_settings(config: dict, auth_on: bool, admin_export: bool = False, model_titles: bool = False) -> list[Finding]:
    findings = [Finding("ok", "Sign-in required", "Open WebUI asks everyone to sign in.") if auth_on else
                Finding("problem", "Sign-in required", "Open WebUI lets anyone in without signing in.", "Remove WEBUI_AUTH=False and restart.")]
    wrong = [labelled(drift(config, model_titles))] + (["the export of every chat from the admin panel (ENABLE_ADMIN_EXPORT)"] if admin_export else [])
    wrong = [what for what in wrong if what]
    findings.append(Finding("ok", "Privacy settings", "Signup, sharing, chat links, memories, admin export of chats, model-written titles, tags and follow-ups, web search, image generation and code execution are off, sessions end after a working day, clinicians cannot add tools or models, and speech-to-text is local.")
                    if not wrong else Finding("problem", "Privacy settings", f"Some settings would let data out or strangers in: {'; '.join(wrong)}.",
                                              "Run python3 scripts/provision.py again; it puts them back."))
    return findings + [connections(config)]


def connections(config: dict) -> Finding:
    check = "Model and embedding connections"
    placed = [(what, url, where(url)) for what, url in connection_urls(config)]
    away = off_this_computer(config)
    if away:
        return Finding("problem", check, f"Client text could be sent off this computer, to another machine: {'; '.join(away)}.",
                       "Remove those connections in Admin Settings - Connections, or point them at 127.0.0.1 "
                       "(then run python3 scripts/provision.py again).")
    named = sorted({urlparse(url).hostname for _, url, place in placed if place == COMPOSE})
    if named:
        return Finding("ok", check, f"Models and embeddings run on this computer only: Open WebUI reaches them by the compose name "
                                    f"{', '.join(named)}, which is the pack's own container when Open WebUI runs from compose.yaml "
                                    "(this computer knows no machine by that name).")
    return Finding("ok", check, "Models and embeddings run on this computer only.")


# ------------------------------------------------------ what clinicians see

GUARDRAILS_FILTER = "clinical_guardrails"


def clinician_models(models: list[dict], functions: list[dict]) -> list[Finding]:
    """Clinicians reach the model only through the presets: the guardrails run on every model, raw models are hidden."""
    check = "Clinicians use the presets only"
    guard = next((f for f in functions if f.get("id") == GUARDRAILS_FILTER), None)
    if not guard or not guard.get("is_active") or not guard.get("is_global"):
        return [Finding("problem", check, "The Clinical Guardrails filter does not run on every model, so a clinician who picks a raw model gets drafts with no checks.",
                        "Run python3 scripts/provision.py again; it turns the filter on for every model.")]
    shown = sorted(m.get("name") or m["id"] for m in models
                   if not m.get("base_model_id") and m.get("access_grants") and not (m.get("meta") or {}).get("hidden"))
    if shown:
        return [Finding("warning", check, f"Clinicians see raw models in their model list: {', '.join(shown)}. They get the pack's reply there, not a draft.",
                        "Run python3 scripts/provision.py again, or hide them in Admin Settings - Models.")]
    return [Finding("ok", check, "Clinicians see only the pack's presets, and the guardrails run on every model.")]


# ------------------------------------------------------------ the model


def engine_in_use(ollama_config: dict, openai_config: dict) -> tuple[str, str] | None:
    """(kind, address) of the engine Open WebUI sends the presets to."""
    if ollama_config.get("ENABLE_OLLAMA_API") and ollama_config.get("OLLAMA_BASE_URLS"):
        return "ollama", ollama_config["OLLAMA_BASE_URLS"][0].rstrip("/")
    if openai_config.get("ENABLE_OPENAI_API") and openai_config.get("OPENAI_API_BASE_URLS"):
        return "openai", openai_config["OPENAI_API_BASE_URLS"][0].rstrip("/")
    return None


def model_answers(engine: tuple[str, str] | None, model: str | None) -> Finding:
    """One short real answer from the model under the presets, the same check provisioning makes before Ready."""
    from therapy_pack.engine_build import cpu_flags
    from therapy_pack.engine_check import EngineProblem, diagnose, first_answer

    check = "The model answers"
    if engine is None or not model:
        return Finding("problem", check, "Open WebUI has no local model engine connected to the presets.",
                       "Run python3 scripts/provision.py again; it connects the engine.")
    kind, url = engine
    if where(url) == COMPOSE:  # not published on this computer, on purpose: it asks no one for a password
        service = urlparse(url).hostname
        return Finding("unknown", check, "The model runs inside the compose stack, which this computer does not reach directly, "
                                         "so the doctor cannot send it a test message.",
                       f"Ask it yourself: docker compose exec {service} ollama run {model} 'Reply with one word: ready.'")
    try:
        seconds = first_answer(kind, url, model)
    except EngineProblem as problem:
        trouble = diagnose(kind, problem.detail, cpu_flags())
        return Finding("problem", check, trouble.what, trouble.fix)
    return Finding("ok", check, f"{model} answered a short test message in {seconds:.1f} s.")


# ------------------------------------------------------------ parts maps


def parts_map_key(valves: dict, open_webui_data: Path) -> Finding:
    """The key in the tool's settings opens the maps stored now (a cleared or replaced key would lock them away)."""
    from therapy_pack.parts_maps import default_url, key_problem

    check = "Parts-map key opens the maps"
    try:
        problem = key_problem(valves.get("database_url") or default_url(open_webui_data), valves.get("encryption_key") or "")
    except Exception as exc:  # the database itself cannot be reached
        note_details("The doctor could not open the parts-map store", exc)
        return Finding("unknown", check, f"Could not open the parts-map store ({cause(exc)}).", "Check the tool's database_url setting.")
    if problem:
        return Finding("problem", check, problem, "Put the key you saved at installation back in Workspace - Tools - IFS Parts Map - Valves.")
    return Finding("ok", check, "The key in the IFS Parts Map tool's settings opens the stored maps (or there are none yet).")


# ------------------------------------------------------------- listening

# How to bind each service to this computer only; a model engine has no password, so anyone who reaches it may use the
# model, see what is sent to it or replace it.
BIND_FIX = {"Open WebUI": "Start Open WebUI bound to 127.0.0.1 (provision.py and compose.yaml do).",
            "Ollama": "Set OLLAMA_HOST=127.0.0.1 for Ollama and restart it (with compose, remove the ports lines under ollama).",
            "The model engine": "Start the model engine bound to 127.0.0.1 (its --host option)."}


def watched_ports(url: str, ollama_port: int, engine: tuple[str, str] | None) -> dict[str, int]:
    """Open WebUI's port, Ollama's, and the engine's under the presets when it runs on this computer on another port."""
    ports = {"Open WebUI": urlparse(url).port or 80, "Ollama": ollama_port}
    engine_port = urlparse(engine[1]).port if engine and where(engine[1]) == LOCAL else None
    if engine_port and engine_port not in ports.values():
        ports["The model engine"] = engine_port
    return ports


def listening(ports: dict[str, int]) -> list[Finding]:
    import psutil

    try:
        sockets = [c for c in psutil.net_connections(kind="inet") if c.status == psutil.CONN_LISTEN]
    except (psutil.AccessDenied, PermissionError):
        return [Finding("unknown", f"{name} listens on this computer only", "Could not read the listening ports (permission).", "Run the doctor as an administrator.")
                for name in ports]
    findings = []
    for name, port in ports.items():
        check = f"{name} listens on this computer only"
        hosts = {c.laddr.ip for c in sockets if c.laddr.port == port}
        if not hosts:
            findings.append(Finding("ok", check, f"Nothing listens on port {port}, so the network cannot reach {name} there."))
        elif all(is_loopback(host) for host in hosts):
            findings.append(Finding("ok", check, f"{name} (port {port}) is reachable from this computer only."))
        else:
            findings.append(Finding("problem", check, f"{name} (port {port}) is reachable from the network ({', '.join(sorted(hosts))}): "
                                                      "other computers could reach client data through it.",
                                    BIND_FIX.get(name, f"Start {name} bound to 127.0.0.1.")))
    return findings


# ---------------------------------------------------------------- compose

# Open WebUI asks everyone to sign in and PostgreSQL for its password. Any other service, Ollama above all (it asks no
# one), is reached by Open WebUI on the compose network and is not published on this computer.
ASK_FOR_A_PASSWORD = {"open-webui", "postgres"}


_VARIABLE = re.compile(r"\$\{(\w+)(?::?([-+])([^}]*))?\}|\$(\w+)")


def interpolated(text: str, values: dict[str, str]) -> str:
    """``text`` with ${NAME}, ${NAME:-default}, ${NAME:+if set} and $NAME replaced as docker compose replaces them
    from ``values``."""
    def value(found: re.Match) -> str:
        name, how, word = found.group(1) or found.group(4), found.group(2), found.group(3) or ""
        if how == "+":
            return word if values.get(name) else ""
        return values.get(name) or (word if how == "-" else "")
    return _VARIABLE.sub(value, text)


def host_address(port: object, values: dict[str, str] | None = None) -> str:
    """The address a compose ports entry publishes on ("" for every address of this computer), its variables
    taken from ``values`` (the .env file and the environment) as compose takes them."""
    if isinstance(port, dict):
        return interpolated(str(port.get("host_ip") or ""), values or {})
    text = interpolated(str(port), values or {})
    if text.startswith("["):  # [::1]:3000:8080
        return text[1:text.index("]")]
    parts = text.split(":")
    return parts[0] if len(parts) == 3 else ""


# The address ranges set aside for an organisation's own network (RFC 1918, and IPv6's unique-local).
PRIVATE_NETWORKS = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7")


def on_private_network(address: str) -> bool:
    """A practice's own network, where its clinicians' computers are."""
    import ipaddress

    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip.version == net.version and ip in net for net in map(ipaddress.ip_network, PRIVATE_NETWORKS))


def compose_values(env: Path) -> dict[str, str]:
    """What docker compose fills the files' variables with: the .env file's lines, the environment over them."""
    values = {}
    if env.is_file() and not readable_by_others(env):
        for line in env.read_text(encoding="utf-8").splitlines():
            name, _, value = line.partition("=")
            if name.strip() and not name.lstrip().startswith("#"):
                values[name.strip()] = value.strip().strip("'\"")
    return {**values, **os.environ}


def published_ports(files: dict[str, dict], values: dict[str, str] | None = None) -> Finding:
    """What the compose files publish: only what asks for a password, on 127.0.0.1 or the practice's private network."""
    check = "Compose files publish only what asks for a password"
    wrong, shared = [], []
    for name, data in files.items():
        for service, spec in ((data or {}).get("services") or {}).items():
            for port in (spec or {}).get("ports") or []:
                address = host_address(port, values)
                if service not in ASK_FOR_A_PASSWORD:
                    wrong.append(f"{name} publishes {service} (port {port}), which asks no one for a password: any account on this "
                                 "computer could use the model, see what is sent to it, or replace it")
                elif on_private_network(address):
                    shared.append(f"{service} on {address}")
                elif not is_loopback(address):
                    wrong.append(f"{name} publishes {service} (port {port}) to the network on "
                                 f"{address or 'every address of this computer'}, where computers outside the practice could reach it")
    if wrong:
        return Finding("problem", check, "; ".join(wrong) + ".",
                       "Delete the ports lines of those services (Open WebUI reaches them inside compose), and publish Open WebUI "
                       "and PostgreSQL on 127.0.0.1 or the practice's private network address only (OPEN_WEBUI_ADDRESS, "
                       "POSTGRES_ADDRESS in .env), then run docker compose up -d.")
    if shared:
        return Finding("ok", check, f"The compose files publish only what asks for a password: {', '.join(shared)} on the "
                                    "practice's private network, everything else on 127.0.0.1.")
    return Finding("ok", check, "The compose files publish only Open WebUI (and a practice's PostgreSQL), on 127.0.0.1.")


def env_file_private(env: Path) -> Finding:
    """Compose's .env holds Open WebUI's secret key (which opens the parts-map key) and the database password."""
    check = "Compose secrets file private"
    if not env.is_file():
        return Finding("unknown", check, f"There is no file at {env}.", "Pass --compose-env with the .env next to your compose files.")
    if readable_by_others(env):
        return Finding("problem", check, f"Other accounts on this computer can read {env}, which holds Open WebUI's secret key and the "
                                         "practice database's password: with them, they could open the parts maps and the notes.",
                       f"Run: chmod 600 {env}")
    return Finding("ok", check, f"Only this account can read {env}.")


def compose_setup(env: Path, required: bool) -> list[Finding]:
    """The compose files next to ``env``, and ``env`` itself when it is there (or was asked for)."""
    files = {path.name: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(env.parent.glob("compose*.yaml"))}
    return ([published_ports(files, compose_values(env))] if files else []) + ([env_file_private(env)] if required or env.exists() else [])


# -------------------------------------------------------------- dictation


def dictation_left(open_webui_data: Path) -> Finding:
    """Open WebUI keeps each dictation's recording and transcript; the pack deletes them once the text is in the message box."""
    check = "Dictation recordings deleted"
    folder = open_webui_data / "cache" / "audio" / "transcriptions"
    try:
        files = [path for path in folder.rglob("*") if path.is_file()]
        size = sum(path.stat().st_size for path in files)
    except OSError as exc:
        return Finding("unknown", check, f"Could not look into {folder}: {exc.strerror}.", "Run the doctor as the account that runs Open WebUI.")
    if not files:
        return Finding("ok", check, "No dictation recording or transcript is left on this computer.")
    count = f"{len(files)} file" + ("s" if len(files) > 1 else "")
    return Finding("problem", check, f"Dictation is kept on this computer after use: {count} ({_size(size)}), recordings of what "
                                     "was dictated and their transcripts, left after the text reached the note.",
                   f"Delete everything in {folder}, then get the pack's newest version and run python3 scripts/provision.py again: "
                   "it deletes each dictation as soon as its text is in the message box.")


def _size(count: int) -> str:
    return f"{count / 1e6:.1f} MB" if count >= 1e6 else f"{count / 1e3:.1f} kB"


# A route that sends text to a model with none of the pack's checks (model_routes.py closes it to clinicians).
CLOSED_ROUTE_PROBE = "/api/v1/tasks/moa/completions"


def model_routes_closed(url: str) -> Finding:
    """Open WebUI runs behind the pack's route check: a route around the checks refuses a caller who is not an
    administrator with the pack's own answer (Open WebUI alone would answer a clinician)."""
    check = "Routes around the pack's checks are closed"
    try:
        response = httpx.post(url.rstrip("/") + CLOSED_ROUTE_PROBE, json={}, timeout=15, trust_env=False)
    except httpx.HTTPError as exc:
        return Finding("unknown", check, f"Open WebUI did not answer ({cause(exc)}).", "Check that Open WebUI is running at the --url address.")
    if response.status_code == 403 and CLOSED_MESSAGE in response.text:
        return Finding("ok", check, "Open WebUI runs behind the pack's check: clinicians reach the model only through the presets' chat.")
    return Finding("problem", check,
                   "Open WebUI is not running behind the pack's check, so a clinician's account can send text to the model "
                   "through Open WebUI's side routes (tasks, the pass-through to the engine) with none of the pack's rules or checks.",
                   "Start Open WebUI with python3 scripts/provision.py, which starts it behind the check; with compose, use the "
                   "open-webui service's command and volumes from the pack's compose.yaml.")


def run(url: str, data_dir: Path, ollama_port: int = 11434, compose_env: Path | None = None) -> list[Finding]:
    findings = [disk_encryption(data_dir),
                private_data(data_dir),
                dictation_left(data_dir / "open-webui"),
                cloud_sync([data_dir, Path.home() / ".ollama"]),
                *compose_setup(compose_env or ROOT / ".env", required=compose_env is not None)]
    findings.append(model_routes_closed(url))
    engine = None
    try:
        with admin_api(url) as api:
            config = api.get("/api/v1/configs/export") or {}
            features = (api.get("/api/config") or {}).get("features", {})
            auth_on, admin_export = bool(features.get("auth", True)), bool(features.get("enable_admin_export", False))
            models, functions = api.get("/api/v1/models/all") or [], api.get("/api/v1/functions/") or []
            valves = api.get_valves("tools", "ifs_parts_map") if api.get_module("tools", "ifs_parts_map") else None
            # The administrator's opt-in to model-written titles (provision.py --model-titles) lives in the note filter.
            note = api.get_valves("functions", "clinical_note_filter") if api.get_module("functions", "clinical_note_filter") else {}
            engine = engine_in_use(api.get("/ollama/config") or {}, api.get("/openai/config") or {})
            default = ((api.get("/api/v1/configs/models") or {}).get("DEFAULT_MODELS") or "").split(",")[0]
            model = (api.get_model(default) or {}).get("base_model_id") if default else None
        findings += live_settings(config, auth_on, admin_export, not note.get("neutral_titles", True)) + clinician_models(models, functions)
        if valves is not None:
            findings.append(parts_map_key(valves, data_dir / "open-webui"))
        findings.append(model_answers(engine, model))
    except NoAdminAccount:
        findings.append(Finding("unknown", "Open WebUI settings", "Could not read them: no admin account was given.",
                                "Set OPEN_WEBUI_EMAIL and OPEN_WEBUI_PASSWORD (or OPEN_WEBUI_TOKEN) for an admin account, "
                                "or run the doctor in a terminal to type them."))
    except OpenWebUIError as exc:
        findings.append(Finding("unknown", "Open WebUI settings", f"Could not read them: {exc}",
                                "Check that Open WebUI is running at the --url address, and that the e-mail and password are an admin account's."))
    findings += listening(watched_ports(url, ollama_port, engine))
    return findings
