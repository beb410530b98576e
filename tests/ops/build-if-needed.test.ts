import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCRIPT = path.join(__dirname, '..', '..', 'scripts', 'build-if-needed.js');

/**
 * A checkout in a temporary directory: the script, sources, tsconfigs, a stamp, and a stand-in
 * compiler that records each run in `compiled` (so a test sees whether a build started).
 */
function checkout(options: { withSources: boolean }) {
  const root = mkdtempSync(path.join(tmpdir(), 'crmpro-build-check-'));
  const file = (relative: string, text = '') => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
    return path.join(root, relative);
  };
  mkdirSync(path.join(root, 'scripts'));
  copyFileSync(SCRIPT, path.join(root, 'scripts', 'build-if-needed.js'));
  file(
    'node_modules/typescript/bin/tsc',
    `require('fs').appendFileSync(${JSON.stringify(path.join(root, 'compiled'))}, 'x');`,
  );
  const sources = options.withSources
    ? [
        file('src/cli.ts'),
        file('src/ml/deep/model.ts'),
        file('bench/run.ts'),
        file('tsconfig.json'),
        file('tsconfig.build.json'),
      ]
    : [];
  const stamp = file('dist/.build-stamp', 'then');
  const past = new Date(Date.now() - 3_600_000);
  for (const each of [...sources, stamp]) utimesSync(each, past, past);
  const later = new Date(past.getTime() + 60_000);
  utimesSync(stamp, later, later);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildIfNeeded } = require(path.join(root, 'scripts', 'build-if-needed.js')) as {
    buildIfNeeded: (options?: { quiet?: boolean }) => void;
  };
  return {
    root,
    build: () => buildIfNeeded({ quiet: true }),
    compiled: () => existsSync(path.join(root, 'compiled')),
    touch: (relative: string) => {
      const now = new Date();
      if (!existsSync(path.join(root, relative))) file(relative);
      utimesSync(path.join(root, relative), now, now);
    },
  };
}

describe('scripts/build-if-needed.js', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const make = (withSources: boolean) => {
    const made1 = checkout({ withSources });
    made.push(made1.root);
    return made1;
  };

  it('builds nothing when the stamp is newer than every source', () => {
    const repo = make(true);
    repo.build();
    expect(repo.compiled()).toBe(false);
  });

  it('builds when a source file deep under src/ was edited in place (its directory unchanged)', () => {
    const repo = make(true);
    repo.touch('src/ml/deep/model.ts');
    repo.build();
    expect(repo.compiled()).toBe(true);
  });

  it('ignores files a bench writes under bench/results', () => {
    const repo = make(true);
    repo.touch('bench/results/scoring.json');
    repo.build();
    expect(repo.compiled()).toBe(false);
  });

  it('checks nothing in an installed copy without src/, however old its build', () => {
    const repo = make(false);
    repo.build();
    expect(repo.compiled()).toBe(false);
  });
});
