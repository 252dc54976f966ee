"""llama-cpp-python's OpenAI-compatible server, recording every request body.

The end-to-end tests and scripts/bench_note_path.py read the JSONL file to see
exactly what reached the model: the system prompt the filter injected, the
output schema it asked for, the tokens a note costs. Run as a file (it imports
nothing of the pack), so it starts in any Python that has llama-cpp-python.

A test that needs one exact draft (to check what the pack does with a diagnosis
or an invented quote in it) puts SCRIPTED_DRAFT:<name> in its message; the
server then answers with <scripts dir>/<name>.txt instead of running the model.
SCRIPTED_TOOLS:<name> does the same for a tool decision: Open WebUI's tool-choice
prompt ("Available Tools: ...") gets the "tool_calls" of <name>.json, and the
answer after the tool ran gets its "reply". SCRIPTED_CRASH makes the engine
die under the request, as llama.cpp does on a CPU fault: the answer starts,
then the process ends with SIGSEGV. The tiny test model cannot choose tools;
everything else is answered by the real model.

With --timings, each answer's engine-side timing goes to a second JSONL file (timed()):
seconds to its first token (the prompt's prefill), seconds to its end, and its output
tokens, so a benchmark can split a note's wall time into prefill, decode and the rest.
With --cache_size 0 the engine keeps no prompt cache: it holds only the last prompt.

    python scripts/therapy_pack/recording_engine.py --model X.gguf --alias NAME --port N --record FILE [--scripts DIR] [--timings FILE]
"""

import argparse
import json
import re
import time
from pathlib import Path


def recorded(record: Path) -> list[dict]:
    """Every request the server has received so far, oldest first: {"path", "body"}."""
    lines = record.read_text(encoding="utf-8").splitlines() if record.exists() else []
    return [json.loads(line) for line in lines]


def chat_requests(record: Path, before: int = 0, settle: float = 0.0) -> list[dict]:
    """The chat-completion bodies received after the first ``before`` requests. With ``settle``, once no
    request has come for that many seconds (Open WebUI's background tasks run after the answer)."""
    count, since = -1, time.monotonic()
    while time.monotonic() - since < settle:
        if len(recorded(record)) != count:
            count, since = len(recorded(record)), time.monotonic()
        time.sleep(0.2)
    return [r["body"] for r in recorded(record)[before:] if r.get("path", "").endswith("/chat/completions")]


def timed(timings: Path, before: int = 0) -> list[dict]:
    """The engine's timing of each chat answer after the first ``before``, oldest first:
    {"first_token_s", "total_s", "output_tokens"} (a streamed answer's tokens are its content chunks)."""
    lines = timings.read_text(encoding="utf-8").splitlines() if timings.exists() else []
    return [json.loads(line) for line in lines[before:]]


class AnswerClock:
    """Times one answer as the engine sends it: its first token, its end, how many tokens."""

    def __init__(self):
        self.started, self.first, self.tokens, self.usage, self.body = time.perf_counter(), None, 0, None, b""

    def sent(self, chunk: bytes) -> None:
        for line in chunk.split(b"\n"):
            if line.startswith(b"data: {") and b'"content": "' in line and b'"content": ""' not in line:
                self.first = self.first or time.perf_counter()
                self.tokens += 1
        if not chunk.lstrip().startswith(b"data:"):
            self.body += chunk  # a non-streamed answer: its usage says how many tokens

    def record(self, path: str) -> dict:
        end = time.perf_counter()
        try:
            usage = json.loads(self.body).get("usage") or {}
        except ValueError:
            usage = {}
        first = self.first or end
        return {"path": path, "first_token_s": round(first - self.started, 4), "total_s": round(end - self.started, 4),
                "output_tokens": usage.get("completion_tokens", self.tokens), "prompt_tokens": usage.get("prompt_tokens")}


SCRIPTED = re.compile(r"SCRIPTED_(DRAFT|TOOLS):([\w-]+)")
CRASH = "SCRIPTED_CRASH"


