-- :InterviewNextQuestion — asks the server for the single best next question
-- (`interview.nextQuestion`), shows it, and offers to put it into the notes or at the cursor.
local client_mod = require("interview.client")
local session = require("interview.session")

local M = {}

local HEADING = "## Questions to ask"

-- The requirement under the cursor, so that the question is about the line the user is on.
local function requirement_at_cursor(bufnr)
  local row = vim.api.nvim_win_get_cursor(0)[1] - 1
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr, { lnum = row })) do
    local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
    if diagnostic.source == "interview" and type(lsp.data) == "table" and lsp.data.requirementId then
      return lsp.data.requirementId
    end
  end
  return nil
end

local function question_text(result)
  if type(result) == "string" then
    return result
  end
  if type(result) == "table" then
    return result.question or result.title
  end
  return nil
end

--- The notes file of the session: an existing one, else notes.md (created on first write).
function M.notes_path(root, opts)
  return session.files_of_kind(root, "notes", opts)[1] or (root .. "/notes.md")
end

--- Appends `question` as an unticked checklist item ("- [ ] ", as the server's "Ask next"
--- action writes it) at the end of the "## Questions to ask" section of the
--- buffer, adding the heading when it is missing.
function M.append_to_notes_buffer(bufnr, question)
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local heading_row
  for row, line in ipairs(lines) do
    if line:match("^##%s+[Qq]uestions to ask%s*$") then
      heading_row = row
    end
  end
  local bullet = "- [ ] " .. question
  if not heading_row then
    if #lines == 1 and lines[1] == "" then
      vim.api.nvim_buf_set_lines(bufnr, 0, -1, false, { HEADING, "", bullet })
    else
      local block = lines[#lines] == "" and { HEADING, "", bullet } or { "", HEADING, "", bullet }
      vim.api.nvim_buf_set_lines(bufnr, #lines, #lines, false, block)
    end
    return
  end
  local last = heading_row
  for row = heading_row + 1, #lines do
    if lines[row]:match("^#") then
      break
    end
    if lines[row] ~= "" then
      last = row
    end
  end
  vim.api.nvim_buf_set_lines(bufnr, last, last, false, { bullet })
end

local function add_to_notes(root, question, opts)
  local path = M.notes_path(root, opts)
  local bufnr = vim.fn.bufadd(path)
  vim.fn.bufload(bufnr)
  local was_modified = vim.api.nvim_buf_get_option(bufnr, "modified")
  M.append_to_notes_buffer(bufnr, question)
  -- Save straight away unless the user has unsaved edits there, which we must not write for them.
  if not was_modified then
    vim.api.nvim_buf_call(bufnr, function()
      vim.cmd("silent write")
    end)
  end
  vim.notify("interview: added to " .. vim.fn.fnamemodify(path, ":t") .. ": " .. question)
end

local function insert_below_cursor(question)
  local row = vim.api.nvim_win_get_cursor(0)[1]
  vim.api.nvim_buf_set_lines(0, row, row, false, { question })
end

local function offer(question, reason, root, opts)
  local choices = {
    { label = "Add to the notes under \"" .. HEADING:sub(4) .. "\"", run = function() add_to_notes(root, question, opts) end },
    { label = "Insert below the cursor", run = function() insert_below_cursor(question) end },
    { label = "Copy to the unnamed register", run = function() vim.fn.setreg('"', question) end },
  }
  vim.ui.select(choices, {
    prompt = "Next question: " .. question .. (reason and ("\n(" .. reason .. ")") or ""),
    format_item = function(choice) return choice.label end,
  }, function(choice)
    if choice then
      choice.run()
    end
  end)
end

function M.run(opts)
  local bufnr = vim.api.nvim_get_current_buf()
  local client = client_mod.for_buffer(bufnr)
  if not client then
    vim.notify("interview: no interview-lsp is running; open a session file first", vim.log.levels.WARN)
    return
  end
  local argument = { uri = vim.uri_from_bufnr(bufnr), requirementId = requirement_at_cursor(bufnr) }
  if not vim.lsp.buf_is_attached(bufnr, client.id) then
    local jd = session.files_of_kind(client.config.root_dir, "jd", opts)[1]
    argument.uri = jd and vim.uri_from_fname(jd) or nil
  end
  client_mod.execute(client, bufnr, "interview.nextQuestion", argument, function(err, result)
    if err then
      vim.notify("interview: next question failed: " .. tostring(err.message), vim.log.levels.ERROR)
      return
    end
    local question = question_text(result)
    if not question or question == "" then
      vim.notify("interview: no open question: every requirement is covered or already asked")
      return
    end
    offer(question, type(result) == "table" and result.reason or nil, client.config.root_dir, opts)
  end)
end

return M
