-- Starts one interview-lsp client per session folder and attaches buffers to it, with
-- `vim.lsp.start` on Neovim >= 0.8 and `start_client` + `buf_attach_client` on 0.7.
local M = {}

local NAME = "interview"

-- Neovim 0.11 made client methods take self (client:request); 0.7-0.10 have plain functions.
local METHODS_TAKE_SELF = vim.fn.has("nvim-0.11") == 1

local function call(client, method, ...)
  if METHODS_TAKE_SELF then
    return client[method](client, ...)
  end
  return client[method](...)
end

-- Client ids by session folder, for Neovim 0.7 which has no `vim.lsp.start` to reuse them.
local clients_by_root = {}

local function empty_as_object(value)
  if type(value) == "table" and next(value) == nil then
    return vim.empty_dict()
  end
  return value
end

--- The settings table found at a dotted `section` ("interview.model"), or vim.NIL.
local function lookup_section(settings, section)
  local value = settings
  for part in vim.gsplit(section, ".", true) do
    if type(value) ~= "table" or value[part] == nil then
      return vim.NIL
    end
    value = value[part]
  end
  return value
end

-- Neovim 0.7's own handler skips items without a `section`, so the answer no longer lines up
-- with the request; answer every item, the whole settings for a section-less one.
local function on_workspace_configuration(_, params, ctx)
  local client = vim.lsp.get_client_by_id(ctx.client_id)
  local settings = client and client.config.settings or {}
  local answer = {}
  for index, item in ipairs(params.items or {}) do
    if item.section == nil or item.section == "" then
      answer[index] = empty_as_object(settings)
    else
      answer[index] = empty_as_object(lookup_section(settings, item.section))
    end
  end
  return answer
end

--- The executable to run: `cmd[1]` from PATH, else ~/.local/bin where scripts/install puts it.
function M.resolve_cmd(cmd)
  local resolved = vim.deepcopy(cmd)
  if vim.fn.executable(resolved[1]) == 0 then
    local installed = vim.fn.expand("~/.local/bin/") .. resolved[1]
    if vim.fn.executable(installed) == 1 then
      resolved[1] = installed
    end
  end
  return resolved
end

-- Neovim applies `documentChanges` edits, creating files included, but 0.7 does not say so;
-- told, the server's "Ask next" action creates notes.md instead of writing into the transcript.
local function client_capabilities(user)
  local capabilities = vim.tbl_deep_extend("force", vim.lsp.protocol.make_client_capabilities(), {
    workspace = { workspaceEdit = { documentChanges = true } },
  })
  return vim.tbl_deep_extend("force", capabilities, user or {})
end

function M.config_for(root, opts)
  local settings = { interview = empty_as_object(vim.deepcopy(opts.settings)) }
  return {
    name = NAME,
    cmd = M.resolve_cmd(opts.cmd),
    root_dir = root,
    init_options = settings,
    settings = settings,
    capabilities = client_capabilities(opts.capabilities),
    handlers = { ["workspace/configuration"] = on_workspace_configuration },
    on_init = function(client)
      call(client, "notify", "workspace/didChangeConfiguration", { settings = client.config.settings })
    end,
    on_attach = opts.on_attach,
    on_exit = function(_, _, client_id)
      if clients_by_root[root] == client_id then
        clients_by_root[root] = nil
      end
    end,
  }
end

local function start_legacy(bufnr, root, opts)
  local id = clients_by_root[root]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or client.is_stopped() then
    id = vim.lsp.start_client(M.config_for(root, opts))
    if not id then
      return nil
    end
    clients_by_root[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

--- Attaches `bufnr` to the session's client, starting it if needed. Returns the client id.
function M.attach(bufnr, root, opts)
  if vim.lsp.start then
    return vim.lsp.start(M.config_for(root, opts), { bufnr = bufnr })
  end
  return start_legacy(bufnr, root, opts)
end

local function all_clients()
  local list = vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()
  local ours = {}
  for _, client in ipairs(list) do
    if client.name == NAME then
      table.insert(ours, client)
    end
  end
  return ours
end

--- The interview client attached to `bufnr`, else the one of its folder, else any running one.
function M.for_buffer(bufnr)
  local clients = all_clients()
  for _, client in ipairs(clients) do
    if vim.lsp.buf_is_attached(bufnr, client.id) then
      return client
    end
  end
  local dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ":p:h")
  for _, client in ipairs(clients) do
    if client.config.root_dir == dir then
      return client
    end
  end
  return clients[1]
end

--- Sends workspace/executeCommand and calls `on_result(err, result)` once it is answered.
function M.execute(client, bufnr, command, argument, on_result)
  local params = { command = command, arguments = { argument } }
  call(client, "request", "workspace/executeCommand", params, function(err, result)
    on_result(err, result)
  end, bufnr)
end

return M
