"""Generated interview audio and `interview-lsp listen` runs for the live transcription tests."""

import json
import math
import struct
import subprocess
import threading
import time
import wave
from pathlib import Path

from conftest import server_binary

RATE = 16000
TURN_SECONDS = 2.5
PAUSE_SECONDS = 1.0

# Two voices (tones): the interviewer around 440 Hz, the candidate around 660 Hz; one tone per turn.
TURNS = [
    (440, "interviewer", "Have you worked with Erlang/OTP in production?"),
    (660, "candidate", "Yes, I ran Erlang/OTP services in production at Lumen Pay for two years."),
    (450, "interviewer", "And how did you deploy them?"),
    (670, "candidate", "On Kubernetes, with our own release tooling."),
]

VOICES = {str(frequency): {"text": text, "voice": voice} for frequency, voice, text in TURNS}


def interview_samples(turns=TURNS) -> list[int]:
    """Each turn a tone of TURN_SECONDS followed by PAUSE_SECONDS of silence."""
    samples = []
    for frequency, _, _ in turns:
        step = 2 * math.pi * frequency / RATE
        samples += [int(8000 * math.sin(step * i)) for i in range(int(TURN_SECONDS * RATE))]
        samples += [0] * int(PAUSE_SECONDS * RATE)
    return samples


def wav_bytes(samples: list[int], channels: int = 1) -> bytes:
    """SAMPLES as a WAV file (each sample repeated on every channel)."""
    path = Path("/dev/shm" if Path("/dev/shm").is_dir() else "/tmp") / f"listen-{time.monotonic_ns()}.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(RATE)
        frames = [value for value in samples for _ in range(channels)]
        out.writeframes(struct.pack("<%dh" % len(frames), *frames))
    data = path.read_bytes()
    path.unlink()
    return data


def write_config(folder: Path) -> None:
    """The folder's model settings: the stand-in is reached through the user's environment; no client retries,
    so a fault fails the chunk and listen's own retry takes over."""
    (folder / ".interview").mkdir(exist_ok=True)
    config = {"interview": {"model": {"allowRemote": False, "timeoutMs": 5000, "maxRetries": 0}}}
    (folder / ".interview" / "config.json").write_text(json.dumps(config), encoding="utf-8")


def listen(folder: Path, *args: str, env: dict, stdin=subprocess.DEVNULL) -> subprocess.Popen:
    return subprocess.Popen([server_binary(), "listen", str(folder), *args], stdin=stdin,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def collect(process: subprocess.Popen, timeout: float = 60) -> tuple[bytes, bytes]:
    """The output of a `listen` process fed by a RealTimeFeeder, once it has exited."""
    if process.stdin and not process.stdin.closed:
        process.stdin.close()
    process.stdin = None
    return process.communicate(timeout=timeout)


def run_listen(folder: Path, *args: str, env: dict, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([server_binary(), "listen", str(folder), *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


class RealTimeFeeder(threading.Thread):
    """Writes a WAV stream to a process' stdin at real-time speed, 100 ms at a time; `turn_ends` holds the
    monotonic time at which each turn's last sample was written."""

    def __init__(self, process: subprocess.Popen, samples: list[int], stop_after: float | None = None):
        super().__init__(daemon=True)
        self.process = process
        self.data = wav_bytes(samples)
        self.stop_after = stop_after
        self.turn_ends: list[float] = []
        self.started = None

    def run(self):
        header, body = self.data[:44], self.data[44:]
        block = RATE // 10 * 2
        period = int((TURN_SECONDS + PAUSE_SECONDS) * RATE) * 2
        turn_bytes = int(TURN_SECONDS * RATE) * 2
        self.started = time.monotonic()
        try:
            self.process.stdin.write(header)
            for offset in range(0, len(body), block):
                due = self.started + offset / (RATE * 2)
                time.sleep(max(0.0, due - time.monotonic()))
                if self.stop_after is not None and offset >= self.stop_after * RATE * 2:
                    return
                self.process.stdin.write(body[offset:offset + block])
                self.process.stdin.flush()
                end = offset + block
                if end % period >= turn_bytes and (offset % period) < turn_bytes:
                    self.turn_ends.append(time.monotonic())
            if self.stop_after is None:
                self.process.stdin.close()
        except (BrokenPipeError, ValueError):
            pass


def turn_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("**")]
