"""The fuzz test's driver: two sessions, one left alone as the reference and one fuzzed, and the checks made
after each batch of cases.

After each batch the server must be alive, answer a hover on the reference JD with the same result as before the
fuzzing, hold exactly the notes text that a reference model of the edits holds (seen through documentSymbol), and
give only ranges inside the text of the documents edited with arbitrary text (symbols, diagnostics, hover,
definition, references, code lenses and code actions), without failing any of those requests.
"""

import os
import random
import time
from collections import deque
from pathlib import Path

from conftest import copy_fixture
from fuzz_cases import PROTOCOL_ERRORS, CaseGenerator
from fuzz_client import FuzzClient
from fuzz_text import CHAOS_PIECES, PLAIN_PIECES, Edit, TextModel, expected_notes_outline, lines_of, random_edit
from rawclient import frame

SEED = int(os.environ.get("INTERVIEW_FUZZ_SEED", "20261205"))
CASES = int(os.environ.get("INTERVIEW_FUZZ_CASES", "3000"))
BATCH = 40
# How long a check may take to see the server catch up with the last edits; a guard, not a performance goal.
SETTLE_LIMIT = 10
BASELINE_SETTINGS = {"settings": {"interview": {"debounceMs": 0}}}


class Fuzzer:
    def __init__(self, tmp_path: Path):
        """Copies the two sessions into TMP_PATH and starts the server (its log goes to TMP_PATH/server.log)."""
        self.rng = random.Random(SEED)
        self.reference = copy_fixture("backend-session", tmp_path / "a")
        self.playground = copy_fixture("backend-session", tmp_path / "b")
        self.log = tmp_path / "server.log"
        env = {key: value for key, value in os.environ.items() if not key.startswith("OPENAI_")}
        # Nothing may leave the machine, whatever settings the fuzzer sends.
        env.update(OPENAI_BASE_URL="http://127.0.0.1:9/v1", XDG_CACHE_HOME=str(tmp_path / "cache"), INTERVIEW_LSP_LOG="warn")
        self.log_file = self.log.open("wb")
        self.client = FuzzClient(env, self.log_file)
        self.jd = (self.reference / "jd.md").as_uri()
        self.documents: dict[str, tuple[TextModel, list[str], int]] = {}
        self.originals: dict[str, str] = {}
        scratch = [(self.playground / name).as_uri() for name in ["scratch-notes.md", "fuzz-cv.md", "fuzz-jd.md", "calls/x.txt"]]
        outside = [(tmp_path / "nowhere" / "jd.md").as_uri(), (self.playground / "sub" / ".." / "jd-2.md").as_uri()]
        self.cases = CaseGenerator(self.rng, read_uris=[self.jd, *[(self.playground / n).as_uri() for n in ["jd.md", "cv.md", "notes.md"]], *outside],
                                   write_uris=scratch + outside, session_uri=self.playground.as_uri())
        self.syncs = 0
        self.batch = 0
        # The latest cases, named in a failure.
        self.recent: deque[str] = deque(maxlen=12)

    # MARK: helpers

    def fail(self, message: str) -> None:
        self.log_file.flush()
        tail = self.log.read_bytes()[-3000:].decode("utf-8", "replace")
        raise AssertionError(f"{message}\nseed {SEED}, batch {self.batch} (INTERVIEW_FUZZ_SEED={SEED} to replay)\n"
                             f"latest cases: {list(self.recent)}\nserver log tail:\n{tail}")

    def write(self, data: bytes) -> None:
        try:
            self.client.write(data)
        except BrokenPipeError:
            self.fail(f"the server died (exit code {self.client.process.wait()})")

    def request(self, method: str, params: dict) -> dict:
        self.syncs += 1
        id = f"check-{self.syncs}"
        self.write(frame({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))
        try:
            return self.client.response(id)
        except (TimeoutError, EOFError) as error:
            self.fail(f"no answer to {method}: {error} (alive: {self.client.alive()})")

    def sync(self) -> None:
        """Ends whatever frame the server's framer may still be reading (bodies are at most 3000 bytes short),
        then waits for a request behind it to be answered."""
        self.syncs += 1
        id = f"sync-{self.syncs}"
        barrier = b"\r\n\r\n" + b" " * 4100 + frame({"jsonrpc": "2.0", "id": id, "method": "interview/sync"})
        self.write(barrier)
        try:
            answer = self.client.response(id)
        except (TimeoutError, EOFError) as error:
            self.fail(f"the server did not resynchronise: {error} (alive: {self.client.alive()})")
        if answer.get("error", {}).get("code") != -32601:
            self.fail(f"unexpected answer to the sync request: {answer}")

    def settle(self, what: str, check) -> None:
        """Polls CHECK (None when satisfied, else what differs) until it holds."""
        deadline = time.monotonic() + SETTLE_LIMIT
        while (difference := check()) is not None:
            if time.monotonic() > deadline:
                self.fail(f"{what}: {difference}")
            time.sleep(0.05)

    def open(self, path: Path, text: str, pieces: list[str]) -> None:
        if not path.exists():
            path.write_text(text, encoding="utf-8", newline="")
        uri = path.as_uri()
        self.documents[uri] = (TextModel(text), pieces, 1)
        self.originals[uri] = text
        self.client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})

    def change(self, uri: str, edits: int, then: Edit | None = None) -> None:
        """Sends EDITS random edits of URI in one didChange, and THEN after them."""
        model, pieces, version = self.documents[uri]
        changes = []
        for _ in range(edits):
            edit = random_edit(model, pieces, self.rng)
            model.apply(edit)
            changes.append(edit.json)
        if then is not None:
            model.apply(then)
            changes.append(then.json)
        self.documents[uri] = (model, pieces, version + 1)
        self.write(self.cases.encode({"jsonrpc": "2.0", "method": "textDocument/didChange",
                                      "params": {"textDocument": {"uri": uri, "version": version + 1}, "contentChanges": changes}}))

    def hover(self) -> dict | None:
        line = lines_of((self.reference / "jd.md").read_text(encoding="utf-8")).index("- 5+ years of professional experience with Python")
        answer = self.request("textDocument/hover", {"textDocument": {"uri": self.jd}, "position": {"line": line, "character": 6}})
        return answer.get("result", answer)

    # MARK: the run

    def start(self) -> dict:
        capabilities = {"textDocument": {"documentSymbol": {"hierarchicalDocumentSymbolSupport": True},
                                         "hover": {"contentFormat": ["plaintext"]}}}
        folders = [{"uri": folder.as_uri(), "name": folder.name} for folder in (self.reference, self.playground)]
        self.client.initialize(capabilities=capabilities, workspaceFolders=folders, initializationOptions=BASELINE_SETTINGS["settings"])
        self.client.notify("textDocument/didOpen", {"textDocument": {"uri": self.jd, "languageId": "markdown", "version": 1,
                                                                     "text": (self.reference / "jd.md").read_text(encoding="utf-8")}})
        self.notes = (self.playground / "notes.md").as_uri()
        self.open(self.playground / "notes.md", "first note\r\nsecond, with é and 😀\n\n\tthird ?\r", PLAIN_PIECES)
        # Edited with any text at all and checked for consistency: a transcript, and the playground's JD and CV.
        self.open(self.playground / "round2-transcript.md", "Interviewer: Go?\nCandidate: Yes 👩\u200d💻, five years.\n", CHAOS_PIECES)
        for name in ["jd.md", "cv.md"]:
            self.open(self.playground / name, (self.playground / name).read_text(encoding="utf-8"), CHAOS_PIECES)
        self.chaotic = [uri for uri in self.documents if uri != self.notes]
        baseline = self.hover()
        value = (baseline or {}).get("contents", {}).get("value", "")
        assert "Python" in value and "verified" in value, baseline
        return baseline

    def run_batch(self, size: int, baseline: dict) -> None:
        tracked = []
        configured = False
        if self.batch % 4 == 3:
            # Random edits soon leave no requirement or turn to hover: start the freely edited documents over.
            for uri in self.chaotic:
                self.change(uri, self.rng.randint(0, 2), then=Edit(None, self.originals[uri]))
        for _ in range(size):
            roll = self.rng.random()
            if roll < 0.3:
                uri = self.notes if self.rng.random() < 0.5 else self.rng.choice(self.chaotic)
                self.change(uri, self.rng.randint(1, 3))
                self.recent.append(f"edit {uri.rsplit('/', 1)[-1]}")
                continue
            case = self.cases.framing() if roll < 0.5 else self.cases.odd_message() if roll < 0.7 else self.cases.wrong_params()
            self.recent.append(case.label)
            for index, data in enumerate(case.writes):
                if index and case.pause:
                    time.sleep(0.002)
                self.write(data)
            tracked += [(id, case.label) for id in case.tracked]
            configured |= "workspace/didChangeConfiguration" in case.methods
            if case.resync:
                self.sync()
        # Behind every other edit: once the notes show it, the server has seen them all. Past the last line, so clamped.
        marker = "\nzq" + "".join("abcdefghij"[int(digit)] for digit in str(self.batch))
        self.change(self.notes, 0, then=Edit({"start": {"line": 10**6, "character": 0}, "end": {"line": 10**6, "character": 5}}, marker))
        self.sync()
        if configured:
            self.client.notify("workspace/didChangeConfiguration", BASELINE_SETTINGS)
        for id, label in tracked:
            try:
                answer = self.client.response(id)
            except (TimeoutError, EOFError) as error:
                self.fail(f"{label}: no answer to request {id!r}: {error}")
            if answer.get("error", {}).get("code") in PROTOCOL_ERRORS:
                self.fail(f"{label}: a well-formed request got {answer['error']}")
        self.settle("hover on the reference JD", lambda: None if (hover := self.hover()) == baseline else f"{hover}\nbefore: {baseline}")
        self.settle("notes outline", self.notes_difference)
        for uri in self.chaotic:
            self.check_consistency(uri)
        if not self.client.alive():
            self.fail("the server exited")

    def notes_difference(self) -> str | None:
        model = self.documents[self.notes][0]
        symbols = self.request("textDocument/documentSymbol", {"textDocument": {"uri": self.notes}}).get("result")
        expected = expected_notes_outline(model.text)
        return None if symbols == expected else f"text {model.text!r}\nexpected {expected}\ngot {symbols}"

    def outside(self, uri: str, range_: dict) -> bool:
        return uri in self.documents and not self.documents[uri][0].contains(range_)

    def check_consistency(self, uri: str) -> None:
        """Every range the server gives about a freely edited document lies inside its text; no request fails."""
        model, _, version = self.documents[uri]
        answer = self.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}})
        if "error" in answer:
            self.fail(f"documentSymbol on {uri} failed: {answer}")
        pending = list(answer["result"] or [])
        ranges = []
        while pending:
            symbol = pending.pop()
            pending += symbol.get("children", [])
            if self.outside(uri, symbol["range"]) or self.outside(uri, symbol["selectionRange"]):
                self.fail(f"symbol outside the text: {symbol}\ntext {model.text!r}")
            ranges.append(symbol["selectionRange"])
        diagnostics = []
        published = self.client.diagnostics.get(uri)
        if published and published.get("version") == version:
            diagnostics = published["diagnostics"]
            for diagnostic in diagnostics:
                if self.outside(uri, diagnostic["range"]):
                    self.fail(f"diagnostic outside the text: {diagnostic}\ntext {model.text!r}")
        for _ in range(3):
            self.probe(uri, model, ranges, diagnostics)

    def probe(self, uri: str, model: TextModel, ranges: list[dict], diagnostics: list[dict]) -> None:
        """Position requests at one place of URI: mostly on something the server knows about (a requirement, a
        turn), else anywhere on a line or past it; a code action on one of its diagnostics."""
        if ranges and self.rng.random() < 0.8:
            start = self.rng.choice(ranges)["start"]
            position = {"line": start["line"], "character": start["character"] + self.rng.randint(0, 6)}
        else:
            lines = lines_of(model.text)
            line = self.rng.randrange(len(lines))
            position = {"line": line, "character": self.rng.randint(0, len(lines[line]) * 2)}
        flagged = [self.rng.choice(diagnostics)] if diagnostics else []
        document = {"textDocument": {"uri": uri}}
        requests = {
            "textDocument/hover": {**document, "position": position},
            "textDocument/definition": {**document, "position": position},
            "textDocument/references": {**document, "position": position, "context": {"includeDeclaration": True}},
            "textDocument/codeLens": document,
            "textDocument/codeAction": {**document, "range": flagged[0]["range"] if flagged else {"start": position, "end": position},
                                        "context": {"diagnostics": flagged}},
        }
        for method, params in requests.items():
            answer = self.request(method, params)
            if "error" in answer:
                self.fail(f"{method} at {position} of {uri} failed: {answer}\ntext {model.text!r}")
            for location in self.locations(answer["result"], uri):
                if self.outside(location["uri"], location["range"]):
                    self.fail(f"{method} gave a range outside {location['uri']}: {location}")

    @staticmethod
    def locations(result, uri: str) -> list[dict]:
        """Every (uri, range) in a result: locations, hover and lens ranges (in URI), and the text edits of code actions."""
        found = []
        for item in result if isinstance(result, list) else [result] if result else []:
            if "range" in item:
                found.append({"uri": item.get("uri", uri), "range": item["range"]})
            edit = item.get("edit", {})
            for target, edits in edit.get("changes", {}).items():
                found += [{"uri": target, "range": change["range"]} for change in edits]
            for change in edit.get("documentChanges", []):
                found += [{"uri": change["textDocument"]["uri"], "range": e["range"]} for e in change.get("edits", [])]
        return found
