'use strict';
// Test-only: makes require('vscode') and require('vscode-languageclient/node') load the small
// stand-ins in ./stubs, since neither can be installed here (no editor, no npm registry).

const Module = require('module');
const path = require('path');

const STAND_INS = {
  vscode: path.join(__dirname, 'stubs', 'vscode.js'),
  'vscode-languageclient/node': path.join(__dirname, 'stubs', 'languageclient.js'),
};

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveWithStandIns(request, ...rest) {
  if (Object.prototype.hasOwnProperty.call(STAND_INS, request)) return STAND_INS[request];
  return resolveFilename.call(this, request, ...rest);
};
