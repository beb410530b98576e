#!/usr/bin/env node
'use strict';
// Compiles the TypeScript sources when dist/ is missing or older than any source file, so that
// `npm start`, `npm run seed` and `npx crmpro` work straight from a fresh checkout.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const stamp = path.join(root, 'dist', '.build-stamp');

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // bench/results holds figures a bench run writes, not sources: they must not force a rebuild.
    if (entry.isDirectory()) newest = entry.name === 'results' ? newest : Math.max(newest, newestMtime(full));
    else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json'))
      newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildIfNeeded({ quiet = false } = {}) {
  const sources = Math.max(
    newestMtime(path.join(root, 'src')),
    newestMtime(path.join(root, 'bench')),
    fs.statSync(path.join(root, 'tsconfig.json')).mtimeMs,
    fs.statSync(path.join(root, 'tsconfig.build.json')).mtimeMs,
  );
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  if (built >= sources) return;
  if (!quiet) process.stderr.write('Building CRMPro (TypeScript)...\n');
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
    cwd: root,
    stdio: 'inherit',
  });
  fs.writeFileSync(stamp, new Date().toISOString());
}

module.exports = { buildIfNeeded };
if (require.main === module) buildIfNeeded();
