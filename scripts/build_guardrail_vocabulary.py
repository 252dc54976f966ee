"""Generate the vocabularies the guardrails carry: pipelines/clinical_guardrails/vocabulary.py
(diagnoses) and pipelines/clinical_guardrails/names_vocabulary.py (people's names).

    python scripts/build_guardrail_vocabulary.py           # rewrite the generated files
    python scripts/build_guardrail_vocabulary.py --check   # exit 1 if a committed file is stale
"""

from __future__ import annotations

import argparse
import sys

from therapy_pack.guardrail_names import NAMES_VOCABULARY, names_source
from therapy_pack.guardrail_vocabulary import VOCABULARY, vocabulary_source
from therapy_pack.paths import shown

GENERATED = ((VOCABULARY, vocabulary_source), (NAMES_VOCABULARY, names_source))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if a committed vocabulary is stale")
    args = parser.parse_args(argv)
    stale = 0
    for path, source in GENERATED:
        wanted = source()
        if not args.check:
            path.write_text(wanted, encoding="utf-8")
            print(f"wrote the vocabulary into {shown(path)}")
        elif path.read_text(encoding="utf-8") != wanted:
            print(f"{shown(path)}: the generated vocabulary is out of date; run python scripts/build_guardrail_vocabulary.py", file=sys.stderr)
            stale = 1
    return stale


if __name__ == "__main__":
    sys.exit(main())
