"""Large-input figures for `scripts/bench --large` (see README: Benchmark).

- requests while a 10 MB transcript is re-analysed: hover, code action and document symbols on the
  session's JD, and hover on the transcript itself, sent one after another from the `didChange` that
  appends a turn until that change's diagnostics arrive; each answer must equal the answer given
  before the change (the last finished analysis);
- resident memory of the server after opening the 10 MB transcript, and after one more append, once
  the server is idle again (analysis and index update done);
- `check` (text report) on a session with a 4 MB CV: wall time and peak resident memory;
- `check` (text report) on a CV of 100,000 dated bullets and on a JD of 100,000 bullets: wall time.
"""

import os
import random
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from bench import Server, ServerError, generated_transcript, jd_path, open_document

LARGE_TIMEOUT = 300.0
TRANSCRIPT_BYTES = 10 * 1024 * 1024
# Just under the loader's 4 MB limit per file.
CV_BYTES = 4 * 1024 * 1024 - 64 * 1024
BULLETS = 100_000

SKILLS = ["Kubernetes", "Terraform", "Go", "PostgreSQL", "GitHub Actions", "Prometheus", "Grafana", "Python",
          "Kafka", "AWS", "Linux", "Ansible", "Rust", "Istio", "Redis", "on-call", "postmortems", "Helm"]
VERBS = ["Built", "Ran", "Migrated", "Automated", "Operated", "Designed", "Scaled", "Led", "Reviewed", "Maintained"]


def bullet(number: int, generator: random.Random) -> str:
    """A CV or JD bullet, unique by its number so that no cache can collapse the list."""
    skill = generator.choice(SKILLS)
    other = generator.choice(SKILLS)
    return f"- {generator.choice(VERBS)} {skill} and {other} for team {number}"


def bullet_cv(count: int) -> str:
    """Dated bullets, each one a role of its own: the shape that made role parsing quadratic."""
    generator = random.Random(8)
    lines = ["# Dana Whitfield", "", "## Experience", ""]
    lines += [f"- SRE {number} ({2000 + number % 20} – {2001 + number % 20}) {generator.choice(SKILLS)}"
              for number in range(count)]
    return "\n".join(lines) + "\n"


def sized_cv(size: int) -> str:
    """A CV of about `size` bytes: roles with dates, each with a handful of bullets."""
    generator = random.Random(4)
    lines = ["# Dana Whitfield", "", "## Experience", ""]
    total = 0
    role = 0
    while total < size:
        start = 1990 + role % 30
        heading = f"### Engineer {role}, Company {role} ({start} – {start + 2})"
        lines += [heading, ""]
        total += len(heading) + 2
        for _ in range(6):
            line = bullet(role, generator) + " with measurable results and careful reviews"
            lines.append(line)
            total += len(line) + 1
        lines.append("")
        role += 1
    return "\n".join(lines) + "\n"


def bullet_jd(count: int) -> str:
    """Short bullets ("- Kafka and Go (123)"), so that 100,000 of them fit under the loader's 4 MB limit."""
    generator = random.Random(9)
    lines = ["# Senior Platform Engineer", "", "## Requirements", ""]
    lines += [f"- {generator.choice(SKILLS)} and {generator.choice(SKILLS)} ({number})" for number in range(count)]
    return "\n".join(lines) + "\n"


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def wait_idle(server: Server, quiet: float = 1.0, timeout: float = LARGE_TIMEOUT) -> None:
    """Returns once the server used no CPU for `quiet` seconds (analysis and index updates done)."""
    deadline = time.perf_counter() + timeout
    last = cpu_ticks(server.process.pid)
    while time.perf_counter() < deadline:
        server.drain(quiet=quiet)
        now = cpu_ticks(server.process.pid)
        if now == last:
            return
        last = now
    raise ServerError("the server did not become idle")


def resident_megabytes(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise ServerError("no VmRSS in /proc")


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.split("\n")):
        if needle in line:
            return number
    raise SystemExit(f"bench: no line with {needle!r} in the session")


class LargeSession:
    """A copy of the example session with a generated 10 MB transcript open in one server."""

    def __init__(self, binary: str, session: Path):
        self.workdir = Path(tempfile.mkdtemp(prefix="interview-bench-large-"))
        for source in session.iterdir():
            if source.is_file() and source.suffix in (".md", ".txt") and "transcript" not in source.name:
                shutil.copy(source, self.workdir / source.name)
        self.jd = jd_path(self.workdir)
        self.jd_text = self.jd.read_text(encoding="utf-8")
        self.transcript_path = self.workdir / "transcript.md"
        # Not written to disk: files over 4 MB are not read from the folder (README), so the server knows the
        # transcript from the editor's buffer alone.
        self.transcript = generated_transcript(TRANSCRIPT_BYTES)
        self.version = 1
        self.server = Server(binary)
        self.server.initialize(self.workdir, debounce_zero=True)
        self.jd_uri = open_document(self.server, self.jd, self.jd_text)
        self.server.wait_diagnostics(self.jd_uri, timeout=LARGE_TIMEOUT)
        self.transcript_uri = open_document(self.server, self.transcript_path, self.transcript)
        self.server.wait_diagnostics(self.jd_uri, timeout=LARGE_TIMEOUT)
        wait_idle(self.server)

    def append_turn(self) -> None:
        end = {"line": self.transcript.count("\n"),
               "character": utf16_length(self.transcript[self.transcript.rfind("\n") + 1:])}
        run = self.version
        addition = f"\n**Dana Whitfield** [03:{run // 60 % 60:02d}:{run % 60:02d}]: I also wrote the Terraform for run {run}.\n"
        self.transcript += addition
        self.version += 1
        self.server.notify("textDocument/didChange", {
            "textDocument": {"uri": self.transcript_uri, "version": self.version},
            "contentChanges": [{"range": {"start": end, "end": end}, "text": addition}]})

    def requests(self) -> list[tuple[str, dict]]:
        requirement = line_of(self.jd_text, "Terraform")
        evidence = line_of(self.transcript, "Terraform")
        jd = {"uri": self.jd_uri}
        return [
            ("textDocument/hover", {"textDocument": jd, "position": {"line": requirement, "character": 4}}),
            ("textDocument/codeAction", {"textDocument": jd, "context": {"diagnostics": []}, "range": {
                "start": {"line": requirement, "character": 0}, "end": {"line": requirement, "character": 0}}}),
            ("textDocument/documentSymbol", {"textDocument": jd}),
            ("textDocument/hover", {"textDocument": {"uri": self.transcript_uri},
                                    "position": {"line": evidence, "character": 30}}),
        ]

    def answer(self, method: str, params: dict) -> tuple[float, object]:
        start = time.perf_counter()
        response = self.server.wait_response(self.server.request(method, params), timeout=LARGE_TIMEOUT)
        return time.perf_counter() - start, response.get("result")

    def close(self) -> None:
        self.server.close()
        shutil.rmtree(self.workdir, ignore_errors=True)


