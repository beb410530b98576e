#!/usr/bin/env bash
# Installs what the tests need (Node.js 24, redis-server, npm packages) and runs the whole jest
# suite. Ends with one plain line "N passed, N failed" and jest's exit code. Extra arguments go
# to jest (e.g. `bash scripts/test.sh tests/store`).
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh || exit 1
set +e
mkdir -p reports
rm -f reports/jest-results.json
npx jest --json --outputFile=reports/jest-results.json "$@"
status=$?
node -e '
  const fs = require("node:fs");
  const file = "reports/jest-results.json";
  if (!fs.existsSync(file)) { console.log("0 passed, 1 failed"); process.exit(0); }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  const failedSuites = r.numRuntimeErrorTestSuites || 0;
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests + failedSuites} failed`);
'
exit $status
