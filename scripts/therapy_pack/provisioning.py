"""What scripts/provision.py does once it runs inside the pack's virtualenv.

Starts a local model engine and Open WebUI on 127.0.0.1, signs in (or creates)
the admin, points Open WebUI at the local engine only, installs the pack, and
supervises the servers until Ctrl+C.
"""

from __future__ import annotations

import argparse
import getpass
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import ollama
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.prompt import Confirm
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

from therapy_pack import engine_check, speech_model
from therapy_pack.engine_build import cpu_flags
from therapy_pack.supervision import keep_running
from therapy_pack.admin_sign_in import NoAdminAccount, admin_credentials
from therapy_pack.database_url import psycopg_url
from therapy_pack.first_screen import show_first_screen
from therapy_pack.connections import off_this_computer
from therapy_pack.hardening import HARDENED, clear_unused_connections, harden, labelled
from therapy_pack.hardware import CannotRun, choose_model, detect
from therapy_pack.pack_installer import Desired, InstallError, WouldLoseDataError, desired_state, install
from therapy_pack.ollama_setup import OllamaError, build_models, has_model, pull, version
from therapy_pack.sharing import GROUP_NAME, add_clinician, ensure_group, set_default_preset, share
from therapy_pack.local_stack import (DEMO_MODEL_ALIAS, LOOPBACK, ServiceError, start_llama_server, start_open_webui,
                         tune_for_demo_model)
from therapy_pack.openwebui_api import OpenWebUI, OpenWebUIError
from therapy_pack.parts_maps import TOOL_ID as PARTS_MAP_TOOL, default_url, maps_exist, sealed_maps_exist
from therapy_pack.private_files import make_private
from therapy_pack.presets import PresetError, load_catalogue
from therapy_pack.group_practice import instance_env, instance_ports
from therapy_pack.provision_options import check_group_options, parser as options_parser
from therapy_pack.running_pack import what_listens

console = Console()


def ollama_url() -> str:
    host = os.environ.get("OLLAMA_HOST", f"{LOOPBACK}:11434")
    return host if host.startswith("http") else f"http://{host}"


def first_model(engine_url: str) -> str:
    """The first model an OpenAI-compatible engine serves (pass --model to choose another)."""
    try:
        models = httpx.get(f"{engine_url}/models", timeout=10, trust_env=False).json().get("data", [])
    except (httpx.HTTPError, ValueError):
        raise OpenWebUIError(f"No OpenAI-compatible engine answers at {engine_url}/models. Check the address; it usually ends in /v1.") from None
    if not models:
        raise OpenWebUIError(f"The engine at {engine_url} serves no model yet. Load one, or pass --model.")
    return models[0]["id"]


def ollama_running(url: str) -> bool:
    try:
        version(url)
    except OllamaError:
        return False
    return True


def choose_engine(wanted: str) -> tuple[str, str | None]:
    """Returns (base model id, Ollama URL or None for the built-in demo engine)."""
    url = ollama_url()
    try:
        found = version(url)
    except OllamaError as exc:
        console.print(str(exc))
        return demo_engine(wanted)
    client = ollama.Client(host=url)
    console.print(f"Using Ollama {found} at {url}.")
    if not has_model(client, wanted):
        console.print(f"Downloading [bold]{wanted}[/] into Ollama. This happens once; if it is interrupted, run this again and it resumes.")
        with Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeRemainingColumn(), console=console) as bar:
            task = bar.add_task(wanted, total=None)
            pull(client, wanted, lambda status, done, total: bar.update(task, completed=done, total=total or None, description=status[:40]),
                 say=console.print)
    built = build_models(client, load_catalogue(), wanted)
    console.print(f"Built the Ollama models {', '.join(built)} (see modelfiles/) on {wanted}.")
    return wanted, url


def demo_engine(wanted: str) -> tuple[str, None]:
    console.print(
        Panel(
            "[bold]Starting the built-in DEMO model (SmolLM2-135M).[/]\n"
            "It only shows that the setup works: its notes are NOT usable for clinical documentation.\n\n"
            f"For real notes install Ollama (https://ollama.com/download), then run this command again:\n"
            f"it downloads the recommended model ({wanted}; by hand: [bold]ollama pull {wanted}[/]) and switches the presets to it.",
            title="Demo model only",
            border_style="red",
        )
    )
    return DEMO_MODEL_ALIAS, None


