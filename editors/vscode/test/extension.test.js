'use strict';
require('../testing/register');
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const languageclient = require('vscode-languageclient/node');
const manifest = require('../package.json');

const { recorded, answers } = vscode.__test;
const clients = languageclient.__test;

function freshExtension() {
  delete require.cache[require.resolve('../src/extension')];
  return require('../src/extension');
}

function session() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interview-session-'));
  fs.writeFileSync(path.join(dir, 'job-description.md'), '# Platform engineer\n\n## Requirements\n\n- Kubernetes\n- Prometheus\n');
  fs.writeFileSync(path.join(dir, 'cv.md'), '# Dana\n\n- Moved 30 services to EKS\n');
  const server = path.join(dir, 'bin', 'interview-lsp');
  fs.mkdirSync(path.dirname(server));
  fs.writeFileSync(server, '#!/bin/sh\n');
  fs.chmodSync(server, 0o755);
  test.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return { dir, server, jd: path.join(dir, 'job-description.md') };
}

function openEditor(file, line = 0) {
  const document = { uri: vscode.Uri.file(file), isDirty: false, getText: () => fs.readFileSync(file, 'utf8') };
  answers.activeTextEditor = {
    document,
    selection: { active: new vscode.Position(line, 2) },
  };
  return document;
}

async function activate(settings) {
  vscode.__test.reset();
  clients.reset();
  const s = session();
  answers.configuration = { 'interview.serverPath': s.server, ...settings };
  answers.workspaceFolders = [{ uri: vscode.Uri.file(s.dir) }];
  const extension = freshExtension();
  const context = { subscriptions: [] };
  await extension.activate(context);
  return { ...s, extension, context };
}

test('activation starts interview-lsp over stdio with the settings as initializationOptions', async () => {
  await activate({ 'interview.debounceMs': 250, 'interview.model.enabled': true, 'interview.model.baseURL': 'http://127.0.0.1:8080/v1' });
  assert.equal(clients.instances.length, 1);
  const [client] = clients.instances;
  assert.equal(client.state, 'running');
  assert.deepEqual(client.serverOptions, { command: answers.configuration['interview.serverPath'], args: ['--stdio'] });
  assert.deepEqual(client.clientOptions.initializationOptions, {
    interview: { debounceMs: 250, model: { enabled: true, baseURL: 'http://127.0.0.1:8080/v1' } },
  });
  assert.deepEqual(client.clientOptions.middleware.workspace.configuration({ items: [{ section: 'interview.model' }] }),
    [{ enabled: true, baseURL: 'http://127.0.0.1:8080/v1' }]);
  assert.ok(client.clientOptions.documentSelector.some((f) => f.pattern === '**/*.{vtt,srt}'));
});

test('the commands registered are the ones the manifest contributes', async () => {
  await activate();
  assert.deepEqual([...recorded.commands.keys()].sort(), manifest.contributes.commands.map((c) => c.command).sort());
});

test('without a server binary the user is told how to install it and nothing starts', async () => {
  vscode.__test.reset();
  clients.reset();
  answers.configuration = { 'interview.serverPath': '/nonexistent/interview-lsp' };
  await freshExtension().activate({ subscriptions: [] });
  assert.equal(clients.instances.length, 0);
  assert.match(recorded.errors[0].message, /interview\.serverPath/);
  assert.deepEqual(recorded.errors[0].items, ['Open Settings']);
});

