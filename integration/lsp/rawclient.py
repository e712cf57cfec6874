"""A hand-written JSON-RPC client over the server's stdio, to see exactly what the server sends."""

import json
import select
import subprocess
import time
from typing import Any

from conftest import server_binary

WAIT_LIMIT = 15


def frame(message: Any) -> bytes:
    body = json.dumps(message).encode("utf-8") if not isinstance(message, (bytes, str)) else (
        message.encode("utf-8") if isinstance(message, str) else message
    )
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class RawClient:
    """Starts the server and reads its frames byte-exactly."""

    def __init__(self, env: dict[str, str] | None = None, stderr: Any = subprocess.DEVNULL):
        self.process = subprocess.Popen(
            [server_binary()], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, env=env
        )
        self.buffer = b""
        self.notifications: list[dict] = []
        self.requests: list[dict] = []

    def write(self, data: bytes) -> None:
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def send(self, message: Any) -> None:
        self.write(frame(message))

    def request(self, id: Any, method: str, params: Any = None) -> dict:
        message = {"jsonrpc": "2.0", "id": id, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        return self.response(id)

    def notify(self, method: str, params: Any = None) -> None:
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    def initialize(self, **params: Any) -> dict:
        result = self.request(1, "initialize", {"processId": None, "rootUri": None, "capabilities": {}, **params})
        self.notify("initialized", {})
        return result

    def _fill(self, deadline: float) -> None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("no message from the server")
        ready, _, _ = select.select([self.process.stdout], [], [], remaining)
        if not ready:
            raise TimeoutError("no message from the server")
        chunk = self.process.stdout.read1(65536)
        if not chunk:
            raise EOFError("the server closed stdout")
        self.buffer += chunk

    def message(self) -> dict:
        """The next frame from the server, whatever it is."""
        deadline = time.monotonic() + WAIT_LIMIT
        while b"\r\n\r\n" not in self.buffer:
            self._fill(deadline)
        header, _, rest = self.buffer.partition(b"\r\n\r\n")
        length = None
        for line in header.split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        assert length is not None, f"no Content-Length in {header!r}"
        self.buffer = rest
        while len(self.buffer) < length:
            self._fill(deadline)
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return json.loads(body.decode("utf-8"))

    def response(self, id: Any) -> dict:
        """The response to ID; notifications met on the way are kept in `notifications`."""
        while True:
            message = self.message()
            if "method" in message and "id" in message:
                self.answer(message)
            elif "method" in message:
                self.notifications.append(message)
            elif message.get("id") == id:
                return message

    def answer(self, request: dict) -> None:
        """Answers a request of the server with null and keeps it in `requests`."""
        self.send({"jsonrpc": "2.0", "id": request["id"], "result": None})
        self.requests.append(request)

    def server_request(self, method: str) -> dict:
        """The next request METHOD from the server, answered with null (earlier ones already received count first)."""
        while True:
            for index, request in enumerate(self.requests):
                if request["method"] == method:
                    return self.requests.pop(index)
            message = self.message()
            if "method" in message and "id" in message:
                self.answer(message)
            elif "method" in message:
                self.notifications.append(message)

    def notification(self, method: str) -> dict:
        """The next notification METHOD (earlier ones already received count first)."""
        for index, message in enumerate(self.notifications):
            if message["method"] == method:
                return self.notifications.pop(index)
        while True:
            message = self.message()
            if message.get("method") == method and "id" not in message:
                return message
            if "method" in message and "id" not in message:
                self.notifications.append(message)
            elif "method" in message:
                self.answer(message)

    def wait(self) -> int:
        self.process.stdin.close()
        return self.process.wait(timeout=WAIT_LIMIT)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