def measure_requests_while_analysing(session: LargeSession, appends: int) -> tuple[list[float], str | None]:
    """Latencies of requests sent while the append's analysis is pending; an error when an answer was not
    the last finished analysis' answer or the new diagnostics never came."""
    timings: list[float] = []
    requests = session.requests()
    for _ in range(appends):
        expected = [session.answer(method, params)[1] for method, params in requests]
        session.append_turn()
        diagnosed = False
        position = 0
        deadline = time.perf_counter() + LARGE_TIMEOUT
        while not diagnosed:
            if time.perf_counter() > deadline:
                return timings, "no diagnostics after the append"
            method, params = requests[position % len(requests)]
            start = time.perf_counter()
            identifier = session.server.request(method, params)
            while True:
                message = session.server.receive(LARGE_TIMEOUT)
                if message is None:
                    return timings, f"no answer to {method}"
                if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == session.jd_uri:
                    diagnosed = True
                elif message.get("id") == identifier and "method" not in message:
                    break
            # Sent while the analysis was pending: its time counts even when it waited for that analysis.
            timings.append(time.perf_counter() - start)
            # An answer that came after the new diagnostics may already be the new analysis'.
            if not diagnosed and message.get("result") != expected[position % len(requests)]:
                return timings, f"{method} did not answer from the last finished analysis"
            position += 1
        wait_idle(session.server)
    return timings, None


def run_check(binary: str, session: Path) -> tuple[float, float]:
    """Wall seconds and peak resident megabytes of one `check` run."""
    start = time.perf_counter()
    # The text report, as `check` prints by default: the JSON one of 100k requirements is ~150 MB to render.
    process = subprocess.Popen([binary, "check", str(session), "--format", "text", "--fail-on", "none"],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = process.stderr.read().decode(errors="replace").strip()
    process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise ServerError(f"check exited {process.returncode}: {stderr[:200]}")
    return elapsed, usage.ru_maxrss / 1024


def check_session(jd: str, cv: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="interview-bench-check-"))
    (folder / "jd.md").write_text(jd, encoding="utf-8")
    (folder / "cv.md").write_text(cv, encoding="utf-8")
    return folder


def rows(binary: str, session: Path, runs: int) -> list[tuple]:
    """(name, goal, unit, (values, error)) rows; times in seconds, memory in MB."""
    result = []
    large = None
    try:
        large = LargeSession(binary, session)
        opened = resident_megabytes(large.server.process.pid)
        requests = measure_requests_while_analysing(large, max(1, runs // 4))
        appended = resident_megabytes(large.server.process.pid)
        result += [("request during 10 MB analysis", 50, "ms", requests),
                   ("RSS, 10 MB transcript open", 150, "MB", ([opened], None)),
                   ("RSS, after one more append", 150, "MB", ([appended], None))]
    except (ServerError, OSError) as failure:
        result += [(name, goal, unit, ([], str(failure))) for name, goal, unit in (
            ("request during 10 MB analysis", 50, "ms"), ("RSS, 10 MB transcript open", 150, "MB"))]
    finally:
        if large is not None:
            large.close()

    example_jd = jd_path(session).read_text(encoding="utf-8")
    example_cv = (session / "cv.md").read_text(encoding="utf-8")
    checks = [
        ("check, 4 MB CV", example_jd, sized_cv(CV_BYTES), [("", 1000, "ms", 0), (" peak RSS", 100, "MB", 1)]),
        ("check, CV of 100k bullets", example_jd, bullet_cv(BULLETS), [("", 2000, "ms", 0)]),
        ("check, JD of 100k bullets", bullet_jd(BULLETS), example_cv, [("", 2000, "ms", 0)]),
    ]
    for name, jd, cv, figures in checks:
        folder = check_session(jd, cv)
        try:
            measured, error = [], None
            for _ in range(max(1, runs // 4)):
                try:
                    measured.append(run_check(binary, folder))
                except (ServerError, OSError) as failure:
                    error = str(failure)
                    break
            for suffix, goal, unit, field in figures:
                result.append((name + suffix, goal, unit, ([values[field] for values in measured], error)))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return result
