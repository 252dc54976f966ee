"""What a person reads when something goes wrong: plain words, never a Python class name.

Provisioning and the doctor are run by therapists. A library's exception or warning class
("LocalEntryNotFoundError", "UserWarning") tells them nothing, so:

- cause(exc) says in a few plain words why something failed, whatever raised it;
- keep_in_log(path) sends Python warnings and the libraries' own log lines to a log file instead of
  the screen, and turns an error nobody expected into one plain sentence naming that file, with the
  details written there.

Standard library only: provision.py may install this before anything else is importable.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import sys
import warnings
from pathlib import Path

# What a Python class name looks like in text: "UserWarning", "LocalEntryNotFoundError", "KeyboardInterrupt".
# A word alone ("Error", "Warning:") is plain English; a class name has letters before it.
CLASS_NAME = re.compile(r"\b[A-Z][A-Za-z0-9_]*(?:Error|Warning|Exception|Interrupt)\b")

log = logging.getLogger("therapy_pack")
log.addHandler(logging.NullHandler())  # never printed on the screen when no log file was set up


def has_class_name(text: str) -> bool:
    return bool(CLASS_NAME.search(text))


def _kinds(exc: BaseException) -> set[str]:
    return {kind.__name__ for kind in type(exc).__mro__}


def cause(exc: BaseException) -> str:
    """Why something failed, in a few words that fit in brackets: "Could not download it (the connection failed)"."""
    kinds = _kinds(exc)
    if kinds & {"LocalEntryNotFoundError", "OfflineModeIsEnabled"}:  # the model hub, offline or out of reach
        return "the download site could not be reached"
    if isinstance(exc, TimeoutError) or any("Timeout" in kind for kind in kinds):
        return "no answer came in time"
    if isinstance(exc, PermissionError):
        return "permission was refused"
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return "the disk is full"
    if isinstance(exc, ConnectionError) or kinds & {"TransportError", "ConnectError", "NetworkError", "ConnectionError",
                                                     "gaierror", "SSLError", "ProtocolError"}:
        return "the connection failed"
    if isinstance(exc, FileNotFoundError):
        return "a file it needs is missing"
    if kinds & {"HTTPError", "HTTPStatusError", "HfHubHTTPError"}:
        return "the server refused the request"
    return "something unexpected went wrong"


def note_details(what: str, exc: BaseException) -> None:
    """Keep the technical details of a failure that was told in plain words, in the log if there is one."""
    log.warning(what, exc_info=(type(exc), exc, exc.__traceback__))


class _PrivateLogFile(logging.Handler):
    """Appends to a file readable by this account only, created on the first line written to it."""

    def __init__(self, path: Path):
        super().__init__(logging.WARNING)
        self.path = path
        self.setFormatter(logging.Formatter("%(asctime)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.format(record) + "\n"
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            with os.fdopen(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "a", encoding="utf-8") as file:
                file.write(text)
        except Exception:  # a log that cannot be written must not stop the work
            pass


def keep_in_log(path: Path | str | None) -> None:
    """From now on warnings and library messages go to ``path`` (None: nowhere, for a run that writes nothing), and
    an unexpected error ends the program with a plain sentence instead of a traceback."""
    path = Path(path) if path else None
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.addHandler(_PrivateLogFile(path) if path else logging.NullHandler())
    root.setLevel(logging.WARNING)
    logging.captureWarnings(True)  # warnings.warn(...) becomes a log line, never a "UserWarning:" on the screen
    warnings.simplefilter("default")
    # The model hub's download bars would draw over the pack's own progress line.
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

    def unexpected(kind: type[BaseException], exc: BaseException, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            print("\nStopped.", file=sys.stderr)
            return
        log.error("An unexpected error stopped the program", exc_info=(kind, exc, tb))
        message = f"This stopped because {cause(exc)}."
        if path:
            message += (f" The details are in {path}. Run the same command again; if it stops the same way, "
                        "send that file to whoever looks after this computer.")
        else:
            message += " Run the same command again; if it stops the same way, run it without --dry-run to keep the details in a log."
        print(message, file=sys.stderr)

    sys.excepthook = unexpected
