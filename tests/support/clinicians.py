"""Clinician accounts for end-to-end tests: in the practice's "Clinicians" group, with the presets shared to it as
provisioning shares them, signed in."""

from __future__ import annotations

from therapy_pack.local_stack import DEMO_MODEL_ALIAS
from therapy_pack.openwebui_api import OpenWebUI
from therapy_pack.pack_installer import desired_state
from therapy_pack.sharing import add_clinician, ensure_group, share


def clinician(admin_api: OpenWebUI, url: str, name: str) -> OpenWebUI:
    """A signed-in session of the clinician ``name`` (made once, reused by later calls)."""
    group_id, _ = ensure_group(admin_api)
    models = [m["id"] for m in desired_state(base_model=DEMO_MODEL_ALIAS).models] + [DEMO_MODEL_ALIAS]
    share(admin_api, group_id, models, [], [])
    email, password = f"{name.lower().replace(' ', '-')}@practice.test", f"{name} has a long password"
    add_clinician(admin_api, group_id, name, email, password)
    api = OpenWebUI(url)
    api.sign_in(email, password)
    return api
