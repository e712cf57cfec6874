#!/usr/bin/env python3
"""An OpenAI-compatible stand-in server for tests, on 127.0.0.1, Python standard library only.

Follows the public API shapes of chat completions (plain and SSE-streamed, with usage and
response_format), embeddings and audio transcriptions (multipart, diarized segments), records
every API request, and injects faults on demand.

Start: python3 openai_standin.py [--port N] [--no-auth] [--exit-on-stdin-eof]
The first line on stdout is "PORT <n>" (port 0 picks a free one). With --exit-on-stdin-eof the
server stops when its stdin closes, so a test runner that dies never leaves it behind.

Control endpoints (no auth):
  GET or POST /_requests -> {"requests": [{method, path, headers, body, json?, multipart?, time}]}
  POST /_reset     -> forget recorded requests, pending faults and configured content
  POST /_fault     {"fault": "429:2", "count": 3} queues a fault for the next `count` API requests
                   (or {"faults": [{"fault": ..., "count": ...}, ...]})
  POST /_config    {"chat_content": str, "json_content": any (a string is sent verbatim), "chunk_size": int,
                    "transcript_segments": [{speaker, start, end, text}],
                    "judgments": {"<words of a requirement>": {"status": str, "quote": str}},
                    "voices": {"<tone Hz>": {"text": str, "voice": str?}}}
                   A structured request whose prompt holds the words of a "judgments" key is answered with
                   that judgment, its "source" the number of the first [S<n>] source holding the quote.
                   With "voices", transcription reads the uploaded WAV (16-bit PCM): each non-silent run is one
                   segment, its tone (a zero-crossing estimate) picks the nearest configured frequency within
                   10%, whose "text" is said; runs of the same "voice" (default: the frequency) are one speaker,
                   labelled "A", "B"... per request in order of first appearance, unless a
                   known_speaker_references[] clip (a data:audio/wav;base64 URL) has that voice's tone: then
                   the matching known_speaker_names[] entry is the label. start/end are the run's times in the
                   uploaded file. "ignore_references": true labels as if no references were sent.
Per request, the header "X-Standin-Fault: <fault>" applies a fault to that request only.

Faults: slow:<ms> (sleep before answering), drip:<ms> (sleep between stream events),
429:<retry-after> (HTTP 429 with that Retry-After), 500 / 503 / 400 / <status> (that status
with an OpenAI error body), cut-stream (some SSE events, then the connection closes mid-answer),
malformed-sse (an event whose data is not JSON), ignore-stream (answer in one JSON piece even when
streaming was asked, as some local servers do), reset (close the socket without answering),
echo-auth (HTTP 401 quoting the Authorization header back, as some providers quote the key),
stream-echo-auth (a 200 stream whose first event after the role is an error quoting the Authorization
header), stream-echo-auth-late (the same error after some answer text).
"""

import argparse
import base64
import hashlib
import json
import math
import signal
import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DEFAULT_CHAT_CONTENT = (
    "The candidate evidences Go in the interview [1] and Kubernetes on the CV [2]. "
    'She said "I ran our EKS clusters for two years" [3]. '
    'She also "founded the Rust Foundation" [7].'
)

DEFAULT_SEGMENTS = [
    {"speaker": "A", "start": 0.0, "end": 3.2, "text": "Tell me about your Kubernetes experience."},
    {"speaker": "B", "start": 3.4, "end": 9.8, "text": "I ran our EKS clusters for two years."},
    {"speaker": "A", "start": 10.1, "end": 12.0, "text": "And Go?"},
    {"speaker": "B", "start": 12.2, "end": 15.5, "text": "Go is my main language since 2019."},
]


class State:
    """Everything shared between request threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.requests = []
        self.faults = []  # [{"fault": str, "count": int}]
        self.config = {}
        self.started = time.monotonic()

    def record(self, entry):
        with self.lock:
            entry["time"] = time.monotonic() - self.started
            self.requests.append(entry)

    def take_fault(self):
        with self.lock:
            while self.faults:
                head = self.faults[0]
                if head["count"] <= 0:
                    self.faults.pop(0)
                    continue
                head["count"] -= 1
                return head["fault"]
            return None


STATE = State()
REQUIRE_AUTH = True


def vector_for(text, dims=16):
    """A deterministic unit vector derived from a hash of the text."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    raw = [(digest[i % len(digest)] / 255.0) * 2.0 - 1.0 for i in range(dims)]
    norm = math.sqrt(sum(x * x for x in raw)) or 1.0
    return [round(x / norm, 6) for x in raw]


