"""provision.py's options. Standard library only: provision.py reads them before it installs anything,
so --help and a mistyped option are answered at once."""

from __future__ import annotations

import argparse
from pathlib import Path

from therapy_pack.database_url import REDIS_ENVIRONMENT, add_options as add_database_url_options
from therapy_pack.paths import data_dir

DEFAULT_PRESET = "session-note-ifs"
# faster-whisper's model names (speech_model.py fetches them).
SPEECH_MODELS = ("tiny", "base", "small", "medium", "large-v3")
DEFAULT_SPEECH_MODEL = "base"


def _instances(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 16:
        raise argparse.ArgumentTypeError(f"give a number from 1 to 16, not {text!r}")
    return int(text)


def check_group_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Several instances are one practice only through a shared database and a shared Redis; say so before anything starts."""
    if args.instances > 1:
        missing = [flag for flag, value in (("--database-url", args.database_url), ("--redis-url", args.redis_url)) if not value]
        if missing:
            parser.error(f"--instances {args.instances} needs {' and '.join(missing)}: the instances keep their data in one "
                         "PostgreSQL database and reach each other's browser tabs through one Redis. Nothing was changed.")
        if args.open_webui_url:
            parser.error("--instances starts Open WebUI; with --open-webui-url it is already running. Give one of them. "
                         "Nothing was changed.")
    if args.redis_url and not args.database_url:
        parser.error("--redis-url is for several instances that share one PostgreSQL database: add --database-url. "
                     "Nothing was changed.")


def parser(description: str | None = None) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="provision.py", description=description,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data-dir", type=Path, metavar="DIR", default=data_dir(),
                   help="where Open WebUI's data and the logs are kept (default %(default)s; or set THERAPY_PACK_DATA)")
    p.add_argument("--port", type=int, default=8080, help="Open WebUI's port on 127.0.0.1 (default 8080)")
    p.add_argument("--engine-port", type=int, default=8081, metavar="PORT", help="the demo engine's port (default 8081)")
    p.add_argument("--dry-run", action="store_true", help="print what would be done, change nothing")
    p.add_argument("--engine-url", metavar="URL",
                   help="an OpenAI-compatible local engine (llama.cpp server, LM Studio, vLLM), e.g. http://127.0.0.1:8000/v1")
    add_database_url_options(p, "--database-url", "group practice: keep Open WebUI and the parts maps in PostgreSQL, "
                                                  "e.g. postgresql://practice@127.0.0.1:5432/practice")
    add_database_url_options(p, "--redis-url", "group practice: share websockets and state through this Redis, so that "
                                               "several Open WebUI instances serve one practice, e.g. redis://127.0.0.1:6379/0",
                             environment=REDIS_ENVIRONMENT)
    p.add_argument("--instances", type=_instances, default=1, metavar="N",
                   help="group practice: run N Open WebUI instances on --port and the ports after it (default 1; "
                        "more than one needs --database-url and --redis-url)")
    p.add_argument("--open-webui-url", metavar="URL",
                   help="install into an Open WebUI that is already running (e.g. from compose.yaml)")
    p.add_argument("--model", metavar="NAME", help="use this Ollama model instead of the one recommended for this machine")
    # Whether the preset exists is checked after start-up: the preset files need PyYAML to read.
    p.add_argument("--default-preset", default=DEFAULT_PRESET, metavar="PRESET",
                   help=f"the preset a new chat opens on (default {DEFAULT_PRESET})")
    p.add_argument("--model-titles", action="store_true",
                   help="let the model write chat titles, tags and follow-up suggestions from the session text "
                        "(off by default: they show session content in the sidebar and cost model time after each note)")
    p.add_argument("--speech-model", default=DEFAULT_SPEECH_MODEL, choices=SPEECH_MODELS, metavar="SIZE",
                   help="the dictation model fetched once at setup, so the microphone works offline: "
                        f"{', '.join(SPEECH_MODELS)} (default {DEFAULT_SPEECH_MODEL}; larger is more accurate and slower)")
    p.add_argument("--speech-model-from", type=Path, metavar="DIR",
                   help="copy the dictation model from this faster-whisper model folder instead of downloading it "
                        "(for a machine that cannot reach the download at setup)")
    p.add_argument("--add-clinician", action="append", default=[], metavar="EMAIL",
                   help="create a clinician account (password from THERAPY_PACK_CLINICIAN_PASSWORD, or asked); "
                        "give it once per clinician")
    return p
