"""`interview-lsp listen`: live transcription into the session folder, against the stand-in."""

import asyncio
import json
import os
import signal
import stat
import subprocess
import sys
import time
import wave
from pathlib import Path

from lsprotocol import types

from conftest import server_binary
from helpers import open_document, wait_for_diagnostics
from listen_helpers import (TURNS, VOICES, RealTimeFeeder, collect, interview_samples, listen, run_listen, turn_lines,
                            wav_bytes, write_config)
from model_helpers import API_KEY, server_env, standin, start_server, stop_server  # noqa: F401 (fixture)

CHUNK_SECONDS = 4
EXPECTED = [
    "**Speaker A** [00:00:00]: Have you worked with Erlang/OTP in production?",
    "**Speaker B** [00:00:03]: Yes, I ran Erlang/OTP services in production at Lumen Pay for two years.",
    "**Speaker A** [00:00:07]: And how did you deploy them?",
    "**Speaker B** [00:00:10]: On Kubernetes, with our own release tooling.",
]


def user_env(standin) -> dict:
    return server_env(OPENAI_API_KEY=API_KEY, OPENAI_BASE_URL=standin.base_url)


def prepare(session_dir: Path, standin, **config) -> Path:
    (session_dir / "transcript.md").unlink()
    write_config(session_dir)
    standin.configure(voices=VOICES, **config)
    return session_dir


def erlang(session_dir: Path) -> dict:
    result = subprocess.run([server_binary(), "check", str(session_dir), "--format", "json", "--fail-on", "none"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return next(r for r in json.loads(result.stdout)["requirements"] if "Erlang" in r["text"])


def interview_file(tmp_path: Path) -> Path:
    """The test interview as a WAV file."""
    audio = tmp_path / "interview.wav"
    audio.write_bytes(wav_bytes(interview_samples()))
    return audio


def transcript_lines(session_dir: Path) -> list[str]:
    path = session_dir / "transcript.md"
    return turn_lines(path.read_text(encoding="utf-8")) if path.exists() else []


def no_key(*outputs) -> None:
    for output in outputs:
        text = output.decode() if isinstance(output, bytes) else output
        assert API_KEY not in text


def test_turns_piped_in_real_time_appear_in_order_within_a_chunk_and_a_second(session_dir: Path, standin):
    prepare(session_dir, standin)
    process = listen(session_dir, "--input", "-", "--chunk-seconds", str(CHUNK_SECONDS), env=user_env(standin),
                     stdin=subprocess.PIPE)
    feeder = RealTimeFeeder(process, interview_samples())
    feeder.start()
    seen: list[float] = []
    deadline = time.monotonic() + 40
    while len(seen) < len(TURNS) and time.monotonic() < deadline:
        lines = transcript_lines(session_dir)
        seen += [time.monotonic()] * (len(lines) - len(seen))
        time.sleep(0.05)
    feeder.join()
    stdout, stderr = collect(process)
    assert process.returncode == 0, stderr.decode()
    assert transcript_lines(session_dir) == EXPECTED
    for number, (written, appeared) in enumerate(zip(feeder.turn_ends, seen)):
        assert appeared - written <= CHUNK_SECONDS + 1, f"turn {number + 1} took {appeared - written:.2f} s"
    text = (session_dir / "transcript.md").read_text(encoding="utf-8")
    assert text.startswith("---\nkind: transcript\n---\n")
    assert "chunks sent" in stderr.decode()
    no_key(stdout, stderr)
    assert erlang(session_dir)["status"] == "verified"


async def test_the_language_server_updates_diagnostics_as_turns_arrive(tmp_path: Path, session_dir: Path, standin):
    prepare(session_dir, standin)
    client, _ = await start_server(tmp_path, session_dir, None, server_env())
    process = None
    try:
        jd = open_document(client, session_dir / "jd.md")
        unmet = lambda d: any("Erlang" in x.message for x in d)  # noqa: E731
        await wait_for_diagnostics(client, jd, unmet)
        process = listen(session_dir, "--input", "-", "--chunk-seconds", str(CHUNK_SECONDS), env=user_env(standin),
                         stdin=subprocess.PIPE)
        feeder = RealTimeFeeder(process, interview_samples())
        feeder.start()
        created = False
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            lines = transcript_lines(session_dir)
            if lines:
                # As an editor's file watcher reports it: created once, then changed.
                kind = types.FileChangeType.Changed if created else types.FileChangeType.Created
                created = True
                client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
                    changes=[types.FileEvent(uri=(session_dir / "transcript.md").as_uri(), type=kind)]))
            if any("Erlang/OTP services" in line for line in lines):
                break
            await asyncio.sleep(0.3)
        diagnostics = await wait_for_diagnostics(client, jd, lambda d: not unmet(d))
        assert not unmet(diagnostics)
        feeder.join()
    finally:
        if process:
            collect(process)
        await stop_server(client)
    assert process.returncode == 0