test('Interview: Ask shows the answer in a panel and a citation click opens the quoted range', async () => {
  const { jd, dir } = await activate();
  openEditor(jd);
  const cvUri = vscode.Uri.file(path.join(dir, 'cv.md')).toString();
  clients.responses.set('interview.chat', {
    answer: 'Missing:\n- Prometheus <unverified>',
    mode: 'offline',
    citations: [{ uri: cvUri, range: { start: { line: 2, character: 2 }, end: { line: 2, character: 24 } }, quote: 'Moved 30 services to EKS' }],
  });
  answers.inputBox.push('What skills are missing?');
  await recorded.commands.get('interview.ask')();

  const [request] = clients.instances[0].requests;
  assert.deepEqual(request, {
    method: 'workspace/executeCommand',
    params: { command: 'interview.chat', arguments: [{ question: 'What skills are missing?', uri: vscode.Uri.file(jd).toString() }] },
  });
  const [panel] = recorded.panels;
  assert.equal(panel.title, 'Interview chat');
  assert.ok(panel.options.enableScripts);
  assert.ok(panel.webview.html.includes('<li>Prometheus &lt;unverified&gt;</li>'));
  assert.ok(panel.webview.html.includes('data-citation="0">cv.md:3</a>'));

  await panel.postFromPage({ type: 'openCitation', index: 0 });
  const [shown] = recorded.shownDocuments;
  assert.equal(shown.document.uri.fsPath, path.join(dir, 'cv.md'));
  assert.deepEqual([shown.options.selection.start, shown.options.selection.end],
    [new vscode.Position(2, 2), new vscode.Position(2, 24)]);
});

test('asking again reuses the panel', async () => {
  const { jd } = await activate();
  openEditor(jd);
  clients.responses.set('interview.chat', { answer: 'a', citations: [], mode: 'offline' });
  answers.inputBox.push('first?', 'second?');
  await recorded.commands.get('interview.ask')();
  await recorded.commands.get('interview.ask')();
  assert.equal(recorded.panels.length, 1);
  assert.ok(recorded.panels[0].webview.html.includes('second?'));
});

test('a failing chat request is shown as an error, not thrown', async () => {
  const { jd } = await activate();
  openEditor(jd);
  clients.responses.set('interview.chat', new Error('Unknown command interview.chat'));
  answers.inputBox.push('What skills are missing?');
  await recorded.commands.get('interview.ask')();
  assert.match(recorded.errors.at(-1).message, /Interview: Unknown command interview\.chat/);
});

test('Interview: Next question asks about the requirement under the cursor and adds it to the notes', async () => {
  const { jd, dir } = await activate();
  const document = openEditor(jd, 5);
  const diagnostic = { source: 'interview', range: new vscode.Range(5, 2, 5, 12), data: { requirementId: 'req-prometheus' } };
  answers.diagnostics.set(document.uri.toString(), [diagnostic]);
  clients.responses.set('interview.nextQuestion', {
    question: 'How would you alert on a new service?', requirementId: 'req-prometheus', reason: 'Prometheus is claimed in cv.md:3, not yet discussed',
  });
  answers.infoChoice = 'Add to notes';
  await recorded.commands.get('interview.suggestNextQuestion')();

  assert.deepEqual(clients.instances[0].requests[0].params, {
    command: 'interview.nextQuestion',
    arguments: [{ uri: document.uri.toString(), requirementId: 'req-prometheus' }],
  });
  assert.equal(recorded.infos[0].message,
    'Next question: How would you alert on a new service? (Prometheus is claimed in cv.md:3, not yet discussed)');
  const notes = path.join(dir, 'notes.md');
  const operations = recorded.appliedEdits[0].operations;
  assert.deepEqual(operations.map((o) => [o.kind, o.uri.fsPath]), [['create', notes], ['insert', notes]]);
  assert.equal(operations[1].text, '## Questions to ask\n\n- [ ] How would you alert on a new service?\n');
  assert.deepEqual(recorded.savedDocuments, [notes]);
});

test('an existing notes file gets the question at the end of its questions section', async () => {
  const { jd, dir } = await activate();
  openEditor(jd);
  const notes = path.join(dir, 'interview-notes.md');
  fs.writeFileSync(notes, '# Notes\n\n## Questions to ask\n\n- [ ] One?\n');
  clients.responses.set('interview.nextQuestion', { question: 'Two?' });
  answers.infoChoice = 'Add to notes';
  await recorded.commands.get('interview.suggestNextQuestion')();
  const [insert] = recorded.appliedEdits[0].operations;
  assert.deepEqual([insert.kind, insert.uri.fsPath, insert.position, insert.text], ['insert', notes, new vscode.Position(4, 10), '\n- [ ] Two?']);
});

