"""Re-encrypt every IFS parts map with a new key, in one transaction.

    python scripts/rotate_parts_key.py --new-key                       # print a fresh key
    THERAPY_PACK_OLD_KEY=... THERAPY_PACK_NEW_KEY=... python scripts/rotate_parts_key.py --db sqlite:////path/therapy_pack_parts_map.db

Keys come from the environment, never the command line, so they stay out of the
shell history and the process list. Stop Open WebUI (or make sure nobody is
using the parts map), run this, then put the new key in the IFS Parts Map
tool's settings (Workspace - Tools - IFS Parts Map - Valves). If anything fails,
nothing is changed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

from ifs_parts_map import Cipher, PartsMapError, Store  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="the parts map database URL")
    parser.add_argument("--new-key", action="store_true", help="print a new random key and stop")
    args = parser.parse_args(argv)
    if args.new_key:
        print(Cipher.new_key())
        return 0
    old, new = os.environ.get("THERAPY_PACK_OLD_KEY", ""), os.environ.get("THERAPY_PACK_NEW_KEY", "")
    if not (args.db and old and new):
        print("rotate_parts_key: give --db and set THERAPY_PACK_OLD_KEY and THERAPY_PACK_NEW_KEY", file=sys.stderr)
        return 2
    try:
        count = Store(args.db, Cipher(old)).reencrypt(Cipher(new))
    except PartsMapError as exc:
        print(f"rotate_parts_key: {exc}", file=sys.stderr)
        return 2
    print(f"Re-encrypted {count} client maps. Now set the new key in the IFS Parts Map tool's settings.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