def test_a_chunk_that_fails_is_retried_and_its_turns_land_in_order(session_dir: Path, standin):
    prepare(session_dir, standin)
    # The first chunk fails three times (503, connection reset, 503) while the next one is sent and written.
    standin.control("/_fault", {"faults": [{"fault": "503"}, {"fault": "reset"}, {"fault": "503"}]})
    process = listen(session_dir, "--input", "-", "--chunk-seconds", str(CHUNK_SECONDS), env=user_env(standin),
                     stdin=subprocess.PIPE)
    feeder = RealTimeFeeder(process, interview_samples())
    feeder.start()
    deadline = time.monotonic() + 30
    while not transcript_lines(session_dir) and time.monotonic() < deadline:
        time.sleep(0.05)
    first_written = transcript_lines(session_dir)
    feeder.join()
    stdout, stderr = collect(process)

    assert process.returncode == 0, stderr.decode()
    assert "failed" in stderr.decode() and "trying again" in stderr.decode()
    assert first_written[0] not in EXPECTED[:1], "the chunk after the failing one was written first"
    assert transcript_lines(session_dir) == EXPECTED
    assert len(standin.requests("/v1/audio/transcriptions")) == 4 + 3
    no_key(stdout, stderr)


def test_finalize_writes_the_diarized_transcript_once_and_the_session_counts_it_once(session_dir: Path, standin, tmp_path: Path):
    prepare(session_dir, standin)
    audio = interview_file(tmp_path)

    first = run_listen(session_dir, "--input", str(audio), "--chunk-seconds", str(CHUNK_SECONDS), "--finalize",
                       env=user_env(standin))

    assert first.returncode == 0, first.stderr
    final = session_dir / "transcript.final.md"
    assert turn_lines(final.read_text(encoding="utf-8")) == EXPECTED
    recording = session_dir / "recording.wav"
    uploads = standin.requests("/v1/audio/transcriptions")
    whole = [u for u in uploads if any(p["name"] == "file" and p["size"] == recording.stat().st_size for p in u["multipart"])]
    assert len(whole) == 1
    names = [p["text"] for p in whole[0]["multipart"] if p["name"] == "known_speaker_names[]"]
    assert names == ["Speaker A", "Speaker B"]
    live = (session_dir / "transcript.md").read_text(encoding="utf-8")
    assert live.startswith("---\nkind: other\nsuperseded-by: transcript.final.md\n")
    assert turn_lines(live) == EXPECTED
    evidence = erlang(session_dir)["evidence"]
    assert {e["path"] for e in evidence if e["kind"] == "transcript"} == {"transcript.final.md"}

    second = run_listen(session_dir, "--input", "/dev/null", "--finalize", env=user_env(standin))

    # The live file no longer counts: listening again is refused, and nothing is uploaded again.
    assert second.returncode == 2, second.stderr
    assert "replaced by transcript.final.md" in second.stderr
    assert len(standin.requests("/v1/audio/transcriptions")) == len(uploads)
    no_key(first.stderr, second.stderr)


def test_speakers_stay_the_same_across_chunks_with_references_or_by_overlap(session_dir: Path, standin, tmp_path: Path):
    audio = interview_file(tmp_path)
    for ignore in (False, True):
        folder = tmp_path / f"session-{ignore}"
        folder.mkdir()
        write_config(folder)
        standin.control("/_reset")
        standin.configure(voices=VOICES, ignore_references=ignore)

        result = run_listen(folder, "--input", str(audio), "--chunk-seconds", str(CHUNK_SECONDS), env=user_env(standin))

        assert result.returncode == 0, result.stderr
        assert transcript_lines(folder) == EXPECTED, f"ignore_references={ignore}"
        uploads = standin.requests("/v1/audio/transcriptions")
        sent = [[p["text"] for p in u["multipart"] if p["name"] == "known_speaker_names[]"] for u in uploads]
        assert sent[0] == [] and ["Speaker A", "Speaker B"] in sent


