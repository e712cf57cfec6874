'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { renderChatPage, renderAnswer } = require('../src/chatHtml');

const page = (overrides = {}) => renderChatPage({
  question: 'What skills are missing?',
  answer: 'Missing:\n- Prometheus\n- Rust',
  mode: 'offline',
  locations: [{ uri: 'file:///s/cv.md', start: { line: 1, character: 0 }, end: { line: 1, character: 3 }, label: 'cv.md:2', quote: 'Go tooling' }],
  nonce: 'abc123',
  cspSource: 'vscode-resource:',
  ...overrides,
});

test('text from the server and the documents is escaped, never markup', () => {
  const html = page({
    question: 'Is <b>she</b> "good"?',
    answer: '<script>alert(1)</script> & more',
    locations: [{ uri: 'file:///s/cv.md', start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, label: 'cv.md:1', quote: '<img src=x onerror=alert(2)>' }],
  });
  assert.ok(!html.includes('<script>alert(1)'));
  assert.ok(!html.includes('<img src=x'));
  assert.ok(!html.includes('<b>she</b>'));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more'));
  assert.ok(html.includes('Is &lt;b&gt;she&lt;/b&gt; &quot;good&quot;?'));
  assert.ok(html.includes('&lt;img src=x onerror=alert(2)&gt;'));
});

test('only the page script with the nonce may run', () => {
  const html = page();
  assert.match(html, /Content-Security-Policy" content="default-src 'none';[^"]*script-src 'nonce-abc123';/);
  assert.equal(html.match(/<script/g).length, 1);
  assert.ok(html.includes('<script nonce="abc123">'));
});

test('each citation is a link that names the file and line, followed by the quote', () => {
  const html = page();
  assert.ok(html.includes('<a href="#" data-citation="0">cv.md:2</a> <q>Go tooling</q>'));
  assert.ok(html.includes("postMessage({ type: 'openCitation', index: Number(link.dataset.citation) })"));
  assert.ok(html.includes('offline answer'));
  assert.ok(page({ mode: 'llm' }).includes('model answer'));
  assert.ok(page({ locations: [] }).includes('No citations.'));
  assert.ok(page({ notice: 'The model did not answer <in time>; offline answer.' })
    .includes('<p class="notice">The model did not answer &lt;in time&gt;; offline answer.</p>'));
  assert.ok(!page().includes('class="notice"'));
});

test('answer lines starting with a dash become a list', () => {
  assert.equal(renderAnswer('Missing:\n- Prometheus\n- Rust\n\nAsk about alerting.'),
    '<p>Missing:</p>\n<ul><li>Prometheus</li><li>Rust</li></ul>\n<p>Ask about alerting.</p>');
});
