"""A session with a large transcript: requests about it answer at once from the last finished analysis while a
newer one is pending, and the new diagnostics follow when that analysis is done."""

from pathlib import Path

import pytest

from rawclient import RawClient, frame

JD = """# Platform Engineer

## Requirements

- Production experience running Kubernetes
- Infrastructure as code with Terraform
"""

TOPICS = [
    ("How do you run Kubernetes upgrades?", "We upgrade one EKS cluster a week and drain node groups zone by zone."),
    ("Tell me about your Terraform layout.", "Every team uses the same Terraform modules; plans are reviewed like code."),
    ("How do you handle on-call?", "I'm on the weekly rotation and I write a postmortem after every incident."),
]
TERRAFORM_LINE = 5


def large_transcript(size: int) -> str:
    lines = ["# Interview: Dana Whitfield", ""]
    total = 0
    index = 0
    while total < size:
        question, answer = TOPICS[index % len(TOPICS)]
        for speaker, text in (("Sam Okafor", question), ("Dana Whitfield", answer)):
            line = f"**{speaker}** [00:{index // 60 % 60:02d}:{index % 60:02d}]: {text} (part {index})"
            lines += [line, ""]
            total += len(line) + 2
        index += 1
    return "\n".join(lines)


def jd_diagnostics(client: RawClient, uri: str) -> list[dict]:
    while True:
        message = client.notification("textDocument/publishDiagnostics")
        if message["params"]["uri"] == uri:
            return message["params"]["diagnostics"]


@pytest.fixture
def client():
    client = RawClient()
    yield client
    client.close()


def test_a_hover_while_the_appended_transcript_awaits_analysis_answers_from_the_last_analysis(client: RawClient, tmp_path: Path):
    (tmp_path / "jd.md").write_text(JD, encoding="utf-8")
    transcript = large_transcript(1024 * 1024)
    # The debounce keeps the change's analysis pending while the hover is asked.
    client.initialize(rootUri=tmp_path.as_uri(), initializationOptions={"interview": {"debounceMs": 2000}})
    jd_uri = (tmp_path / "jd.md").as_uri()
    transcript_uri = (tmp_path / "transcript.md").as_uri()
    for uri, text in ((jd_uri, JD), (transcript_uri, transcript)):
        client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
    # Verified by the transcript: no diagnostic on the Terraform requirement.
    while any(d["range"]["start"]["line"] == TERRAFORM_LINE for d in jd_diagnostics(client, jd_uri)):
        pass
    hover = {"textDocument": {"uri": jd_uri}, "position": {"line": TERRAFORM_LINE, "character": 4}}
    before = client.request(2, "textDocument/hover", hover)
    assert "verified" in before["result"]["contents"]["value"]

    lines = transcript.split("\n")
    end = {"line": len(lines) - 1, "character": len(lines[-1])}
    turn = "\n**Dana Whitfield** [09:00:00]: Honestly, I have never used Terraform myself.\n"
    change = {"textDocument": {"uri": transcript_uri, "version": 2},
              "contentChanges": [{"range": {"start": end, "end": end}, "text": turn}]}
    client.notifications.clear()
    # The change and the hover in one write: the hover is read while the change's analysis is pending.
    client.write(frame({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": change})
                 + frame({"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover", "params": hover}))
    during = client.response(3)
    published = [m for m in client.notifications
                 if m["method"] == "textDocument/publishDiagnostics" and m["params"]["uri"] == jd_uri]
    assert published == [], "the hover waited for the new analysis"
    assert during["result"] == before["result"]

    diagnostics = jd_diagnostics(client, jd_uri)
    assert [d["code"] for d in diagnostics if d["range"]["start"]["line"] == TERRAFORM_LINE] == ["contradicted"]
    after = client.request(4, "textDocument/hover", hover)
    assert "contradicted" in after["result"]["contents"]["value"]
