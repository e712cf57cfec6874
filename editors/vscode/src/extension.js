'use strict';
// VS Code extension for interview-lsp: runs the server over stdio for interview session files
// and adds "Interview: Ask", "Interview: Next question", "Interview: Open report" and "Interview: Restart server".

const { execFile } = require('child_process');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');
const manifest = require('../package.json');
const { resolveServerPath } = require('./serverPath');
const { buildDocumentSelector, watcherGlob } = require('./sessionFiles');
const { settingsPayload, configurationAnswer } = require('./settings');
const { createChatView } = require('./chatPanel');
const { HEADING, questionInsertion } = require('./notesEdit');

const SETTING_NAMES = Object.keys(manifest.contributes.configuration.properties);
const RESTART_SETTINGS = ['interview.serverPath', 'interview.documentGlobs'];

let client;
let output;

/** Folders that hold a .interview/ marker: all their documents belong to the session. */
async function markerFolders() {
  const files = await vscode.workspace.findFiles('**/.interview/**', '**/node_modules/**', 200);
  return [...new Set(files.map((file) => file.fsPath.split(`${path.sep}.interview${path.sep}`)[0]))];
}

function currentSettings() {
  return settingsPayload(vscode.workspace.getConfiguration('interview'), SETTING_NAMES);
}

async function startClient() {
  const configuration = vscode.workspace.getConfiguration('interview');
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const server = resolveServerPath({ configured: configuration.get('serverPath'), workspaceFolder });
  if (server.error) {
    const choice = await vscode.window.showErrorMessage(server.error, 'Open Settings');
    if (choice === 'Open Settings') {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'interview.serverPath');
    }
    return undefined;
  }
  // No `transport` field: the client then speaks over stdio and adds no arguments of its own.
  const serverOptions = { command: server.path, args: ['--stdio'] };
  const clientOptions = {
    documentSelector: buildDocumentSelector({
      documentGlobs: configuration.get('documentGlobs'),
      markerFolders: await markerFolders(),
    }),
    initializationOptions: currentSettings(),
    synchronize: {
      // A transcript written by another program (a recorder, a transcription job) counts too.
      fileEvents: vscode.workspace.createFileSystemWatcher(watcherGlob()),
    },
    middleware: {
      workspace: {
        // Only what the user set, like initializationOptions; the server keeps its defaults.
        configuration: (params) => configurationAnswer(currentSettings(), params.items),
      },
    },
    outputChannel: output,
  };
  const started = new LanguageClient('interview', 'Interview', serverOptions, clientOptions);
  await started.start();
  return started;
}

async function runningClient() {
  if (!client) client = await startClient();
  if (!client) throw new Error('interview-lsp is not running.');
  return client;
}

function executeCommand(command, argument) {
  return runningClient().then((running) =>
    running.sendRequest('workspace/executeCommand', { command, arguments: [argument] }));
}

function activeFileUri() {
  const document = vscode.window.activeTextEditor?.document;
  return document?.uri.scheme === 'file' ? document.uri : undefined;
}

async function ask(chatView) {
  const question = await vscode.window.showInputBox({
    prompt: 'Ask about this interview',
    placeHolder: 'What skills are missing for this JD based on the CV and interview transcript?',
  });
  if (!question || question.trim() === '') return undefined;
  const argument = { question };
  const uri = activeFileUri();
  if (uri) argument.uri = uri.toString();
  const result = await executeCommand('interview.chat', argument);
  return chatView.show(question, result ?? {});
}

/** The requirement under the cursor, so that the question is about the line the user is on. */
function requirementAtCursor() {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const cursor = editor.selection.active;
  const diagnostic = vscode.languages.getDiagnostics(editor.document.uri)
    .find((d) => d.source === 'interview' && d.range.contains(cursor) && d.data?.requirementId);
  return diagnostic?.data.requirementId;
}

function notesFileIn(folder) {
  const existing = fs.readdirSync(folder)
    .filter((name) => /notes/i.test(name) && /\.(md|markdown|txt|text)$/i.test(name))
    .sort()[0];
  return path.join(folder, existing ?? 'notes.md');
}

