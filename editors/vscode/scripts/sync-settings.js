#!/usr/bin/env node
'use strict';
// Rewrites contributes.configuration in package.json from schemas/settings.schema.json.

const fs = require('fs');
const path = require('path');
const { configurationContribution } = require('./settingsContribution');

const manifestPath = path.join(__dirname, '..', 'package.json');
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
manifest.contributes.configuration = configurationContribution();
fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`updated ${Object.keys(manifest.contributes.configuration.properties).length} settings in ${manifestPath}`);
