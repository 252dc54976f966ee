"""Install the pack into a running Open WebUI, through its REST API only.

    python scripts/install_pack.py --url http://127.0.0.1:8080 [--base-model MODEL]

Credentials come from OPEN_WEBUI_TOKEN, or OPEN_WEBUI_EMAIL and
OPEN_WEBUI_PASSWORD (an admin account), or are typed at the terminal. Every file in pipelines/ becomes an
Open WebUI function (a folder there, its files joined into one), every file in tools/ a tool, and every preset in
prompt_presets/ a workspace model and a slash-command prompt. Running it again
changes only what differs, and says so.

Everything is checked before anything is sent: a bad YAML file or module is
reported with its file and reason and nothing is installed. If Open WebUI
rejects a module, the version already installed stays in place and working.
A parts-map key is made only for a store that holds no maps: where maps exist
and the key is missing from the tool's settings, nothing is changed, and the
message says how to put the saved key back.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from therapy_pack.admin_sign_in import NoAdminAccount, admin_api
from therapy_pack.openwebui_api import OpenWebUIError
from therapy_pack.pack_installer import InstallError, WouldLoseDataError, desired_state, install
from therapy_pack.parts_maps import TOOL_ID, sealed_maps_exist
from therapy_pack.paths import data_dir
from therapy_pack.presets import PresetError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default=os.environ.get("OPEN_WEBUI_URL", "http://127.0.0.1:8080"))
    parser.add_argument("--base-model", help="model id every preset builds on (default: from prompt_presets/)")
    parser.add_argument("--data-dir", type=Path, metavar="DIR", default=data_dir() / "open-webui",
                        help="Open WebUI's data folder, where the parts maps are kept unless the tool's settings name a "
                             "database (default %(default)s): a new parts-map key is never made over maps found there")
    args = parser.parse_args(argv)
    try:
        desired = desired_state(base_model=args.base_model)
    except (PresetError, InstallError) as exc:
        print(f"Nothing was installed. {exc}", file=sys.stderr)
        return 2
    try:
        with admin_api(args.url) as api:
            tool_valves = api.get_valves("tools", TOOL_ID) if api.get_module("tools", TOOL_ID) else {}
            report = install(api, desired, encrypted_data_exists=sealed_maps_exist(tool_valves, args.data_dir.expanduser()))
    except (OpenWebUIError, WouldLoseDataError, NoAdminAccount) as exc:
        print(f"Install stopped: {exc}", file=sys.stderr)
        return 1
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