/** Adds `question` under "## Questions to ask" in the notes of the session folder `folder`. */
async function addToNotes(question, folder) {
  const file = notesFileIn(folder);
  const uri = vscode.Uri.file(file);
  const edit = new vscode.WorkspaceEdit();
  let document;
  if (fs.existsSync(file)) {
    document = await vscode.workspace.openTextDocument(uri);
    const insertion = questionInsertion(document.getText(), question);
    edit.insert(uri, new vscode.Position(insertion.line, insertion.character), insertion.text);
  } else {
    edit.createFile(uri, { ignoreIfExists: true });
    edit.insert(uri, new vscode.Position(0, 0), questionInsertion('', question).text);
  }
  const wasDirty = document?.isDirty ?? false;
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`Could not edit ${file}.`);
  // Save straight away unless the user has unsaved edits there, which are theirs to save.
  if (!wasDirty) await (document ?? (await vscode.workspace.openTextDocument(uri))).save();
  return file;
}

async function nextQuestion() {
  const uri = activeFileUri();
  const argument = { uri: uri?.toString() };
  const requirementId = requirementAtCursor();
  if (requirementId) argument.requirementId = requirementId;
  const result = await executeCommand('interview.nextQuestion', argument);
  const question = typeof result === 'string' ? result : result?.question;
  if (!question) {
    await vscode.window.showInformationMessage('No open question: every requirement is covered or already asked.');
    return undefined;
  }
  const reason = typeof result?.reason === 'string' && result.reason ? ` (${result.reason})` : '';
  const choice = await vscode.window.showInformationMessage(`Next question: ${question}${reason}`, 'Add to notes', 'Insert at cursor', 'Copy');
  if (choice === 'Add to notes') {
    const folder = uri ? path.dirname(uri.fsPath) : vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    if (!folder) throw new Error('Open a file of the interview session first.');
    const file = await addToNotes(question, folder);
    vscode.window.setStatusBarMessage(`Added to ${path.basename(file)}`, 5000);
  } else if (choice === 'Insert at cursor' && vscode.window.activeTextEditor) {
    const editor = vscode.window.activeTextEditor;
    await editor.edit((builder) => builder.insert(editor.selection.active, question));
  } else if (choice === 'Copy') {
    await vscode.env.clipboard.writeText(question);
  }
  return question;
}

/** Writes the session's scorecard (`interview-lsp report`) to report.html beside the active file and opens it. */
async function openReport() {
  const uri = activeFileUri();
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const folder = uri ? path.dirname(uri.fsPath) : workspaceFolder;
  if (!folder) throw new Error('Open a file of the interview session first.');
  const server = resolveServerPath({ configured: vscode.workspace.getConfiguration('interview').get('serverPath'), workspaceFolder });
  if (server.error) throw new Error(server.error);
  const out = path.join(folder, 'report.html');
  // The CLI refuses to replace a report.html it did not write; its message says so.
  await new Promise((resolve, reject) => {
    execFile(server.path, ['report', folder, '--format', 'html', '--out', out], { timeout: 60000 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(String(stderr).trim() || error.message));
      else resolve();
    });
  });
  await vscode.env.openExternal(vscode.Uri.file(out));
  return out;
}

async function restart() {
  if (client) {
    const stopping = client;
    client = undefined;
    await stopping.stop();
  }
  client = await startClient();
  if (client) vscode.window.setStatusBarMessage('interview-lsp restarted', 3000);
  return client;
}

function reportingErrors(run) {
  return async (...args) => {
    try {
      return await run(...args);
    } catch (error) {
      vscode.window.showErrorMessage(`Interview: ${error?.message ?? error}`);
      return undefined;
    }
  };
}

async function activate(context) {
  output = vscode.window.createOutputChannel('Interview');
  const chatView = createChatView(vscode);
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('interview.ask', reportingErrors(() => ask(chatView))),
    vscode.commands.registerCommand('interview.suggestNextQuestion', reportingErrors(nextQuestion)),
    vscode.commands.registerCommand('interview.openReport', reportingErrors(openReport)),
    vscode.commands.registerCommand('interview.restartServer', reportingErrors(restart)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('interview')) return undefined;
      if (RESTART_SETTINGS.some((setting) => event.affectsConfiguration(setting))) return reportingErrors(restart)();
      return client?.sendNotification('workspace/didChangeConfiguration', { settings: currentSettings() });
    }),
  );
  // A server that fails to start is reported; the commands stay, and Restart can try again.
  await reportingErrors(async () => {
    client = await startClient();
  })();
}

async function deactivate() {
  if (client) await client.stop();
  client = undefined;
}

module.exports = { activate, deactivate };
