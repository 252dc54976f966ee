"""Generate the diagnostic vocabulary that pipelines/clinical_guardrails.py carries.

    python scripts/build_guardrail_vocabulary.py           # rewrite the generated block
    python scripts/build_guardrail_vocabulary.py --check   # exit 1 if the committed block is stale
"""

from __future__ import annotations

import argparse
import sys

from therapy_pack.guardrail_vocabulary import FILTER, build_block, with_block
from therapy_pack.paths import shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed vocabulary is stale")
    args = parser.parse_args(argv)
    source = FILTER.read_text(encoding="utf-8")
    wanted = with_block(source, build_block())
    if args.check:
        if wanted != source:
            print(f"{shown(FILTER)}: the generated vocabulary is out of date; run python scripts/build_guardrail_vocabulary.py", file=sys.stderr)
            return 1
        return 0
    FILTER.write_text(wanted, encoding="utf-8")
    print(f"wrote the vocabulary into {shown(FILTER)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
