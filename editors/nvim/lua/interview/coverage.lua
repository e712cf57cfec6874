-- :InterviewCoverage — every requirement that is unmet, only claimed or contradicted, across the
-- session's job descriptions, in the location list.
local client_mod = require("interview.client")
local session = require("interview.session")

local M = {}

local LABELS = {
  ["unmet-requirement"] = "unmet",
  ["unverified-claim"] = "claimed",
  ["contradicted"] = "contradicted",
}

local TYPES = { [1] = "E", [2] = "W", [3] = "I", [4] = "N" }

local function code_of(diagnostic)
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
  return diagnostic.code or lsp.code
end

local function buffers_in(root)
  local found = {}
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    local name = vim.api.nvim_buf_get_name(bufnr)
    if name ~= "" and vim.fn.fnamemodify(name, ":p:h") == root then
      table.insert(found, bufnr)
    end
  end
  return found
end

--- The interview diagnostics of every buffer in the session folder `root`.
function M.session_diagnostics(root)
  local found = {}
  for _, bufnr in ipairs(buffers_in(root)) do
    for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
      if diagnostic.source == "interview" then
        table.insert(found, diagnostic)
      end
    end
  end
  return found
end

--- Location-list items, sorted by file and line, each labelled with the requirement's status.
function M.items(diagnostics)
  local items = {}
  for _, diagnostic in ipairs(diagnostics) do
    local code = code_of(diagnostic)
    local label = LABELS[code] or tostring(code or "interview")
    table.insert(items, {
      bufnr = diagnostic.bufnr,
      lnum = diagnostic.lnum + 1,
      col = diagnostic.col + 1,
      type = TYPES[diagnostic.severity] or "I",
      text = string.format("[%s] %s", label, diagnostic.message),
    })
  end
  table.sort(items, function(a, b)
    local name_a, name_b = vim.api.nvim_buf_get_name(a.bufnr), vim.api.nvim_buf_get_name(b.bufnr)
    if name_a ~= name_b then
      return name_a < name_b
    end
    return a.lnum < b.lnum
  end)
  return items
end

-- The server publishes diagnostics for the job descriptions it has been shown: open the
-- session's JD files that are not loaded yet and give the server a moment to analyse them.
local function open_job_descriptions(root, opts)
  local opened = false
  for _, path in ipairs(session.files_of_kind(root, "jd", opts)) do
    local bufnr = vim.fn.bufadd(path)
    if not vim.api.nvim_buf_is_loaded(bufnr) then
      vim.fn.bufload(bufnr)
      vim.api.nvim_buf_set_option(bufnr, "buflisted", true)
      client_mod.attach(bufnr, root, opts)
      opened = true
    end
  end
  if opened then
    vim.wait(opts.coverage_wait_ms, function()
      return #M.session_diagnostics(root) > 0
    end, 20)
  end
end

function M.run(opts)
  local bufnr = vim.api.nvim_get_current_buf()
  local client = client_mod.for_buffer(bufnr)
  local root = client and client.config.root_dir or session.root_dir(vim.api.nvim_buf_get_name(bufnr))
  open_job_descriptions(root, opts)
  local items = M.items(M.session_diagnostics(root))
  vim.fn.setloclist(0, {}, " ", { title = "Interview coverage: " .. root, items = items })
  if #items == 0 then
    vim.notify("interview: no unmet, claimed or contradicted requirement in " .. root)
    return
  end
  vim.cmd("lopen")
end

return M
