-- :InterviewChat — asks the server (`interview.chat`) and shows the answer in a floating window,
-- with each citation in the quickfix list so the recruiter can jump to the quoted line.
local client_mod = require("interview.client")

local M = {}

local function split_lines(text)
  local lines = {}
  for line in (text .. "\n"):gmatch("(.-)\r?\n") do
    table.insert(lines, line)
  end
  return lines
end

local function one_line(text)
  return (tostring(text or ""):gsub("%s+", " "))
end

--- Quickfix items for the citations, text = the quoted words (the line number comes from the range).
function M.citation_items(citations, offset_encoding)
  local items = {}
  for _, citation in ipairs(citations or {}) do
    local location = { uri = citation.uri, range = citation.range }
    local item = vim.lsp.util.locations_to_items({ location }, offset_encoding)[1]
    if item then
      item.text = one_line(citation.quote)
      table.insert(items, item)
    end
  end
  return items
end

--- The lines shown in the floating window: the answer, then the numbered sources.
function M.answer_lines(question, result, items)
  local mode = result.mode == "llm" and "model" or "offline"
  local lines = { "# " .. one_line(question), "" }
  if type(result.notice) == "string" and result.notice ~= "" then
    vim.list_extend(lines, { "_" .. one_line(result.notice) .. "_", "" })
  end
  vim.list_extend(lines, split_lines(result.answer or ""))
  if #items > 0 then
    vim.list_extend(lines, { "", string.format("Sources (%s answer, in the quickfix list):", mode) })
    for index, item in ipairs(items) do
      local name = vim.fn.fnamemodify(item.filename, ":t")
      table.insert(lines, string.format("[%d] %s:%d  %s", index, name, item.lnum, item.text))
    end
  else
    vim.list_extend(lines, { "", string.format("(%s answer, no citations)", mode) })
  end
  return lines
end

local function show(question, result, client, opts)
  local items = M.citation_items(result.citations, client.offset_encoding)
  vim.fn.setqflist({}, " ", { title = "Interview: " .. one_line(question), items = items })
  if opts.open_quickfix and #items > 0 then
    -- Open it first and come back, so the float belongs to the window the user is in.
    vim.cmd("botright copen")
    vim.cmd("wincmd p")
  end
  vim.lsp.util.open_floating_preview(M.answer_lines(question, result, items), "markdown", {
    border = "rounded",
    focus_id = "interview-chat",
    max_width = math.max(40, math.floor(vim.o.columns * 0.8)),
    max_height = math.max(10, math.floor(vim.o.lines * 0.6)),
  })
end

--- Asks `question` about the session of the current buffer.
function M.ask(question, opts)
  if question == nil or question:match("^%s*$") then
    vim.notify("interview: usage :InterviewChat {question}", vim.log.levels.WARN)
    return
  end
  local bufnr = vim.api.nvim_get_current_buf()
  local client = client_mod.for_buffer(bufnr)
  if not client then
    vim.notify("interview: no interview-lsp is running; open a session file first", vim.log.levels.WARN)
    return
  end
  local argument = { question = question }
  if vim.lsp.buf_is_attached(bufnr, client.id) then
    argument.uri = vim.uri_from_bufnr(bufnr)
  end
  client_mod.execute(client, bufnr, "interview.chat", argument, function(err, result)
    if err then
      vim.notify("interview: chat failed: " .. tostring(err.message), vim.log.levels.ERROR)
      return
    end
    if type(result) ~= "table" then
      vim.notify("interview: the server gave no answer", vim.log.levels.WARN)
      return
    end
    show(question, result, client, opts)
  end)
end

return M
