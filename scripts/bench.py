#!/usr/bin/env python3
"""Latency benchmark for interview-lsp: a plain JSON-RPC client over stdio, Python stdlib only.

Measures, over --runs runs each: the cold `initialize` round trip, session open to the first JD
diagnostics, re-analysis after appending one candidate turn to a 60 KB transcript, and `check`
wall time on the example, and `rank` wall time on a generated role of 200 candidates; in the editor, opening the JD
of a generated role of 5 candidates, and in the role of 200 a keystroke in one candidate's transcript and an edit of
the JD, each to the JD's diagnostics. A step that fails or
times out is reported, not fatal.
"""

import argparse
import atexit
import json
import math
import os
import random
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TIMEOUT = 10.0


class ServerError(Exception):
    pass


class Server:
    """One interview-lsp process driven through Content-Length framed JSON-RPC."""

    def __init__(self, binary: str):
        self.process = subprocess.Popen(
            [binary, "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        self.buffer = b""
        self.next_id = 1
        self.settings = {"debounceMs": 0}

    def send(self, message: dict) -> None:
        body = json.dumps(message).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, method: str, params) -> int:
        identifier = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": identifier, "method": method, "params": params})
        return identifier

    def notify(self, method: str, params) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def receive(self, timeout: float):
        """The next message, or None when nothing arrives within `timeout` seconds."""
        deadline = time.perf_counter() + timeout
        while True:
            message = self._parse()
            if message is not None:
                self._answer_server_request(message)
                return message
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([self.process.stdout], [], [], remaining)
            if not ready:
                return None
            chunk = os.read(self.process.stdout.fileno(), 65536)
            if not chunk:
                raise ServerError("server closed its output")
            self.buffer += chunk

    def _parse(self):
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return None
        length = None
        for line in self.buffer[:end].split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        if length is None:
            raise ServerError("message without Content-Length")
        if len(self.buffer) < end + 4 + length:
            return None
        body = self.buffer[end + 4:end + 4 + length]
        self.buffer = self.buffer[end + 4 + length:]
        return json.loads(body)

    def _answer_server_request(self, message: dict) -> None:
        # Servers may ask the client things (configuration, capability registration); answer so they never wait.
        if "method" in message and "id" in message:
            result = None
            if message["method"] == "workspace/configuration":
                result = [self.settings if item.get("section") == "interview" else None
                          for item in message.get("params", {}).get("items", [])]
            self.send({"jsonrpc": "2.0", "id": message["id"], "result": result})

    def wait_response(self, identifier: int, timeout: float = TIMEOUT) -> dict:
        deadline = time.perf_counter() + timeout
        while True:
            message = self.receive(max(0.0, deadline - time.perf_counter()))
            if message is None:
                raise ServerError(f"no response to request {identifier} within {timeout:.0f} s")
            if message.get("id") == identifier and "method" not in message:
                if "error" in message:
                    raise ServerError(f"request {identifier} failed: {message['error']}")
                return message

    def wait_diagnostics(self, uri: str, timeout: float = TIMEOUT) -> dict:
        deadline = time.perf_counter() + timeout
        while True:
            message = self.receive(max(0.0, deadline - time.perf_counter()))
            if message is None:
                raise ServerError(f"no diagnostics for {Path(uri).name} within {timeout:.0f} s")
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                return message

    def drain(self, quiet: float = 0.2) -> None:
        while self.receive(quiet) is not None:
            pass

    def initialize(self, root: Path | None, debounce_zero: bool) -> dict:
        params = {"processId": os.getpid(), "capabilities": {
            "textDocument": {"publishDiagnostics": {"relatedInformation": True}, "synchronization": {"didSave": True}},
            "workspace": {"configuration": True, "workspaceFolders": True},
        }}
        if root is not None:
            params["rootUri"] = root.as_uri()
            params["workspaceFolders"] = [{"uri": root.as_uri(), "name": root.name}]
        if debounce_zero:
            params["initializationOptions"] = {"interview": {"debounceMs": 0}}
        result = self.wait_response(self.request("initialize", params))
        self.notify("initialized", {})
        return result["result"]

    def close(self) -> None:
        try:
            if self.process.poll() is None:
                self.wait_response(self.request("shutdown", None), timeout=2)
                self.notify("exit", None)
                self.process.wait(timeout=2)
        except (ServerError, OSError, subprocess.TimeoutExpired, ValueError):
            pass
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()


def open_document(server: Server, path: Path, text: str) -> str:
    uri = path.as_uri()
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "markdown" if path.suffix == ".md" else "plaintext", "version": 1, "text": text}})
    return uri