def recommended_model(chosen: str | None, data_dir: Path) -> str:
    """The model to use: the one asked for with --model, else the best this machine can hold."""
    if chosen:
        console.print(f"Using the model you chose: [bold]{chosen}[/].")
        return chosen
    choice = choose_model(detect(data_dir))
    console.print(f"Recommended model for this machine: [bold]{choice.model}[/] - {choice.why}.")
    return choice.model


def sign_in_admin(api: OpenWebUI) -> None:
    fresh = bool(api.get("/api/config").get("onboarding"))
    try:
        email, password = admin_credentials("THERAPY_PACK_ADMIN_EMAIL", "THERAPY_PACK_ADMIN_PASSWORD", fresh)
    except NoAdminAccount as exc:
        raise SystemExit(str(exc)) from None
    if fresh:
        api.sign_up("Practice admin", email, password)
        console.print(f"Created the admin account {email}.")
    else:
        api.sign_in(email, password)


def connect_engine(api: OpenWebUI, engine_url: str, ollama: bool) -> None:
    """Point Open WebUI at the local engine only (its stored settings win over the environment)."""
    if ollama:
        api.post("/ollama/config/update", {
            "ENABLE_OLLAMA_API": True, "OLLAMA_BASE_URLS": [engine_url],
            "OLLAMA_API_CONFIGS": {"0": {"enable": True, "prefix_id": "", "tags": [], "model_ids": []}},
        })
        api.post("/openai/config/update", {"ENABLE_OPENAI_API": False, "OPENAI_API_BASE_URLS": [], "OPENAI_API_KEYS": [], "OPENAI_API_CONFIGS": {}})
    else:
        api.post("/ollama/config/update", {"ENABLE_OLLAMA_API": False, "OLLAMA_BASE_URLS": [], "OLLAMA_API_CONFIGS": {}})
        api.set_openai_connection(engine_url)


def dry_run(args: argparse.Namespace, data_dir: Path) -> int:
    """What a real run would do, from what can be seen without starting or changing anything."""
    try:
        desired = desired_state()
        wanted = recommended_model(args.model, data_dir)
    except (PresetError, InstallError, CannotRun) as exc:
        console.print(f"[red]A real run would stop here:[/] {exc}")
        return 2
    url = ollama_url()
    demo = not args.engine_url and not ollama_running(url)
    if args.engine_url:
        console.print(f"- Use the OpenAI-compatible engine at {args.engine_url}")
    elif not demo:
        client = ollama.Client(host=url)
        action = "use" if has_model(client, wanted) else "download"
        console.print(f"- Ollama at {url}: {action} {wanted}, build {len(load_catalogue().modalities)} modality models")
    else:
        console.print(f"- No Ollama at {url}: start the DEMO engine on {LOOPBACK}:{args.engine_port}")
    kinds = [m.kind for m in desired.modules]
    if args.open_webui_url:
        console.print(f"- Install into the Open WebUI at {args.open_webui_url}, keeping its connections")
    else:
        ports = instance_ports(args.port, args.instances)
        console.print(f"- Start Open WebUI on {LOOPBACK}:{', '.join(map(str, ports))} with its data in "
                      f"{data_dir / 'open-webui'}" + (" and the PostgreSQL database given" if args.database_url else "")
                      + (", sharing websockets through Redis" if args.redis_url else ""))
    console.print(f"- Install {kinds.count('filter')} filters, {kinds.count('pipe')} pipe, {kinds.count('tool')} tool, "
                  f"{sum(1 for m in desired.models if m['base_model_id'])} presets and {len(desired.prompts)} slash commands (only what differs)")
    if not args.open_webui_url:
        folder = speech_model.model_folder(data_dir / "open-webui", args.speech_model)
        have = "use the" if speech_model.is_complete(folder) else ("copy the" if args.speech_model_from else "download the")
        console.print(f"- Dictation: {have} speech model '{args.speech_model}' in {folder}")
    console.print(f"- Apply {len(HARDENED)} privacy settings through the API, as Open WebUI's settings screens name them: {labelled(HARDENED)}")
    console.print(f"- Share the presets, tool and slash commands with the '{GROUP_NAME}' group")
    console.print(f"- New chats open on '{args.default_preset}' with the pack's buttons"
                  + ("; a banner warns that the demo model's drafts are not usable" if demo else ""))
    for email in args.add_clinician:
        console.print(f"- Add the clinician account {email}")
    console.print("Nothing was changed (dry run).")
    return 0


