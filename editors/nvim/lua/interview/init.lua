-- interview-lsp for Neovim: starts the server for interview session files (job description, CV,
-- transcript, notes) and adds :InterviewChat, :InterviewNextQuestion, :InterviewCoverage and
-- :InterviewReport.
local M = {}

local DEFAULTS = {
  -- The server command; "interview-lsp" is looked up on PATH, then in ~/.local/bin.
  cmd = { "interview-lsp", "--stdio" },
  -- The `interview` settings section (see schemas/settings.schema.json), e.g. { debounceMs = 300 }.
  settings = {},
  -- File extensions that can be session documents.
  extensions = { "md", "markdown", "txt", "text", "vtt", "srt" },
  -- Extra Lua patterns on the file name that make a file a session document.
  patterns = {},
  -- A folder with one of these beside the file makes every document in it part of the session.
  root_markers = { ".interview" },
  -- Open the quickfix list of citations after :InterviewChat.
  open_quickfix = true,
  -- How long :InterviewCoverage waits for the server after opening job descriptions itself.
  coverage_wait_ms = 3000,
  -- The program :InterviewReport opens report.html with; when it is missing, the path is only shown.
  report_opener = "xdg-open",
  on_attach = nil,
  capabilities = nil,
}

--- The options in effect after setup(), or nil before it.
M.options = nil

--- The last ordinary file buffer the user was in, for :checkhealth.
M.last_file_buffer = nil

-- A shallow merge: a list the user gives (cmd, extensions) replaces the default list whole.
function M.resolve_options(user)
  return vim.tbl_extend("force", vim.deepcopy(DEFAULTS), user or {})
end

--- Attaches the server to `bufnr` when it is a session file. Returns the client id or nil.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local opts = M.options or M.resolve_options({})
  if vim.bo[bufnr].buftype ~= "" then
    return nil
  end
  local path = vim.api.nvim_buf_get_name(bufnr)
  local session = require("interview.session")
  local root = session.root_dir(path)
  if not session.classify(path, opts) or vim.fn.isdirectory(root) == 0 then
    return nil
  end
  return require("interview.client").attach(bufnr, root, opts)
end

local function create_commands()
  vim.api.nvim_create_user_command("InterviewChat", function(command)
    local function ask(question)
      require("interview.chat").ask(question, M.options)
    end
    if command.args ~= "" then
      ask(command.args)
    else
      vim.ui.input({ prompt = "Ask about this interview: " }, ask)
    end
  end, { nargs = "*", desc = "Ask a question about the interview session (cited answer)" })

  vim.api.nvim_create_user_command("InterviewNextQuestion", function()
    require("interview.next_question").run(M.options)
  end, { nargs = 0, desc = "Show the best next question to ask the candidate" })

  vim.api.nvim_create_user_command("InterviewCoverage", function()
    require("interview.coverage").run(M.options)
  end, { nargs = 0, desc = "Location list of unmet, claimed and contradicted requirements" })

  vim.api.nvim_create_user_command("InterviewReport", function()
    require("interview.report").run(M.options)
  end, { nargs = 0, desc = "Write the session's scorecard to report.html beside it and open it" })
end

local function create_autocommands()
  local group = vim.api.nvim_create_augroup("interview", { clear = true })
  local patterns = {}
  for _, ext in ipairs(M.options.extensions) do
    table.insert(patterns, "*." .. ext)
  end
  vim.api.nvim_create_autocmd({ "BufReadPost", "BufNewFile" }, {
    group = group,
    pattern = patterns,
    callback = function(event)
      M.attach(event.buf)
    end,
  })
  vim.api.nvim_create_autocmd("BufEnter", {
    group = group,
    callback = function(event)
      if vim.bo[event.buf].buftype == "" and vim.api.nvim_buf_get_name(event.buf) ~= "" then
        M.last_file_buffer = event.buf
      end
    end,
  })
end

--- require("interview").setup({ cmd = {...}, settings = {...}, extensions = {...}, patterns = {...} })
function M.setup(user)
  M.options = M.resolve_options(user)
  create_commands()
  create_autocommands()
  -- Files opened before setup() ran (e.g. `nvim jd.md` with a lazily loaded plugin).
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) then
      M.attach(bufnr)
    end
  end
end

return M
