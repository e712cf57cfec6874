"""The fuzz test's inputs: broken framing, odd JSON-RPC messages and wrong-typed params, from a seeded generator.

A case is the bytes to write (in one or more writes) and what the test may then expect: the ids of requests
that must be answered without a protocol or internal error, and whether the case may leave the server's framer
waiting for bytes that never come (the test then writes a resynchronising barrier).
"""

import json
import random
from dataclasses import dataclass, field
from typing import Any

from rawclient import frame

# Methods the server handles, and the commands of its executeCommandProvider.
REQUESTS = ["textDocument/hover", "textDocument/definition", "textDocument/references", "textDocument/documentSymbol",
            "textDocument/codeLens", "textDocument/codeAction", "workspace/executeCommand"]
COMMANDS = ["interview.chat", "interview.nextQuestion", "interview.showCoverage", "interview.transcribe", "interview.rank"]
NOTIFICATIONS = ["textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "textDocument/didSave",
                 "workspace/didChangeWatchedFiles", "workspace/didChangeConfiguration", "workspace/didChangeWorkspaceFolders"]
# Never sent at random: they end the session under test.
LIFECYCLE = {"initialize", "shutdown", "exit"}

# Whatever the params, a well-formed request is never answered with these.
PROTOCOL_ERRORS = {-32700, -32600, -32603}

EXTREME_INTS = [0, -1, 1, 2**31 - 1, 2**31, 2**53, 2**63 - 1, -(2**63)]
STRINGS = ["", " ", "x", "é😀\u200d", "\x00", "\ud7ff", "💥" * 40, "a" * 5000, "file://", "file:", "untitled:Untitled-1",
           "http://example.com/jd.md", "jd.md", "../jd.md", "%ZZ", "\u202e\u2028", "file:///%", "file:///%E2%82", "file:///%00",
           "file://host", "FILE:///X", "file:///a%2Fb"]
KEYS = ["textDocument", "uri", "position", "line", "character", "range", "start", "end", "text", "version", "context",
        "changes", "settings", "interview", "event", "added", "removed", "command", "arguments", "question", "id", "x", ""]


@dataclass
class Case:
    label: str
    writes: list[bytes]
    # Requests that must be answered without a protocol or internal error.
    tracked: list = field(default_factory=list)
    resync: bool = False
    # A write that must reach the server in a read of its own (a split frame).
    pause: bool = False
    methods: set[str] = field(default_factory=set)


