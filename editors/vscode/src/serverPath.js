'use strict';
// Finds the interview-lsp executable: the interview.serverPath setting, else PATH, else
// ~/.local/bin where scripts/install puts it.

const fs = require('fs');
const os = require('os');
const path = require('path');

const BINARY = process.platform === 'win32' ? 'interview-lsp.exe' : 'interview-lsp';

function isExecutableFile(file) {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function expandHome(file, home) {
  if (file === '~') return home;
  if (file.startsWith('~/')) return path.join(home, file.slice(2));
  return file;
}

/**
 * Returns { path } or { error } (a sentence to show the user).
 * `configured` is interview.serverPath; a relative path is taken from `workspaceFolder`.
 */
function resolveServerPath({
  configured = '',
  env = process.env,
  home = os.homedir(),
  workspaceFolder,
  isExecutable = isExecutableFile,
} = {}) {
  const setting = (configured || '').trim();
  if (setting !== '') {
    let candidate = expandHome(setting, home);
    if (!path.isAbsolute(candidate) && workspaceFolder) candidate = path.join(workspaceFolder, candidate);
    if (isExecutable(candidate)) return { path: candidate };
    return { error: `interview.serverPath is "${setting}", which is not an executable file.` };
  }
  const searched = (env.PATH || '').split(path.delimiter).filter(Boolean);
  for (const dir of searched) {
    const candidate = path.join(dir, BINARY);
    if (isExecutable(candidate)) return { path: candidate };
  }
  const installed = path.join(home, '.local', 'bin', BINARY);
  if (isExecutable(installed)) return { path: installed };
  return {
    error: `${BINARY} was not found on PATH or in ~/.local/bin. Run scripts/install from the interview-lsp checkout, or set interview.serverPath.`,
  };
}

module.exports = { resolveServerPath, isExecutableFile, BINARY };
