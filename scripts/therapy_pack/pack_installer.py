"""Installing the pack into a running Open WebUI, through its REST API only: reading and checking every
module and preset first, then planning and applying only what differs. scripts/install_pack.py is the command.
"""

from __future__ import annotations

import ast
import hashlib
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from therapy_pack.forms import as_form
from therapy_pack.hardening import PRESET_LOCKED_CAPABILITIES
from therapy_pack.joined_module import JoinError, is_folder_module, joined_text
from therapy_pack.openwebui_api import OpenWebUI, OpenWebUIError
from therapy_pack.paths import PIPELINES_DIR, PRESETS_DIR, TOOLS_DIR, shown
from therapy_pack.preset_contract import FieldSpec, FormatSpec, PackMeta, SectionSpec, ToolFormSpec
from therapy_pack.presets import Catalogue, Format, Preset, PresetError, Suggestion, ToolForm, load_catalogue
from therapy_pack.private_files import new_secret

MODULE_CLASSES = {"pipelines": ("Pipe", "Filter", "Action"), "tools": ("Tools",)}
# Open WebUI rewrites these strings anywhere in a module's text, string literals
# included (utils/plugin.py:replace_imports), which silently corrupts the module.
REWRITTEN_BY_OPEN_WEBUI = ("from utils", "from apps", "from main", "from config")
# Presets are for documentation from text and files; what could let client text out is locked in hardening.py.
PRESET_CAPABILITIES = {"vision": False, "file_upload": True, "file_context": True, "citations": True, "status_updates": True,
                       **PRESET_LOCKED_CAPABILITIES}


class InstallError(Exception):
    """Something in the pack itself cannot be installed; the message names the file."""


class WouldLoseDataError(Exception):
    """The change asked for would make stored data unreadable (a new key over a lost one) or leave it behind; nothing was changed."""


# ------------------------------------------------------------ what to install


@dataclass(frozen=True)
class Module:
    path: Path
    id: str
    kind: str  # "filter", "action", "pipe" or "tool"
    name: str
    description: str
    content: str
    is_global: bool = False  # "global: true" in the header: Open WebUI runs the filter for every model


def frontmatter(source: str) -> dict[str, str]:
    """Open WebUI's module header: key: value lines in a docstring that starts on line 1."""
    lines = source.splitlines()
    if not lines or lines[0].strip() != '"""':
        return {}
    meta = {}
    for line in lines[1:]:
        if line.strip() == '"""':
            break
        key, sep, value = line.partition(":")
        if sep and key.strip().isidentifier():
            meta[key.strip()] = value.strip()
    return meta


def read_module(path: Path, folder: str) -> Module:
    """A file in pipelines/ or tools/, or a folder module there, whose joined text (joined_module.py) is what Open WebUI gets."""
    where = shown(path)
    module_id = path.stem
    if not module_id.isidentifier() or module_id != module_id.lower():
        raise InstallError(f"{where}: the file name must be lower-case letters, digits and underscores (Open WebUI uses it as the id)")
    try:
        source = joined_text(path) if is_folder_module(path) else path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InstallError(f"{where}: the file is not UTF-8 text") from None
    except JoinError as exc:
        raise InstallError(str(exc)) from None
    try:
        tree = ast.parse(source, filename=str(where))
    except SyntaxError as exc:
        raise InstallError(f"{where}: Python syntax error on line {exc.lineno}: {exc.msg}") from None
    classes = [n.name for n in tree.body if isinstance(n, ast.ClassDef) and n.name in MODULE_CLASSES[folder]]
    if not classes:
        raise InstallError(f"{where}: no top-level class {' or '.join(MODULE_CLASSES[folder])}, so Open WebUI cannot load it")
    for text in REWRITTEN_BY_OPEN_WEBUI:
        if text in source:
            raise InstallError(f"{where}: contains the text '{text}', which Open WebUI rewrites on upload; reword it")
    meta = frontmatter(source)
    if not meta.get("title") or not meta.get("description"):
        raise InstallError(f'{where}: needs a header docstring starting on line 1 (""") with title: and description:')
    # Open WebUI picks the type by the first class present in this order.
    kind = next(k for k in ("Pipe", "Filter", "Action", "Tools") if k in classes)
    return Module(path, module_id, {"Tools": "tool"}.get(kind, kind.lower()), meta["title"], meta["description"], source,
                  kind == "Filter" and meta.get("global", "").lower() == "true")


