-- Neovim 0.7+ headless test of editors/nvim against the real interview-lsp.
-- Run by run.sh: nvim --headless --clean -u NONE -c 'luafile integration/editors/nvim_test.lua'
-- Env: INTERVIEW_LSP_BIN (server), INTERVIEW_PLUGIN (editors/nvim), INTERVIEW_SESSION (a
-- scratch copy of a session folder, changed by the test).
local bin = assert(os.getenv("INTERVIEW_LSP_BIN"), "INTERVIEW_LSP_BIN is not set")
local plugin = assert(os.getenv("INTERVIEW_PLUGIN"), "INTERVIEW_PLUGIN is not set")
local root = assert(os.getenv("INTERVIEW_SESSION"), "INTERVIEW_SESSION is not set")
local WAIT_MS = tonumber(os.getenv("INTERVIEW_WAIT_MS") or "15000")

vim.opt.runtimepath:prepend(plugin)
vim.o.columns = 120
vim.o.lines = 40

local results = { passed = 0, failed = 0 }

local function say(line)
  io.stdout:write(line .. "\n")
end

local function case(name, body)
  local ok, err = pcall(body)
  if ok then
    results.passed = results.passed + 1
    say("ok - nvim: " .. name)
  else
    results.failed = results.failed + 1
    say("not ok - nvim: " .. name)
    say("    " .. tostring(err):gsub("\n", "\n    "))
  end
end

local function wait_for(what, predicate, ms)
  if not vim.wait(ms or WAIT_MS, predicate, 20) then
    error("timed out waiting for " .. what, 2)
  end
end

local function read_file(path)
  local file = io.open(path, "r")
  if not file then
    return nil
  end
  local text = file:read("*a")
  file:close()
  return text
end

local function file_line(path, lnum)
  local lines = vim.fn.readfile(path)
  return lines[lnum]
end

-- What the plugin tells the user; an error ends a wait early and becomes the failure message.
local notified_errors = {}
local notify = vim.notify
vim.notify = function(message, level, ...)
  if level == vim.log.levels.ERROR then
    table.insert(notified_errors, message)
  end
  return notify(message, level, ...)
end

