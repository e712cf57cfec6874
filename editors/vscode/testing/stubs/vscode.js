'use strict';
// A stand-in for the parts of the `vscode` API the extension uses. It records what the extension
// asks the editor to do in `recorded`, and answers from `answers`, which a test sets up.

const path = require('path');
const { fileURLToPath, pathToFileURL } = require('url');

const recorded = {
  commands: new Map(),
  panels: [],
  shownDocuments: [],
  errors: [],
  infos: [],
  statusMessages: [],
  appliedEdits: [],
  savedDocuments: [],
  clipboard: [],
  watchers: [],
  opened: [],
};

// What the stand-in answers when the extension asks; reset to these between tests.
function freshAnswers() {
  return {
    inputBox: [],
    infoChoice: undefined,
    configuration: {},
    diagnostics: new Map(),
    findFiles: [],
    workspaceFolders: undefined,
    activeTextEditor: undefined,
    documents: new Map(),
  };
}

const answers = freshAnswers();

class Uri {
  constructor(scheme, fsPath) {
    this.scheme = scheme;
    this.fsPath = fsPath;
    this.path = fsPath;
  }

  static file(fsPath) {
    return new Uri('file', path.resolve(fsPath));
  }

  static parse(value) {
    if (value.startsWith('file:')) return new Uri('file', fileURLToPath(value));
    const [scheme, rest] = value.split(/:(.*)/s);
    return new Uri(scheme, rest);
  }

  toString() {
    return this.scheme === 'file' ? pathToFileURL(this.fsPath).href : `${this.scheme}:${this.fsPath}`;
  }
}

class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }

  isBefore(other) {
    return this.line < other.line || (this.line === other.line && this.character < other.character);
  }
}

class Range {
  constructor(startLine, startCharacter, endLine, endCharacter) {
    this.start = startLine instanceof Position ? startLine : new Position(startLine, startCharacter);
    this.end = startLine instanceof Position ? startCharacter : new Position(endLine, endCharacter);
  }

  contains(position) {
    return !position.isBefore(this.start) && !this.end.isBefore(position);
  }
}

class WorkspaceEdit {
  constructor() {
    this.operations = [];
  }

  createFile(uri, options) {
    this.operations.push({ kind: 'create', uri, options });
  }

  insert(uri, position, text) {
    this.operations.push({ kind: 'insert', uri, position, text });
  }
}

class Disposable {
  constructor(dispose = () => {}) {
    this.dispose = dispose;
  }
}

function emitter() {
  const listeners = [];
  const event = (listener) => {
    listeners.push(listener);
    return new Disposable();
  };
  return { event, fire: (value) => Promise.all(listeners.map((listener) => listener(value))) };
}

const ViewColumn = { Active: -1, Beside: -2, One: 1, Two: 2 };

function configurationSection(section) {
  const prefix = `${section}.`;
  const values = Object.fromEntries(Object.entries(answers.configuration)
    .filter(([key]) => key.startsWith(prefix))
    .map(([key, value]) => [key.slice(prefix.length), value]));
  return {
    // The test's values are the user's settings; the stand-in knows no defaults.
    inspect(key) {
      return { key: `${section}.${key}`, defaultValue: undefined, globalValue: values[key] };
    },
    // Like VS Code: `get('model')` returns the nested settings under interview.model as one object.
    get(key, fallback) {
      if (key in values) return values[key];
      const nested = Object.entries(values).filter(([name]) => name.startsWith(`${key}.`));
      if (nested.length === 0) return fallback;
      return Object.fromEntries(nested.map(([name, value]) => [name.slice(key.length + 1), value]));
    },
  };
}

const window = {
  get activeTextEditor() {
    return answers.activeTextEditor;
  },
  createOutputChannel: (name) => ({ name, appendLine() {}, dispose() {} }),
  async showInputBox(options) {
    recorded.inputBoxOptions = options;
    return answers.inputBox.shift();
  },
  async showErrorMessage(message, ...items) {
    recorded.errors.push({ message, items });
    return undefined;
  },
  async showInformationMessage(message, ...items) {
    recorded.infos.push({ message, items });
    return answers.infoChoice;
  },
  setStatusBarMessage(message) {
    recorded.statusMessages.push(message);
    return new Disposable();
  },
  createWebviewPanel(viewType, title, showOptions, options) {
    const messages = emitter();
    const disposed = emitter();
    const panel = {
      viewType,
      title,
      showOptions,
      options,
      revealed: 0,
      webview: { html: '', cspSource: 'vscode-resource:', onDidReceiveMessage: messages.event },
      reveal() {
        panel.revealed += 1;
      },
      onDidDispose: disposed.event,
      // Test helpers: what the page's script would do.
      postFromPage: (message) => messages.fire(message),
      dispose: () => disposed.fire(),
    };
    recorded.panels.push(panel);
    return panel;
  },
  async showTextDocument(document, options) {
    recorded.shownDocuments.push({ document, options });
    return { document, selection: options?.selection };
  },
};

const workspace = {
  get workspaceFolders() {
    return answers.workspaceFolders;
  },
  getConfiguration: configurationSection,
  async findFiles() {
    return answers.findFiles;
  },
  createFileSystemWatcher(glob) {
    const watcher = { glob, dispose() {} };
    recorded.watchers.push(watcher);
    return watcher;
  },
  onDidChangeConfiguration: (listener) => {
    recorded.configurationListener = listener;
    return new Disposable();
  },
  async openTextDocument(uri) {
    const fs = require('fs');
    const known = answers.documents.get(uri.fsPath);
    if (known) return known;
    const document = {
      uri,
      isDirty: false,
      getText: () => (fs.existsSync(uri.fsPath) ? fs.readFileSync(uri.fsPath, 'utf8') : ''),
      save: async () => {
        recorded.savedDocuments.push(uri.fsPath);
        return true;
      },
    };
    answers.documents.set(uri.fsPath, document);
    return document;
  },
  async applyEdit(edit) {
    recorded.appliedEdits.push(edit);
    return true;
  },
};

const commands = {
  registerCommand(id, handler) {
    if (recorded.commands.has(id)) throw new Error(`command '${id}' already exists`);
    recorded.commands.set(id, handler);
    return new Disposable(() => recorded.commands.delete(id));
  },
  async executeCommand(id, ...args) {
    recorded.executed = [...(recorded.executed ?? []), { id, args }];
    const handler = recorded.commands.get(id);
    return handler ? handler(...args) : undefined;
  },
};

const languages = {
  getDiagnostics: (uri) => answers.diagnostics.get(uri.toString()) ?? [],
};

const env = {
  async openExternal(uri) {
    recorded.opened.push(uri);
    return true;
  },
  clipboard: {
    async writeText(text) {
      recorded.clipboard.push(text);
    },
  },
};

function reset() {
  for (const value of Object.values(recorded)) {
    if (value instanceof Map) value.clear();
    else if (Array.isArray(value)) value.length = 0;
  }
  delete recorded.executed;
  delete recorded.configurationListener;
  delete recorded.inputBoxOptions;
  Object.assign(answers, freshAnswers());
}

module.exports = {
  Uri, Position, Range, WorkspaceEdit, Disposable, ViewColumn,
  window, workspace, commands, languages, env,
  __test: { recorded, answers, reset },
};
