'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { questionInsertion } = require('../src/notesEdit');

function apply(text, question) {
  const { line, character, text: inserted } = questionInsertion(text, question);
  const lines = text.split('\n');
  const offset = lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
  return text.slice(0, offset) + inserted + text.slice(offset);
}

test('the first question adds a "Questions to ask" section at the end', () => {
  assert.equal(apply('# Notes\n\n- strong on EKS\n', 'What broke first?'),
    '# Notes\n\n- strong on EKS\n\n## Questions to ask\n\n- [ ] What broke first?\n');
});

test('an empty notes file gets the heading and the question', () => {
  assert.equal(apply('', 'What broke first?'), '## Questions to ask\n\n- [ ] What broke first?\n');
});

test('later questions go at the end of the section, before the next heading', () => {
  const notes = '# Notes\n\n## Questions to ask\n\n- [ ] One?\n\n## Scorecard\n\n- 3/4\n';
  assert.equal(apply(notes, 'Two?'), '# Notes\n\n## Questions to ask\n\n- [ ] One?\n- [ ] Two?\n\n## Scorecard\n\n- 3/4\n');
});

test('an empty section gets its first bullet under the heading', () => {
  assert.equal(apply('## Questions to ask\n', 'One?'), '## Questions to ask\n\n- [ ] One?\n');
});