def example_for_schema(schema):
    """A small value that satisfies a JSON schema (object/array/string/number/boolean/enum)."""
    if not isinstance(schema, dict):
        return "example"
    if "enum" in schema and schema["enum"]:
        return schema["enum"][0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        return {k: example_for_schema(v) for k, v in schema.get("properties", {}).items()}
    if kind == "array":
        return [example_for_schema(schema.get("items", {}))]
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return "example"


def source_holding(prompt, quote):
    """The number of the first `[S<n>]` source of PROMPT whose fenced text holds QUOTE, else None."""
    for block in prompt.split("\n[S")[1:]:
        number, _, rest = block.partition("]")
        if number.isdigit() and quote and quote in rest.split("</data>")[0]:
            return int(number)
    return None


def parse_multipart(body, content_type):
    """Splits a multipart/form-data body into parts: name, filename, content_type, data bytes."""
    boundary = None
    for piece in content_type.split(";"):
        piece = piece.strip()
        if piece.startswith("boundary="):
            boundary = piece[len("boundary="):].strip('"')
    if not boundary:
        return []
    delimiter = b"--" + boundary.encode()
    parts = []
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        chunk = chunk[2:] if chunk.startswith(b"\r\n") else chunk
        head, _, data = chunk.partition(b"\r\n\r\n")
        if data.endswith(b"\r\n"):
            data = data[:-2]
        part = {"name": None, "filename": None, "content_type": None, "data": data}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            key, _, value = line.partition(":")
            if key.lower() == "content-disposition":
                for item in value.split(";"):
                    item = item.strip()
                    if item.startswith("name="):
                        part["name"] = item[5:].strip('"')
                    elif item.startswith("filename="):
                        part["filename"] = item[9:].strip('"')
            elif key.lower() == "content-type":
                part["content_type"] = value.strip()
        parts.append(part)
    return parts


def wav_samples(data):
    """(sample rate, mono samples) of a 16-bit PCM WAV file's bytes; None when it is not one."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        return None
    offset, rate, channels = 12, None, 1
    while offset + 8 <= len(data):
        chunk_id, size = data[offset:offset + 4], struct.unpack("<I", data[offset + 4:offset + 8])[0]
        body = offset + 8
        if chunk_id == b"fmt ":
            _, channels, rate = struct.unpack("<HHI", data[body:body + 8])
        elif chunk_id == b"data":
            raw = data[body:body + size] if size else data[body:]
            count = len(raw) // (2 * channels)
            values = struct.unpack("<%dh" % (count * channels), raw[:count * 2 * channels])
            return rate, [sum(values[i * channels:(i + 1) * channels]) // channels for i in range(count)]
        offset = body + size + (size & 1)
    return None


def voiced_runs(rate, samples, frame_seconds=0.02, level=500.0, gap_seconds=0.1):
    """[(start, end)] sample indexes of the non-silent runs, gaps shorter than gap_seconds bridged."""
    frame = max(1, int(rate * frame_seconds))
    runs = []
    for begin in range(0, len(samples), frame):
        part = samples[begin:begin + frame]
        loud = math.sqrt(sum(x * x for x in part) / len(part)) > level
        if not loud:
            continue
        end = begin + len(part)
        if runs and begin - runs[-1][1] <= int(rate * gap_seconds):
            runs[-1][1] = end
        else:
            runs.append([begin, end])
    # Frames are coarse: trim each run to its first and last loud sample, so times are exact.
    trimmed = []
    for begin, end in runs:
        while begin < end and abs(samples[begin]) <= level:
            begin += 1
        while end > begin and abs(samples[end - 1]) <= level:
            end -= 1
        trimmed.append((begin, end))
    return [(a, b) for a, b in trimmed if b - a >= int(rate * 0.1)]


def tone(rate, samples):
    """The tone's frequency in Hz from the zero crossings of SAMPLES."""
    crossings = sum(1 for a, b in zip(samples, samples[1:]) if (a < 0) != (b < 0))
    return crossings * rate / (2.0 * max(1, len(samples)))


def nearest_voice(frequency, voices):
    """The key of VOICES nearest to FREQUENCY within 10%, else None."""
    best = None
    for key in voices:
        target = float(key)
        distance = abs(frequency - target) / target
        if distance <= 0.10 and (best is None or distance < best[0]):
            best = (distance, key)
    return best and best[1]


def reference_voices(fields_list, voices):
    """{voice id: name} for the known speaker references whose tone matches a configured voice."""
    names = [p["data"].decode() for p in fields_list if p["name"] == "known_speaker_names[]"]
    references = [p["data"].decode() for p in fields_list if p["name"] == "known_speaker_references[]"]
    known = {}
    for name, reference in zip(names, references):
        _, _, encoded = reference.partition("base64,")
        decoded = wav_samples(base64.b64decode(encoded or "")) if encoded else None
        if not decoded:
            continue
        rate, samples = decoded
        for start, end in voiced_runs(rate, samples)[:1]:
            key = nearest_voice(tone(rate, samples[start:end]), voices)
            if key is not None:
                known.setdefault(voices[key].get("voice", key), name)
    return known


def voice_segments(parts, voices, ignore_references=False):
    """Segments heard in the uploaded WAV: one per non-silent run, labelled by voice (see /_config)."""
    upload = next((p for p in parts if p["name"] == "file"), None)
    decoded = wav_samples(upload["data"]) if upload else None
    if not decoded:
        return None
    rate, samples = decoded
    known = {} if ignore_references else reference_voices(parts, voices)
    labels = {}
    segments = []
    for start, end in voiced_runs(rate, samples):
        key = nearest_voice(tone(rate, samples[start:end]), voices)
        if key is None:
            continue
        voice = voices[key].get("voice", key)
        if voice not in labels:
            labels[voice] = known.get(voice) or "ABCDEFGH"[len([v for v in labels if v not in known])]
        segments.append({"speaker": labels[voice], "start": round(start / rate, 3), "end": round(end / rate, 3),
                         "text": voices[key]["text"]})
    return segments


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "openai-standin/1.0"

    def log_message(self, format, *args):
        sys.stderr.write("standin: " + (format % args) + "\n")

    # ---- plumbing -------------------------------------------------------

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            return self.rfile.read(length)
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            data = b""
            while True:
                size = int(self.rfile.readline().strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return data
                data += self.rfile.read(size)
                self.rfile.readline()
        return b""

    def send_json(self, status, payload, extra_headers=None):
        data = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        for key, value in (extra_headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)
        self.close_connection = True

    def send_error_json(self, status, message, extra_headers=None):
        kind = "rate_limit_exceeded" if status == 429 else ("server_error" if status >= 500 else "invalid_request_error")
        self.send_json(status, {"error": {"message": message, "type": kind, "code": None}}, extra_headers)

    def reset_connection(self):
        """Closes the socket with RST, without sending any response."""
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        self.connection.close()
        self.close_connection = True

    def start_stream(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    def write_chunk(self, text):
        data = text.encode("utf-8") if isinstance(text, str) else text
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def end_stream(self):
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    # ---- routing --------------------------------------------------------

    def do_GET(self):
        if self.path == "/_requests":
            with STATE.lock:
                self.send_json(200, {"requests": list(STATE.requests)})
            return
        if self.path in ("/v1/models", "/models"):
            self.send_json(200, {"object": "list", "data": [{"id": "gpt-4o-mini", "object": "model"}]})
            return
        self.send_error_json(404, "not found: " + self.path)

    def do_POST(self):
        body = self.read_body()
        if self.path.startswith("/_"):
            self.control(body)
            return
        entry = {
            "method": "POST",
            "path": self.path,
            "headers": {k: v for k, v in self.headers.items()},
            "body": body.decode("utf-8", "replace"),
        }
        content_type = self.headers.get("Content-Type", "")
        parsed = None
        parts = []
        if content_type.startswith("application/json"):
            try:
                parsed = json.loads(body or b"null")
                entry["json"] = parsed
            except ValueError:
                entry["json_error"] = True
        elif content_type.startswith("multipart/form-data"):
            parts = parse_multipart(body, content_type)
            entry["multipart"] = [
                {
                    "name": p["name"],
                    "filename": p["filename"],
                    "content_type": p["content_type"],
                    "size": len(p["data"]),
                    "sha256": hashlib.sha256(p["data"]).hexdigest(),
                    "text": p["data"].decode("utf-8", "replace") if p["filename"] is None else None,
                }
                for p in parts
            ]
        STATE.record(entry)

        fault = self.headers.get("X-Standin-Fault") or STATE.take_fault()
        drip = 0.0
        if fault:
            kind, _, argument = fault.partition(":")
            if kind == "slow":
                time.sleep(float(argument or 1000) / 1000.0)
                fault = None
            elif kind == "drip":
                drip = float(argument or 200) / 1000.0
                fault = None
            elif kind == "echo-auth":
                # Like a provider that quotes the rejected key back in its error message.
                self.send_error_json(401, "Incorrect API key provided: %s" % self.headers.get("Authorization", ""))
                return
            elif kind == "reset":
                self.reset_connection()
                return
            elif kind.isdigit():
                status = int(kind)
                headers = {"Retry-After": argument} if argument else None
                self.send_error_json(status, "stand-in fault: HTTP %d" % status, headers)
                return

        if REQUIRE_AUTH:
            auth = self.headers.get("Authorization", "")
            if not auth.startswith("Bearer ") or not auth[len("Bearer "):].strip():
                self.send_error_json(401, "You didn't provide an API key.")
                return

        route = self.path[3:] if self.path.startswith("/v1/") else self.path
        if route == "/chat/completions":
            self.chat(parsed, fault, drip)
        elif route == "/embeddings":
            self.embeddings(parsed)
        elif route == "/audio/transcriptions":
            self.transcription(parts)
        else:
            self.send_error_json(404, "not found: " + self.path)

    def control(self, body):
        try:
            payload = json.loads(body or b"{}")
        except ValueError:
            self.send_error_json(400, "control body must be JSON")
            return
        if self.path == "/_requests":
            with STATE.lock:
                self.send_json(200, {"requests": list(STATE.requests)})
            return
        if self.path == "/_reset":
            with STATE.lock:
                STATE.reset()
        elif self.path == "/_fault":
            items = payload.get("faults") or [payload]
            with STATE.lock:
                for item in items:
                    STATE.faults.append({"fault": str(item["fault"]), "count": int(item.get("count", 1))})
        elif self.path == "/_config":
            with STATE.lock:
                STATE.config.update(payload)
        else:
            self.send_error_json(404, "unknown control endpoint")
            return
        self.send_json(200, {"ok": True})

    # ---- API endpoints --------------------------------------------------

    def answer_content(self, request):
        with STATE.lock:
            config = dict(STATE.config)
        response_format = (request or {}).get("response_format") or {}
        kind = response_format.get("type")
        if kind in ("json_schema", "json_object"):
            prompt = "\n".join(str(m.get("content", "")) for m in (request or {}).get("messages", []))
            for words, judgment in (config.get("judgments") or {}).items():
                if words in prompt:
                    return json.dumps(dict(judgment, source=source_holding(prompt, judgment.get("quote") or "")))
            if "json_content" in config:
                # A string is sent verbatim, so a test can make the model answer with invalid JSON.
                value = config["json_content"]
                return value if isinstance(value, str) else json.dumps(value)
            schema = (response_format.get("json_schema") or {}).get("schema") or {"type": "object", "properties": {}}
            return json.dumps(example_for_schema(schema))
        return config.get("chat_content", DEFAULT_CHAT_CONTENT)

    def chat(self, request, fault, drip):
        if not isinstance(request, dict) or not isinstance(request.get("messages"), list):
            self.send_error_json(400, "'messages' is required")
            return
        content = self.answer_content(request)
        model = request.get("model", "gpt-4o-mini")
        prompt_tokens = sum(len(str(m.get("content", "")).split()) for m in request["messages"])
        completion_tokens = len(content.split())
        usage = {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                 "total_tokens": prompt_tokens + completion_tokens}
        created = int(time.time())
        if not request.get("stream") or fault == "ignore-stream":
            self.send_json(200, {
                "id": "chatcmpl-standin", "object": "chat.completion", "created": created, "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                             "finish_reason": "stop"}],
                "usage": usage,
            })
            return

        with STATE.lock:
            size = int(STATE.config.get("chunk_size", 12))
        pieces = [content[i:i + size] for i in range(0, len(content), size)] or [""]

        def event(delta, finish=None):
            chunk = {"id": "chatcmpl-standin", "object": "chat.completion.chunk", "created": created,
                     "model": model, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            return "data: " + json.dumps(chunk, ensure_ascii=False) + "\n\n"

        self.start_stream()
        try:
            self.write_chunk(": stand-in keep-alive comment\n\n")
            self.write_chunk(event({"role": "assistant", "content": ""}))
            if fault == "malformed-sse":
                self.write_chunk('data: {"choices": [{"delta": {"content": "oops"\n\n')
                self.end_stream()
                return
            if fault in ("stream-echo-auth", "stream-echo-auth-late"):
                # Like a proxy that rejects the key only once the stream is open, quoting it in the error event.
                if fault == "stream-echo-auth-late":
                    self.write_chunk(event({"content": pieces[0]}))
                error = {"error": {"message": "Incorrect API key provided: %s" % self.headers.get("Authorization", ""),
                                   "type": "invalid_request_error", "code": "invalid_api_key"}}
                self.write_chunk("data: " + json.dumps(error) + "\n\n")
                self.end_stream()
                return
            for number, piece in enumerate(pieces):
                if fault == "cut-stream" and number >= max(1, len(pieces) // 2):
                    # Close mid-answer without the terminating chunk: the client sees a broken stream.
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if drip:
                    time.sleep(drip)
                # Split some events across two writes (mid UTF-8 sequence when there is one), and use
                # CRLF in others, as real servers and proxies do.
                text = event({"content": piece})
                if number % 3 == 1:
                    data = text.encode("utf-8")
                    cut = next((i + 1 for i, b in enumerate(data) if b >= 0xC0), 7)
                    self.write_chunk(data[:cut])
                    self.write_chunk(data[cut:])
                elif number % 3 == 2:
                    self.write_chunk(text.replace("\n", "\r\n"))
                else:
                    self.write_chunk(text)
            self.write_chunk(event({}, "stop"))
            if (request.get("stream_options") or {}).get("include_usage"):
                usage_chunk = {"id": "chatcmpl-standin", "object": "chat.completion.chunk", "created": created,
                               "model": model, "choices": [], "usage": usage}
                self.write_chunk("data: " + json.dumps(usage_chunk) + "\n\n")
            self.write_chunk("data: [DONE]\n\n")
            self.end_stream()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def embeddings(self, request):
        inputs = (request or {}).get("input")
        if isinstance(inputs, str):
            inputs = [inputs]
        if not isinstance(inputs, list) or not inputs:
            self.send_error_json(400, "'input' is required")
            return
        data = [{"object": "embedding", "index": i, "embedding": vector_for(str(text))} for i, text in enumerate(inputs)]
        data.reverse()  # The API does not promise order; clients must use "index".
        tokens = sum(len(str(text).split()) for text in inputs)
        self.send_json(200, {"object": "list", "data": data, "model": request.get("model"),
                             "usage": {"prompt_tokens": tokens, "total_tokens": tokens}})

    def transcription(self, parts):
        fields = {p["name"]: p for p in parts}
        if "file" not in fields or not fields["file"]["data"]:
            self.send_error_json(400, "'file' is required")
            return
        if "model" not in fields:
            self.send_error_json(400, "'model' is required")
            return
        response_format = fields.get("response_format", {}).get("data", b"json").decode()
        with STATE.lock:
            segments = STATE.config.get("transcript_segments", DEFAULT_SEGMENTS)
            voices = STATE.config.get("voices")
            ignore_references = bool(STATE.config.get("ignore_references"))
        if voices:
            heard = voice_segments(parts, voices, ignore_references)
            if heard is None:
                self.send_error_json(400, "the stand-in reads voices from 16-bit PCM WAV uploads only")
                return
            segments = heard
        text = " ".join(s["text"] for s in segments)
        duration = segments[-1]["end"] if segments else 0.0
        if response_format == "diarized_json":
            self.send_json(200, {
                "task": "transcribe", "duration": duration, "text": text,
                "segments": [dict(type="transcript.text.segment", id="seg_%d" % i, **s) for i, s in enumerate(segments)],
                "usage": {"type": "duration", "seconds": math.ceil(duration)},
            })
        elif response_format == "verbose_json":
            self.send_json(200, {
                "task": "transcribe", "language": "english", "duration": duration, "text": text,
                "segments": [{"id": i, "start": s["start"], "end": s["end"], "text": s["text"]}
                             for i, s in enumerate(segments)],
            })
        else:
            self.send_json(200, {"text": text})


def main():
    global REQUIRE_AUTH
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--no-auth", action="store_true", help="accept requests without a bearer token")
    parser.add_argument("--exit-on-stdin-eof", action="store_true", help="stop when stdin closes")
    args = parser.parse_args()
    # A parent that blocks signals in its threads (Swift test runners do) passes the mask on: undo it,
    # so SIGTERM from the test's cleanup ends the server.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT, signal.SIGHUP})
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    REQUIRE_AUTH = not args.no_auth
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    sys.stdout.write("PORT %d\n" % server.server_address[1])
    sys.stdout.flush()
    if args.exit_on_stdin_eof:
        def watch_stdin():
            while sys.stdin.buffer.read(4096):
                pass
            server.shutdown()
        threading.Thread(target=watch_stdin, daemon=True).start()
    try:
        server.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
