"""Getting the model into Ollama: version check, pull with progress (resumed if interrupted),
and one model per modality built from the Modelfiles' content.

Talks to Ollama only through its HTTP API (the `ollama` client), so it works the
same with a local install, a container, or a test server speaking the protocol.
"""

from __future__ import annotations

from typing import Callable

import httpx
import ollama

from therapy_pack.plain_words import cause
from therapy_pack.modelfiles import OLLAMA_PARAMETER_NAMES, ollama_model_name
from therapy_pack.presets import Catalogue

MIN_VERSION = (0, 5, 0)  # structured outputs (format with a JSON schema) arrived in Ollama 0.5


class OllamaError(Exception):
    """Ollama is missing, too old, or failed; the message says what to do."""


def version(url: str) -> str:
    try:
        response = httpx.get(f"{url}/api/version", timeout=5, trust_env=False)
        response.raise_for_status()
    except httpx.HTTPError:
        raise OllamaError(
            f"No Ollama answers at {url}. Install it from https://ollama.com/download (it starts by itself), "
            "or set OLLAMA_HOST to where it runs."
        ) from None
    found = response.json().get("version", "0")
    numbers = tuple(int(p) for p in found.split("-")[0].split(".")[:3] if p.isdigit())
    if numbers < MIN_VERSION:
        raise OllamaError(f"Ollama {found} is too old: the pack needs {'.'.join(map(str, MIN_VERSION))} or newer. "
                          "Update it from https://ollama.com/download.")
    return found


def has_model(client: ollama.Client, name: str) -> bool:
    names = {m.model for m in client.list().models}
    return name in names or f"{name}:latest" in names


def pull(client: ollama.Client, name: str, progress: Callable[[str, int, int], None], attempts: int = 5,
         say: Callable[[str], None] = print) -> None:
    """Download ``name``; an interrupted download is resumed (Ollama keeps the parts it already has)."""
    for attempt in range(1, attempts + 1):
        try:
            for update in client.pull(name, stream=True):
                progress(update.status or "", update.completed or 0, update.total or 0)
            return
        except ollama.ResponseError as exc:
            raise OllamaError(f"Ollama could not download {name}: {exc.error}. Check the model name.") from None
        except (httpx.HTTPError, ConnectionError, ValueError) as exc:  # ValueError: a line cut off mid-way
            if attempt == attempts:
                raise OllamaError(f"The download of {name} kept failing ({cause(exc)}). "
                                  "Check the internet connection and run this again; it resumes where it stopped.") from None
            say(f"The download was interrupted ({cause(exc)}); resuming...")


def build_models(client: ollama.Client, catalogue: Catalogue, base_model: str) -> list[str]:
    """`ollama create` one model per modality (therapy-ifs, ...) from the same data as modelfiles/."""
    built = []
    for modality in catalogue.modalities.values():
        name = ollama_model_name(modality)
        parameters = {OLLAMA_PARAMETER_NAMES.get(k, k): v for k, v in catalogue.engine.parameters.items()}
        try:
            client.create(model=name, from_=base_model, system=catalogue.modality_system_prompt(modality), parameters=parameters)
        except ollama.ResponseError as exc:
            raise OllamaError(f"Ollama could not build {name}: {exc.error}") from None
        built.append(name)
    return built