def read_modules(folder: Path, kind: str) -> list[Module]:
    if not folder.is_dir():
        return []
    modules = [p for p in folder.iterdir() if p.suffix == ".py" or is_folder_module(p)]
    return [read_module(p, kind) for p in sorted(modules) if not p.name.startswith("_")]


def format_spec(catalogue: Catalogue, preset: Preset, fmt: Format) -> FormatSpec:
    """What the pack's filters need to write and render one format for this preset."""
    return FormatSpec(
        name=fmt.name,
        title=f"{fmt.name} note" if fmt.id in catalogue.note_formats else fmt.name,
        layout=fmt.layout,
        aliases=fmt.aliases,
        system_prompt=catalogue.system_prompt(preset, fmt),
        sections=[SectionSpec(key=s.key, heading=s.heading) for s in fmt.sections],
        closing=fmt.closing,
    )


def pack_meta(catalogue: Catalogue, preset: Preset) -> PackMeta:
    """The preset's data for the pack's filters (the contract in preset_contract.py)."""
    elsewhere = catalogue.forms_written_elsewhere(preset)
    return PackMeta(
        preset=preset.id,
        modality=preset.modality,
        modality_name=catalogue.modalities[preset.modality].short_name if preset.modality else "",
        default_format=preset.format,
        formats={**{f.id: format_spec(catalogue, preset, f) for f in catalogue.preset_formats(preset)},
                 **{p.id: format_spec(catalogue, p, catalogue.formats[p.format]) for p in elsewhere}},
        # A message opening with another preset's form line writes that preset's document.
        forms={p.form_opening: p.id for p in elsewhere},
        tool_forms={s.tool_form.opening: tool_form_spec(s.title, s.tool_form) for s in preset.suggestions if s.tool_form},
        condense_prompt=catalogue.rules.condense,
        personal=catalogue.rules.personal,
    )


def tool_form_spec(title: str, form: ToolForm) -> ToolFormSpec:
    return ToolFormSpec(title=title, tool=form.tool, function=form.function,
                        fields=[FieldSpec(label=label, parameter=parameter) for label, parameter in form.fields])


def suggestion_prompt(catalogue: Catalogue, suggestion: Suggestion) -> dict:
    """One first-screen button as Open WebUI shows it; a form's {{fields}} open as a form when clicked."""
    if suggestion.tool_form:
        text = suggestion.tool_form.template
    else:
        text = catalogue.presets[suggestion.form].slash_command.template if suggestion.form else suggestion.text
    return {"title": [suggestion.title, suggestion.subtitle], "content": as_form(text)}


def preset_model_form(catalogue: Catalogue, preset: Preset, modules: list[Module], base_model: str | None) -> dict:
    return {
        "id": preset.id,
        "base_model_id": base_model or catalogue.base_model(preset),
        "name": preset.name,
        "meta": {
            "description": preset.description,
            "profile_image_url": "/static/favicon.png",
            "tags": [{"name": tag} for tag in preset.tags],
            "suggestion_prompts": [suggestion_prompt(catalogue, s) for s in catalogue.suggestions(preset)],
            "capabilities": PRESET_CAPABILITIES,
            "filterIds": [m.id for m in modules if m.kind == "filter"],
            "actionIds": [m.id for m in modules if m.kind == "action"],
            "toolIds": list(preset.tools),
            # Read by the pack's filters: the single source is prompt_presets/.
            "therapy_pack": pack_meta(catalogue, preset).model_dump(),
        },
        # With tools, a separate call decides on tool use first (Open WebUI's "legacy" mode), so the
        # note itself can still be asked for as structured output.
        "params": {**catalogue.parameters(preset), **({"function_calling": "legacy"} if preset.tools else {})},
    }


def hidden_model_form(model_id: str, name: str, description: str) -> dict:
    """A model kept out of the model list: a pack pipe, or a raw model under the presets.

    Open WebUI 0.12 lets a clinician use a preset only with read access to its base
    model, so that access stays; hiding it keeps it out of the selector, and the
    guardrails filter (global) answers a clinician who reaches it anyway."""
    return {"id": model_id, "base_model_id": None, "name": name, "meta": {"description": description, "hidden": True}, "params": {}}


BASE_MODEL_DESCRIPTION = "The model under the therapy pack's presets. It has none of the pack's rules, so clinicians use the presets instead."


def preset_prompt_form(preset: Preset) -> dict:
    return {
        "command": preset.slash_command.command,
        "name": preset.slash_command.name,
        "content": as_form(preset.slash_command.template),
        "tags": ["therapy-pack", preset.modality or preset.format],
    }


