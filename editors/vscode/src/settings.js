'use strict';
// Maps VS Code's flat settings (interview.model.baseURL) to the nested "interview" object the
// server reads, leaving out the settings that only the extension uses.

const CLIENT_ONLY = new Set(['serverPath']);

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** "interview.model.baseURL" → "model": the keys to read from the `interview` section. */
function topLevelKeys(settingNames) {
  const keys = new Set();
  for (const name of settingNames) {
    const [namespace, key] = name.split('.');
    if (namespace === 'interview' && key) keys.add(key);
  }
  return [...keys];
}

/** A copy of the `interview` section without client-only keys. */
function serverSettings(section) {
  const settings = {};
  for (const [key, value] of Object.entries(section || {})) {
    if (CLIENT_ONLY.has(key) || typeof value === 'function' || value === undefined) continue;
    settings[key] = isPlainObject(value) ? { ...value } : value;
  }
  return settings;
}

/**
 * initializationOptions for the server: { interview: {...} }. `configuration` is what
 * workspace.getConfiguration('interview') returns (values read with get(key), nested settings
 * such as `model` come back as one object); `keys` are its top-level keys.
 */
function toInitializationOptions(configuration, keys) {
  const section = {};
  for (const key of keys) {
    const value = configuration.get(key);
    if (value !== undefined) section[key] = value;
  }
  return { interview: serverSettings(section) };
}

module.exports = { CLIENT_ONLY, topLevelKeys, serverSettings, toInitializationOptions };
