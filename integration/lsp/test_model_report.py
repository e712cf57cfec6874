"""`interview-lsp report --summarize`: the model writes the summary only when the user asks, on the stand-in."""

import json
import subprocess
from pathlib import Path

from conftest import server_binary
from model_helpers import API_KEY, EMAIL, model_settings, server_env, standin  # noqa: F401  (standin is a fixture)

WRITTEN = "Strong Kafka evidence from the interview; Erlang/OTP is missing."


def report(session: Path, standin, *flags: str) -> subprocess.CompletedProcess:
    env = server_env(OPENAI_API_KEY=API_KEY, OPENAI_BASE_URL=standin.base_url)
    return subprocess.run([server_binary(), "report", str(session), "--format", "md", *flags],
                          capture_output=True, text=True, timeout=60, env=env)


def write_config(session: Path, settings: dict) -> None:
    config = session / ".interview" / "config.json"
    config.parent.mkdir(exist_ok=True)
    config.write_text(json.dumps(settings), encoding="utf-8")


def test_summarize_puts_the_models_summary_in_the_report_and_sends_redacted_text(session_dir: Path, standin):
    (session_dir / "notes.md").write_text(f"# Notes\n\n## Questions to ask\n\n- [ ] Ask {EMAIL} for references\n", encoding="utf-8")
    standin.configure(json_content={"summary": WRITTEN})
    result = report(session_dir, standin, "--summarize")
    assert result.returncode == 0, result.stderr
    summary = result.stdout.split("## Summary")[1].split("## Coverage")[0]
    assert WRITTEN in summary
    assert "written by the model" in summary
    (request,) = standin.requests("/v1/chat/completions")
    assert request["headers"].get("Authorization") == f"Bearer {API_KEY}"
    sent = json.dumps(request["body"])
    assert "Erlang" in sent, "the scorecard is what the model summarises"
    assert EMAIL not in sent, "the e-mail address left the machine"
    usage = subprocess.run([server_binary(), "usage", str(session_dir)], capture_output=True, text=True, timeout=60)
    assert "summary" in usage.stdout, usage.stdout


def test_without_summarize_nothing_is_sent_even_when_the_folder_enables_the_model(session_dir: Path, standin):
    write_config(session_dir, model_settings(standin))
    result = report(session_dir, standin)
    assert result.returncode == 0, result.stderr
    assert standin.requests() == []
    assert "no model saw this session" in result.stdout


def test_the_folder_config_can_turn_summarize_off(session_dir: Path, standin):
    write_config(session_dir, {"interview": {"model": {"enabled": False}}})
    result = report(session_dir, standin, "--summarize")
    assert result.returncode == 0, result.stderr
    assert standin.requests() == []
    assert "the summary is written offline" in result.stderr
    assert "no model saw this session" in result.stdout


def test_a_provider_failure_keeps_the_offline_summary(session_dir: Path, standin):
    standin.fault("500", count=10)
    result = report(session_dir, standin, "--summarize")
    assert result.returncode == 0, result.stderr
    assert "no model saw this session" in result.stdout
    assert "the summary is written offline" in result.stderr
