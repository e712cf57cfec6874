'use strict';
// A stand-in for `vscode-languageclient/node`: records how the client was built and answers
// executeCommand requests from `responses`, which a test sets up.

const instances = [];
const responses = new Map();

class LanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    Object.assign(this, { id, name, serverOptions, clientOptions });
    this.requests = [];
    this.notifications = [];
    this.state = 'new';
    instances.push(this);
  }

  async start() {
    this.state = 'running';
  }

  async stop() {
    this.state = 'stopped';
  }

  async sendNotification(method, params) {
    this.notifications.push({ method, params });
  }

  async sendRequest(method, params) {
    this.requests.push({ method, params });
    const answer = responses.get(params?.command ?? method);
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer(params) : answer;
  }
}

const TransportKind = { stdio: 0, ipc: 1, pipe: 2, socket: 3 };

module.exports = {
  LanguageClient,
  TransportKind,
  __test: {
    instances,
    responses,
    reset() {
      instances.length = 0;
      responses.clear();
    },
  },
};
