"""Keep the local servers up while provisioning runs: a server that stops is started again.

A model engine that dies (a crash on one answer, the system ending it for memory)
must never take Open WebUI down with it: the clinician's chat stays open and says
the model is restarting. Each stop is logged with its reason; restarts back off so
a server that keeps failing does not spin.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

from therapy_pack.engine_check import signal_name
from therapy_pack.local_stack import ServiceError

FIRST_DELAY_S = 2.0
LONGEST_DELAY_S = 60.0
# A server that has run this long since its last restart is well again: the next stop starts from the first delay.
CALM_AFTER_S = 300.0


@dataclass
class Backoff:
    """How long to wait before each restart: 2, 4, 8 … 60 s, back to 2 s after a calm spell."""

    first: float = FIRST_DELAY_S
    longest: float = LONGEST_DELAY_S
    calm_after: float = CALM_AFTER_S
    failures: int = 0
    last_restart: float = field(default=float("-inf"))

    def next_delay(self, now: float) -> float:
        if now - self.last_restart > self.calm_after:
            self.failures = 0
        delay = min(self.longest, self.first * 2 ** self.failures)
        self.failures += 1
        return delay

    def restarted(self, now: float) -> None:
        self.last_restart = now


def stop_reason(name: str, returncode: int | None, log_path) -> str:
    return f"{name} stopped ({signal_name(returncode)}); restarting it. Its log: {log_path}"


def keep_running(services: list, stopping: list, say: Callable[[str], None], sleep: Callable[[float], None] = time.sleep,
              clock: Callable[[], float] = time.monotonic) -> None:
    """Watch ``services`` until ``stopping`` holds something (a signal handler appends to it),
    starting again, with back-off, any that stops. Each event goes to ``say``."""
    backoff = {id(service): Backoff() for service in services}
    while not stopping:
        for service in services:
            if stopping or service.running():
                continue
            say(stop_reason(service.name, service.process.returncode, service.log_path))
            wait = backoff[id(service)].next_delay(clock())
            while wait > 0 and not stopping:  # in short steps, so a stop is not kept waiting by the back-off
                sleep(min(wait, 1.0))
                wait -= 1.0
            if stopping:
                break
            try:
                service.restart()
            except ServiceError as exc:
                # The reason only: the log's tail stays in the log (it may hold an engine's traceback).
                say(f"{service.name} did not come back yet: {exc.reason} Trying again.")
                continue
            finally:
                backoff[id(service)].restarted(clock())
            say(f"{service.name} is running again.")
        sleep(1.0)
