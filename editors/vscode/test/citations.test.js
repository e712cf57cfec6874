'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { citationLocation, citationLocations } = require('../src/citations');

test('a citation becomes a file location with a file:line label and its quote', () => {
  const location = citationLocation({
    uri: 'file:///home/r/dana/interview%20transcript.md',
    range: { start: { line: 8, character: 21 }, end: { line: 8, character: 60 } },
    quote: "I haven't used Prometheus",
  });
  assert.deepEqual(location, {
    uri: 'file:///home/r/dana/interview%20transcript.md',
    start: { line: 8, character: 21 },
    end: { line: 8, character: 60 },
    label: 'interview transcript.md:9',
    quote: "I haven't used Prometheus",
  });
});

test('a citation without a range points at the start of the file; one without a uri is dropped', () => {
  const locations = citationLocations({
    citations: [{ uri: 'file:///s/cv.md', quote: 'EKS' }, { range: {}, quote: 'lost' }, null],
  });
  assert.equal(locations.length, 1);
  assert.deepEqual([locations[0].start, locations[0].end, locations[0].label], [{ line: 0, character: 0 }, { line: 0, character: 0 }, 'cv.md:1']);
});

test('an answer without citations gives no locations', () => {
  assert.deepEqual(citationLocations({ answer: 'x' }), []);
  assert.deepEqual(citationLocations(undefined), []);
});
