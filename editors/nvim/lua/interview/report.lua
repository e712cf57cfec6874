-- :InterviewReport — writes the scorecard of the current buffer's session to report.html in the
-- session folder (`interview-lsp report DIR --out DIR/report.html`) and opens it with the opener
-- (xdg-open) when there is one, else says where it was written.
local client_mod = require("interview.client")
local session = require("interview.session")

local M = {}

--- The command line that writes the report of the session folder `root` to `out`.
function M.command(root, out, opts)
  local binary = client_mod.resolve_cmd(opts.cmd)[1]
  return { binary, "report", root, "--format", "html", "--out", out }
end

--- Writes the report of the current buffer's session; `on_done(path_or_nil, message)` is called when the CLI ends.
function M.run(opts, on_done)
  local name = vim.api.nvim_buf_get_name(0)
  if name == "" then
    vim.notify("interview: open a file of the interview session first", vim.log.levels.ERROR)
    return
  end
  local root = session.root_dir(name)
  local out = root .. "/report.html"
  local errors = {}
  local job = vim.fn.jobstart(M.command(root, out, opts), {
    stderr_buffered = true,
    on_stderr = function(_, data)
      for _, line in ipairs(data or {}) do
        -- "wrote …" is the CLI's success line, not an error.
        if line ~= "" and not line:find("^wrote ") then
          table.insert(errors, line)
        end
      end
    end,
    on_exit = function(_, code)
      vim.schedule(function()
        if code ~= 0 then
          local message = "interview: the report was not written: " .. table.concat(errors, " ")
          vim.notify(message, vim.log.levels.ERROR)
          if on_done then on_done(nil, message) end
          return
        end
        local message = "interview: report written to " .. out
        local opener = opts.report_opener
        if opener and opener ~= "" and vim.fn.executable(opener) == 1 then
          vim.fn.jobstart({ opener, out }, { detach = true })
          message = message .. " (opening it)"
        end
        vim.notify(message, vim.log.levels.INFO)
        if on_done then on_done(out, message) end
      end)
    end,
  })
  if job <= 0 then
    vim.notify("interview: cannot run " .. tostring(M.command(root, out, opts)[1]), vim.log.levels.ERROR)
  end
end

return M