def check_tool_form(form: ToolForm, tool: Module, where: Path) -> None:
    """A tool form names a function of the tool's Tools class, and each of its fields one of that function's parameters."""
    tools = next(n for n in ast.parse(tool.content).body if isinstance(n, ast.ClassDef) and n.name == "Tools")
    functions = {n.name: n for n in tools.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and not n.name.startswith("_")}
    if form.function not in functions:
        raise PresetError(where, f"field 'suggestions.tool_form.function': the tool '{tool.id}' has no function "
                                 f"'{form.function}' (functions: {', '.join(sorted(functions))})")
    args = functions[form.function].args
    parameters = {a.arg for a in args.args + args.kwonlyargs if a.arg != "self" and not a.arg.startswith("__")}
    unknown = [field for _, field in form.fields if field not in parameters]
    if unknown:
        raise PresetError(where, f"field 'suggestions.tool_form.template': {tool.id}.{form.function} has no parameter "
                                 f"{', '.join(unknown)} (parameters: {', '.join(sorted(parameters))})")


@dataclass
class Desired:
    modules: list[Module]
    models: list[dict]
    prompts: list[dict]


def desired_state(
    presets_dir: Path = PRESETS_DIR,
    pipelines_dir: Path = PIPELINES_DIR,
    tools_dir: Path = TOOLS_DIR,
    base_model: str | None = None,
) -> Desired:
    """Read and check everything locally; raises before any request is sent."""
    catalogue = load_catalogue(presets_dir)
    modules = read_modules(pipelines_dir, "pipelines") + read_modules(tools_dir, "tools")
    tool_ids = {m.id for m in modules if m.kind == "tool"}
    for preset in catalogue.presets.values():
        for tool in preset.tools:
            if tool not in tool_ids:
                raise PresetError(presets_dir / "presets" / f"{preset.id}.yaml",
                                  f"field 'tools': there is no tool '{tool}' in tools/ (tools: {', '.join(sorted(tool_ids)) or 'none'})")
        for suggestion in preset.suggestions:
            if suggestion.tool_form:
                check_tool_form(suggestion.tool_form, next(m for m in modules if m.kind == "tool" and m.id == suggestion.tool_form.tool),
                                presets_dir / "presets" / f"{preset.id}.yaml")
    models = [preset_model_form(catalogue, p, modules, base_model) for p in catalogue.presets.values()]
    models += [hidden_model_form(m.id, m.name, m.description) for m in modules if m.kind == "pipe"]
    models += [hidden_model_form(base, base, BASE_MODEL_DESCRIPTION) for base in sorted({m["base_model_id"] for m in models if m["base_model_id"]})]
    prompts = [preset_prompt_form(p) for p in catalogue.presets.values()]
    return Desired(modules, models, prompts)


# ------------------------------------------------------------------- planning


@dataclass
class Step:
    kind: str  # function, tool, model, prompt
    id: str
    action: str  # create, update, activate, unchanged, ...
    detail: str = ""
    run: Callable[[], object] | None = field(default=None, repr=False, compare=False)


def _same_subset(current: dict | None, wanted: dict) -> bool:
    """True when every key we set already has our value (Open WebUI adds keys of its own)."""
    current = current or {}
    return all(current.get(key) == value for key, value in wanted.items())


def module_changes(module: Module, current: dict | None) -> list[str]:
    if current is None:
        return ["create"]
    changes = []
    if current.get("content") != module.content or current.get("name") != module.name:
        changes.append("update")
    elif (current.get("meta") or {}).get("description") != module.description:
        changes.append("update")
    if module.kind != "tool":
        if not current.get("is_active"):
            changes.append("activate")
        # Pack filters attach to presets by id; only one that declares itself global runs on every model.
        if bool(current.get("is_global")) != module.is_global:
            changes.append("make global" if module.is_global else "make non-global")
    return changes


def model_changes(form: dict, current: dict | None) -> list[str]:
    if current is None:
        return ["create"]
    same = (
        current.get("name") == form["name"]
        and current.get("base_model_id") == form["base_model_id"]
        and current.get("is_active", True)
        and _same_subset(current.get("meta"), form["meta"])
        and _same_subset(current.get("params"), form["params"])
        and set(current.get("params") or {}) - {"model_controls"} <= set(form["params"])
    )
    return [] if same else ["update"]


def prompt_changes(form: dict, current: dict | None) -> list[str]:
    if current is None:
        return ["create"]
    return [] if _same_subset(current, {k: form[k] for k in ("name", "content", "tags")}) else ["update"]


