"""The fuzz test's client: a RawClient whose server output is drained by a thread, so that however much the
fuzzer writes, the server never blocks on a full stdout pipe, and every response is kept by id."""

import json
import os
import threading
import time
from typing import Any

from rawclient import WAIT_LIMIT, RawClient


def id_key(id: Any) -> str:
    return json.dumps(id, sort_keys=True)


class FuzzClient(RawClient):
    def __init__(self, env: dict[str, str], stderr: Any):
        super().__init__(env=env, stderr=stderr)
        self._arrived = threading.Condition()
        self._incoming = bytearray()
        self._closed = False
        self.responses: dict[str, dict] = {}
        self.diagnostics: dict[str, dict] = {}
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        descriptor = self.process.stdout.fileno()
        while True:
            chunk = os.read(descriptor, 1 << 16)
            with self._arrived:
                if chunk:
                    self._incoming += chunk
                else:
                    self._closed = True
                self._arrived.notify_all()
            if not chunk:
                return

    def _fill(self, deadline: float) -> None:
        with self._arrived:
            while not self._incoming and not self._closed:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("no message from the server")
                self._arrived.wait(remaining)
            if not self._incoming:
                raise EOFError("the server closed stdout")
            self.buffer += bytes(self._incoming)
            self._incoming.clear()

    def alive(self) -> bool:
        return self.process.poll() is None

    def take(self) -> None:
        """Reads one message: keeps responses and the latest diagnostics per document, answers server requests."""
        message = self.message()
        if "method" in message:
            if "id" in message:
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            elif message["method"] == "textDocument/publishDiagnostics":
                self.diagnostics[message["params"]["uri"]] = message["params"]
        else:
            self.responses[id_key(message.get("id"))] = message

    def response(self, id: Any) -> dict:
        """The response to ID, waiting at most WAIT_LIMIT for it."""
        deadline = time.monotonic() + WAIT_LIMIT
        while id_key(id) not in self.responses:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no response to {id!r}")
            self.take()
        return self.responses.pop(id_key(id))

    def answered(self, id: Any) -> dict | None:
        """The response to ID if it arrived, without waiting."""
        return self.responses.pop(id_key(id), None)
