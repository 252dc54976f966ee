"""Key rotation refuses while Open WebUI may write the maps, however it runs: here, in compose, or on a database."""

from __future__ import annotations

import ifs_parts_map as pm
from support.dialogs import Confirming
from support.open_webui_health import OpenWebUIHealth
from therapy_pack import backup, key_rotation

NOBODY = "http://127.0.0.1:9"  # where no Open WebUI answers


def stored_maps(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'parts.db'}"
    tool = pm.Tools()
    tool.valves = tool.Valves(encryption_key=pm.Cipher.new_key(), database_url=url)
    Confirming(tool).record_part("AB", "The Critic", "manager", __user__={"id": "clinician", "role": "user"})
    for store in pm._STORES.values():  # as a stopped Open WebUI would
        store.engine.dispose()
    return url


def test_rotation_refuses_while_a_compose_open_webui_answers_though_another_address_was_given(tmp_path, monkeypatch):
    url = stored_maps(tmp_path)
    assert key_rotation.refusal(url, NOBODY) is None
    with OpenWebUIHealth() as compose:
        monkeypatch.setattr(backup, "COMPOSE_URL", compose.url, raising=False)  # compose's 127.0.0.1:3000, on a free port
        problem = key_rotation.refusal(url, NOBODY)
    assert problem and f"Open WebUI is running at {compose.url}" in problem and "Nothing was changed" in problem


def test_a_server_that_is_not_open_webui_is_not_taken_for_it(tmp_path):
    import http.server
    import threading

    class Other(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Other)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        assert not backup.open_webui_answers(f"http://127.0.0.1:{server.server_port}")
    finally:
        server.shutdown()