def fetch_speech_model(size: str, folder: Path, source: Path | None) -> Path | None:
    """The dictation model, fetched now while the machine is online; None (and a warning) if it cannot be:
    everything else works without it, and a later run fetches it."""
    try:
        with console.status(f"Fetching the dictation model ({size}), once, so the microphone works offline..."):
            fetched = speech_model.fetch(size, folder, source.expanduser().resolve() if source else None)
    except (speech_model.SpeechModelError, OSError) as exc:
        console.print(f"[yellow]Dictation will not work until the speech model is in place:[/] {escape(str(exc))}")
        return None
    if fetched:
        console.print(f"Fetched the dictation model ({size}) into {folder}.")
    return folder


def use_speech_model(api: OpenWebUI, folder: Path) -> None:
    try:
        if speech_model.use(api, folder):
            console.print("Dictation now uses the speech model on this machine.")
    except OpenWebUIError as exc:
        console.print(f"[yellow]Open WebUI could not load the dictation model in {folder}:[/] {escape(str(exc))} "
                      "Delete that folder and run this again to fetch it afresh.")


def confirm_key_saved(report) -> None:
    """A new key is shown once; at a terminal, go on only once the admin says they stored a copy."""
    if not report.new_secrets or not sys.stdin.isatty():
        return
    while input("Type 'saved' once you have stored a copy of the key above: ").strip().lower() != "saved":
        console.print("Without a copy, the parts maps are lost if this computer's settings are. Please store it first.")


def use_database_for_parts_maps(api: OpenWebUI, url: str, built_in_url: str) -> None:
    """The parts maps go into the practice's PostgreSQL too (their own tables, encrypted).

    Never away from maps that are already kept elsewhere: they would be left behind."""
    valves = api.get_valves("tools", PARTS_MAP_TOOL)
    current = valves.get("database_url") or built_in_url
    if current != url and maps_exist(current) and not maps_exist(url):
        raise WouldLoseDataError(
            "Parts maps are already kept in " + ("Open WebUI's data folder" if current == built_in_url else "another database")
            + ", and the practice database holds none: switching would leave them behind, so the maps stay where they are. "
            "Run this without a practice database (no --database-url-file, THERAPY_PACK_DATABASE_URL unset), "
            "or start the group practice before any maps are made."
        )
    if valves.get("database_url") != url:
        api.update_valves("tools", PARTS_MAP_TOOL, {**valves, "database_url": url})
        console.print("The parts maps are kept in the practice database.")


def secure(api: OpenWebUI, model_titles: bool = False) -> None:
    changed = [labelled(harden(api, model_titles))]
    # The note filter names chats itself unless the model may write titles.
    valves = api.get_valves("functions", "clinical_note_filter")
    if valves.get("neutral_titles", True) == model_titles:
        api.update_valves("functions", "clinical_note_filter", {**valves, "neutral_titles": not model_titles})
        changed.append("chat titles " + ("written by the model" if model_titles else "named by the pack"))
    if clear_unused_connections(api):
        changed.append("unused OpenAI address cleared")
    changed = [what for what in changed if what]
    if changed:
        console.print(f"Privacy settings applied: {'; '.join(changed)}.")
    else:
        console.print("Privacy settings already in place (signup off, no sharing, no web search, no remote services).")
    remote = off_this_computer(api.get("/api/v1/configs/export") or {})
    if remote:
        console.print(f"[red]Open WebUI still has connections off this machine:[/] {'; '.join(remote)}. Remove them in Admin Settings.")


