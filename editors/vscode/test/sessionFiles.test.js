'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { buildDocumentSelector, watcherGlob } = require('../src/sessionFiles');

// VS Code glob semantics for the patterns used here: **/, *, {a,b}.
function globToRegExp(glob) {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const c = glob[i];
    if (glob.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (c === '*') {
      source += '[^/]*';
    } else if (c === '{') {
      const end = glob.indexOf('}', i);
      source += `(?:${glob.slice(i + 1, end).split(',').map((part) => part.replace(/[.+^$()|[\]\\]/g, '\\$&')).join('|')})`;
      i = end;
    } else {
      source += c.replace(/[.+^$()|[\]\\?]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

function selected(selector, file) {
  return selector.some((filter) => filter.scheme === 'file' && globToRegExp(filter.pattern).test(file));
}

test('job descriptions, CVs, transcripts and notes are selected by their names', () => {
  const selector = buildDocumentSelector();
  for (const file of [
    '/s/job-description.md', '/s/JD.md', '/s/Senior-Role.markdown', '/s/vacancy.txt',
    '/s/cv.md', '/s/Resume.md', '/s/résumé.md',
    '/s/interview-transcript.md', '/s/call.vtt', '/s/zoom recording.srt',
    '/s/notes.md', '/s/Notes.txt',
  ]) {
    assert.ok(selected(selector, file), `${file} is not selected`);
  }
});

test('other files are left alone', () => {
  const selector = buildDocumentSelector();
  for (const file of ['/s/README.md', '/s/main.swift', '/s/description.swift', '/s/cv.pdf', '/s/todo.md']) {
    assert.ok(!selected(selector, file), `${file} is selected`);
  }
});

test('interview.documentGlobs and .interview/ folders add documents to the selection', () => {
  const selector = buildDocumentSelector({
    documentGlobs: { jd: ['*-req.md'], transcript: ['calls/*.txt'] },
    markerFolders: ['/work/candidates/dana/'],
  });
  assert.ok(selected(selector, '/x/backend-req.md'));
  assert.ok(selected(selector, '/x/calls/monday.txt'));
  assert.ok(selected(selector, '/work/candidates/dana/summary.md'));
  assert.ok(!selected(selector, '/work/candidates/other/summary.md'));
});

test('the file watcher covers every document extension', () => {
  const watched = globToRegExp(watcherGlob());
  for (const file of ['/a/notes.md', '/a/b.markdown', '/a/t.txt', '/a/c.vtt', '/a/c.srt']) assert.ok(watched.test(file), file);
  assert.ok(!watched.test('/a/c.pdf'));
});
