'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const manifest = require('../package.json');
const { readSchema, flattenSettings } = require('../scripts/settingsContribution');

const root = path.join(__dirname, '..');

test('the manifest names an engine, an existing main module and the four commands', () => {
  assert.match(manifest.engines.vscode, /^\^1\.\d+\.\d+$/);
  assert.ok(fs.existsSync(path.join(root, manifest.main)), `${manifest.main} is missing`);
  assert.ok(manifest.dependencies['vscode-languageclient'], 'vscode-languageclient is not a dependency');
  const titles = Object.fromEntries(manifest.contributes.commands.map((c) => [c.command, `${c.category}: ${c.title}`]));
  assert.deepEqual(titles, {
    'interview.ask': 'Interview: Ask',
    'interview.suggestNextQuestion': 'Interview: Next question',
    'interview.openReport': 'Interview: Open report',
    'interview.restartServer': 'Interview: Restart server',
  });
});

test('the extension activates for Markdown, text, VTT and SRT files and for session folders', () => {
  const events = manifest.activationEvents;
  for (const language of ['markdown', 'plaintext', 'vtt', 'srt']) {
    assert.ok(events.includes(`onLanguage:${language}`), `no activation on ${language}`);
  }
  assert.ok(events.includes('workspaceContains:**/.interview/**'));
  assert.ok(events.some((e) => e.startsWith('workspaceContains:') && e.includes('jd')));
  const languages = manifest.contributes.languages.map((l) => [l.id, l.extensions]);
  assert.deepEqual(languages, [['vtt', ['.vtt']], ['srt', ['.srt']]]);
});

test('contributed settings are exactly the settings of schemas/settings.schema.json', () => {
  assert.deepEqual(manifest.contributes.configuration.properties, flattenSettings(readSchema()),
    'package.json is out of date: run node editors/vscode/scripts/sync-settings.js');
});

test('every setting has a type, a default and a description, with the documented defaults', () => {
  const settings = flattenSettings(readSchema());
  for (const [name, setting] of Object.entries(settings)) {
    assert.ok(setting.type, `${name} has no type`);
    assert.ok('default' in setting, `${name} has no default`);
    assert.ok(setting.description && setting.description.length > 20, `${name} has no description`);
  }
  const defaults = Object.fromEntries(Object.entries(settings).map(([name, s]) => [name, s.default]));
  assert.deepEqual({
    debounceMs: defaults['interview.debounceMs'],
    logLevel: defaults['interview.logLevel'],
    indexPath: defaults['interview.index.path'],
    baseURL: defaults['interview.model.baseURL'],
    chatModel: defaults['interview.model.chatModel'],
    embeddingModel: defaults['interview.model.embeddingModel'],
    transcriptionModel: defaults['interview.model.transcriptionModel'],
    enabled: defaults['interview.model.enabled'],
    allowRemote: defaults['interview.model.allowRemote'],
    redact: defaults['interview.model.redact'],
    judge: defaults['interview.model.judge'],
  }, {
    debounceMs: 150,
    logLevel: 'warn',
    indexPath: null,
    baseURL: 'https://api.openai.com/v1',
    chatModel: 'gpt-4o-mini',
    embeddingModel: 'text-embedding-3-small',
    transcriptionModel: 'gpt-4o-transcribe-diarize',
    enabled: false,
    allowRemote: true,
    redact: true,
    judge: false,
  });
  assert.deepEqual(settings['interview.logLevel'].enum, ['error', 'warn', 'info', 'debug']);
  assert.deepEqual(Object.keys(settings['interview.skills'].items.properties).sort(),
    ['aliases', 'caseSensitive', 'category', 'contextWords', 'name']);
});

test('a workspace cannot point the extension at another executable', () => {
  // A cloned repository's .vscode/settings.json must not be able to choose what runs.
  assert.equal(manifest.contributes.configuration.properties['interview.serverPath'].scope, 'machine');
});
