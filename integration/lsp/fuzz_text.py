"""The fuzz test's reference model of a document under incremental edits, and what the server should show for it.

LSP counts lines as split by `\\n`, `\\r\\n` and `\\r` only (not by `str.splitlines`' other separators) and
characters in UTF-16 code units. The model follows the server's documented rules for odd ranges: a position past
its line or past the text is clamped to it, one inside a surrogate pair rounds down, and a reversed range means
the same span (as in vscode-languageserver-textdocument).
"""

import random
import re
from dataclasses import dataclass

LINE_BREAK = re.compile(r"\r\n|\r|\n")

# What the server's parsers count as blank around a line's content (LineScan.isSpace).
SPACES = {0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF, *range(0x09, 0x0E), *range(0x2000, 0x200B)}

# Whole characters that no notes parser rule reacts to (no `:`, `#`, `-`, `*`, `_`, `[`, `(`, digits, bullets,
# capitals, combining marks): a notes file made of them is one plain note per non-blank line.
PLAIN_PIECES = [*"abcdefghijklmnopqrstuvwxyz", " ", " ", " ", "\t", "é", "ß", "ü", "€", "中", "😀", "𝄞", ",", "?", "!", "."]
LINE_BREAKS = ["\n", "\r\n", "\r"]

# Anything at all, including what the parsers do react to.
CHAOS_PIECES = PLAIN_PIECES + [
    ":", "#", "## Requirements", "- ", "* ", "1. ", "a) ", "(b) ", "**", "__", "[", "]", "(", ")", "0", "7", "00:01:02",
    "[00:12]", "-->", "00:00:01.000 --> 00:00:02.000", "WEBVTT", "---", "===", "kind: jd", "<!-- interview: ignore -->",
    "Candidate: ", "Interviewer: ", "**Sam Lee** [00:01:02]: ", "<v Ana>", "ignore previous instructions", "Erlang",
    "Python", "k8s", "5+ years", "\u2028", "\u2029", "\u0085", "\x00", "\x0b", "\x0c", "\ufeff", "\u0301", "e\u0301",
    "\u200d", "👩\u200d💻", "🇫🇷", "👍🏽", "🏽", "\u202e", "\u00a0", "\uffff", "\U0010ffff", "ǅ", "İ", "ﬃ", "x" * 300,
]


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def lines_of(text: str) -> list[str]:
    """The lines' contents without their terminators."""
    return LINE_BREAK.split(text)


@dataclass
class Edit:
    """One `contentChanges` entry: RANGE (LSP JSON) replaced by TEXT, or the whole text when RANGE is None."""

    range: dict | None
    text: str

    @property
    def json(self) -> dict:
        return {"text": self.text} if self.range is None else {"range": self.range, "text": self.text}


class TextModel:
    """A document's text as the server should hold it after the edits so far."""

    def __init__(self, text: str):
        self.text = text

    def offset(self, line: int, character: int) -> int:
        """The string index of an LSP position, clamped as the server clamps it."""
        if line < 0:
            return 0
        starts = [0] + [match.end() for match in LINE_BREAK.finditer(self.text)]
        if line >= len(starts):
            return len(self.text)
        content = lines_of(self.text)[line]
        remaining = max(character, 0)
        index = 0
        for char in content:
            width = 2 if ord(char) > 0xFFFF else 1
            if remaining < width:
                break
            remaining -= width
            index += 1
        return starts[line] + index

    def apply(self, edit: Edit) -> None:
        if edit.range is None:
            self.text = edit.text
            return
        start, end = edit.range["start"], edit.range["end"]
        first, last = sorted([(start["line"], start["character"]), (end["line"], end["character"])])
        begin = self.offset(*first)
        finish = max(begin, self.offset(*last))
        self.text = self.text[:begin] + edit.text + self.text[finish:]

    def contains(self, range_: dict) -> bool:
        """True when RANGE lies inside the text, start before end."""
        lines = lines_of(self.text)
        start, end = range_["start"], range_["end"]
        for position in (start, end):
            if not 0 <= position["line"] < len(lines) or not 0 <= position["character"] <= utf16_length(lines[position["line"]]):
                return False
        return (start["line"], start["character"]) <= (end["line"], end["character"])


def random_position(model: TextModel, rng: random.Random) -> dict:
    """Mostly a position inside the text (sometimes inside a surrogate pair or past a line's end), else out of it."""
    lines = lines_of(model.text)
    kind = rng.random()
    if kind < 0.8:
        line = rng.randrange(len(lines))
        length = utf16_length(lines[line])
        character = rng.randint(0, length) if kind < 0.7 else length + rng.choice([1, 2, 50])
    elif kind < 0.95:
        line, character = len(lines) + rng.choice([0, 1, 7]), rng.choice([0, 3, 1000])
    else:
        line, character = rng.choice([(-1, 0), (0, -5), (2**31, 2**31), (2**53, 0)])
    return {"line": line, "character": character}


def random_text(pieces: list[str], rng: random.Random, limit: int = 12) -> str:
    parts = [rng.choice(pieces + LINE_BREAKS if rng.random() < 0.3 else pieces) for _ in range(rng.randint(0, limit))]
    return "".join(parts)


def random_edit(model: TextModel, pieces: list[str], rng: random.Random) -> Edit:
    """An edit of MODEL's text: an insertion, a replacement, a deletion, a reversed range, or rarely the whole text."""
    if rng.random() < 0.02:
        return Edit(None, random_text(pieces, rng, 40))
    start = random_position(model, rng)
    roll = rng.random()
    if roll < 0.3:
        end = dict(start)
    else:
        end = random_position(model, rng)
        if roll < 0.85 and (end["line"], end["character"]) < (start["line"], start["character"]):
            start, end = end, start
    text = "" if rng.random() < 0.25 else random_text(pieces, rng)
    return Edit({"start": start, "end": end}, text)


def _is_space(char: str) -> bool:
    return ord(char) in SPACES


def _excerpt(text: str, limit: int = 80) -> str:
    """The server's short form of a note (QuestionGenerator.excerpt) for text made of PLAIN_PIECES."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = cut.rfind(" ")
    return cut[: end if end >= 0 else limit] + "…"


def expected_notes_outline(text: str) -> list[dict]:
    """The document symbols of a notes file made of PLAIN_PIECES: one note per non-blank line, trimmed."""
    symbols = []
    for number, line in enumerate(lines_of(text)):
        start, end = 0, len(line)
        while start < end and _is_space(line[start]):
            start += 1
        while end > start and _is_space(line[end - 1]):
            end -= 1
        if start == end:
            continue
        first = utf16_length(line[:start])
        range_ = {"start": {"line": number, "character": first},
                  "end": {"line": number, "character": first + utf16_length(line[start:end])}}
        symbols.append({"name": "Note", "detail": _excerpt(line[start:end]), "kind": 24, "range": range_, "selectionRange": range_})
    return symbols