def test_sigint_mid_stream_exits_0_with_a_playable_recording(session_dir: Path, standin):
    prepare(session_dir, standin)
    process = listen(session_dir, "--input", "-", "--chunk-seconds", str(CHUNK_SECONDS), env=user_env(standin),
                     stdin=subprocess.PIPE)
    feeder = RealTimeFeeder(process, interview_samples(), stop_after=5.0)
    feeder.start()
    feeder.join()
    time.sleep(0.3)
    process.send_signal(signal.SIGINT)
    stdout, stderr = collect(process)

    assert process.returncode == 0, stderr.decode()
    recording = session_dir / "recording.wav"
    with wave.open(str(recording), "rb") as audio:
        assert audio.getframerate() == 16000 and audio.getnchannels() == 1
        frames = audio.getnframes()
    assert frames * 2 + 44 == recording.stat().st_size
    assert frames >= 5 * 16000 - 1600
    # The partial last chunk was sent: both turns heard before the signal are written.
    assert transcript_lines(session_dir) == EXPECTED[:2]
    no_key(stdout, stderr)


def test_device_runs_arecord_from_path(session_dir: Path, standin, tmp_path: Path):
    prepare(session_dir, standin)
    audio = interview_file(tmp_path)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "arecord"
    fake.write_text(f"""#!{sys.executable}
import sys
open({str(tmp_path / 'arecord-args')!r}, 'w').write(' '.join(sys.argv[1:]))
sys.stdout.buffer.write(open({str(audio)!r}, 'rb').read())
""")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    env = user_env(standin)
    env["PATH"] = f"{bin_dir}:{env['PATH']}"

    result = run_listen(session_dir, "--device", "hw:1,0", "--chunk-seconds", str(CHUNK_SECONDS), env=env)

    assert result.returncode == 0, result.stderr
    assert (tmp_path / "arecord-args").read_text() == "-D hw:1,0 -f S16_LE -r 16000 -c 1 -t raw"
    assert transcript_lines(session_dir) == EXPECTED

    env["PATH"] = "/nonexistent"
    missing = run_listen(session_dir, "--device", "default", env=env)
    assert missing.returncode == 2
    assert "needs arecord" in missing.stderr


def test_the_key_never_shows_even_when_the_provider_quotes_it(session_dir: Path, standin, tmp_path: Path):
    prepare(session_dir, standin)
    audio = interview_file(tmp_path)
    standin.fault("echo-auth", count=1)

    result = run_listen(session_dir, "--input", str(audio), "--chunk-seconds", str(CHUNK_SECONDS), env=user_env(standin))

    assert result.returncode == 0, result.stderr
    assert "HTTP 401" in result.stderr
    no_key(result.stdout, result.stderr)
    assert not (session_dir / "transcript.md").exists()


def listen_with_fault(session_dir: Path, standin, tmp_path: Path, fault: str, count: int,
                      chunk_seconds: int) -> subprocess.CompletedProcess:
    """`listen` over the test interview while the stand-in answers the next COUNT requests with FAULT."""
    prepare(session_dir, standin)
    standin.fault(fault, count=count)
    return run_listen(session_dir, "--input", str(interview_file(tmp_path)), "--chunk-seconds", str(chunk_seconds),
                      env=user_env(standin))


def test_an_auth_error_stops_the_sending_and_names_the_audio_not_transcribed(session_dir: Path, standin, tmp_path: Path):
    result = listen_with_fault(session_dir, standin, tmp_path, "401", count=1000, chunk_seconds=2)

    assert result.returncode == 0, result.stderr
    assert len(standin.requests("/v1/audio/transcriptions")) == 1
    assert "HTTP 401" in result.stderr and "no more audio is sent" in result.stderr
    assert "warning: audio 00:00:00–00:00:14 was not transcribed" in result.stderr
    assert (session_dir / "recording.wav").stat().st_size == 44 + 2 * len(interview_samples())


def test_a_chunk_the_server_refuses_is_given_up_after_three_tries_and_named(session_dir: Path, standin, tmp_path: Path):
    result = listen_with_fault(session_dir, standin, tmp_path, "400", count=3, chunk_seconds=14)

    assert result.returncode == 0, result.stderr
    assert len(standin.requests("/v1/audio/transcriptions")) == 3
    assert "chunk 1 (00:00:00–00:00:14) failed: The model server answered HTTP 400" in result.stderr
    assert "given up after 3 tries" in result.stderr
    assert "warning: audio 00:00:00–00:00:14 was not transcribed" in result.stderr


def test_a_segment_timed_far_outside_the_chunk_is_dropped_and_listen_goes_on(session_dir: Path, standin, tmp_path: Path):
    (session_dir / "transcript.md").unlink()
    write_config(session_dir)
    standin.configure(transcript_segments=[
        {"speaker": "A", "start": 0.5, "end": 2.0, "text": "Have you worked with Erlang/OTP in production?"},
        {"speaker": "A", "start": 2e15, "end": 2e15 + 3, "text": "From far in the future."},
    ])

    result = run_listen(session_dir, "--input", str(interview_file(tmp_path)), "--chunk-seconds", str(CHUNK_SECONDS),
                        env=user_env(standin))

    assert result.returncode == 0, result.stderr
    lines = transcript_lines(session_dir)
    assert lines and all("Erlang/OTP in production?" in line for line in lines)


