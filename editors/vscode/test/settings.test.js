'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { explicitSettings, settingsPayload, configurationAnswer } = require('../src/settings');

const NAMES = ['interview.serverPath', 'interview.debounceMs', 'interview.skills', 'interview.index.path',
  'interview.model.enabled', 'interview.model.baseURL', 'interview.model.chatModel'];

// What workspace.getConfiguration('interview').inspect(key) returns, from per-scope values.
function configuration(scopes) {
  return { inspect: (key) => ({ key: `interview.${key}`, defaultValue: 'DEFAULT', ...(scopes[key] || {}) }) };
}

test('only settings the user set reach the server, nested, without the client-only serverPath', () => {
  const settings = explicitSettings(configuration({
    serverPath: { globalValue: '/opt/interview-lsp' },
    debounceMs: { globalValue: 300 },
    'model.enabled': { globalValue: true },
    'model.baseURL': { workspaceValue: 'http://127.0.0.1:11434/v1' },
    skills: { globalValue: [{ name: 'Dagster', aliases: ['dagster.io'] }] },
  }), NAMES);
  assert.deepEqual(settings, {
    debounceMs: 300,
    skills: [{ name: 'Dagster', aliases: ['dagster.io'] }],
    model: { enabled: true, baseURL: 'http://127.0.0.1:11434/v1' },
  });
});

test('folder settings win over workspace settings, which win over user settings; null is a value', () => {
  const settings = explicitSettings(configuration({
    debounceMs: { globalValue: 100, workspaceValue: 200, workspaceFolderValue: 300 },
    'model.chatModel': { globalValue: 'llama3.1', workspaceValue: 'qwen2.5' },
    'index.path': { globalValue: '/data/index.sqlite', workspaceValue: null },
  }), NAMES);
  assert.deepEqual(settings, { debounceMs: 300, model: { chatModel: 'qwen2.5' }, index: { path: null } });
});

test('with nothing set the server gets an empty interview object and keeps its defaults', () => {
  assert.deepEqual(settingsPayload(configuration({}), NAMES), { interview: {} });
});

test('workspace/configuration is answered per item by dotted section', () => {
  const payload = { interview: { debounceMs: 300, model: { enabled: true } } };
  assert.deepEqual(configurationAnswer(payload, [
    { section: 'interview' }, { section: 'interview.model' }, { section: 'interview.model.enabled' },
    { section: 'interview.logLevel' }, { section: 'python' }, {},
  ]), [payload.interview, { enabled: true }, true, null, null, payload]);
});
