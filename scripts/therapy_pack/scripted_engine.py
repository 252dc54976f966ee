"""An OpenAI-compatible engine that writes no prose of its own: each note is the clinician's own sentences, laid into
the sections the request's output schema asks for, streamed at a fixed pace.

scripts/bench_group.py and the group-practice tests load Open WebUI and the pack with it, so that their figures
measure the pack and Open WebUI, not a model: every answer takes the same time however many arrive at once,
as on a GPU server that batches them. Run as a file; it needs only uvicorn (Open WebUI ships it).

    python scripts/therapy_pack/scripted_engine.py --port N [--model NAME] [--first-token-ms 150] [--tokens-per-s 50]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import re
import time

CHARS_PER_TOKEN = 4
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def clinician_sentences(body: dict) -> list[str]:
    """The sentences of the last user message (text parts joined), in order."""
    content = next((m.get("content") for m in reversed(body.get("messages") or []) if m.get("role") == "user"), "") or ""
    if isinstance(content, list):
        content = " ".join(part.get("text", "") for part in content if isinstance(part, dict))
    return [s.strip() for s in _SENTENCE_END.split(content) if s.strip()] or ["Nothing was given."]


def requested_schema(body: dict) -> dict | None:
    """The JSON schema the request asks the answer to follow, in llama.cpp's or OpenAI's form, if any."""
    form = body.get("response_format") or {}
    return form.get("schema") or (form.get("json_schema") or {}).get("schema")


def filled(schema: dict, sentences, definitions: dict | None = None):
    """A value that follows ``schema``, its text taken in turn from ``sentences`` (an endless iterator)."""
    definitions = definitions if definitions is not None else schema.get("$defs") or schema.get("definitions") or {}
    if "$ref" in schema:
        return filled(definitions[schema["$ref"].rsplit("/", 1)[-1]], sentences, definitions)
    for choice in ("anyOf", "oneOf", "allOf"):
        if schema.get(choice):
            return filled(schema[choice][0], sentences, definitions)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return {key: filled(value, sentences, definitions) for key, value in (schema.get("properties") or {}).items()}
    if kind == "array":
        return [filled(schema.get("items") or {"type": "string"}, sentences, definitions)
                for _ in range(max(1, schema.get("minItems", 1)))]
    if kind in ("integer", "number"):
        return 1
    if kind == "boolean":
        return False
    return next(sentences)


def answer_text(body: dict) -> str:
    """The answer: the clinician's sentences, as the requested JSON where a schema is asked for, else as prose."""
    sentences = clinician_sentences(body)
    schema = requested_schema(body)
    if schema:
        return json.dumps(filled(schema, itertools.cycle(sentences)), ensure_ascii=False)
    return " ".join(sentences)


def app(model: str, first_token_s: float, seconds_per_token: float):
    """The engine as an ASGI application: GET /v1/models and POST /v1/chat/completions."""

    async def respond(send, status: int, payload: bytes, content_type: bytes = b"application/json") -> None:
        await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", content_type)]})
        await send({"type": "http.response.body", "body": payload})

    async def application(scope, receive, send):
        if scope["type"] != "http":
            return
        raw = b""
        while True:
            message = await receive()
            raw += message.get("body", b"")
            if not message.get("more_body"):
                break
        path = scope["path"].rstrip("/")
        if path.endswith("/models"):
            listing = {"object": "list", "data": [{"id": model, "object": "model", "owned_by": "scripted"}]}
            return await respond(send, 200, json.dumps(listing).encode())
        if not path.endswith("/chat/completions"):
            return await respond(send, 404, b'{"error": "not found"}')
        body = json.loads(raw or b"{}")
        text = answer_text(body)
        base = {"id": "scripted", "created": int(time.time()), "model": body.get("model", model)}
        await asyncio.sleep(first_token_s)
        if not body.get("stream"):
            await asyncio.sleep(seconds_per_token * len(text) / CHARS_PER_TOKEN)
            answer = {**base, "object": "chat.completion", "choices": [
                {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]}
            return await respond(send, 200, json.dumps(answer).encode())
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/event-stream")]})
        for start in range(0, len(text), CHARS_PER_TOKEN):
            chunk = {**base, "object": "chat.completion.chunk",
                     "choices": [{"index": 0, "delta": {"content": text[start:start + CHARS_PER_TOKEN]}, "finish_reason": None}]}
            await send({"type": "http.response.body", "body": f"data: {json.dumps(chunk)}\n\n".encode(), "more_body": True})
            await asyncio.sleep(seconds_per_token)
        end = {**base, "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
        await send({"type": "http.response.body", "body": f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode()})

    return application


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--model", default="scripted-notes")
    parser.add_argument("--first-token-ms", type=float, default=150.0, help="the wait before the first token (the prompt's prefill)")
    parser.add_argument("--tokens-per-s", type=float, default=50.0, help="the pace of the answer's tokens")
    args = parser.parse_args()
    uvicorn.run(app(args.model, args.first_token_ms / 1000, 1 / args.tokens_per_s), host="127.0.0.1", port=args.port,
                log_level="warning")


if __name__ == "__main__":
    main()
