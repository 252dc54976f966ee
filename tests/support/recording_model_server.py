"""llama-cpp-python's OpenAI-compatible server, recording every request body.

The tests read the JSONL file to check exactly what reached the model: the
system prompt the filter injected and the output schema it asked for.

    python tests/support/recording_model_server.py --model X.gguf --alias NAME --port N --record FILE
"""

import argparse
import json

import uvicorn
from llama_cpp.server.app import create_app
from llama_cpp.server.settings import ModelSettings, ServerSettings


def recording(app, path):
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
        if body:
            try:
                record = {"path": scope["path"], "body": json.loads(body)}
            except ValueError:
                record = {"path": scope["path"], "raw": body.decode("utf-8", "replace")}
            with open(path, "a", encoding="utf-8") as log:
                log.write(json.dumps(record) + "\n")
        replay = iter(messages)

        async def receive_again():
            return next(replay, None) or await receive()

        await app(scope, receive_again, send)

    return wrapped


def main():
    parser = argparse.ArgumentParser()
    for name in ("--model", "--alias", "--record"):
        parser.add_argument(name, required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--n_ctx", type=int, default=8192)
    args = parser.parse_args()
    app = create_app(
        server_settings=ServerSettings(host="127.0.0.1", port=args.port),
        model_settings=[ModelSettings(model=args.model, model_alias=args.alias, n_ctx=args.n_ctx, verbose=False)],
    )
    uvicorn.run(recording(app, args.record), host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
