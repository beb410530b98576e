#!/usr/bin/env node
'use strict';
// The `crmpro` command: checks the Node.js version, builds the TypeScript if the sources are newer
// than the build, then runs the compiled CLI.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(
    `crmpro needs Node.js 22 or newer (this is ${process.version}). Run \`. scripts/node24.sh\` in the checkout first.\n`,
  );
  process.exit(1);
}
require('../scripts/build-if-needed.js').buildIfNeeded({ quiet: true });
require('../dist/src/cli.js');
