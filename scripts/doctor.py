"""A privacy check for a practice machine, in plain words (or JSON with --json).

    python scripts/doctor.py [--url http://127.0.0.1:8080] [--data-dir DIR] [--compose-env PATH] [--json]

Checks full-disk encryption, that the data folder is private to its account, that no dictation recording is left in it,
cloud-sync folders, Open WebUI's live settings (read through its API as the admin: OPEN_WEBUI_TOKEN, or OPEN_WEBUI_EMAIL
and OPEN_WEBUI_PASSWORD, or typed at the terminal), that model connections stay on this computer, that clinicians reach
the model only through the presets, that the model under them answers a short test message (as provisioning asks before
Ready; a large model's first load can take minutes), that Open WebUI, Ollama and the model engine listen on this computer
only, and, with compose, that its .env is private and its files publish no model engine. Exit code: 0 all good, 1 something
to look at or that could not be told, 2 a problem.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from therapy_pack.paths import data_dir
from therapy_pack.plain_words import keep_in_log
from therapy_pack.privacy_checks import LEVELS, run


def options() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default=os.environ.get("OPEN_WEBUI_URL", "http://127.0.0.1:8080"))
    parser.add_argument("--data-dir", type=Path, default=data_dir())
    parser.add_argument("--ollama-port", type=int, default=11434)
    parser.add_argument("--compose-env", type=Path, metavar="PATH",
                        help="compose's .env, with the compose files next to it (default: the .env beside the pack's compose files, if there is one)")
    parser.add_argument("--json", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = options().parse_args(argv)
    findings = run(args.url, args.data_dir, args.ollama_port, args.compose_env)
    worst = max(LEVELS[f.level] for f in findings)
    if args.json:
        print(json.dumps({"worst": worst, "findings": [asdict(f) for f in findings]}, indent=2))
    else:
        marks = {"ok": "OK  ", "warning": "LOOK", "unknown": "??  ", "problem": "FIX "}
        for f in findings:
            print(f"[{marks[f.level]}] {f.check}: {f.what}" + (f"\n       What to do: {f.fix}" if f.fix and f.level != "ok" else ""))
    return worst


if __name__ == "__main__":
    # Library warnings and the details of an unexpected error go to the log, never on the screen.
    keep_in_log(options().parse_args().data_dir.expanduser() / "logs" / "doctor.log")
    sys.exit(main())