test('when nothing is left to ask the user is told so', async () => {
  const { jd } = await activate();
  openEditor(jd);
  clients.responses.set('interview.nextQuestion', null);
  await recorded.commands.get('interview.suggestNextQuestion')();
  assert.match(recorded.infos[0].message, /No open question/);
  assert.equal(recorded.appliedEdits.length, 0);
});

test('Interview: Open report writes report.html beside the active file with the CLI and opens it', async () => {
  const { jd, dir, server } = await activate();
  // The stand-in binary writes its arguments where --out says, as the real one writes the report there.
  fs.writeFileSync(server, '#!/bin/sh\n[ "$1" = report ] && [ "$5" = --out ] && echo "$@" > "$6"\n');
  openEditor(jd);
  const out = await recorded.commands.get('interview.openReport')();
  assert.equal(out, path.join(dir, 'report.html'));
  assert.equal(fs.readFileSync(out, 'utf8'), `report ${dir} --format html --out ${out}\n`);
  assert.deepEqual(recorded.opened.map((uri) => uri.fsPath), [out]);
});

test('a report the CLI refuses to write is shown as an error and nothing opens', async () => {
  const { jd, server } = await activate();
  fs.writeFileSync(server, '#!/bin/sh\necho "error: report.html already exists; pass --force to replace it" >&2\nexit 2\n');
  openEditor(jd);
  await recorded.commands.get('interview.openReport')();
  assert.match(recorded.errors.at(-1).message, /Interview: error: report\.html already exists/);
  assert.equal(recorded.opened.length, 0);
});

test('Interview: Restart server stops the client and starts a new one', async () => {
  await activate();
  const [first] = clients.instances;
  await recorded.commands.get('interview.restartServer')();
  assert.equal(first.state, 'stopped');
  assert.equal(clients.instances.length, 2);
  assert.equal(clients.instances[1].state, 'running');
});

test('changing interview.serverPath restarts the server with the new binary', async () => {
  const { dir } = await activate();
  const other = path.join(dir, 'bin', 'interview-lsp-2');
  fs.writeFileSync(other, '#!/bin/sh\n');
  fs.chmodSync(other, 0o755);
  answers.configuration['interview.serverPath'] = other;
  await recorded.configurationListener({ affectsConfiguration: (name) => ['interview', 'interview.serverPath'].includes(name) });
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(clients.instances.at(-1).serverOptions.command, other);
  assert.equal(clients.instances[0].state, 'stopped');
});

test('a changed setting is sent to the running server without a restart', async () => {
  await activate({ 'interview.debounceMs': 150 });
  answers.configuration['interview.debounceMs'] = 400;
  await recorded.configurationListener({ affectsConfiguration: (name) => ['interview', 'interview.debounceMs'].includes(name) });
  assert.equal(clients.instances.length, 1);
  assert.deepEqual(clients.instances[0].notifications, [
    { method: 'workspace/didChangeConfiguration', params: { settings: { interview: { debounceMs: 400 } } } },
  ]);
});

test('changes to the settings of other extensions are not sent', async () => {
  await activate();
  await recorded.configurationListener({ affectsConfiguration: (name) => name === 'editor' });
  assert.deepEqual(clients.instances[0].notifications, []);
});

test('a server that fails to start is reported and Restart can start it later', async () => {
  vscode.__test.reset();
  clients.reset();
  const { server } = session();
  answers.configuration = { 'interview.serverPath': server };
  const start = languageclient.LanguageClient.prototype.start;
  languageclient.LanguageClient.prototype.start = async () => { throw new Error('Server initialization failed.'); };
  try {
    await freshExtension().activate({ subscriptions: [] });
  } finally {
    languageclient.LanguageClient.prototype.start = start;
  }
  assert.match(recorded.errors[0].message, /Interview: Server initialization failed\./);
  assert.equal(recorded.commands.size, manifest.contributes.commands.length);
  await recorded.commands.get('interview.restartServer')();
  assert.equal(clients.instances.at(-1).state, 'running');
});