def add_clinicians(api: OpenWebUI, group_id: str, emails: list[str]) -> list[str]:
    """Create each clinician account in the group (or keep the one there); the e-mails, for the Ready panel."""
    for email in emails:
        password = os.environ.get("THERAPY_PACK_CLINICIAN_PASSWORD") or (getpass.getpass(f"Password for {email}: ") if sys.stdin.isatty() else "")
        if not password:
            raise SystemExit(f"No password for {email}: set THERAPY_PACK_CLINICIAN_PASSWORD or run in a terminal.")
        made = add_clinician(api, group_id, email.split("@")[0], email, password)
        console.print(f"{'Added' if made else 'Kept'} clinician account {email} in '{GROUP_NAME}'.")
    return list(emails)


def while_running(args: argparse.Namespace, running: str) -> int:
    """Open WebUI already holds the port: add the clinicians to it, or say at once what to do."""
    url = f"http://{LOOPBACK}:{args.port}"
    if running != "open-webui":
        console.print(f"[red]Another program already uses port {args.port} on this computer.[/] Close it, or run this "
                      f"again with another port, for example --port {args.port + 10}.")
        return 1
    if not args.add_clinician:
        console.print(f"[yellow]The pack is already running at {url}[/] (provision.py in another window). To set it up "
                      "again, stop it first: press Ctrl+C in that window, then run this again. To add a clinician while it "
                      "runs: python3 scripts/provision.py --add-clinician EMAIL")
        return 1
    console.print(f"The pack is running at {url}: adding the clinician account(s) to it; the rest of the setup stays as it is.")
    try:
        with OpenWebUI(url) as api:
            sign_in_admin(api)
            group_id, _ = ensure_group(api)
            added = add_clinicians(api, group_id, args.add_clinician)
    except OpenWebUIError as exc:
        console.print("[red]No clinician account was added:[/]", escape(str(exc)))
        return 1
    console.print(f"{', '.join(added)} can sign in at {url} now, with the password set for it.")
    return 0


def setup_clinicians(api: OpenWebUI, desired: Desired, base_model: str, emails: list[str], default_preset: str) -> list[str]:
    group_id, created = ensure_group(api)
    if created:
        console.print(f"Created the '{GROUP_NAME}' group.")
    models = list(dict.fromkeys([m["id"] for m in desired.models] + [base_model]))
    tools = [m.id for m in desired.modules if m.kind == "tool"]
    changed = share(api, group_id, models, tools, [p["command"] for p in desired.prompts])
    console.print(f"Shared {len(changed)} item(s) with '{GROUP_NAME}'." if changed else f"'{GROUP_NAME}' already has access to the presets and tools.")
    if set_default_preset(api, default_preset):
        console.print(f"New chats now open on '{default_preset}'.")
    return add_clinicians(api, group_id, emails)


def warm_up(kind: str, engine_url: str, model: str, engine=None) -> bool:
    """One short real answer from the engine before Ready; if there is none, say why and what to do.

    ``engine`` is the pack's own engine process (the demo), whose exit tells a crash apart.
    For Ollama's AMX crash, offer to set aside its faulting backend (with the admin's yes) and try once more."""
    with console.status("Asking the model for a first short answer (a large model takes a while to load)..."):
        try:
            seconds = engine_check.first_answer(kind, engine_url, model)
        except engine_check.EngineProblem as problem:
            seconds, failed = None, problem
    if seconds is not None:
        console.print(f"The model answered a test message in {seconds:.1f} s.")
        return True
    exit_code = None
    if engine and failed.crashed:
        try:  # the connection drops a moment before the process is gone
            exit_code = engine.process.wait(5)
        except subprocess.TimeoutExpired:
            pass
    trouble = engine_check.diagnose(kind, failed.detail, cpu_flags(), exit_code, engine.log_path if engine else None)
    console.print(Panel(f"{escape(trouble.what)}\n\n[bold]What to do:[/] {escape(trouble.fix)}",
                        title="The model did not answer", border_style="red"))
    if kind == "ollama" and trouble.amx and offer_ollama_remedy():
        return warm_up(kind, engine_url, model)
    return False


