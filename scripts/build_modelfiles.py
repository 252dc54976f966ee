"""Write one Ollama Modelfile per modality into modelfiles/, from prompt_presets/.

    python scripts/build_modelfiles.py              # write the files
    python scripts/build_modelfiles.py --check      # exit 1 if a committed file is stale
    python scripts/build_modelfiles.py --base-model qwen3.5:27b --out DIR
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from therapy_pack.modelfiles import build_all
from therapy_pack.paths import MODELFILES_DIR
from therapy_pack.presets import PresetError, load_catalogue


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only compare with the files on disk")
    parser.add_argument("--base-model", help="model to build FROM (default: prompt_presets/engine.yaml)")
    parser.add_argument("--out", type=Path, default=MODELFILES_DIR)
    args = parser.parse_args(argv)
    try:
        files = build_all(load_catalogue(), args.base_model)
    except PresetError as exc:
        print(f"Could not build the Modelfiles: {exc}", file=sys.stderr)
        return 2
    stale = [name for name, text in files.items() if not (args.out / name).is_file() or (args.out / name).read_text(encoding="utf-8") != text]
    if args.check:
        for name in stale:
            print(f"{args.out / name} is out of date: run python scripts/build_modelfiles.py", file=sys.stderr)
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name in stale:
        (args.out / name).write_text(files[name], encoding="utf-8")
        print(f"wrote {args.out / name}")
    if not stale:
        print("Modelfiles already up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
