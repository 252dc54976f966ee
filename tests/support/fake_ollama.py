"""A small server speaking Ollama's documented HTTP protocol (api/version, tags, pull, create), for tests.

It records every request, streams pull progress as NDJSON, and can cut a pull
off part-way once to check that a download is resumed.
"""

from __future__ import annotations

import json
import threading
from http.server import ThreadingHTTPServer

from support.json_server import JsonHandler


class FakeOllama:
    def __init__(self, version: str = "0.12.3", models: tuple[str, ...] = (), interrupt_first_pull: bool = False):
        self.version = version
        self.models = set(models)
        self.interrupt = interrupt_first_pull
        self.received: list[tuple[str, dict]] = []
        self.progress: dict[str, int] = {}  # bytes already downloaded per model, as Ollama keeps partial blobs
        fake = self

        class Handler(JsonHandler):
            def do_GET(self):
                fake.received.append((self.path, {}))
                if self.path == "/api/version":
                    return self.send_json(200, {"version": fake.version})
                if self.path == "/api/tags":
                    return self.send_json(200, {"models": [{"name": m, "model": m, "modified_at": "2026-01-01T00:00:00Z", "size": 1,
                                                        "digest": "sha256:0"} for m in sorted(fake.models)]})
                self.send_json(404, {"error": "not found"})

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                fake.received.append((self.path, body))
                if self.path == "/api/pull":
                    return self._pull(body)
                if self.path == "/api/create":
                    if body.get("from") not in fake.models:
                        return self.send_json(404, {"error": f"model '{body.get('from')}' not found"})
                    fake.models.add(f"{body['model']}:latest")
                    return self.send_json(200, {"status": "success"})
                self.send_json(404, {"error": "not found"})

            def _pull(self, body: dict) -> None:
                name, total = body["model"], 1000
                if name.startswith("no-such"):
                    return self.send_json(500, {"error": "pull model manifest: file does not exist"})
                self.send_response(200)
                self.send_header("Content-Type", "application/x-ndjson")
                self.end_headers()
                self.wfile.write(json.dumps({"status": "pulling manifest"}).encode() + b"\n")
                done = fake.progress.get(name, 0)
                while done < total:
                    done += 250
                    fake.progress[name] = done
                    line = {"status": "pulling abc123", "digest": "sha256:abc123", "total": total, "completed": done}
                    self.wfile.write(json.dumps(line).encode() + b"\n")
                    self.wfile.flush()
                    if fake.interrupt and done >= 500:
                        fake.interrupt = False
                        self.wfile.write(b'{"status": "pulling ab')  # the connection drops mid-line
                        self.wfile.flush()
                        self.connection.close()
                        return
                for status in ("verifying sha256 digest", "writing manifest", "success"):
                    self.wfile.write(json.dumps({"status": status}).encode() + b"\n")
                fake.models.add(name if ":" in name else f"{name}:latest")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
