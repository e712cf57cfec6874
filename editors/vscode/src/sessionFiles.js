'use strict';
// Which files are interview session documents (README.md file-name rules), as VS Code globs for
// the language client's document selector and file watcher. The server decides each file's
// final kind (front matter and interview.documentGlobs can override the name).

const NAME_WORDS = [
  'jd', 'job', 'description', 'posting', 'vacancy', 'role',
  'cv', 'resume', 'résumé',
  'transcript', 'interview',
  'notes',
];

const TEXT_EXTENSIONS = ['md', 'markdown', 'txt', 'text'];
const TRANSCRIPT_EXTENSIONS = ['vtt', 'srt'];

// VS Code globs match letter case exactly; file names come as "JD.md", "Resume.md" or "cv.md".
function spellings(word) {
  const capitalized = word.charAt(0).toUpperCase() + word.slice(1);
  return [...new Set([word, capitalized, word.toUpperCase()])];
}

/** Glob patterns (relative to any folder) of the files whose names mark them as session documents. */
function sessionFilePatterns() {
  const words = NAME_WORDS.flatMap(spellings);
  return [
    `**/*{${words.join(',')}}*.{${TEXT_EXTENSIONS.join(',')}}`,
    `**/*.{${TRANSCRIPT_EXTENSIONS.join(',')}}`,
  ];
}

/** Patterns from the user's interview.documentGlobs ({ kind: [glob, ...] }), made workspace-wide. */
function userPatterns(documentGlobs) {
  if (!documentGlobs || typeof documentGlobs !== 'object') return [];
  const patterns = [];
  for (const globs of Object.values(documentGlobs)) {
    if (!Array.isArray(globs)) continue;
    for (const glob of globs) {
      if (typeof glob !== 'string' || glob === '') continue;
      patterns.push(glob.startsWith('**/') || glob.startsWith('/') ? glob : `**/${glob}`);
    }
  }
  return patterns;
}

/** Every document in a folder that has a .interview/ marker belongs to that folder's session. */
function markerFolderPatterns(folders) {
  const extensions = [...TEXT_EXTENSIONS, ...TRANSCRIPT_EXTENSIONS].join(',');
  return folders.map((folder) => `${folder.replace(/\/+$/, '')}/*.{${extensions}}`);
}

/** The language client's document selector: local files matching any of the patterns. */
function buildDocumentSelector({ documentGlobs, markerFolders = [] } = {}) {
  const patterns = [...sessionFilePatterns(), ...userPatterns(documentGlobs), ...markerFolderPatterns(markerFolders)];
  return [...new Set(patterns)].map((pattern) => ({ scheme: 'file', pattern }));
}

/** One glob for the file watcher: every file that could be a session document. */
function watcherGlob() {
  return `**/*.{${[...TEXT_EXTENSIONS, ...TRANSCRIPT_EXTENSIONS].join(',')}}`;
}

module.exports = { NAME_WORDS, sessionFilePatterns, userPatterns, markerFolderPatterns, buildDocumentSelector, watcherGlob };
