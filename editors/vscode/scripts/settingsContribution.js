'use strict';
// Builds package.json's contributes.configuration from schemas/settings.schema.json, so that the
// two never disagree: `node scripts/sync-settings.js` rewrites it, a test checks it.

const fs = require('fs');
const path = require('path');

const SCHEMA_PATH = path.join(__dirname, '..', '..', '..', 'schemas', 'settings.schema.json');

// VS Code reads these JSON Schema keywords in a configuration property.
const KEPT = ['type', 'default', 'description', 'enum', 'enumDescriptions', 'minimum', 'maximum',
  'minLength', 'items', 'properties', 'additionalProperties', 'propertyNames', 'required'];

function readSchema() {
  return JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8'));
}

function resolveRef(schema, node) {
  if (!node || typeof node !== 'object' || typeof node.$ref !== 'string') return node;
  const target = node.$ref.replace(/^#\//, '').split('/').reduce((value, key) => value[key], schema);
  return resolveRef(schema, target);
}

// A copy VS Code understands: $refs inlined, our x- annotations dropped.
function inline(schema, node) {
  const resolved = resolveRef(schema, node);
  if (Array.isArray(resolved)) return resolved.map((item) => inline(schema, item));
  if (!resolved || typeof resolved !== 'object') return resolved;
  const copy = {};
  for (const [key, value] of Object.entries(resolved)) {
    if (key.startsWith('x-') || key === '$ref') continue;
    copy[key] = key === 'properties'
      ? Object.fromEntries(Object.entries(value).map(([name, child]) => [name, inline(schema, child)]))
      : inline(schema, value);
  }
  return copy;
}

function isGroup(node) {
  return node.type === 'object' && node.properties && !('default' in node);
}

/** { "interview.debounceMs": {...}, "interview.model.baseURL": {...}, ... } from the schema. */
function flattenSettings(schema = readSchema()) {
  const result = {};
  const walk = (node, prefix) => {
    for (const [name, child] of Object.entries(node.properties)) {
      const resolved = resolveRef(schema, child);
      const key = `${prefix}.${name}`;
      if (isGroup(resolved)) {
        walk(resolved, key);
        continue;
      }
      const property = {};
      for (const keyword of KEPT) {
        if (keyword in resolved) property[keyword] = inline(schema, resolved[keyword]);
      }
      if (resolved['x-vscodeScope']) property.scope = resolved['x-vscodeScope'];
      result[key] = property;
    }
  };
  walk(resolveRef(schema, schema.properties.interview), 'interview');
  return result;
}

function configurationContribution(schema = readSchema()) {
  return { title: 'Interview', properties: flattenSettings(schema) };
}

module.exports = { SCHEMA_PATH, readSchema, flattenSettings, configurationContribution };
