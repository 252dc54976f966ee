"""Open WebUI's stored settings and the admin endpoints that change them, in memory, for unit tests."""

from __future__ import annotations

# What each endpoint stores, as Open WebUI 0.12 does.
STORED_BY = {
    "/api/v1/configs/import": lambda body: body["config"],
    "/api/v1/configs/suggestions": lambda body: {"ui.prompt_suggestions": body["suggestions"]},
    "/api/v1/configs/banners": lambda body: {"ui.banners": body["banners"]},
}


class SettingsApi:
    def __init__(self, config: dict):
        self.config, self.posted = config, []

    def get(self, path: str) -> dict:
        return self.config

    def post(self, path: str, body: dict) -> None:
        self.posted.append(body)
        self.config.update(STORED_BY[path](body))
