import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The map of docs/architecture.md, written out here independently of .dependency-cruiser.cjs: each
 * layer of src/ and the layers it may import. The test builds a throwaway tree with one import for
 * every pair of layers and checks that `depcruise` with the project's config flags exactly the
 * arrows against this map, so loosening the lint config (or the map) fails here.
 */
const MAP: Record<string, readonly string[]> = {
  core: [],
  config: ['core'],
  vocabulary: ['core'],
  reports: ['core'],
  store: ['core', 'config', 'vocabulary'],
  ml: ['core', 'vocabulary', 'reports'],
  skills: ['core', 'vocabulary', 'ml', 'store'],
  dialogs: ['core', 'vocabulary', 'ml', 'skills'],
  bots: ['core', 'vocabulary', 'reports', 'dialogs', 'skills'],
  jobs: ['core', 'config', 'vocabulary', 'reports', 'skills', 'bots'],
  http: ['core', 'config', 'bots'],
  cli: ['core', 'config', 'vocabulary', 'reports', 'store', 'ml', 'skills', 'dialogs', 'bots', 'jobs'],
};
const LAYERS = Object.keys(MAP);
const root = path.join(__dirname, '..', '..');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** Runs the project's dependency-cruiser config over a tree of files; returns the violations. */
function cruise(files: Record<string, string>): Violation[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'crmpro-depmap-'));
  try {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true } }),
    );
    const run = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs'),
        'src',
        '--config',
        path.join(root, '.dependency-cruiser.cjs'),
        '--output-type',
        'json',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    if (!run.stdout) throw new Error(`depcruise printed nothing: ${run.stderr}`);
    return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the dependency map (docs/architecture.md), enforced by npm run lint', () => {
  it('flags exactly the imports against the map, for every pair of layers', () => {
    const files: Record<string, string> = {};
    for (const layer of LAYERS) files[`src/${layer}/target.ts`] = `export const ${layer}Target = 1;\n`;
    for (const from of LAYERS)
      for (const to of LAYERS.filter((other) => other !== from))
        files[`src/${from}/uses-${to}.ts`] =
          `import { ${to}Target } from '../${to}/target';\nexport const used = ${to}Target;\n`;
    const flagged = new Set(
      cruise(files)
        .filter((v) => v.rule.name !== 'no-circular')
        .map((v) => `${v.from.split('/')[1]} -> ${v.to.split('/')[1]}`),
    );
    const expected = new Set(
      LAYERS.flatMap((from) =>
        LAYERS.filter((to) => to !== from && !MAP[from]!.includes(to)).map((to) => `${from} -> ${to}`),
      ),
    );
    expect([...flagged].sort()).toEqual([...expected].sort());
  });

  it("flags a skill importing another skill's files, and a dialog using the skills' shared lookups", () => {
    const violations = cruise({
      'src/skills/shared/lookup.ts': 'export const lookup = 1;\n',
      'src/skills/beta/index.ts': 'export const beta = 1;\n',
      'src/skills/alpha/index.ts':
        "import { beta } from '../beta';\nimport { lookup } from '../shared/lookup';\nexport const alpha = beta + lookup;\n",
      'src/dialogs/handler.ts':
        "import { lookup } from '../skills/shared/lookup';\nimport { alpha } from '../skills/alpha';\nexport const handled = lookup + alpha;\n",
    });
    expect(violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort()).toEqual([
      'dialogs-call-skills-not-their-lookups: src/dialogs/handler.ts -> src/skills/shared/lookup.ts',
      'skills-share-only-through-shared: src/skills/alpha/index.ts -> src/skills/beta/index.ts',
    ]);
  });

  it('flags a skill that renders (a chart or CSV library) and mongoose outside the store', () => {
    const violations = cruise({
      'src/skills/export/index.ts':
        "import { stringify } from 'csv-stringify/sync';\nexport const csv = stringify;\n",
      'src/ml/model.ts': "import mongoose from 'mongoose';\nexport const m = mongoose;\n",
      'src/store/model.ts': "import mongoose from 'mongoose';\nexport const m = mongoose;\n",
    });
    expect(violations.map((v) => `${v.rule.name}: ${v.from}`).sort()).toEqual([
      'only-the-store-speaks-mongoose: src/ml/model.ts',
      'skills-do-not-render: src/skills/export/index.ts',
    ]);
  });

  it('passes on the project itself', () => {
    const run = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs'),
        'src',
        '--config',
        '.dependency-cruiser.cjs',
        '--output-type',
        'err',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.stdout + run.stderr).toMatch(/no dependency violations found/);
    expect(run.status).toBe(0);
  });
});
