"""The LSP 3.17 lifecycle and JSON-RPC error codes as a plain client sees them, frame by frame."""

import os
from pathlib import Path

import pytest

from rawclient import RawClient, frame


@pytest.fixture
def raw():
    client = RawClient()
    yield client
    client.close()


def test_initialize_announces_capabilities_and_server_info(raw: RawClient):
    result = raw.initialize()["result"]
    assert result["serverInfo"]["name"] == "interview-lsp"
    assert result["serverInfo"]["version"]
    capabilities = result["capabilities"]
    assert capabilities["textDocumentSync"] == {"openClose": True, "change": 2, "save": {"includeText": False}}
    assert capabilities["positionEncoding"] == "utf-16"
    assert capabilities["workspace"]["workspaceFolders"] == {"supported": True, "changeNotifications": True}
    assert isinstance(capabilities["executeCommandProvider"]["commands"], list)


def test_a_request_before_initialize_is_rejected_with_server_not_initialized(raw: RawClient):
    raw.notify("textDocument/didOpen", {"textDocument": {"uri": "file:///x/jd.md", "languageId": "", "version": 1, "text": ""}})
    assert raw.request(7, "textDocument/hover", {})["error"]["code"] == -32002
    assert "result" in raw.initialize()


def test_a_second_initialize_is_an_invalid_request(raw: RawClient):
    raw.initialize()
    assert raw.request(2, "initialize", {"capabilities": {}})["error"]["code"] == -32600


def test_malformed_json_gets_a_parse_error_and_the_server_keeps_serving(raw: RawClient):
    raw.initialize()
    raw.write(frame('{"jsonrpc": "2.0", "id": 2, "method": '))
    error = raw.response(None)
    assert error["error"]["code"] == -32700
    assert error["id"] is None
    assert raw.request(3, "interview/unknown")["error"]["code"] == -32601


def test_a_json_value_that_is_not_a_message_is_an_invalid_request(raw: RawClient):
    raw.initialize()
    raw.send([1, 2, 3])
    assert raw.response(None)["error"]["code"] == -32600
    raw.send({"jsonrpc": "2.0", "id": 4, "method": 12})
    assert raw.response(4)["error"]["code"] == -32600


def test_unknown_requests_are_method_not_found_and_unknown_notifications_are_ignored(raw: RawClient):
    raw.initialize()
    raw.notify("interview/somethingNew", {})
    raw.notify("$/setTrace", {"value": "off"})
    response = raw.request("abc", "interview/doesNotExist", {})
    assert response["id"] == "abc"
    assert response["error"]["code"] == -32601


def test_a_request_cancelled_in_the_same_write_answers_request_cancelled(raw: RawClient):
    raw.initialize()
    request = frame({"jsonrpc": "2.0", "id": 9, "method": "textDocument/hover",
                     "params": {"textDocument": {"uri": "file:///x/jd.md"}, "position": {"line": 0, "character": 0}}})
    cancel = frame({"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 9}})
    raw.write(request + cancel)
    assert raw.response(9)["error"]["code"] == -32800
    assert raw.request(10, "interview/unknown")["error"]["code"] == -32601


def test_shutdown_answers_null_then_requests_are_invalid_and_exit_succeeds(raw: RawClient):
    raw.initialize()
    shutdown = raw.request(2, "shutdown")
    assert "result" in shutdown and shutdown["result"] is None
    assert raw.request(3, "textDocument/hover", {})["error"]["code"] == -32600
    raw.notify("exit")
    assert raw.process.wait(timeout=15) == 0


def test_exit_without_shutdown_fails(raw: RawClient):
    raw.initialize()
    raw.notify("exit")
    assert raw.process.wait(timeout=15) == 1


def test_end_of_input_without_shutdown_fails(raw: RawClient):
    raw.initialize()
    assert raw.wait() == 1


def test_a_frame_written_byte_by_byte_is_understood(raw: RawClient):
    for byte in frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}):
        raw.write(bytes([byte]))
    assert raw.response(1)["result"]["serverInfo"]["name"] == "interview-lsp"


def test_other_headers_and_lowercase_names_are_accepted(raw: RawClient):
    body = b'{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}'
    raw.write(b"content-type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: %d\r\n\r\n" % len(body) + body)
    assert "result" in raw.response(1)


def test_a_bad_header_is_reported_and_the_next_message_is_served(raw: RawClient):
    raw.write(b"Content-Length: lots\r\n\r\n")
    assert raw.response(None)["error"]["code"] == -32700
    assert "result" in raw.initialize()