local function wait_for_or_error(what, predicate)
  local errors_before = #notified_errors
  wait_for(what, function()
    return predicate() or #notified_errors > errors_before
  end)
  if #notified_errors > errors_before then
    error("the user was told: " .. notified_errors[#notified_errors], 2)
  end
end

local session = require("interview.session")
local kind_opts = { extensions = { "md", "markdown", "txt", "text", "vtt", "srt" }, patterns = {}, root_markers = { ".interview" } }
local jd_path = session.files_of_kind(root, "jd", kind_opts)[1]
assert(jd_path, "no job description in " .. root)

require("interview").setup({ cmd = { bin, "--stdio" }, settings = { debounceMs = 50 } })
vim.cmd("edit " .. vim.fn.fnameescape(jd_path))
local jd_buf = vim.api.nvim_get_current_buf()

local function interview_diagnostics()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(jd_buf)) do
    if d.source == "interview" then
      table.insert(found, d)
    end
  end
  return found
end

-- What each status looks like in the editor: an unmet must-have is a warning, a nice-to-have
-- information; a contradiction is always a warning, a mere claim information.
local SEVERITIES = {
  ["unmet-requirement"] = { [vim.diagnostic.severity.WARN] = true, [vim.diagnostic.severity.INFO] = true },
  ["unverified-claim"] = { [vim.diagnostic.severity.INFO] = true },
  ["contradicted"] = { [vim.diagnostic.severity.WARN] = true },
}

case("the server attaches and diagnostics appear on the job description", function()
  wait_for("the interview client to attach", function()
    return #vim.lsp.buf_get_clients(jd_buf) > 0
  end)
  wait_for("interview diagnostics on " .. jd_path, function()
    return #interview_diagnostics() > 0
  end)
  for _, d in ipairs(interview_diagnostics()) do
    assert(SEVERITIES[d.code], "unexpected diagnostic code " .. tostring(d.code))
    assert(SEVERITIES[d.code][d.severity], string.format("%s shown with severity %d", d.code, d.severity))
    local line = vim.api.nvim_buf_get_lines(jd_buf, d.lnum, d.lnum + 1, false)[1]
    assert(line and line:match("%S"), "diagnostic on an empty line " .. d.lnum)
  end
end)

-- Words of the requirements the session leaves open, for checking that an answer is on topic.
local function open_requirement_words()
  local words = {}
  for _, d in ipairs(interview_diagnostics()) do
    if d.code ~= "unverified-claim" then
      local line = vim.api.nvim_buf_get_lines(jd_buf, d.lnum, d.lnum + 1, false)[1] or ""
      for word in line:gmatch("[%w%+#]+") do
        if #word >= 4 then
          words[word:lower()] = true
        end
      end
    end
  end
  return words
end

local function floating_window_text()
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= "" then
      local buf = vim.api.nvim_win_get_buf(win)
      return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
    end
  end
  return nil
end

case(":InterviewChat shows a cited answer and fills the quickfix list", function()
  vim.fn.setqflist({}, "r")
  vim.cmd("InterviewChat What skills are missing?")
  wait_for_or_error("the chat answer in a floating window", function()
    return floating_window_text() ~= nil
  end)
  local shown = floating_window_text()
  assert(shown:find("What skills are missing?", 1, true), "the float does not repeat the question:\n" .. shown)
  local lowered = shown:lower()
  local on_topic = false
  for word in pairs(open_requirement_words()) do
    if lowered:find(word, 1, true) then
      on_topic = true
    end
  end
  assert(on_topic, "the answer names none of the open requirements:\n" .. shown)
  local items = vim.fn.getqflist()
  assert(#items > 0, "no citations in the quickfix list")
  for _, item in ipairs(items) do
    local path = vim.api.nvim_buf_get_name(item.bufnr)
    assert(vim.startswith(path, root), "citation outside the session: " .. path)
    local line = file_line(path, item.lnum)
    assert(line, string.format("citation past the end of %s: line %d", path, item.lnum))
    local quote = vim.trim(item.text)
    assert(quote ~= "", "citation without a quote")
    -- A quote can span lines; its first line must be on the cited line of the file.
    local first = vim.split(quote, " ", true)[1]
    assert(line:find(first, 1, true), string.format("quote %q is not on %s:%d (%q)", quote, path, item.lnum, line))
  end
  vim.cmd("cclose")
end)

local function notes_text()
  local texts = {}
  for _, path in ipairs(vim.fn.glob(root .. "/*", false, true)) do
    if session.kind_from_name(path) == "notes" then
      table.insert(texts, read_file(path) or "")
    end
  end
  return table.concat(texts, "\n")
end

local function select_choice(prefix)
  local chosen = {}
  vim.ui.select = function(items, opts, on_choice)
    for _, item in ipairs(items) do
      local label = opts.format_item and opts.format_item(item) or tostring(item)
      if vim.startswith(label, prefix) then
        chosen.label = label
        chosen.prompt = opts.prompt
        on_choice(item)
        return
      end
    end
    chosen.missing = table.concat(vim.tbl_map(function(item)
      return opts.format_item and opts.format_item(item) or tostring(item)
    end, items), " | ")
    on_choice(nil)
  end
  return chosen
end

case("the \"Ask next\" code action writes the question into the notes", function()
  vim.api.nvim_set_current_buf(jd_buf)
  -- A claim is what a recruiter most often probes; any open requirement will do otherwise.
  local target = interview_diagnostics()[1]
  for _, d in ipairs(interview_diagnostics()) do
    if d.code == "unverified-claim" then
      target = d
      break
    end
  end
  assert(target, "no diagnostic to act on")
  local client = require("interview.client").for_buffer(jd_buf)
  local capabilities = client.server_capabilities or client.resolved_capabilities
  assert(capabilities.codeActionProvider or capabilities.code_action,
    "interview-lsp does not offer code actions (no codeActionProvider)")
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local chosen = select_choice("Ask next")
  vim.lsp.buf.code_action()
  wait_for("the code action menu", function()
    return chosen.label ~= nil or chosen.missing ~= nil
  end)
  assert(chosen.label, "no \"Ask next\" action among: " .. tostring(chosen.missing))
  local question = vim.trim(chosen.label:gsub("^Ask next:%s*", ""):gsub("…$", ""))
  assert(#question > 10, "the action has no question: " .. chosen.label)
  local probe = question:sub(1, 40)
  wait_for("the question in a notes buffer", function()
    for _, buf in ipairs(vim.api.nvim_list_bufs()) do
      if session.kind_from_name(vim.api.nvim_buf_get_name(buf)) == "notes" then
        local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
        if text:find(probe, 1, true) then
          return true
        end
      end
    end
    return false
  end)
  vim.cmd("silent wall")
  local saved = notes_text()
  assert(saved:find(probe, 1, true), "the notes file on disk lacks the question:\n" .. saved)
  assert(saved:find("Questions to ask", 1, true), "no \"Questions to ask\" heading in the notes:\n" .. saved)
end)

case(":InterviewCoverage lists every open requirement in the location list", function()
  vim.api.nvim_set_current_buf(jd_buf)
  vim.cmd("InterviewCoverage")
  local items = vim.fn.getloclist(0)
  assert(#items == #interview_diagnostics(), string.format("%d items for %d diagnostics", #items, #interview_diagnostics()))
  for _, item in ipairs(items) do
    assert(item.text:match("^%[(%a+)%] "), "item without a status label: " .. item.text)
  end
  vim.cmd("lclose")
end)

case(":InterviewNextQuestion offers the question and adds it to the notes", function()
  vim.api.nvim_set_current_buf(jd_buf)
  local chosen = select_choice("Add to the notes")
  vim.cmd("InterviewNextQuestion")
  wait_for_or_error("the next question", function()
    return chosen.label ~= nil or chosen.missing ~= nil
  end)
  assert(chosen.label, "no \"Add to the notes\" choice: " .. tostring(chosen.missing))
  local question = chosen.prompt:match("^Next question:%s*([^\n]*)")
  assert(#question > 10, "no question shown: " .. chosen.prompt)
  wait_for("the question on disk", function()
    return notes_text():find(question, 1, true) ~= nil
  end)
end)

case(":InterviewReport writes report.html beside the session and says where", function()
  vim.api.nvim_set_current_buf(jd_buf)
  -- No opener, so no browser starts: the message names the file instead.
  require("interview").options.report_opener = ""
  local said
  local previous = vim.notify
  vim.notify = function(message, level, ...)
    if type(message) == "string" and message:find("report", 1, true) then
      said = message
    end
    return previous(message, level, ...)
  end
  vim.cmd("InterviewReport")
  wait_for("the report message", function()
    return said ~= nil
  end)
  vim.notify = previous
  assert(said:find("report written to .*/report%.html$"), "the message does not say where: " .. said)
  local html = read_file(root .. "/report.html") or ""
  assert(html:find("<!-- interview-lsp report -->", 1, true), "not a report:\n" .. html:sub(1, 200))
  assert(html:find("Requirements", 1, true), "no requirement table")
end)

case(":checkhealth interview finds the binary and the session", function()
  vim.api.nvim_set_current_buf(jd_buf)
  vim.cmd("checkhealth interview")
  local report = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n")
  vim.cmd("tabclose")
  assert(report:find("server binary: " .. vim.fn.exepath(bin), 1, true), "binary not reported:\n" .. report)
  assert(report:find("version: ", 1, true), "version not reported:\n" .. report)
  assert(report:find("is a session file", 1, true), "session not detected:\n" .. report)
  assert(not report:find("ERROR", 1, true), "the health check reports an error:\n" .. report)
end)

say(string.format("# nvim done: %d ok, %d not ok", results.passed, results.failed))
if results.failed > 0 then
  vim.cmd("cquit 1")
end
vim.cmd("qall!")
