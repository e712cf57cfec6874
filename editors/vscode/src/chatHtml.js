'use strict';
// The chat panel's HTML. Everything that comes from the server or the documents is escaped:
// a CV or transcript is untrusted text.

function escapeHtml(text) {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The answer's text as paragraphs and bullet lists ("- " or "* " lines). */
function renderAnswer(answer) {
  const blocks = [];
  let items = null;
  let paragraph = [];
  const flushParagraph = () => {
    if (paragraph.length) blocks.push(`<p>${paragraph.map(escapeHtml).join('<br>')}</p>`);
    paragraph = [];
  };
  const flushItems = () => {
    if (items) blocks.push(`<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
    items = null;
  };
  for (const line of String(answer ?? '').split(/\r?\n/)) {
    const bullet = /^\s*[-*•]\s+(.*)$/.exec(line);
    if (bullet) {
      flushParagraph();
      (items ??= []).push(bullet[1]);
    } else if (line.trim() === '') {
      flushParagraph();
      flushItems();
    } else {
      flushItems();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushItems();
  return blocks.join('\n');
}

function renderCitations(locations) {
  if (locations.length === 0) return '<p class="none">No citations.</p>';
  const rows = locations.map((location, index) =>
    `<li><a href="#" data-citation="${index}">${escapeHtml(location.label)}</a> <q>${escapeHtml(location.quote)}</q></li>`);
  return `<ol class="citations">${rows.join('')}</ol>`;
}

/**
 * The whole page for one answer. `locations` come from citations.citationLocations; a click on
 * one posts { type: "openCitation", index } to the extension.
 */
function renderChatPage({ question, answer, mode, notice, locations, nonce, cspSource }) {
  const modeLabel = mode === 'llm' ? 'model answer' : 'offline answer';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${escapeHtml(cspSource)} 'unsafe-inline'; script-src 'nonce-${escapeHtml(nonce)}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Interview chat</title>
<style>
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); }
  .question { font-weight: bold; }
  .mode, .notice { color: var(--vscode-descriptionForeground); }
  q { font-style: italic; }
</style>
</head>
<body>
<p class="question">${escapeHtml(question)}</p>
${notice ? `<p class="notice">${escapeHtml(notice)}</p>` : ''}
<div class="answer">
${renderAnswer(answer)}
</div>
<h3>Sources <span class="mode">(${modeLabel})</span></h3>
${renderCitations(locations)}
<script nonce="${escapeHtml(nonce)}">
  const vscode = acquireVsCodeApi();
  document.querySelectorAll('a[data-citation]').forEach((link) => {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      vscode.postMessage({ type: 'openCitation', index: Number(link.dataset.citation) });
    });
  });
</script>
</body>
</html>`;
}

module.exports = { escapeHtml, renderAnswer, renderChatPage };
