'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { resolveServerPath } = require('../src/serverPath');

function scratch() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interview-vscode-'));
  test.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function executable(file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '#!/bin/sh\n');
  fs.chmodSync(file, 0o755);
  return file;
}

test('interview.serverPath wins over PATH', () => {
  const dir = scratch();
  const configured = executable(path.join(dir, 'custom', 'interview-lsp'));
  executable(path.join(dir, 'bin', 'interview-lsp'));
  assert.deepEqual(resolveServerPath({ configured, env: { PATH: path.join(dir, 'bin') }, home: dir }), { path: configured });
});

test('a relative serverPath is taken from the workspace folder and ~ from the home folder', () => {
  const dir = scratch();
  const built = executable(path.join(dir, 'repo', '.build', 'debug', 'interview-lsp'));
  assert.deepEqual(resolveServerPath({ configured: '.build/debug/interview-lsp', env: {}, home: dir, workspaceFolder: path.join(dir, 'repo') }),
    { path: built });
  const installed = executable(path.join(dir, 'tools', 'interview-lsp'));
  assert.deepEqual(resolveServerPath({ configured: '~/tools/interview-lsp', env: {}, home: dir }), { path: installed });
});

test('a serverPath that is not an executable is reported by name, not silently replaced', () => {
  const dir = scratch();
  executable(path.join(dir, 'bin', 'interview-lsp'));
  const plain = path.join(dir, 'notes.md');
  fs.writeFileSync(plain, '# notes\n');
  const result = resolveServerPath({ configured: plain, env: { PATH: path.join(dir, 'bin') }, home: dir });
  assert.match(result.error, /interview\.serverPath/);
  assert.equal(result.path, undefined);
});

test('without a setting the binary comes from PATH, then from ~/.local/bin', () => {
  const dir = scratch();
  const onPath = executable(path.join(dir, 'usr', 'bin', 'interview-lsp'));
  assert.deepEqual(resolveServerPath({ env: { PATH: `/nonexistent${path.delimiter}${path.dirname(onPath)}` }, home: dir }), { path: onPath });
  const installed = executable(path.join(dir, '.local', 'bin', 'interview-lsp'));
  assert.deepEqual(resolveServerPath({ env: { PATH: '/nonexistent' }, home: dir }), { path: installed });
});

test('when nothing is found the message says how to install', () => {
  const dir = scratch();
  const result = resolveServerPath({ env: { PATH: '/nonexistent' }, home: dir });
  assert.match(result.error, /scripts\/install/);
  assert.match(result.error, /interview\.serverPath/);
});
