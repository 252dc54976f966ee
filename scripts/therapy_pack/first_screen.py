"""What a clinician sees first: the pack's buttons instead of Open WebUI's, and a plain warning while the demo model runs.

Each preset carries its own buttons (the installer writes them); these are Open WebUI's
defaults, shown on any model without buttons of its own, and its banners.
"""

from __future__ import annotations

import time

from therapy_pack.openwebui_api import OpenWebUI

DEMO_BANNER_ID = "therapy-pack-demo-model"
DEMO_BANNER_TEXT = (
    "**Demo model: drafts are not usable for clinical notes.** This computer runs the pack's tiny built-in model, "
    "which only shows that everything is set up. To switch to a real model, ask whoever set up this computer to "
    "install Ollama (ollama.com) and run `provision.py` again: it downloads the recommended model, moves every "
    "preset onto it, and this notice goes away."
)


def demo_banner(now: int) -> dict:
    return {"id": DEMO_BANNER_ID, "type": "warning", "title": "Demo model", "content": DEMO_BANNER_TEXT,
            "dismissible": False, "timestamp": now}


def with_demo_banner(banners: list[dict], demo: bool, now: int) -> list[dict] | None:
    """The banners with the demo warning shown or taken away; None when nothing changes. Other banners stay."""
    others = [b for b in banners if b.get("id") != DEMO_BANNER_ID]
    current = [b for b in banners if b.get("id") == DEMO_BANNER_ID]
    if demo:
        wanted = demo_banner(current[0]["timestamp"] if current else now)
        # Open WebUI stores fields of its own beside ours (i18n): compare only ours.
        same = len(current) == 1 and all(current[0].get(k) == v for k, v in wanted.items())
        return None if same else others + [wanted]
    return others if current else None


def show_first_screen(api: OpenWebUI, default_preset_form: dict, demo: bool) -> list[str]:
    """Make Open WebUI's default buttons the default preset's, and show the demo warning only while the demo model
    runs; what changed, in plain words (empty on a re-run)."""
    changed = []
    config = api.get("/api/v1/configs/export") or {}
    suggestions = default_preset_form["meta"]["suggestion_prompts"]
    if config.get("ui.prompt_suggestions") != suggestions:
        api.post("/api/v1/configs/suggestions", {"suggestions": suggestions, "i18n": {}})
        changed.append("the pack's buttons on a new chat")
    banners = with_demo_banner(config.get("ui.banners") or [], demo, int(time.time()))
    if banners is not None:
        api.post("/api/v1/configs/banners", {"banners": banners})
        changed.append("demo model warning " + ("shown" if demo else "taken away"))
    return changed
