"""The "Clinicians" group, and read access for it to everything a clinician uses.

Open WebUI shows a workspace model, tool or prompt to a non-admin only with a
grant, and a preset also needs a grant on the base model it builds on.
"""

from __future__ import annotations

from therapy_pack.openwebui_api import OpenWebUI

GROUP_NAME = "Clinicians"


def ensure_group(api: OpenWebUI, name: str = GROUP_NAME) -> tuple[str, bool]:
    """(group id, whether it was created)."""
    for group in api.get("/api/v1/groups/") or []:
        if group.get("name") == name:
            return group["id"], False
    created = api.post("/api/v1/groups/create", {"name": name, "description": "Clinicians using the therapy notes pack"})
    return created["id"], True


def _has_read(grants: list[dict] | None, group_id: str) -> bool:
    return any(g.get("principal_type") == "group" and g.get("principal_id") == group_id and g.get("permission") in ("read", "write")
               for g in grants or [])


def _with_group(grants: list[dict] | None, group_id: str) -> list[dict]:
    keep = [{k: g[k] for k in ("principal_type", "principal_id", "permission")} for g in grants or []]
    return keep + [{"principal_type": "group", "principal_id": group_id, "permission": "read"}]


def share(api: OpenWebUI, group_id: str, model_ids: list[str], tool_ids: list[str], prompt_commands: list[str]) -> list[str]:
    """Give the group read access to each item that lacks it; returns what changed (empty on a re-run)."""
    changed = []
    for model_id in model_ids:
        model = api.get_model(model_id) or {}
        if not _has_read(model.get("access_grants"), group_id):
            api.post("/api/v1/models/model/access/update",
                     {"id": model_id, "name": model.get("name", model_id), "access_grants": _with_group(model.get("access_grants"), group_id)})
            changed.append(f"model {model_id}")
    for tool_id in tool_ids:
        tool = api.get_module("tools", tool_id) or {}
        if not _has_read(tool.get("access_grants"), group_id):
            api.share_tool(tool_id, _with_group(tool.get("access_grants"), group_id))
            changed.append(f"tool {tool_id}")
    prompts = {p.get("command", "").lstrip("/"): p for p in api.list_prompts()}
    for command in prompt_commands:
        prompt = prompts.get(command)
        if prompt and not _has_read(prompt.get("access_grants"), group_id):
            api.post(f"/api/v1/prompts/id/{prompt['id']}/access/update",
                     {"access_grants": _with_group(prompt.get("access_grants"), group_id)})
            changed.append(f"prompt /{command}")
    if changed:
        api.available_models()  # the model cache holds access too
    return changed


def set_default_preset(api: OpenWebUI, preset_id: str) -> bool:
    """Open every new chat on this preset (Open WebUI's default model); False if it already does."""
    config = api.get("/api/v1/configs/models") or {}
    if config.get("DEFAULT_MODELS") == preset_id:
        return False
    api.post("/api/v1/configs/models", {**config, "DEFAULT_MODELS": preset_id})
    return True


def add_clinician(api: OpenWebUI, group_id: str, name: str, email: str, password: str) -> bool:
    """Create a clinician account in the group; False if the e-mail already has one (nothing changed)."""
    users = api.get("/api/v1/users/", params={"query": email}) or {}
    existing = [u for u in (users.get("users", []) if isinstance(users, dict) else users) if u.get("email") == email]
    if existing:
        user_id, created = existing[0]["id"], False
    else:
        user_id, created = api.post("/api/v1/auths/add", {"name": name, "email": email, "password": password, "role": "user"})["id"], True
    api.post(f"/api/v1/groups/id/{group_id}/users/add", {"user_ids": [user_id]})
    return created