def jd_path(session: Path) -> Path:
    for candidate in sorted(session.iterdir()):
        name = candidate.name.lower()
        if candidate.is_file() and any(word in name for word in ("jd", "job", "description", "posting", "vacancy", "role")):
            return candidate
    raise SystemExit(f"no job description found in {session}")


def measure_initialize(binary: str, session: Path) -> float:
    start = time.perf_counter()
    server = Server(binary)
    try:
        server.initialize(session, debounce_zero=True)
        return time.perf_counter() - start
    finally:
        server.close()


def measure_open(binary: str, session: Path) -> float:
    server = Server(binary)
    try:
        server.initialize(session, debounce_zero=True)
        jd = jd_path(session)
        text = jd.read_text(encoding="utf-8")
        start = time.perf_counter()
        uri = open_document(server, jd, text)
        server.wait_diagnostics(uri)
        return time.perf_counter() - start
    finally:
        server.close()


def generated_transcript(size: int) -> str:
    """A realistic-looking interview transcript of about `size` bytes."""
    topics = [
        ("How do you run Kubernetes upgrades?", "We upgrade one EKS cluster a week, drain node groups zone by zone and watch error budgets."),
        ("Tell me about your Terraform layout.", "Every team uses the same Terraform modules; plans are reviewed like any code change."),
        ("What do you write in Go?", "Our deploy gate and the cost reporter are Go services I maintain."),
        ("How do you handle on-call?", "I'm on the weekly rotation and I write a blameless postmortem after every incident."),
        ("What about databases?", "I ran Postgres with streaming replication and point-in-time recovery for four years."),
    ]
    lines = ["# Long interview: Dana Whitfield", ""]
    # Counted as it grows: summing every line on each turn is quadratic, minutes for 10 MB.
    total = sum(len(line) + 1 for line in lines)
    second = 0
    index = 0
    while total < size:
        question, answer = topics[index % len(topics)]
        for speaker, text in (("Sam Okafor", question), ("Dana Whitfield", answer)):
            second += 17
            stamp = f"{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}"
            line = f"**{speaker}** [{stamp}]: {text} (part {index})"
            lines += [line, ""]
            total += len(line) + 2
        index += 1
    return "\n".join(lines)