def key_fingerprint(secret: str) -> str:
    """Names a key without revealing it (a hash of 256 random bits)."""
    return hashlib.sha256(b"therapy-pack-key-fingerprint:" + secret.encode()).hexdigest()[:16]


def secret_changes(spec: dict, valves: dict, data_exists: bool = False, item_id: str = "") -> tuple[list[str], dict[str, str]]:
    """What a module's settings need: the secrets (x_generate: secret) to generate, and the fingerprint
    fields (x_fingerprint_of) to set, each with the key it names. Pure; keys already set are never replaced.

    Raises WouldLoseDataError where an empty secret was set before (its fingerprint is stored) or data
    encrypted with it exists: generating a new key then would make that data unreadable."""
    missing = [name for name, field in spec.items() if field.get("x_generate") == "secret" and not valves.get(name)]
    fingerprint_of = {f: field["x_fingerprint_of"] for f, field in spec.items() if field.get("x_fingerprint_of")}
    for name in missing:
        fingerprint = next((valves.get(f) for f, key in fingerprint_of.items() if key == name), None)
        if fingerprint or data_exists:
            raise WouldLoseDataError(
                f"The '{name}' setting is empty, but data encrypted with it exists"
                + (f" (key fingerprint {fingerprint})" if fingerprint else "") + ". A new key would make that data unreadable, "
                f"so nothing was changed. Put the key you saved back: the copy the clinician or administrator stored away "
                f"from this computer when the key was made (a password manager, or on paper). Sign in to Open WebUI as an "
                f"administrator, open Workspace - Tools - {item_id} - Valves, paste it into '{name}' and save, then run this again."
            )
    stale = {f: key for f, key in fingerprint_of.items() if valves.get(key) and valves.get(f) != key_fingerprint(valves[key])}
    return missing, stale


def fill_secrets(api: OpenWebUI, kind: str, item_id: str, data_exists: bool = False) -> dict[str, str]:
    """Generate each missing secret once, and record each key's fingerprint; returns the secrets generated, to be shown once."""
    spec, valves = api.get_valves_spec(kind, item_id).get("properties", {}), api.get_valves(kind, item_id)
    missing, _ = secret_changes(spec, valves, data_exists, item_id)
    new = {name: new_secret() for name in missing}
    keys = {**valves, **new}
    _, stale = secret_changes(spec, keys)
    if new or stale:
        api.update_valves(kind, item_id, {**keys, **{f: key_fingerprint(keys[key]) for f, key in stale.items()}})
    return new


def plan(api: OpenWebUI, desired: Desired, encrypted_data_exists: bool = False) -> list[Step]:
    """What to change; raises WouldLoseDataError, before anything is changed, where a key would be replaced."""
    steps: list[Step] = []
    for module in desired.modules:
        kind = "tool" if module.kind == "tool" else "function"
        plural = f"{kind}s"
        form = {"id": module.id, "name": module.name, "content": module.content, "meta": {"description": module.description}}
        changes = module_changes(module, api.get_module(plural, module.id))
        for change in changes:
            run = {
                "create": lambda p=plural, f=form: api.create_module(p, f),
                "update": lambda p=plural, m=module, f=form: api.update_module(p, m.id, f),
                "activate": lambda m=module: api.toggle_function(m.id),
                # The toggle flips the state, either way.
                "make global": lambda m=module: api.toggle_function_global(m.id),
                "make non-global": lambda m=module: api.toggle_function_global(m.id),
            }[change]
            steps.append(Step(kind, module.id, change, shown(module.path), run))
        if changes == ["create"] and kind == "function":
            # New functions start inactive; the toggle flips state, so it is planned only here.
            steps.append(Step(kind, module.id, "activate", "", lambda m=module: api.toggle_function(m.id)))
            if module.is_global:
                steps.append(Step(kind, module.id, "make global", "", lambda m=module: api.toggle_function_global(m.id)))
        if not changes:
            steps.append(Step(kind, module.id, "unchanged"))
        if "create" in changes and encrypted_data_exists and '"x_generate": "secret"' in module.content:
            raise WouldLoseDataError(  # a fresh install of a module whose key protects data that is already there
                f"{module.id} is not installed in this Open WebUI, but data encrypted with its key exists. A new key would make "
                f"that data unreadable, so nothing was changed. Install it by hand and put the saved key in Workspace - Tools - "
                f"{module.id} - Valves, then run this again.")
        if "create" in changes or any(secret_changes(api.get_valves_spec(plural, module.id).get("properties", {}),
                                                     api.get_valves(plural, module.id), encrypted_data_exists, module.id)):
            steps.append(Step(kind, module.id, "generate secret settings", "",
                              lambda p=plural, m=module: fill_secrets(api, p, m.id, encrypted_data_exists)))

    for form in desired.models:
        current = api.get_model(form["id"])
        if current and form["base_model_id"] is None:
            # A raw model's or pipe's entry: add "hidden", keep whatever an admin set on it.
            form = {**form, "meta": {**(current.get("meta") or {}), **form["meta"]}, "params": {**(current.get("params") or {}), **form["params"]}}
        changes = model_changes(form, current)
        run = {"create": lambda f=form: api.create_model(f), "update": lambda f=form: api.update_model(f)}
        steps += [Step("model", form["id"], c, form["name"], run[c]) for c in changes] or [Step("model", form["id"], "unchanged", form["name"])]

    prompts_by_command = {p.get("command", "").lstrip("/"): p for p in api.list_prompts()}
    for form in desired.prompts:
        current = prompts_by_command.get(form["command"])
        changes = prompt_changes(form, current)
        run = {
            "create": lambda f=form: api.create_prompt(f),
            "update": lambda f=form, c=current: api.update_prompt(c["id"], f),
        }
        label = "/" + form["command"]
        steps += [Step("prompt", label, c, form["name"], run[c]) for c in changes] or [Step("prompt", label, "unchanged", form["name"])]
    return steps