def scripted_answer(body: dict, scripts: str):
    """The scripted answer for this request, or None to let the model answer."""
    for message in body.get("messages") or []:
        found = SCRIPTED.search(message.get("content") or "") if isinstance(message.get("content"), str) else None
        if found and message.get("role") == "user":
            kind, name = found.groups()
            if kind == "DRAFT":
                return (Path(scripts) / f"{name}.txt").read_text(encoding="utf-8")
            script = json.loads((Path(scripts) / f"{name}.json").read_text(encoding="utf-8"))
            system = (body["messages"][0].get("content") or "") if body["messages"][0].get("role") == "system" else ""
            if system.startswith("Available Tools:"):
                return json.dumps({"tool_calls": script["tool_calls"]})
            return script["reply"]
    return None


async def send_scripted(send, body: dict, text: str) -> None:
    created = int(time.time())
    base = {"id": "scripted", "object": "chat.completion.chunk", "created": created, "model": body.get("model", "")}
    if body.get("stream"):
        events = [{**base, "choices": [{"index": 0, "delta": {"content": text[i : i + 16]}, "finish_reason": None}]}
                  for i in range(0, len(text), 16)]
        events.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        payload = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
        content_type = b"text/event-stream"
    else:
        payload = json.dumps({**base, "object": "chat.completion", "choices": [
            {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]})
        content_type = b"application/json"
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", content_type)]})
    await send({"type": "http.response.body", "body": payload.encode()})


async def crash(send) -> None:
    """Start a streamed answer, then die as a CPU fault kills llama.cpp."""
    import os
    import signal

    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/event-stream")]})
    chunk = {"id": "crash", "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"content": '{"data": "'}}]}
    await send({"type": "http.response.body", "body": f"data: {json.dumps(chunk)}\n\n".encode(), "more_body": True})
    os.kill(os.getpid(), signal.SIGSEGV)


def recording(app, path, scripts, timings=None):
    async def wrapped(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        messages = []
        while True:
            message = await receive()
            messages.append(message)
            if not message.get("more_body"):
                break
        body = b"".join(m.get("body", b"") for m in messages)
        record = {}
        if body:
            try:
                record = {"path": scope["path"], "body": json.loads(body)}
            except ValueError:
                record = {"path": scope["path"], "raw": body.decode("utf-8", "replace")}
            with open(path, "a", encoding="utf-8") as log:
                log.write(json.dumps(record) + "\n")
        if CRASH in json.dumps((record.get("body") or {}).get("messages") or []):
            return await crash(send)
        answer = scripted_answer(record.get("body") or {}, scripts) if body and scripts else None
        if answer is not None:
            return await send_scripted(send, record["body"], answer)
        replay = iter(messages)

        async def receive_again():
            return next(replay, None) or await receive()

        if not (timings and scope["path"].endswith("/chat/completions")):
            return await app(scope, receive_again, send)
        clock = AnswerClock()

        async def send_timed(message):
            if message["type"] == "http.response.body":
                clock.sent(message.get("body", b""))
            await send(message)

        await app(scope, receive_again, send_timed)
        with open(timings, "a", encoding="utf-8") as log:
            log.write(json.dumps(clock.record(scope["path"])) + "\n")

    return wrapped


def main():
    import uvicorn
    from llama_cpp.server.app import create_app
    from llama_cpp.server.settings import ModelSettings, ServerSettings

    from demo_engine import check_grammar_after_sampling, engine_threads  # this script's folder is on the path

    check_grammar_after_sampling()  # as the demo engine samples

    parser = argparse.ArgumentParser()
    for name in ("--model", "--alias", "--record"):
        parser.add_argument(name, required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--n_ctx", type=int, default=8192)
    parser.add_argument("--scripts", help="folder of scripted drafts (SCRIPTED_DRAFT:<name>)")
    parser.add_argument("--cache_size", type=int, default=1 << 30, help="prompt cache in bytes, as the demo engine keeps; 0: none")
    parser.add_argument("--timings", help="JSONL file for each answer's engine-side timing")
    args = parser.parse_args()
    app = create_app(
        server_settings=ServerSettings(host="127.0.0.1", port=args.port),
        # The demo engine's settings (scripts/therapy_pack/local_stack.py), prompt cache included.
        model_settings=[ModelSettings(model=args.model, model_alias=args.alias, n_ctx=args.n_ctx, verbose=False,
                                      cache=args.cache_size > 0, cache_size=args.cache_size, logits_all=False,
                                      n_threads=engine_threads())],
    )
    uvicorn.run(recording(app, args.record, args.scripts, args.timings), host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
