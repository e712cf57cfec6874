'use strict';
// The `interview` settings the server gets from VS Code: only those the user set (user,
// workspace or folder settings), nested as the server reads them. Defaults stay with the
// server, so that, for example, OPENAI_BASE_URL still applies when interview.model.baseURL is
// not set, and settings that only the extension uses are left out.

const CLIENT_ONLY = new Set(['serverPath']);
const PREFIX = 'interview.';

/** The value the user set for one setting, or undefined (VS Code's inspect() result). */
function explicitValue(inspected) {
  if (!inspected) return undefined;
  for (const scope of ['workspaceFolderValue', 'workspaceValue', 'globalValue']) {
    if (inspected[scope] !== undefined) return inspected[scope];
  }
  return undefined;
}

function setPath(target, parts, value) {
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (node[part] === null || typeof node[part] !== 'object' || Array.isArray(node[part])) node[part] = {};
    node = node[part];
  }
  node[parts.at(-1)] = value;
}

/**
 * { debounceMs: 300, model: { enabled: true } } from `configuration`
 * (workspace.getConfiguration('interview')) for the contributed `settingNames`
 * ("interview.model.enabled", ...).
 */
function explicitSettings(configuration, settingNames) {
  const settings = {};
  for (const name of settingNames) {
    if (!name.startsWith(PREFIX)) continue;
    const relative = name.slice(PREFIX.length);
    if (CLIENT_ONLY.has(relative)) continue;
    const value = explicitValue(configuration.inspect(relative));
    if (value !== undefined) setPath(settings, relative.split('.'), value);
  }
  return settings;
}

/** initializationOptions and didChangeConfiguration settings: { interview: {...} }. */
function settingsPayload(configuration, settingNames) {
  return { interview: explicitSettings(configuration, settingNames) };
}

/**
 * The answer to workspace/configuration: one value per item, looked up by its dotted section
 * ("interview", "interview.model"); an item without a section gets the whole payload.
 */
function configurationAnswer(payload, items) {
  return (items || []).map((item) => {
    if (!item?.section) return payload;
    let value = payload;
    for (const part of item.section.split('.')) {
      value = value !== null && typeof value === 'object' ? value[part] : undefined;
    }
    return value === undefined ? null : value;
  });
}

module.exports = { CLIENT_ONLY, explicitSettings, settingsPayload, configurationAnswer };
