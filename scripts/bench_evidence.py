#!/usr/bin/env python3
"""Evidence benchmark for interview-lsp: hover, definition and offline chat inside the server, and how long
an edit takes to become searchable. A plain JSON-RPC client over stdio, Python stdlib only.

Timings are request → response over the pipe (what an editor waits for), on the backend example
session with an extra 60 KB transcript (the file edited for the re-index figure). Goals: hover ≤ 1 ms p50, offline chat ≤ 20 ms p95.
"""

import argparse
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "integration" / "fixtures" / "backend-session"
TIMEOUT = 30.0
QUESTIONS = [
    "What skills are missing for this JD based on the CV and interview transcript?",
    "What are the strongest evidence-backed strengths we observed?",
    "Which JD requirements are not yet covered and what should I ask next?",
    "List red flags or inconsistencies between the CV and what was said",
    "How were the settlement workers built?",
]


class Server:
    """One interview-lsp process driven through Content-Length framed JSON-RPC."""

    def __init__(self, binary: str):
        self.process = subprocess.Popen([binary, "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)
        self.buffer = b""
        self.next_id = 1

    def send(self, message: dict) -> None:
        body = json.dumps(message).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method: str, params=None) -> None:
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    def request(self, method: str, params=None) -> dict:
        identifier = self.next_id
        self.next_id += 1
        message = {"jsonrpc": "2.0", "id": identifier, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        while True:
            message = self.receive()
            if message.get("id") == identifier and "method" not in message:
                if "error" in message:
                    raise RuntimeError(f"{method} failed: {message['error']}")
                return message["result"]

    def receive(self) -> dict:
        deadline = time.perf_counter() + TIMEOUT
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end >= 0:
                length = next(int(line.split(b":")[1]) for line in self.buffer[:end].split(b"\r\n")
                              if line.lower().startswith(b"content-length"))
                if len(self.buffer) >= end + 4 + length:
                    body = self.buffer[end + 4:end + 4 + length]
                    self.buffer = self.buffer[end + 4 + length:]
                    message = json.loads(body)
                    if "method" in message and "id" in message:
                        # Answer server requests (configuration, registration, progress tokens) so it never waits.
                        self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
                    return message
            remaining = deadline - time.perf_counter()
            if remaining <= 0 or not select.select([self.process.stdout], [], [], remaining)[0]:
                raise RuntimeError("no message from the server")
            chunk = os.read(self.process.stdout.fileno(), 65536)
            if not chunk:
                raise RuntimeError("server closed its output")
            self.buffer += chunk

    def wait_diagnostics(self, uri: str) -> None:
        while True:
            message = self.receive()
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                return

    def close(self) -> None:
        try:
            self.request("shutdown")
            self.notify("exit")
            self.process.wait(timeout=5)
        finally:
            if self.process.poll() is None:
                self.process.kill()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round((len(ordered) - 1) * fraction))]


def timed(count: int, call) -> list[float]:
    samples = []
    for index in range(count):
        start = time.perf_counter()
        call(index)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def line_of(path: Path, needle: str) -> int:
    return next(number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()) if needle in line)


def make_session(root: Path) -> Path:
    session = root / "backend-session"
    shutil.copytree(FIXTURE, session)
    turns = []
    for number in range(400):
        turns.append(f"Interviewer: What did you own in project {number}?")
        turns.append(f"Candidate: In project {number} I ran the payout service, tuned PostgreSQL and paired on incident reviews.")
    (session / "transcript-round2.md").write_text("\n".join(turns) + "\n", encoding="utf-8")
    return session


def report(label: str, samples: list[float], goal: str = "") -> None:
    print(f"{label}: p50 {percentile(samples, 0.5):.2f} ms, p95 {percentile(samples, 0.95):.2f} ms "
          f"over {len(samples)} requests{goal}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=str(REPO / ".build" / "release" / "interview-lsp"))
    arguments = parser.parse_args()

    with tempfile.TemporaryDirectory() as temporary:
        session = make_session(Path(temporary))
        jd, transcript = session / "jd.md", session / "transcript-round2.md"
        server = Server(arguments.binary)
        try:
            server.request("initialize", {"processId": os.getpid(), "rootUri": session.as_uri(), "capabilities": {
                "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}}},
                "initializationOptions": {"interview": {"debounceMs": 0}}})
            server.notify("initialized", {})
            for path in (jd, transcript):
                server.notify("textDocument/didOpen", {"textDocument": {
                    "uri": path.as_uri(), "languageId": "", "version": 1, "text": path.read_text(encoding="utf-8")}})
            server.wait_diagnostics(jd.as_uri())
            at = {"textDocument": {"uri": jd.as_uri()}, "position": {"line": line_of(jd, "Python"), "character": 6}}
            server.request("workspace/executeCommand", {"command": "interview.chat", "arguments": [{"question": "ledger"}]})
            if not server.request("textDocument/hover", at):
                raise RuntimeError("no hover on the Python requirement: is this an interview-lsp with the evidence features?")

            report("hover on a requirement", timed(200, lambda _: server.request("textDocument/hover", at)), " (goal: p50 ≤ 1 ms)")
            report("definition on a requirement", timed(200, lambda _: server.request("textDocument/definition", at)))
            chat = timed(50, lambda index: server.request("workspace/executeCommand", {
                "command": "interview.chat", "arguments": [{"question": QUESTIONS[index % len(QUESTIONS)], "uri": jd.as_uri()}]}))
            report("offline chat (four questions + extractive)", chat, " (goal: p95 ≤ 20 ms)")

            # An edit to the 60 KB transcript, until chat can cite it: analysis + re-index of that file + search.
            text = transcript.read_text(encoding="utf-8")
            searchable, polls = [], 0
            for version in range(2, 22):
                token = f"zebrafish{version}"
                text += f"Candidate: I also maintained the {token} replay tool.\n"
                start = time.perf_counter()
                server.notify("textDocument/didChange", {"textDocument": {"uri": transcript.as_uri(), "version": version},
                                                          "contentChanges": [{"text": text}]})
                while True:
                    polls += 1
                    answer = server.request("workspace/executeCommand", {
                        "command": "interview.chat", "arguments": [{"question": token, "uri": transcript.as_uri()}]})
                    if any(token in citation["quote"] for citation in answer["citations"]):
                        break
                searchable.append((time.perf_counter() - start) * 1000)
            print(f"edit to a {len(text) // 1024} KB transcript → searchable (analysis + re-index of that file + chat): "
                  f"p50 {percentile(searchable, 0.5):.1f} ms, p95 {percentile(searchable, 0.95):.1f} ms "
                  f"over {len(searchable)} edits ({polls} chat requests)")
        finally:
            server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