def offer_ollama_remedy() -> bool:
    """Set aside Ollama's AMX backend if the admin agrees; whether it was done."""
    backend = engine_check.ollama_amx_backend()
    if backend is None:
        console.print(f"Ollama's {engine_check.OLLAMA_AMX_BACKEND} is not where the pack can see it: update Ollama instead.")
        return False
    if not sys.stdin.isatty() or not os.access(backend.parent, os.W_OK):  # no one to ask, or nothing this account may do
        console.print(f"To set it aside, run: [bold]{escape(engine_check.set_aside_command(backend))}[/]")
        return False
    if not Confirm.ask(f"Set aside {backend} now, so that Ollama uses its portable backend (slower, but it works)?",
                       console=console, default=False):
        return False
    try:
        moved = engine_check.set_aside(backend)
    except PermissionError:
        console.print(f"This account may not change Ollama's files. Run: [bold]{escape(engine_check.set_aside_command(backend))}[/]")
        return False
    console.print(f"Set aside as {moved} (rename it back to undo). Trying the model again...")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = options_parser(__doc__)
    args = parser.parse_args(argv)
    check_group_options(parser, args)
    presets = load_catalogue().presets
    if args.default_preset not in presets:
        parser.error(f"--default-preset: no preset '{args.default_preset}' (choose one of: {', '.join(sorted(presets))})")
    data_dir = args.data_dir.expanduser().resolve()

    if args.dry_run:
        return dry_run(args, data_dir)
    ports = instance_ports(args.port, args.instances)
    running = None if args.open_webui_url else what_listens(args.port)
    if running:
        return while_running(args, running)
    taken = [] if args.open_webui_url else [port for port in ports[1:] if what_listens(port)]
    if taken:
        console.print(f"[red]Port {taken[0]} on this computer is already in use[/], and instance {ports.index(taken[0]) + 1} "
                      f"would listen there. Close what uses it, or choose another first port with --port.")
        return 1
    try:
        if args.engine_url:
            kind, engine_url = "openai", args.engine_url.rstrip("/")
            base_model = args.model or first_model(engine_url)
            console.print(f"Using the OpenAI-compatible engine at {engine_url} with [bold]{base_model}[/].")
        else:
            try:
                wanted = recommended_model(args.model, data_dir)
            except CannotRun as exc:
                if ollama_running(ollama_url()):
                    console.print(f"[red]{exc}[/]")
                    return 2
                console.print(f"[yellow]{exc}[/]")
                wanted = load_catalogue().engine.base_model
            base_model, engine_url = choose_engine(wanted)
            kind = "ollama" if engine_url else "demo"
        if kind == "demo" and args.open_webui_url:
            console.print("[red]An existing Open WebUI needs a real engine:[/] start Ollama (or pass --engine-url) and run this again.")
            return 2
        desired = desired_state(base_model=base_model)
    except (PresetError, InstallError) as exc:
        console.print(f"[red]The pack's own files have a problem; nothing was started.[/] {exc}")
        return 2
    except (OllamaError, OpenWebUIError) as exc:
        console.print(f"[red]Setup stopped:[/] {exc}")
        return 1

    logs = data_dir / "logs"
    speech = None
    if not args.open_webui_url:
        speech = fetch_speech_model(args.speech_model, speech_model.model_folder(data_dir / "open-webui", args.speech_model),
                                    args.speech_model_from)
        loosened = make_private(data_dir)
        if loosened:
            console.print(f"Made the data folder private to this account ({len(loosened)} item(s) other accounts could read).")
    services, ready = [], False
    try:
        if kind == "demo":
            with console.status("Starting the demo model engine..."):
                engine = start_llama_server(logs / "llama-cpp.log", port=args.engine_port)
            services.append(engine)
            engine_url = engine.url
        # Before Open WebUI: an engine that cannot answer stops setup at once, with the reason.
        if not warm_up(kind, engine_url, base_model, services[0] if kind == "demo" else None):
            return 1
        if args.open_webui_url:
            webui_url = args.open_webui_url.rstrip("/")
        else:
            # The first instance prepares the shared database; the others start once it is ready.
            for number, port in enumerate(ports, 1):
                name = "Open WebUI" + (f" (instance {number} of {len(ports)})" if len(ports) > 1 else "")
                with console.status(f"Starting {name} on {LOOPBACK}:{port} (the first start takes a minute or two)..."):
                    webui = start_open_webui(
                        data_dir / "open-webui", logs / ("open-webui.log" if number == 1 else f"open-webui-{number}.log"),
                        port=port, openai_url=None if kind == "ollama" else engine_url,
                        ollama_url=engine_url if kind == "ollama" else None,
                        extra_env=instance_env(args.database_url, args.redis_url, first=number == 1) if args.database_url else None,
                        name=name,
                    )
                services.append(webui)
                if number == 1:
                    webui_url = webui.url
        with OpenWebUI(webui_url) as api:
            sign_in_admin(api)
            if not args.open_webui_url:  # an existing one (e.g. compose) keeps the connections it was given
                connect_engine(api, engine_url, kind == "ollama")
            maps_url = psycopg_url(args.database_url) if args.database_url else default_url(data_dir / "open-webui")
            # A new parts-map key is never made over maps sealed with another: where the tool's settings keep them,
            # or where this run will (a store that cannot be reached counts as holding some).
            tool_valves = api.get_valves("tools", PARTS_MAP_TOOL) if api.get_module("tools", PARTS_MAP_TOOL) else {}
            sealed = sealed_maps_exist(tool_valves, data_dir / "open-webui") or (
                not args.open_webui_url and sealed_maps_exist({"database_url": maps_url}, data_dir / "open-webui"))
            report = install(api, desired, say=lambda line: console.print(f"  {line}", markup=False), encrypted_data_exists=sealed)
            confirm_key_saved(report)
            if kind == "demo":
                tune_for_demo_model(api)
            if args.database_url:
                use_database_for_parts_maps(api, psycopg_url(args.database_url), default_url(data_dir / "open-webui"))
            secure(api, args.model_titles)
            clinicians = setup_clinicians(api, desired, base_model, args.add_clinician, args.default_preset)
            first_screen = show_first_screen(api, next(m for m in desired.models if m["id"] == args.default_preset), kind == "demo")
            if first_screen:
                console.print(f"First screen: {', '.join(first_screen)}.")
            if speech:
                use_speech_model(api, speech)
        if report.failed:
            console.print("[red]Some parts of the pack could not be installed (see above).[/]")
        ready = True
    except (ServiceError, OpenWebUIError, WouldLoseDataError) as exc:
        console.print("[red]Setup stopped:[/]", escape(str(exc)))
        return 1
    finally:
        if not ready:  # stopped by an error, Ctrl+C at a prompt or an unreachable database: no server left running
            for service in reversed(services):
                service.stop()

    # Listen for SIGTERM before saying "ready": whoever reads that may stop us at once.
    stopping: list[bool] = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    console.print(
        Panel(
            f"Open WebUI is ready at [bold]{webui_url}[/]"
            + (f" and {', '.join(f'[bold]{LOOPBACK}:{port}[/]' for port in ports[1:])} (the same practice)"
               if len(ports) > 1 and not args.open_webui_url else "") + "\n"
            "Sign in with the admin account, pick [bold]Session Note – IFS[/] at the top of a new chat,\n"
            "and type your session bullets."
            + (" Keep this window open; press Ctrl+C to stop.\n" f"Data and logs: {data_dir}" if services else "")
            + (f"\nClinician account{'s' if len(clinicians) > 1 else ''}: [bold]{', '.join(clinicians)}[/] "
               "(signs in with the password set for it)." if clinicians else "")
            + ("\n[red]Running the DEMO model: not for real notes.[/]" if kind == "demo" else ""),
            title="Ready",
            border_style="green",
        )
    )
    return supervise(services, stopping) if services else 0


def supervise(services: list, stopping: list[bool]) -> int:
    """Keep the servers running until Ctrl+C (or SIGTERM, which appends True to ``stopping``), then stop them all,
    however the watch ends.

    A server that stops is started again (supervision.py); each stop and restart is shown and logged."""
    log = services[0].log_path.with_name("supervision.log")

    def say(line: str) -> None:
        console.print(f"[yellow]{escape(line)}[/]")
        try:  # private, as every file in the data folder; a full disk must not end the watch
            with os.fdopen(os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "a", encoding="utf-8") as out:
                out.write(f"{time.strftime('%Y-%m-%d %H:%M:%S')} {line}\n")
        except OSError:
            pass

    try:
        keep_running(services, stopping, say)
    except KeyboardInterrupt:
        pass
    finally:
        console.print("Stopping...")
        for service in reversed(services):
            service.stop()
    return 0
