-- :checkhealth interview — is the server installed, does it run, is this buffer a session file.
local M = {}

-- Neovim 0.7 reports through require("health"); 0.8/0.9 have vim.health.report_*; 0.10+ vim.health.*.
local function reporter()
  local health = vim.health or require("health")
  return {
    start = health.start or health.report_start,
    ok = health.ok or health.report_ok,
    info = health.info or health.report_info,
    warn = health.warn or health.report_warn,
    error = health.error or health.report_error,
  }
end

local function check_binary(report, opts)
  local cmd = require("interview.client").resolve_cmd(opts.cmd)
  local path = vim.fn.exepath(cmd[1])
  if path == "" then
    report.error(string.format("'%s' not found on PATH or in ~/.local/bin", cmd[1]), {
      "Run scripts/install from the interview-lsp checkout, or set cmd in require('interview').setup{}",
    })
    return
  end
  report.ok("server binary: " .. path)
  local output = vim.fn.system({ path, "--version" })
  if vim.v.shell_error ~= 0 then
    report.error(string.format("'%s --version' failed (exit %d): %s", path, vim.v.shell_error, vim.trim(output)))
    return
  end
  report.ok("version: " .. vim.trim(output))
end

-- :checkhealth runs in its own new buffer, so look at the buffer the user came from.
local function user_buffer()
  local current = vim.api.nvim_get_current_buf()
  if vim.bo[current].buftype == "" and vim.bo[current].filetype ~= "checkhealth" then
    return current
  end
  local last = require("interview").last_file_buffer
  if last and vim.api.nvim_buf_is_valid(last) then
    return last
  end
  return nil
end

local function check_session(report, opts)
  local bufnr = user_buffer()
  if not bufnr then
    report.info("no file buffer to check; open a session file and run :checkhealth interview again")
    return
  end
  local path = vim.api.nvim_buf_get_name(bufnr)
  local session = require("interview.session")
  local is_session, kind, reason = session.classify(path, opts)
  local name = vim.fn.fnamemodify(path, ":t")
  if not is_session then
    report.warn(string.format("%s is not a session file: %s", name ~= "" and name or "[No Name]", reason))
    return
  end
  report.ok(string.format("%s is a session file (%s%s); session folder %s", name, reason,
    kind and "" or ", kind decided by the server", session.root_dir(path)))
  local client = require("interview.client").for_buffer(bufnr)
  if client and vim.lsp.buf_is_attached(bufnr, client.id) then
    report.ok(string.format("interview-lsp is attached (client id %d)", client.id))
  else
    report.warn("interview-lsp is not attached to this buffer", { "Check :messages and the LSP log (:lua print(vim.lsp.get_log_path()))" })
  end
end

function M.check()
  local report = reporter()
  local interview = require("interview")
  report.start("interview-lsp")
  if not interview.options then
    report.warn("require('interview').setup{} has not been called; using the defaults for this check")
  end
  local opts = interview.options or interview.resolve_options({})
  check_binary(report, opts)
  report.info(vim.lsp.start and "starting with vim.lsp.start" or "Neovim 0.7: starting with vim.lsp.start_client")
  report.start("current buffer")
  check_session(report, opts)
end

return M
