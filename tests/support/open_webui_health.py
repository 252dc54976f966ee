"""Something that answers /health as Open WebUI does, on a free port: a running Open WebUI, as the checks that
refuse to touch its data see it."""

from __future__ import annotations

import http.server
import threading


class OpenWebUIHealth(threading.Thread):
    """Open WebUI's answer to /health, served from a thread while the ``with`` block lasts."""

    def __init__(self):
        class Health(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                body = b'{"status":true}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.HTTPServer(("127.0.0.1", 0), Health)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        super().__init__(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
