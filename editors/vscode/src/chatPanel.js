'use strict';
// The "Interview chat" panel: one WebviewPanel, reused, showing the latest answer. A click on a
// citation opens the quoted range in the editor.

const crypto = require('crypto');
const { citationLocations, openCitation } = require('./citations');
const { renderChatPage } = require('./chatHtml');

/** `vscode` is the editor API (passed in so that this module loads without it). */
function createChatView(vscode) {
  let panel;
  let locations = [];

  function ensurePanel() {
    if (panel) {
      panel.reveal(vscode.ViewColumn.Beside, true);
      return panel;
    }
    panel = vscode.window.createWebviewPanel('interviewChat', 'Interview chat', {
      viewColumn: vscode.ViewColumn.Beside,
      preserveFocus: true,
    }, { enableScripts: true, retainContextWhenHidden: true });
    panel.onDidDispose(() => {
      panel = undefined;
    });
    panel.webview.onDidReceiveMessage(async (message) => {
      if (message?.type !== 'openCitation') return;
      const location = locations[message.index];
      if (location) await openCitation(vscode, location);
    });
    return panel;
  }

  /** Shows `result` ({ answer, citations, mode }) of interview.chat for `question`. */
  function show(question, result) {
    const view = ensurePanel();
    locations = citationLocations(result);
    view.webview.html = renderChatPage({
      question,
      answer: result?.answer ?? '',
      mode: result?.mode,
      notice: result?.notice,
      locations,
      nonce: crypto.randomBytes(16).toString('hex'),
      cspSource: view.webview.cspSource,
    });
    return view;
  }

  return { show };
}

module.exports = { createChatView };
