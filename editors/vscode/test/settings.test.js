'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { topLevelKeys, toInitializationOptions } = require('../src/settings');

function configuration(values) {
  return { get: (key) => values[key] };
}

test('flat setting names give the top-level keys of the interview section', () => {
  assert.deepEqual(topLevelKeys(['interview.debounceMs', 'interview.model.baseURL', 'interview.model.enabled', 'other.x']),
    ['debounceMs', 'model']);
});

test('the server gets the interview section nested, without the client-only serverPath', () => {
  const options = toInitializationOptions(configuration({
    serverPath: '/opt/interview-lsp',
    debounceMs: 300,
    model: { enabled: true, baseURL: 'http://127.0.0.1:11434/v1' },
    skills: [{ name: 'Dagster', aliases: ['dagster.io'] }],
  }), ['serverPath', 'debounceMs', 'model', 'skills', 'logLevel']);
  assert.deepEqual(options, {
    interview: {
      debounceMs: 300,
      model: { enabled: true, baseURL: 'http://127.0.0.1:11434/v1' },
      skills: [{ name: 'Dagster', aliases: ['dagster.io'] }],
    },
  });
});
