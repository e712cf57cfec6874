"""A real Neovim 0.7 (`nvim --headless`) hovers a requirement, jumps to its evidence and applies "Ask next"."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import server_binary

SCRIPT = r"""
local function main()
local bin, dir = os.getenv("INTERVIEW_LSP_BIN"), os.getenv("SESSION_DIR")
local function fail(message)
  error(message, 0)
end
local function line_of(buf, needle)
  for number, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if line:find(needle, 1, true) then return number - 1 end
  end
  fail("no line with " .. needle)
end

vim.cmd("edit " .. dir .. "/jd.md")
local jd = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({ name = "interview", cmd = { bin }, root_dir = dir })
vim.lsp.buf_attach_client(jd, id)
if not vim.wait(10000, function() return #vim.diagnostic.get(jd) > 0 end, 20) then fail("no diagnostics") end

local at = { textDocument = { uri = vim.uri_from_bufnr(jd) }, position = { line = line_of(jd, "with Python"), character = 4 } }
local hover = vim.lsp.buf_request_sync(jd, "textDocument/hover", at, 5000)[id].result
if not hover.contents.value:find("verified in the interview", 1, true) then fail("hover: " .. vim.inspect(hover)) end

local locations = vim.lsp.buf_request_sync(jd, "textDocument/definition", at, 5000)[id].result
vim.lsp.util.jump_to_location(locations[1], "utf-16")
if not vim.api.nvim_buf_get_name(0):match("transcript%.md$") then fail("definition went to " .. vim.api.nvim_buf_get_name(0)) end
local cursor = vim.api.nvim_win_get_cursor(0)
if cursor[1] - 1 ~= locations[1].range.start.line then fail("cursor not on the evidence line") end

local erlang = line_of(jd, "Erlang/OTP")
-- What vim.lsp.buf.code_action() sends: the line's diagnostics converted back to LSP.
local diagnostic = vim.lsp.diagnostic.get_line_diagnostics(jd, erlang)[1]
local actions = vim.lsp.buf_request_sync(jd, "textDocument/codeAction", {
  textDocument = { uri = vim.uri_from_bufnr(jd) }, range = diagnostic.range, context = { diagnostics = { diagnostic } },
}, 5000)[id].result
local ask
for _, action in ipairs(actions) do
  if action.title:find("Ask next: ", 1, true) == 1 then ask = action end
end
if not ask then fail("no Ask next action: " .. vim.inspect(actions)) end
vim.lsp.util.apply_workspace_edit(ask.edit, "utf-16")
local transcript = vim.fn.bufnr(dir .. "/transcript.md")
local text = table.concat(vim.api.nvim_buf_get_lines(transcript, 0, -1, false), "\n")
if not text:find("## Questions to ask\n\n- [ ] " .. ask.title:sub(#"Ask next: " + 1), 1, true) then fail("transcript: " .. text) end
end
local ok, message = pcall(main)
if not ok then
  io.stderr:write(tostring(message) .. "\n")
  vim.cmd("cquit 1")
end
vim.cmd("qall!")
"""


@pytest.mark.skipif(shutil.which("nvim") is None, reason="Neovim is not installed")
def test_neovim_hovers_jumps_to_evidence_and_inserts_the_next_question(session_dir: Path, tmp_path: Path):
    script = tmp_path / "evidence.lua"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "INTERVIEW_LSP_BIN": server_binary(), "SESSION_DIR": str(session_dir),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_STATE_HOME": str(tmp_path / "state")}

    result = subprocess.run(["nvim", "--headless", "--clean", "-u", "NONE", "-c", f"luafile {script}"],
                            capture_output=True, text=True, timeout=60, env=env, cwd=session_dir)

    assert result.returncode == 0, result.stderr