def measure_appends(binary: str, session: Path, runs: int) -> list[float]:
    workdir = Path(tempfile.mkdtemp(prefix="interview-bench-"))
    server = None
    try:
        for source in session.iterdir():
            if source.is_file() and source.suffix in (".md", ".txt", ".vtt", ".srt") and "transcript" not in source.name:
                shutil.copy(source, workdir / source.name)
        transcript_path = workdir / "transcript.md"
        transcript = generated_transcript(60 * 1024)
        transcript_path.write_text(transcript, encoding="utf-8")
        server = Server(binary)
        capabilities = server.initialize(workdir, debounce_zero=True).get("capabilities", {})
        sync = capabilities.get("textDocumentSync", 1)
        incremental = (sync.get("change", 1) if isinstance(sync, dict) else sync) == 2
        jd = jd_path(workdir)
        jd_uri = open_document(server, jd, jd.read_text(encoding="utf-8"))
        transcript_uri = open_document(server, transcript_path, transcript)
        server.wait_diagnostics(jd_uri)
        server.drain()
        timings = []
        for run in range(runs):
            lines = transcript.split("\n")
            end = {"line": len(lines) - 1, "character": len(lines[-1].encode("utf-16-le")) // 2}
            addition = f"\n**Dana Whitfield** [02:{run // 60 % 60:02d}:{run % 60:02d}]: I also wrote the Terraform for run {run}.\n"
            transcript += addition
            change = {"range": {"start": end, "end": end}, "text": addition} if incremental else {"text": transcript}
            start = time.perf_counter()
            server.notify("textDocument/didChange", {
                "textDocument": {"uri": transcript_uri, "version": run + 2}, "contentChanges": [change]})
            server.wait_diagnostics(jd_uri)
            timings.append(time.perf_counter() - start)
            server.drain(quiet=0.03)
        return timings
    finally:
        if server is not None:
            server.close()
        shutil.rmtree(workdir, ignore_errors=True)


def measure_check(binary: str, session: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run([binary, "check", str(session), "--format", "json", "--fail-on", "none"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=TIMEOUT)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise ServerError(f"check exited {result.returncode}: {result.stderr.decode(errors='replace').strip()[:200]}")
    return elapsed


def generated_role(destination: Path, candidates: int = 200) -> Path:
    """A role folder: the example JD, and per candidate a sub-folder with a CV and a transcript made from the
    example's, each line made unique (the analysis caches prepared lines by text) and some dropped (seeded),
    so that the candidates' coverage differs."""
    example = REPO / "examples" / "platform-engineer"
    role = destination / "generated-role"
    role.mkdir()
    shutil.copy(example / "jd.md", role / "jd.md")
    cv = (example / "cv.md").read_text(encoding="utf-8").splitlines()
    transcript = (example / "transcript.md").read_text(encoding="utf-8").splitlines()
    rng = random.Random(20261206)
    for index in range(candidates):
        folder = role / f"candidate-{index:03d}"
        folder.mkdir()
        for name, lines in (("cv.md", cv), ("transcript.md", transcript)):
            kept = [line if not line.strip() or line.startswith("#") else f"{line} Ref {index}-{number}."
                    for number, line in enumerate(lines) if line.startswith("#") or rng.random() > 0.3]
            (folder / name).write_text("\n".join(kept) + "\n", encoding="utf-8")
    return role


def measure_rank(binary: str, role: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run([binary, "rank", str(role), "--format", "json"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=TIMEOUT)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise ServerError(f"rank exited {result.returncode}: {result.stderr.decode(errors='replace').strip()[:200]}")
    return elapsed


def measure_role_open(binary: str, role: Path) -> float:
    """Opening a role's JD to its first diagnostics: every candidate analysed alone."""
    server = Server(binary)
    try:
        server.initialize(role, debounce_zero=True)
        jd = role / "jd.md"
        start = time.perf_counter()
        server.wait_diagnostics(open_document(server, jd, jd.read_text(encoding="utf-8")))
        return time.perf_counter() - start
    finally:
        server.close()


def timed_appends(server: Server, uri: str, text: str, runs: int, addition, diagnostics_uri: str, quiet: float) -> list[float]:
    """Appends `addition(run)` to the open document at URI (whose text is TEXT) RUNS times, each timed from
    `didChange` to the diagnostics of DIAGNOSTICS_URI, the server left quiet for QUIET seconds in between."""
    timings = []
    for run in range(runs):
        end = {"line": text.count("\n"), "character": 0}
        text += addition(run)
        start = time.perf_counter()
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": run + 2},
                                                 "contentChanges": [{"range": {"start": end, "end": end}, "text": addition(run)}]})
        server.wait_diagnostics(diagnostics_uri)
        timings.append(time.perf_counter() - start)
        server.drain(quiet=quiet)
    return timings


def measure_role_edits(binary: str, role: Path, runs: int) -> tuple[list[float], list[float]]:
    """In a role, a keystroke in one candidate's transcript (`didChange` → the JD's diagnostics: that candidate
    analysed again) and an edit of the JD (every candidate analysed again), each run after the other settled."""
    server = Server(binary)
    try:
        server.initialize(role, debounce_zero=True)
        jd = role / "jd.md"
        jd_text = jd.read_text(encoding="utf-8")
        jd_uri = open_document(server, jd, jd_text)
        transcript = role / "candidate-000" / "transcript.md"
        text = transcript.read_text(encoding="utf-8")
        transcript_uri = open_document(server, transcript, text)
        server.wait_diagnostics(jd_uri)
        server.drain(quiet=1.0)
        keystrokes = timed_appends(server, transcript_uri, text, runs,
                                   lambda run: f"Candidate: I also wrote the Terraform for run {run}.\n", jd_uri, quiet=0.05)
        jd_edits = timed_appends(server, jd_uri, jd_text, max(1, runs // 4), lambda run: f"<!-- edit {run} -->\n", jd_uri, quiet=0.2)
        return keystrokes, jd_edits
    finally:
        server.close()


def repeat(runs: int, measure) -> tuple[list[float], str | None]:
    timings, error = [], None
    for _ in range(runs):
        try:
            timings.append(measure())
        except (ServerError, OSError, subprocess.TimeoutExpired, json.JSONDecodeError) as failure:
            error = str(failure)
            break
    return timings, error


# Measurements whose goal bounds the 95th percentile rather than the median.
P95_GOALS = {"request during 10 MB analysis"}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=str(REPO / ".build" / "release" / "interview-lsp"))
    parser.add_argument("--session", default=str(REPO / "examples" / "platform-engineer"))
    parser.add_argument("--runs", type=int, default=20, help="runs per measurement (default 20)")
    parser.add_argument("--large", action="store_true",
                        help="also measure a 10 MB transcript, a 4 MB CV and 100k-bullet documents (bench_large.py)")
    parser.add_argument("--large-only", action="store_true", help="only the --large measurements")
    arguments = parser.parse_args()
    binary, session, runs = arguments.binary, Path(arguments.session).resolve(), max(1, arguments.runs)
    if not Path(binary).exists():
        print(f"bench: {binary} not found; build it first (scripts/bench does)", file=sys.stderr)
        return 2
    # The server keeps a retrieval index in the session folder (.interview/): measure on a copy, so the
    # repository's examples stay as checked in (the example tests read every file in them).
    workdir = Path(tempfile.mkdtemp(prefix="interview-bench-session-"))
    atexit.register(shutil.rmtree, workdir, True)
    session = Path(shutil.copytree(session, workdir / session.name, ignore=shutil.ignore_patterns(".interview")))

    rows = []
    if not arguments.large_only:
        rows += [
            ("cold initialize round trip", 15, "ms", repeat(runs, lambda: measure_initialize(binary, session))),
            ("open JD → first diagnostics", 20, "ms", repeat(runs, lambda: measure_open(binary, session))),
        ]
        try:
            rows.append(("append turn to 60 KB transcript", 5, "ms", (measure_appends(binary, session, runs), None)))
        except (ServerError, OSError, json.JSONDecodeError) as failure:
            rows.append(("append turn to 60 KB transcript", 5, "ms", ([], str(failure))))
        rows.append(("check wall time", 40, "ms", repeat(runs, lambda: measure_check(binary, session))))
        # A few runs: each ranks 200 candidates.
        role = generated_role(workdir)
        rows.append(("rank 200 candidates wall time", 2000, "ms", repeat(min(runs, 5), lambda: measure_rank(binary, role))))
        (workdir / "five").mkdir()
        small_role = generated_role(workdir / "five", candidates=5)
        rows.append(("open role JD (5 candidates) → diag.", 60, "ms", repeat(runs, lambda: measure_role_open(binary, small_role))))
        try:
            keystrokes, jd_edits = measure_role_edits(binary, role, runs)
            rows.append(("role of 200: candidate keystroke", 20, "ms", (keystrokes, None)))
            rows.append(("role of 200: JD edit", 2000, "ms", (jd_edits, None)))
        except (ServerError, OSError, json.JSONDecodeError) as failure:
            rows.append(("role of 200: candidate keystroke", 20, "ms", ([], str(failure))))
    if arguments.large or arguments.large_only:
        import bench_large
        rows += bench_large.rows(binary, session, runs)

    # The load average says whether other work on the machine inflated the figures.
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"interview-lsp benchmark: {runs} runs each, session {session.name}, {os.cpu_count()} cores, load {load:.1f}")
    print(f"{'measurement':<34}{'median':>10}{'p95':>10}{'goal':>10}  result")
    failed = False
    for name, goal, unit, (values, error) in rows:
        goal_text = f"≤ {goal} {unit}"
        if not values:
            print(f"{name:<34}{'—':>10}{'—':>10}{goal_text:>10}  failed: {error}")
            failed = True
            continue
        # Times are measured in seconds and shown in ms; memory is measured and shown in MB.
        scale = 1000 if unit == "ms" else 1
        median = statistics.median(values) * scale
        p95 = percentile(values, 0.95) * scale
        # A latency goal bounds the median unless it is a p95 goal (requests during an analysis).
        judged = p95 if name in P95_GOALS else median
        verdict = "ok" if judged <= goal else "over goal"
        if name in P95_GOALS:
            verdict += f" ({len(values)} requests)"
        if error:
            verdict += f" (stopped after {len(values)} runs: {error})"
            failed = True
        print(f"{name:<34}{median:>7.1f} {unit}{p95:>7.1f} {unit}{goal_text:>10}  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