class CaseGenerator:
    def __init__(self, rng: random.Random, read_uris: list[str], write_uris: list[str], session_uri: str):
        """READ_URIS may be queried; WRITE_URIS may be opened, changed, closed and saved (never the checked documents)."""
        self.rng = rng
        self.read_uris = read_uris
        self.write_uris = write_uris
        self.session_uri = session_uri
        self.next_id = 0
        self.recent_ids: list[Any] = []

    # MARK: JSON values

    def tracked_id(self) -> Any:
        self.next_id += 1
        id = 10_000_000 + self.next_id if self.rng.random() < 0.5 else f"fuzz-{self.next_id}"
        self.recent_ids = [*self.recent_ids[-9:], id]
        return id

    def scalar(self) -> Any:
        """Any JSON scalar; URIs only of documents that the test does not check (a random value could close one)."""
        return self.rng.choice([None, True, False, self.rng.choice(EXTREME_INTS), self.rng.uniform(-1e6, 1e6), 1e300, 0.5,
                                self.rng.choice(STRINGS), self.rng.choice(self.write_uris)])

    def value(self, depth: int = 0) -> Any:
        roll = self.rng.random()
        if depth > 3 or roll < 0.5:
            return self.scalar()
        if roll < 0.75:
            return [self.value(depth + 1) for _ in range(self.rng.randint(0, 4))]
        return {self.rng.choice(KEYS): self.value(depth + 1) for _ in range(self.rng.randint(0, 4))}

    def other_type(self, value: Any) -> Any:
        """A value of another JSON type than VALUE."""
        while True:
            candidate = self.value(2)
            if type(candidate) is not type(value) and not (isinstance(value, bool) and isinstance(candidate, bool)):
                return candidate

    # MARK: params

    def position(self) -> dict:
        return {"line": self.rng.choice([0, 1, 10, 14, 200]), "character": self.rng.choice([0, 3, 40])}

    def template(self, method: str) -> dict:
        """Valid params for METHOD."""
        read = {"uri": self.rng.choice(self.read_uris)}
        write = {"uri": self.rng.choice(self.write_uris)}
        range_ = {"start": self.position(), "end": self.position()}
        match method:
            case "textDocument/hover" | "textDocument/definition":
                return {"textDocument": read, "position": self.position()}
            case "textDocument/references":
                return {"textDocument": read, "position": self.position(), "context": {"includeDeclaration": True}}
            case "textDocument/documentSymbol" | "textDocument/codeLens":
                return {"textDocument": read}
            case "textDocument/codeAction":
                diagnostic = {"range": range_, "message": "m", "source": "interview", "code": "unmet-requirement",
                              "data": {"requirementId": "python"}}
                return {"textDocument": read, "range": range_, "context": {"diagnostics": [diagnostic], "only": ["quickfix"]}}
            case "workspace/executeCommand":
                command = self.rng.choice(COMMANDS)
                argument = {
                    "interview.chat": {"question": "What is missing?", "uri": read["uri"]},
                    "interview.nextQuestion": {"uri": read["uri"], "requirementId": "python", "show": True},
                    "interview.showCoverage": {"uri": read["uri"]},
                    "interview.transcribe": {"audioPath": write["uri"], "out": "fuzz-transcript.md"},
                    "interview.rank": {"uri": read["uri"]},
                }[command]
                return {"command": command, "arguments": [argument]}
            case "textDocument/didOpen":
                return {"textDocument": {**write, "languageId": "markdown", "version": 1, "text": "Candidate: I know Go.\n"}}
            case "textDocument/didChange":
                return {"textDocument": {**write, "version": 2},
                        "contentChanges": [{"range": range_, "text": "x"}, {"text": "Interviewer: Why?\n"}]}
            case "textDocument/didClose":
                return {"textDocument": write}
            case "textDocument/didSave":
                return {"textDocument": write, "text": "saved"}
            case "workspace/didChangeWatchedFiles":
                return {"changes": [{"uri": self.rng.choice(self.write_uris), "type": self.rng.choice([1, 2, 3])}]}
            case "workspace/didChangeConfiguration":
                return {"settings": {"interview": {"debounceMs": 0, "logLevel": "warn", "documentGlobs": {"transcript": ["calls/*.txt"]},
                                                   "skills": [{"name": "Fuzzlang", "aliases": ["fzl"]}]}}}
            case "workspace/didChangeWorkspaceFolders":
                return {"event": {"added": [{"uri": self.session_uri, "name": "b"}], "removed": [{"uri": "file:///nowhere", "name": "n"}]}}
        raise AssertionError(method)

    def mutated(self, params: dict) -> Any:
        """PARAMS with one member (at any depth, or the whole) replaced by another type, dropped, or made extreme."""
        slots = []

        def walk(node: Any, path: tuple) -> None:
            slots.append(path)
            if isinstance(node, dict):
                for key, child in node.items():
                    walk(child, path + (key,))
            elif isinstance(node, list):
                for index, child in enumerate(node):
                    walk(child, path + (index,))

        walk(params, ())
        path = self.rng.choice(slots)
        if not path:
            return self.other_type(params)
        parent = params
        for step in path[:-1]:
            parent = parent[step]
        old = parent[path[-1]]
        roll = self.rng.random()
        if roll < 0.6:
            parent[path[-1]] = self.other_type(old)
        elif roll < 0.75 and isinstance(parent, dict):
            del parent[path[-1]]
        elif isinstance(old, int) and not isinstance(old, bool):
            parent[path[-1]] = self.rng.choice(EXTREME_INTS)
        elif isinstance(old, str):
            parent[path[-1]] = self.rng.choice(STRINGS)
        else:
            parent[path[-1]] = self.value()
        return params

    def wrong_params(self) -> Case:
        if self.rng.random() < 0.5:
            method = self.rng.choice(REQUESTS)
            id = self.tracked_id()
            params = self.mutated(self.template(method))
            message = {"jsonrpc": "2.0", "id": id, "method": method, "params": params}
            well_formed = params is None or isinstance(params, (dict, list))
            return Case(f"wrong params {method}", [self.encode(message)], tracked=[id] if well_formed else [], methods={method})
        method = self.rng.choice(NOTIFICATIONS)
        message = {"jsonrpc": "2.0", "method": method, "params": self.mutated(self.template(method))}
        return Case(f"wrong params {method}", [self.encode(message)], methods={method})

    # MARK: JSON-RPC messages

    def encode(self, message: Any) -> bytes:
        return frame(json.dumps(message, ensure_ascii=self.rng.random() < 0.5))

    def odd_message(self) -> Case:
        method = self.rng.choice(REQUESTS + NOTIFICATIONS + ["initialized", "$/cancelRequest", "$/setTrace", "interview/x", "", "é" * 300])
        shape = self.rng.randrange(10)
        if shape == 0:
            message = {"jsonrpc": self.rng.choice(["1.0", "2", 2.0, None, "2.0 ", ["2.0"]]), "id": self.tracked_id(), "method": method}
        elif shape == 1:
            message = {"jsonrpc": "2.0", "id": self.other_type(""), "method": method, "params": {}}
        elif shape == 2:
            message = {"jsonrpc": "2.0", "id": self.rng.choice([0, -1, 2**63 - 1, -(2**63), "", "é😀", "x" * 2000])}
        elif shape == 3:
            message = {"jsonrpc": "2.0", "id": self.rng.choice([7, "x", None]), self.rng.choice(["result", "error"]): self.value()}
        elif shape == 4:
            message = [self.template_message() for _ in range(self.rng.randint(0, 3))]
        elif shape == 5:
            message = {"jsonrpc": "2.0", "method": method, "params": self.value(), **{self.rng.choice(KEYS): self.value()}}
        elif shape == 6:
            depth = self.rng.choice([10, 100, 3000, 100_000])
            opening, closing = self.rng.choice([("[", "]"), ('{"a":', "}")])
            body = '{"jsonrpc":"2.0","method":"%s","params":{"x":%s1%s}}' % (method, opening * depth, closing * depth)
            return Case(f"nested {depth}", [frame(body)])
        elif shape == 9:
            # A cancel racing the request it names (or one long answered).
            message = {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": self.rng.choice(self.recent_ids or [1])}}
            return Case("cancel", [self.encode(message)])
        elif shape == 7:
            raw = self.rng.choice([b'{"jsonrpc":"2.0","id":1,"method":', b'{"jsonrpc":"2.0","method":"x"} trailing', b"NaN",
                                   b'{"jsonrpc":"2.0","method":"x","params":{"a":NaN}}', b"{'jsonrpc':'2.0'}", b"",
                                   b'{"jsonrpc":"2.0","method":"x","params":{"a":"\\ud800"}}', b'\xef\xbb\xbf{"jsonrpc":"2.0","method":"x"}',
                                   b'{"jsonrpc":"2.0","method":"x","params":{"a":"\\q"}}', b'{"jsonrpc":"2.0","method":"x"}\x00',
                                   b'{"jsonrpc":"2.0","id":123456789012345678901234567890,"method":"x"}', b"[" * 50, b"null", b"\"2.0\""])
            return Case("raw body", [frame(raw)])
        else:
            id = self.tracked_id()
            if method in NOTIFICATIONS or method in {"initialized", "$/cancelRequest", "$/setTrace"}:
                message = {"jsonrpc": "2.0", "method": method, "params": self.value()}
                return Case(f"random params {method}", [self.encode(message)], methods={method})
            params = self.rng.choice([None, [], [1, "x"], {}, self.value()])
            message = {"jsonrpc": "2.0", "id": id, "method": method, "params": params}
            well_formed = params is None or isinstance(params, (dict, list))
            return Case(f"random params {method}", [self.encode(message)], tracked=[id] if well_formed else [], methods={method})
        return Case(f"odd message {shape}", [self.encode(message)], methods={method})

    def template_message(self) -> dict:
        method = self.rng.choice(REQUESTS)
        return {"jsonrpc": "2.0", "id": self.tracked_id(), "method": method, "params": self.template(method)}

    # MARK: framing

    def probe(self) -> tuple[Any, bytes]:
        """A well-formed request and its body."""
        message = self.template_message()
        return message["id"], json.dumps(message).encode()

    def framing(self) -> Case:
        kind = self.rng.randrange(14)
        id, body = self.probe()
        header = b"Content-Length: %d\r\n\r\n" % len(body)
        if kind == 0:
            whole = header + body
            cuts = sorted(self.rng.sample(range(1, len(whole)), min(len(whole) - 1, self.rng.randint(1, 5))))
            pieces = [whole[a:b] for a, b in zip([0] + cuts, cuts + [len(whole)])]
            return Case("split frame", pieces, tracked=[id], pause=self.rng.random() < 0.3)
        if kind == 1:
            ids, data = [], b""
            for _ in range(self.rng.randint(2, 4)):
                more_id, more = self.probe()
                ids.append(more_id)
                data += frame(more)
            return Case("coalesced frames", [frame(body) + data], tracked=[id, *ids])
        if kind == 2:
            value = self.rng.choice([b"lots", b"-1", b"+5", b"5.0", b"0x10", b"", b" ", b"1e3", "٣".encode(), b"\xff5",
                                     b"99999999999999999999999"])
            return Case("bad Content-Length", [b"Content-Length: " + value + b"\r\n\r\n" + body])
        if kind == 3:
            return Case("missing Content-Length", [b"Content-Type: application/vscode-jsonrpc\r\n\r\n" + body])
        if kind == 4:
            return Case("header without a colon", [b"Content-Length %d\r\n\r\n" % len(body) + body])
        if kind == 5:
            twice = b"Content-Length: %d\r\ncontent-length:%d\r\n\r\n" % (len(body), len(body))
            return Case("duplicate equal Content-Length", [twice + body], tracked=[id])
        if kind == 6:
            other = len(body) + self.rng.choice([-5, 7, 3000])
            twice = b"Content-Length: %d\r\nContent-Length: %d\r\n\r\n" % (len(body), other)
            return Case("duplicate differing Content-Length", [twice + body], resync=True)
        if kind == 7:
            length = self.rng.choice([2**26 + 1, 2**31, 2**63 - 1, 10**30])
            return Case("huge Content-Length", [b"Content-Length: %d\r\n\r\n" % length + body])
        if kind == 8:
            message = json.loads(body)
            message["params"]["padding"] = "p" * self.rng.choice([70_000, 300_000, 1_000_000])
            return Case("large frame", [frame(message)], tracked=[id])
        if kind == 9:
            return Case("body shorter than its length", [b"Content-Length: %d\r\n\r\n" % (len(body) + self.rng.randint(1, 3000)) + body],
                        resync=True)
        if kind == 10:
            return Case("body longer than its length", [b"Content-Length: %d\r\n\r\n" % self.rng.randint(0, len(body) - 1) + body])
        if kind == 11:
            return Case("header ending in bare newlines", [b"Content-Length: %d\n\n" % len(body) + body], resync=True)
        if kind == 12:
            invalid = self.rng.choice([b"\xff\xfe", b"\xc0\xaf", b"\xed\xa0\x80", b"\x80", b"\xf4\x90\x80\x80", b"\xe2\x82"])
            message = b'{"jsonrpc":"2.0","method":"textDocument/didSave","params":{"textDocument":{"uri":"' + invalid + b'"}}}'
            return Case("non-UTF-8 body", [frame(message)])
        # The next frame's header cut inside its name, in a read of its own: it must survive the junk being dropped.
        cut = self.rng.randint(1, 13)
        return Case("endless header", [b"X-Junk: " + b"j" * 9000 + (header + body)[:cut], (header + body)[cut:]], tracked=[id], pause=True)
