"""Encrypted backups of a practice's data: Open WebUI's database and uploads, the parts map, the settings.

    python scripts/backup.py create  --data-dir DIR --out backup.tnpb
    python scripts/backup.py verify  backup.tnpb
    python scripts/backup.py restore backup.tnpb --data-dir NEW_OR_STOPPED_DIR [--force]
    (group practice: set THERAPY_PACK_DATABASE_URL=postgresql://... for both, or give --database-url-file FILE;
     pg_dump / pg_restore do the database, the password reaching them through their environment)

The passphrase comes from THERAPY_PACK_BACKUP_PASSPHRASE or is asked for; it is
never printed, and a new backup needs one of at least 12 characters. SQLite
databases (recognised by their header, whatever their name) are copied with
SQLite's online backup, so a backup taken while Open WebUI runs is consistent;
a file that cannot be read is left out, named at the end with why, and the
backup goes on. The archive is streamed through the encryption in 1 MiB chunks
(scrypt for the key, AES-256-GCM for each chunk, its number and whether it is
the last one authenticated), so any size of data folder can be backed up with
little memory; the only unencrypted copy written is a database's snapshot, a
private temporary file in the data folder itself. A wrong passphrase, a damaged,
truncated or reordered file, or one naming a path outside the folder is refused
before the data folder is touched; restore refuses while Open WebUI runs (here,
in compose, or connected to the database), replaces existing data only with
--force, and keeps the previous data, and the database as it was, aside.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from therapy_pack.backup import BackupError, create, restore, verify
from therapy_pack.database_url import add_options as add_database_url_options


def passphrase_from_user(confirm: bool) -> str:
    value = os.environ.get("THERAPY_PACK_BACKUP_PASSPHRASE")
    if value:
        return value
    if not sys.stdin.isatty():
        raise BackupError("Set THERAPY_PACK_BACKUP_PASSPHRASE or run this in a terminal to type the passphrase.")
    value = getpass.getpass("Backup passphrase: ")
    if confirm and value != getpass.getpass("Type it again: "):
        raise BackupError("The two passphrases differ.")
    return value


def left_out(skipped: dict[str, str]) -> str:
    """The files the backup could not hold, each with why: said last, so no one misses it."""
    if not skipped:
        return ""
    lines = [f"  {name} - {why}" for name, why in sorted(skipped.items())]
    return ("\n".join([f"{len(skipped)} file(s) were left out of this backup; everything else is in it:", *lines])
            + "\nMove or fix these files if they matter, then back up again.\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("create")
    make.add_argument("--data-dir", type=Path, required=True, help="Open WebUI's data folder")
    make.add_argument("--out", type=Path, required=True)
    add_database_url_options(make, "--database-url", "group practice: the PostgreSQL database to include (pg_dump)")
    check = sub.add_parser("verify")
    check.add_argument("archive", type=Path)
    back = sub.add_parser("restore")
    back.add_argument("archive", type=Path)
    back.add_argument("--data-dir", type=Path, required=True)
    add_database_url_options(back, "--database-url", "group practice: the PostgreSQL database to restore into (pg_restore)")
    back.add_argument("--force", action="store_true", help="replace a data folder that holds data (it is kept aside)")
    back.add_argument("--open-webui-url", default=os.environ.get("OPEN_WEBUI_URL", "http://127.0.0.1:8080"),
                      help="where Open WebUI would answer if it were running (default http://127.0.0.1:8080)")
    args = parser.parse_args(argv)
    try:
        passphrase = passphrase_from_user(confirm=args.command == "create")
        if args.command == "create":
            size, skipped = create(args.data_dir, args.out, passphrase, args.database_url)
            print(f"Encrypted backup written to {args.out} ({size / 2**20:.1f} MiB). Keep the passphrase safe: without it the backup cannot be read.")
            print(left_out(skipped), end="")
        elif args.command == "verify":
            print(f"The backup is intact: {len(verify(args.archive, passphrase))} files.")
        else:
            done = restore(args.archive, args.data_dir, passphrase, args.database_url, args.force, args.open_webui_url)
            print(f"Restored {done.files} files into {args.data_dir}."
                  + (f" The data that was there is kept at {done.previous_data}." if done.previous_data else "")
                  + (f" The database as it was is kept at {done.previous_database} (pg_restore puts it back)."
                     if done.previous_database else "")
                  + (" Delete what was kept once you have checked the restored data." if done.previous_data or done.previous_database else ""))
    except BackupError as exc:
        print(f"backup: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
