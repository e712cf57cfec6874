'use strict';
// Where a next question goes in the notes: an unticked checklist item ("- [ ] ", as the server's
// "Ask next" action writes it) at the end of the "## Questions to ask" section, which is added at
// the end of the file when it is missing.

const HEADING = '## Questions to ask';
const HEADING_PATTERN = /^##\s+questions to ask\s*$/i;

/**
 * The insertion for `question` in a notes file whose text is `text`:
 * { line, character, text } — insert `text` at that position.
 */
function questionInsertion(text, question) {
  const lines = String(text ?? '').split(/\r?\n/);
  const bullet = `- [ ] ${question}`;
  const headingRow = lines.findIndex((line) => HEADING_PATTERN.test(line));
  if (headingRow === -1) {
    let lastRow = lines.length - 1;
    while (lastRow >= 0 && lines[lastRow].trim() === '') lastRow -= 1;
    if (lastRow < 0) return { line: 0, character: 0, text: `${HEADING}\n\n${bullet}\n` };
    return { line: lastRow, character: lines[lastRow].length, text: `\n\n${HEADING}\n\n${bullet}` };
  }
  let lastRow = headingRow;
  for (let row = headingRow + 1; row < lines.length; row += 1) {
    if (lines[row].startsWith('#')) break;
    if (lines[row].trim() !== '') lastRow = row;
  }
  if (lastRow === headingRow) {
    return { line: headingRow, character: lines[headingRow].length, text: `\n\n${bullet}` };
  }
  return { line: lastRow, character: lines[lastRow].length, text: `\n${bullet}` };
}

module.exports = { HEADING, questionInsertion };
