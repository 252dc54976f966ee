"""A slash command's template as the form Open WebUI 0.12 shows for it.

Open WebUI turns each ``{{name | type:property=value:flag}}`` of a prompt into a field of its form
(chat/MessageInput/InputVariablesModal.svelte): ``label`` is the field's name on the form (else the bare
variable name, "session_date"), ``default`` its starting value. Before it reads the fields it puts the
browser's date in place of ``{{CURRENT_DATE}}`` (MessageInput.svelte, textVariableHandler), so
``default="{{CURRENT_DATE}}"`` opens a date field on today's date.

The templates in prompt_presets/ stay plain: a field is labelled with the words the template puts
before it ("Session date: {{session_date | date}}", or "Session bullets:" on the line above), or with
its own ``label=`` where there are none (a field inside a sentence); the session's date opens on today's.
"""

from __future__ import annotations

import re

# Open WebUI's own pattern for a field (utils/index.ts, extractInputVariables).
FIELD = re.compile(r"\{\{\s*(?P<name>[^|}\s]+)\s*(?:\|\s*(?P<spec>[^}]*?))?\s*\}\}")
TODAY = '"{{CURRENT_DATE}}"'
# A note is mostly written on the day of the session, so the session's date opens on today's; other dates (a treatment
# plan's review date, which lies ahead) open empty.
SESSION_DATE = "session_date"


class FormError(ValueError):
    """A template field that the form could not name; the message says which and how to fix it."""


def _words_before(line: str, start: int, previous: str) -> str | None:
    before = line[:start].strip()
    if not before:
        before = previous.strip()
        if not before.endswith(":"):
            return None
    elif not before.endswith(":"):
        return None
    label = before[:-1].strip()
    return label if label and "{{" not in label and '"' not in label else None


def _field(match: re.Match, label: str | None) -> str:
    spec = (match["spec"] or "text").strip()
    kind, *properties = spec.split(":")
    names = {p.split("=", 1)[0].strip() for p in properties}
    if "label" not in names:
        if label is None:
            raise FormError(f"the field '{match['name']}' has no words before it (\"Session date: {{{{...}}}}\"); "
                            "give it a label=\"...\" of its own")
        properties.append(f'label="{label}"')
    if match["name"] == SESSION_DATE and "default" not in names:
        properties.append(f"default={TODAY}")
    return "{{" + match["name"] + " | " + ":".join([kind.strip(), *properties]) + "}}"


def as_form(template: str) -> str:
    """The template with every field labelled and the session's date opened on today's."""
    lines = template.split("\n")
    return "\n".join(
        FIELD.sub(lambda match: _field(match, _words_before(line, match.start(), lines[i - 1] if i else "")), line)
        for i, line in enumerate(lines)
    )


def labels(template: str) -> dict[str, str]:
    """Each field's name as the form shows it: {"session_date": "Session date", ...}."""
    found = {}
    for match in FIELD.finditer(as_form(template).replace(TODAY, '""')):
        label = re.search(r'label="([^"]*)"', match["spec"] or "")
        found[match["name"]] = label[1] if label else match["name"]
    return found
