"""Loaded by every Python process the tests start (PYTHONPATH): records each outbound
connection to anything but loopback in THERAPY_PACK_EGRESS_LOG, so a test can prove there was none."""

import os
import socket

_LOG = os.environ.get("THERAPY_PACK_EGRESS_LOG")
_LOOPBACK = ("127.", "::1", "localhost", "0:0:0:0:0:0:0:1")


def _watch(original):
    def connect(self, address, *args, **kwargs):
        host = address[0] if isinstance(address, tuple) and address else str(address)
        if self.family in (socket.AF_INET, socket.AF_INET6) and not str(host).startswith(_LOOPBACK):
            with open(_LOG, "a", encoding="utf-8") as log:
                log.write(f"{os.getpid()} {host}:{address[1] if isinstance(address, tuple) and len(address) > 1 else ''}\n")
        return original(self, address, *args, **kwargs)

    return connect


if _LOG:
    socket.socket.connect = _watch(socket.socket.connect)
    socket.socket.connect_ex = _watch(socket.socket.connect_ex)