def test_a_bad_setting_is_shown_to_the_user_by_name(raw: RawClient):
    raw.initialize(initializationOptions={"interview": {"debounceMs": "soon"}})
    message = raw.notification("window/showMessage")
    assert message["params"]["type"] == 2
    assert "interview.debounceMs" in message["params"]["message"]


def test_diagnostics_reach_a_plain_client_with_utf16_ranges(raw: RawClient, session_dir: Path):
    """Needs the real analysis engine."""
    raw.initialize(rootUri=session_dir.as_uri())
    jd = session_dir / "jd.md"
    text = jd.read_text(encoding="utf-8")
    raw.notify("textDocument/didOpen", {"textDocument": {"uri": jd.as_uri(), "languageId": "markdown", "version": 1, "text": text}})
    published = raw.notification("textDocument/publishDiagnostics")
    assert published["params"]["uri"] == jd.as_uri()
    lines = text.splitlines()
    erlang = [d for d in published["params"]["diagnostics"] if "Erlang/OTP" in lines[d["range"]["start"]["line"]]]
    assert len(erlang) == 1
    assert erlang[0]["source"] == "interview"
    assert erlang[0]["code"] == "unmet-requirement"
    assert erlang[0]["severity"] == 2
    assert erlang[0]["data"]["requirementId"]
    # The title line holds an em dash: one UTF-16 unit, three UTF-8 bytes.
    for diagnostic in published["params"]["diagnostics"]:
        line = lines[diagnostic["range"]["end"]["line"]]
        assert diagnostic["range"]["end"]["character"] <= len(line.encode("utf-16-le")) // 2


def test_a_bad_value_in_the_project_config_is_shown_by_name(raw: RawClient, session_dir: Path):
    """Needs the real document classifier (the JD must be recognised to make the folder a session)."""
    (session_dir / ".interview").mkdir()
    (session_dir / ".interview" / "config.json").write_text('{"interview": {"debounceMs": -5}}', encoding="utf-8")
    raw.initialize(rootUri=session_dir.as_uri())
    jd = session_dir / "jd.md"
    raw.notify("textDocument/didOpen", {"textDocument": {"uri": jd.as_uri(), "languageId": "", "version": 1, "text": jd.read_text(encoding="utf-8")}})
    message = raw.notification("window/showMessage")
    assert message["params"]["type"] == 2
    assert "interview.debounceMs" in message["params"]["message"]
    assert "config.json" in message["params"]["message"]


def test_a_bad_value_sent_by_did_change_configuration_is_shown_by_name(raw: RawClient):
    raw.initialize()
    raw.notify("workspace/didChangeConfiguration", {"settings": {"interview": {"logLevel": "loud"}}})
    message = raw.notification("window/showMessage")
    assert message["params"]["type"] == 2
    assert "interview.logLevel" in message["params"]["message"]


def test_shutdown_and_exit_with_null_params_end_the_server_with_success(raw: RawClient):
    """Emacs lsp-mode and others spell "no params" as `"params": null`."""
    raw.initialize()
    raw.send({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
    shutdown = raw.response(2)
    assert "error" not in shutdown
    assert shutdown["result"] is None
    raw.send({"jsonrpc": "2.0", "method": "exit", "params": None})
    assert raw.process.wait(timeout=15) == 0


def test_exit_with_null_params_without_shutdown_fails(raw: RawClient):
    raw.initialize()
    raw.send({"jsonrpc": "2.0", "method": "exit", "params": None})
    assert raw.process.wait(timeout=15) == 1


def test_initialized_with_null_params_is_handled(raw: RawClient):
    raw.request(1, "initialize", {"processId": None, "rootUri": None,
                                  "capabilities": {"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}}}})
    raw.send({"jsonrpc": "2.0", "method": "initialized", "params": None})
    registration = raw.message()
    assert registration["method"] == "client/registerCapability"
    assert registration["params"]["registrations"][0]["method"] == "workspace/didChangeWatchedFiles"


def test_null_params_where_params_are_required_are_invalid_params_and_the_server_keeps_serving(raw: RawClient):
    raw.initialize()
    raw.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": None})
    raw.send({"jsonrpc": "2.0", "method": "$/cancelRequest", "params": None})
    for id, method in enumerate(["textDocument/hover", "textDocument/documentSymbol", "workspace/executeCommand"], start=10):
        raw.send({"jsonrpc": "2.0", "id": id, "method": method, "params": None})
        assert raw.response(id)["error"]["code"] == -32602
    assert raw.request(20, "interview/unknown")["error"]["code"] == -32601