# ------------------------------------------------------------------ applying


@dataclass
class Report:
    done: list[Step] = field(default_factory=list)
    unchanged: list[Step] = field(default_factory=list)
    failed: list[tuple[Step, str]] = field(default_factory=list)
    new_secrets: dict[str, dict[str, str]] = field(default_factory=dict)  # module id -> generated valves, shown once

    @property
    def changed(self) -> bool:
        return bool(self.done)


def apply(api: OpenWebUI, steps: list[Step], say: Callable[[str], None] = print) -> Report:
    report = Report()
    failed_ids: set[tuple[str, str]] = set()
    for step in steps:
        if step.run is None:
            report.unchanged.append(step)
            continue
        if (step.kind, step.id) in failed_ids:
            continue  # e.g. do not activate a module whose upload was rejected
        try:
            result = step.run()
        except OpenWebUIError as exc:
            failed_ids.add((step.kind, step.id))
            reason = exc.detail or str(exc)
            report.failed.append((step, reason))
            where = f" ({step.detail})" if step.detail else ""
            say(f"✗ {step.kind} {step.id}{where}: Open WebUI refused to {step.action} it: {reason}")
            continue
        report.done.append(step)
        say(f"✓ {step.kind} {step.id}: {step.action}")
        if step.action == "generate secret settings" and result:
            report.new_secrets[step.id] = result
    # Open WebUI serves models from a cache that only this call refreshes.
    api.available_models()
    return report


def check_base_models(api: OpenWebUI, desired: Desired) -> None:
    available = {m["id"] for m in api.available_models()}
    missing = sorted({m["base_model_id"] for m in desired.models if m["base_model_id"]} - available)
    if missing:
        shown = ", ".join(sorted(available)) or "none"
        raise OpenWebUIError(
            f"Open WebUI has no model called {', '.join(missing)}, which the presets build on "
            f"(models it can use now: {shown}). Pull it (ollama pull {missing[0]}) or pass --base-model."
        )


def install(api: OpenWebUI, desired: Desired, say: Callable[[str], None] = print, encrypted_data_exists: bool = False) -> Report:
    """Bring Open WebUI in line with ``desired``; nothing is written if a base model is missing or a key would be replaced."""
    check_base_models(api, desired)
    report = apply(api, plan(api, desired, encrypted_data_exists), say)
    for module_id, generated in report.new_secrets.items():
        for name, value in generated.items():
            # Only at a terminal: output that goes to a file or a log would keep the key there.
            shown = f": {value}" if sys.stdout.isatty() else f" (not shown: this output is not a terminal; copy it from Workspace - Tools - {module_id} - Valves)"
            say(f"New {name} for {module_id}{shown}\n"
                "  Store a copy now, away from this computer (a password manager, or on paper in a locked drawer): "
                "without it the data it protects can never be read.")
    if report.failed:
        say(f"{len(report.failed)} item(s) could not be installed; what was installed before is still in place.")
    elif report.changed:
        say(f"Installed: {len(report.done)} change(s); {len(report.unchanged)} item(s) were already up to date.")
    else:
        say(f"Nothing to change: all {len(report.unchanged)} item(s) are already installed and up to date.")
    return report
