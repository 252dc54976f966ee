"""Re-encrypt every IFS parts map with a new key, in one transaction.

    python scripts/rotate_parts_key.py --new-key                       # print a fresh key
    THERAPY_PACK_OLD_KEY=... THERAPY_PACK_NEW_KEY=... python scripts/rotate_parts_key.py --db sqlite:////path/therapy_pack_parts_map.db

Keys come from the environment, never the command line, so they stay out of the
shell history and the process list. Stop Open WebUI first (this refuses while it
answers at its address or at compose's 127.0.0.1:3000, has the maps' folder open, or
holds sessions on the maps' PostgreSQL database), run this, then put the new key in the IFS Parts
Map tool's settings (Workspace - Tools - IFS Parts Map - Valves) and start Open
WebUI again. Writers are locked out while it runs; if anything fails, nothing is
changed, and it can simply be run again (maps already under the new key are left).
"""

from __future__ import annotations

import argparse
import os
import sys

from therapy_pack.backup import BackupError
from therapy_pack.database_url import add_options as add_database_url_options
from therapy_pack.key_rotation import refusal, rotate
from therapy_pack.parts_maps import Cipher, PartsMapError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_database_url_options(parser, "--db", "the parts map database URL (sqlite:////path/therapy_pack_parts_map.db, "
                                             "or a group practice's PostgreSQL)")
    parser.add_argument("--new-key", action="store_true", help="print a new random key and stop")
    parser.add_argument("--open-webui-url", default=os.environ.get("OPEN_WEBUI_URL", "http://127.0.0.1:8080"),
                        help="where Open WebUI answers when it runs (default http://127.0.0.1:8080)")
    args = parser.parse_args(argv)
    if args.new_key:
        print(Cipher.new_key())
        return 0
    old, new = os.environ.get("THERAPY_PACK_OLD_KEY", ""), os.environ.get("THERAPY_PACK_NEW_KEY", "")
    if not (args.db and old and new):
        print("rotate_parts_key: give --db (or THERAPY_PACK_DATABASE_URL) and set THERAPY_PACK_OLD_KEY and THERAPY_PACK_NEW_KEY",
              file=sys.stderr)
        return 2
    try:
        problem = refusal(args.db, args.open_webui_url)
        if problem:
            print(f"rotate_parts_key: {problem}", file=sys.stderr)
            return 2
        done, already = rotate(args.db, old, new)
    except (PartsMapError, BackupError) as exc:  # BackupError: psql, which counts a database's sessions, failed
        print(f"rotate_parts_key: {exc}", file=sys.stderr)
        return 2
    print(f"Re-encrypted {done} client maps" + (f" ({already} were already under the new key)" if already else "")
          + ". Now set the new key in the IFS Parts Map tool's settings, then start Open WebUI.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
