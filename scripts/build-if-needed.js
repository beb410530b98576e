#!/usr/bin/env node
'use strict';
// Compiles the TypeScript sources when dist/ is missing or older than any source file, so that
// `npm start`, `npm run seed` and `npx crmpro` work straight from a fresh checkout.
//
// Every `crmpro` command runs this first, so it must cost little. An installed copy without src/
// (a package or image that ships the build) has nothing to compile: one stat and done. In a checkout
// every source file is stat-ed (about 800 calls, a few milliseconds): a cheaper test (directory
// mtimes, or a cached newest mtime) misses a file edited in place, and a stale build would then run
// code the user no longer has.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const stamp = path.join(root, 'dist', '.build-stamp');

/** The newest mtime of the .ts and .json files under `dir` (0 when it does not exist). */
function newestMtime(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOENT') return 0;
    throw error;
  }
  let newest = 0;
  for (const entry of entries) {
    const full = `${dir}/${entry.name}`;
    // bench/results holds figures a bench run writes, not sources: they must not force a rebuild.
    if (entry.isDirectory()) {
      if (entry.name !== 'results') newest = Math.max(newest, newestMtime(full));
    } else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json')) {
      newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  }
  return newest;
}

function buildIfNeeded({ quiet = false } = {}) {
  if (!fs.existsSync(path.join(root, 'src'))) return;
  const built = fs.statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = Math.max(
    newestMtime(path.join(root, 'src')),
    newestMtime(path.join(root, 'bench')),
    fs.statSync(path.join(root, 'tsconfig.json')).mtimeMs,
    fs.statSync(path.join(root, 'tsconfig.build.json')).mtimeMs,
  );
  if (built >= sources) return;
  if (!quiet) process.stderr.write('Building CRMPro (TypeScript)...\n');
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  require('node:child_process').execFileSync(
    process.execPath,
    [tsc, '-p', path.join(root, 'tsconfig.build.json')],
    { cwd: root, stdio: 'inherit' },
  );
  fs.writeFileSync(stamp, new Date().toISOString());
}

module.exports = { buildIfNeeded };
if (require.main === module) buildIfNeeded();
