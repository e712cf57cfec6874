'use strict';
// Turns the server's citations ({ uri, range, quote }) into places to open. LSP and VS Code both
// count characters in UTF-16 code units, so ranges carry over unchanged.

const path = require('path');

function position(value) {
  const line = Number.isInteger(value?.line) && value.line >= 0 ? value.line : 0;
  const character = Number.isInteger(value?.character) && value.character >= 0 ? value.character : 0;
  return { line, character };
}

function fileName(uri) {
  try {
    return path.basename(decodeURIComponent(new URL(uri).pathname));
  } catch {
    return String(uri);
  }
}

/** { uri, start, end, label: "cv.md:12", quote } for one citation, or null when it has no uri. */
function citationLocation(citation) {
  if (!citation || typeof citation.uri !== 'string' || citation.uri === '') return null;
  const start = position(citation.range?.start);
  const end = citation.range?.end ? position(citation.range.end) : start;
  return {
    uri: citation.uri,
    start,
    end,
    label: `${fileName(citation.uri)}:${start.line + 1}`,
    quote: typeof citation.quote === 'string' ? citation.quote : '',
  };
}

/** The usable citations of a chat result, in order. */
function citationLocations(result) {
  return (Array.isArray(result?.citations) ? result.citations : []).map(citationLocation).filter(Boolean);
}

/** Opens a citation's file with the quoted range selected (`vscode` is the editor API). */
async function openCitation(vscode, location) {
  const range = new vscode.Range(location.start.line, location.start.character, location.end.line, location.end.character);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(location.uri));
  return vscode.window.showTextDocument(document, {
    selection: range,
    viewColumn: vscode.ViewColumn.One,
    preserveFocus: false,
  });
}

module.exports = { citationLocation, citationLocations, openCitation };
