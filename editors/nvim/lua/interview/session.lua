-- Decides which files belong to an interview session, following the file-name rules of
-- README.md. The server makes the final call on a document's kind (front matter and
-- `interview.documentGlobs` can override the name); the client only needs to know which
-- buffers to attach and where the session's folder is.
local M = {}

local uv = vim.loop

-- Checked in this order so that "interview-notes.md" is notes, not a transcript.
local NAME_RULES = {
  { kind = "notes", words = { "notes" } },
  { kind = "jd", words = { "jd", "job", "description", "posting", "vacancy", "role" } },
  -- string.lower only folds ASCII, so the accented spelling is listed in both cases.
  { kind = "cv", words = { "cv", "resume", "résumé", "RÉSUMÉ" } },
  { kind = "transcript", words = { "transcript", "interview" } },
}

local TRANSCRIPT_EXTENSIONS = { vtt = true, srt = true }

local function basename(path)
  return vim.fn.fnamemodify(path, ":t")
end

local function extension(path)
  return vim.fn.fnamemodify(path, ":e"):lower()
end

--- The directory of a file: the session's root (one session per folder).
function M.root_dir(path)
  return vim.fn.fnamemodify(path, ":p:h")
end

--- The document kind the file name suggests ("jd", "cv", "transcript", "notes"), or nil.
function M.kind_from_name(path)
  local name = basename(path)
  if TRANSCRIPT_EXTENSIONS[extension(path)] then
    return "transcript"
  end
  local lowered = name:lower()
  for _, rule in ipairs(NAME_RULES) do
    for _, word in ipairs(rule.words) do
      if lowered:find(word:lower(), 1, true) or name:find(word, 1, true) then
        return rule.kind
      end
    end
  end
  return nil
end

local function has_marker(dir, markers)
  for _, marker in ipairs(markers) do
    if uv.fs_stat(dir .. "/" .. marker) then
      return true
    end
  end
  return false
end

--- Why `path` is (or is not) a session file: returns is_session, kind_or_nil, reason.
function M.classify(path, opts)
  if path == nil or path == "" then
    return false, nil, "the buffer has no file name"
  end
  local ext = extension(path)
  local allowed = false
  for _, candidate in ipairs(opts.extensions) do
    if candidate == ext then
      allowed = true
    end
  end
  if not allowed then
    return false, nil, string.format("'.%s' is not a session document extension (%s)", ext,
      table.concat(opts.extensions, ", "))
  end
  local kind = M.kind_from_name(path)
  if kind then
    return true, kind, string.format("the file name marks it as %s", kind)
  end
  for _, pattern in ipairs(opts.patterns) do
    if basename(path):find(pattern) then
      return true, nil, string.format("the file name matches the pattern %q", pattern)
    end
  end
  if has_marker(M.root_dir(path), opts.root_markers) then
    return true, nil, "its folder has a " .. table.concat(opts.root_markers, " or ") .. " marker"
  end
  return false, nil, "neither the file name (jd, job, cv, resume, transcript, interview, notes, ...) "
    .. "nor a .interview/ folder beside it marks it as part of a session"
end

--- Files of the folder `root` whose name marks them as `kind`.
function M.files_of_kind(root, kind, opts)
  local found = {}
  for _, path in ipairs(vim.fn.glob(root .. "/*", false, true)) do
    if vim.fn.isdirectory(path) == 0 then
      local is_session, file_kind = M.classify(path, opts)
      if is_session and file_kind == kind then
        table.insert(found, path)
      end
    end
  end
  table.sort(found)
  return found
end

return M
