"""Which of Open WebUI's routes can reach a model, read from its own route table and code (run as a script, in a
process of its own, since importing Open WebUI's app sets up its database: writes JSON to the file named).

A route reaches a model when its endpoint, or any Open WebUI function it calls or hands on (a background task,
a thread pool), comes to one of the places that send text to a model:
- "writes": a function of Open WebUI's connection routers (routers/openai.py, routers/ollama.py) that sends a
  request to the engine, or the chat pipeline (main.chat_completion);
- "embeds": the embedding function (retrieval.utils.get_embedding_function builds every one).
Callables Open WebUI keeps on app.state (CHAT_COMPLETION_HANDLER, EMBEDDING_FUNCTION) are followed to what
main.py puts there. The walk reads source, so it also follows branches a setting turns off. Socket.IO's event
handlers are read the same way.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import json
import os
import subprocess
import sys
import textwrap
import types
from pathlib import Path

ENGINE_MODULES = ("open_webui.routers.openai", "open_webui.routers.ollama")
SENDS = ("session.request(", "session.post(", "send_post_request(", "send_request(")


def _source(fn) -> str:
    try:
        return textwrap.dedent(inspect.getsource(fn))
    except (OSError, TypeError):
        return ""


@functools.lru_cache(maxsize=None)
def state_callables() -> dict[str, object]:
    """What main.py puts on app.state that is called later: the function itself, or the function that builds it."""
    import open_webui.main as main

    found = {}
    for node in ast.walk(ast.parse(inspect.getsource(main))):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
            if isinstance(target, ast.Attribute) and ast.unparse(target.value).endswith("app.state"):
                name = value.func if isinstance(value, ast.Call) else value
                fn = getattr(main, name.id, None) if isinstance(name, ast.Name) else None
                if inspect.isfunction(fn):
                    found[target.attr] = fn
    return found


def _resolve(module, node, imported: dict, bound: set):
    if isinstance(node, ast.Name):
        return None if node.id in bound else imported.get(node.id, getattr(module, node.id, None))
    if isinstance(node, ast.Attribute):
        if ast.unparse(node.value).endswith("state"):
            return state_callables().get(node.attr)
        base = _resolve(module, node.value, imported, bound)
        return getattr(base, node.attr, None) if isinstance(base, types.ModuleType) else None
    return None


@functools.lru_cache(maxsize=None)
def callees(fn) -> tuple:
    """The Open WebUI functions ``fn`` calls or passes on."""
    module, source = sys.modules.get(fn.__module__), _source(fn)
    if module is None or not source:
        return ()
    tree = ast.parse(source)
    imported = {}
    for node in ast.walk(tree):  # imports inside the function
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("open_webui"):
            try:
                source_module = importlib.import_module(node.module)
            except Exception:
                continue
            imported.update({alias.asname or alias.name: getattr(source_module, alias.name, None) for alias in node.names})
    # Names the function binds itself (its arguments, its variables) are not the module's functions.
    bound = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    bound |= {a.arg for n in ast.walk(tree) if isinstance(n, ast.arguments)
              for a in (*n.posonlyargs, *n.args, *n.kwonlyargs, n.vararg, n.kwarg) if a}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Name, ast.Attribute)) and isinstance(node.ctx, ast.Load):
            target = _resolve(module, node, imported, bound - set(imported))
            if inspect.isfunction(target) and target.__module__.startswith("open_webui"):
                found.append(inspect.unwrap(target))
    return tuple(found)


def sink(fn) -> str | None:
    from open_webui.main import chat_completion
    from open_webui.retrieval.utils import get_embedding_function

    if fn is inspect.unwrap(chat_completion):
        return "writes"
    if fn is inspect.unwrap(get_embedding_function):
        return "embeds"
    if fn.__module__ in ENGINE_MODULES and any(send in _source(fn) for send in SENDS):
        return "writes"
    return None


def reach(endpoint) -> tuple[set[str], list[str]]:
    """The kinds of model the endpoint can reach, and one path of calls to each."""
    parent, queue, kinds, chains = {endpoint: None}, [endpoint], set(), []
    while queue:
        fn = queue.pop(0)
        kind = sink(fn)
        if kind and kind not in kinds:
            kinds.add(kind)
            chain, step = [], fn
            while step is not None:
                chain.append(f"{step.__module__.removeprefix('open_webui.')}.{step.__name__}")
                step = parent[step]
            chains.append(" <- ".join(chain))
        if kind == "writes":
            continue  # what a model-writing call does next does not matter
        for callee in callees(fn):
            if callee not in parent:
                parent[callee] = fn
                queue.append(callee)
    return kinds, chains


def route_table(folder: Path) -> dict:
    """Open WebUI's routes, each with the kinds of model it reaches and how (``reaches``, ``chains``), and the route
    paths the pack's wrapper closes (``closed``): this script, run in a process of its own on a fresh data folder."""
    from therapy_pack.local_stack import open_webui_env

    out = folder / "routes.json"
    env = {**os.environ, **open_webui_env(folder / "data", 9), "PYTHONPATH": os.pathsep.join(sys.path)}
    run = subprocess.run([sys.executable, __file__, str(out)], env=env, cwd=folder, capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        raise RuntimeError(f"reading Open WebUI's routes failed:\n{run.stderr[-3000:]}")
    return json.loads(out.read_text(encoding="utf-8"))


def routes(app):
    from starlette.routing import Mount

    def walk(table, prefix=""):
        for route in table:
            if isinstance(route, Mount):
                yield from walk(route.routes, prefix + route.path)
            elif getattr(route, "endpoint", None) is not None:
                yield prefix + route.path, sorted(getattr(route, "methods", None) or ["WEBSOCKET"]), inspect.unwrap(route.endpoint)

    return list(walk(app.routes))


if __name__ == "__main__":
    from therapy_pack.model_routes import guarded_app

    guarded = guarded_app()
    from open_webui.socket.main import sio

    # Socket.IO events are another way in; none can be closed by path, so none may reach a model.
    events = [(f"socket.io event {name}", ["SOCKET"], inspect.unwrap(handler))
              for handlers in sio.handlers.values() for name, handler in handlers.items()]
    table = []
    for path, methods, endpoint in routes(guarded.app) + events:
        kinds, chains = reach(endpoint)
        table.append({"path": path, "methods": methods, "reaches": sorted(kinds), "chains": chains})
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        json.dump({"routes": table, "closed": sorted({r.path for r in guarded.closed})}, out)
