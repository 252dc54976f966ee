"""Open WebUI receives the guardrails (the folder pipelines/clinical_guardrails/) joined into one module, and the
tests import exactly that module as clinical_guardrails, never the folder's files (therapy_pack/joined_module.py)."""

from therapy_pack.paths import PIPELINES_DIR, standalone_module

standalone_module(PIPELINES_DIR / "clinical_guardrails")
