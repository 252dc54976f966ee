"""Generate the diagnostic vocabulary the guardrails carry: pipelines/clinical_guardrails/vocabulary.py.

    python scripts/build_guardrail_vocabulary.py           # rewrite the generated file
    python scripts/build_guardrail_vocabulary.py --check   # exit 1 if the committed file is stale
"""

from __future__ import annotations

import argparse
import sys

from therapy_pack.guardrail_vocabulary import VOCABULARY, vocabulary_source
from therapy_pack.paths import shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed vocabulary is stale")
    args = parser.parse_args(argv)
    wanted = vocabulary_source()
    if args.check:
        if VOCABULARY.read_text(encoding="utf-8") != wanted:
            print(f"{shown(VOCABULARY)}: the generated vocabulary is out of date; run python scripts/build_guardrail_vocabulary.py", file=sys.stderr)
            return 1
        return 0
    VOCABULARY.write_text(wanted, encoding="utf-8")
    print(f"wrote the vocabulary into {shown(VOCABULARY)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