def test_usage_errors_and_bad_audio_exit_2(session_dir: Path, standin, tmp_path: Path):
    write_config(session_dir)
    assert run_listen(session_dir, env=user_env(standin)).returncode == 2
    assert run_listen(session_dir, "--input", "-", "--chunk-seconds", "0", env=user_env(standin)).returncode == 2
    mp3 = tmp_path / "a.wav"
    mp3.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x03\x00\x01\x00\x80>\x00\x00\x00\xfa\x00\x00\x04\x00 \x00data\x00\x00\x00\x00")
    bad = run_listen(session_dir, "--input", str(mp3), env=user_env(standin))
    assert bad.returncode == 2
    assert "not PCM" in bad.stderr
    os.symlink(tmp_path / "elsewhere.md", session_dir / "recording.wav")
    linked = run_listen(session_dir, "--input", "/dev/null", env=user_env(standin))
    assert linked.returncode == 2 and "symbolic link" in linked.stderr
    assert not (tmp_path / "elsewhere.md").exists()


def test_an_endpoint_the_folder_does_not_allow_is_refused_before_listening(session_dir: Path, standin):
    write_config(session_dir)
    env = server_env(OPENAI_API_KEY=API_KEY, OPENAI_BASE_URL="https://api.example.com/v1")

    result = run_listen(session_dir, "--input", "/dev/null", env=env)

    assert result.returncode == 2
    assert "api.example.com" in result.stderr and "allowRemote" in result.stderr
    assert not (session_dir / "recording.wav").exists()
    no_key(result.stderr)


def test_short_chunks_keep_the_speakers_when_the_model_ignores_references(session_dir: Path, standin, tmp_path: Path):
    prepare(session_dir, standin, ignore_references=True)
    audio = tmp_path / "interview.wav"
    audio.write_bytes(wav_bytes(interview_samples(TURNS * 2)))

    result = run_listen(session_dir, "--input", str(audio), "--chunk-seconds", "2", env=user_env(standin))

    assert result.returncode == 0, result.stderr
    lines = transcript_lines(session_dir)
    speakers = {voice: {line.split("**")[1] for line in lines if text in line} for _, voice, text in TURNS}
    assert speakers == {"interviewer": {"Speaker A"}, "candidate": {"Speaker B"}}, "\n".join(lines)


def test_listening_again_after_finalize_is_refused_until_the_final_transcript_is_redone(session_dir: Path, standin, tmp_path: Path):
    prepare(session_dir, standin)
    audio = interview_file(tmp_path)
    first = run_listen(session_dir, "--input", str(audio), "--chunk-seconds", str(CHUNK_SECONDS), "--finalize",
                       env=user_env(standin))
    assert first.returncode == 0, first.stderr
    live = (session_dir / "transcript.md").read_text(encoding="utf-8")
    recorded = (session_dir / "recording.wav").read_bytes()

    again = run_listen(session_dir, "--input", str(audio), env=user_env(standin))

    assert again.returncode == 2
    assert "replaced by transcript.final.md" in again.stderr and "--finalize" in again.stderr
    assert (session_dir / "transcript.md").read_text(encoding="utf-8") == live
    assert (session_dir / "recording.wav").read_bytes() == recorded
    assert run_listen(session_dir, "--input", str(audio), "--finalize", env=user_env(standin)).returncode == 2

    (session_dir / "transcript.final.md").unlink()
    redone = run_listen(session_dir, "--input", str(audio), "--chunk-seconds", str(CHUNK_SECONDS), "--finalize",
                        env=user_env(standin))

    assert redone.returncode == 0, redone.stderr
    assert len(turn_lines((session_dir / "transcript.final.md").read_text(encoding="utf-8"))) == 2 * len(TURNS)


def test_listening_again_names_new_voices_with_new_letters(session_dir: Path, standin, tmp_path: Path):
    prepare(session_dir, standin)
    audio = interview_file(tmp_path)
    first = run_listen(session_dir, "--input", str(audio), "--chunk-seconds", str(CHUNK_SECONDS), env=user_env(standin))
    assert first.returncode == 0, first.stderr

    second = run_listen(session_dir, "--input", str(audio), "--chunk-seconds", str(CHUNK_SECONDS), env=user_env(standin))

    assert second.returncode == 0, second.stderr
    lines = transcript_lines(session_dir)
    assert lines[:4] == EXPECTED
    assert [line.split("**")[1] for line in lines[4:]] == ["Speaker C", "Speaker D", "Speaker C", "Speaker D"]
    assert "new voices get new names, not Speaker A, Speaker B" in second.stderr
