// Builds dist/ once before the suite, so tests that run `bin/crmpro.js` in parallel workers do not
// each start a TypeScript build of their own. A failed build is reported here and left to the CLI
// tests to fail on, so the rest of the suite still runs.
module.exports = async () => {
  try {
    require('../scripts/build-if-needed.js').buildIfNeeded({ quiet: true });
  } catch (error) {
    process.stderr.write(
      `\nglobal setup: the TypeScript build failed (${error.message}); CLI tests will fail\n`,
    );
  }
};
