import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * `crmpro scoring train` runs the members of its bag on worker threads, but only from the compiled
 * build (the worker script is the .js file): under jest the members run in turn. This test runs the
 * compiled module in a child process, on more rows than the small-data path takes, and checks that
 * two threads give exactly the members one thread gives (each member is deterministic).
 */
describe('bagged boosting on worker threads (compiled build)', () => {
  it('returns the same members, in job order, as running them in turn', () => {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-if-needed.js')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(build.status).toBe(0);
    const script = `
      const threads = require('node:worker_threads');
      let workersStarted = 0;
      const RealWorker = threads.Worker;
      threads.Worker = class extends RealWorker {
        constructor(...args) {
          super(...args);
          workersStarted++;
        }
      };
      const scoring = (file) => require(${JSON.stringify(path.join(ROOT, 'dist', 'src', 'ml', 'scoring'))} + '/' + file);
      const { binCountOf, binTable, learnBinnings } = scoring('feature-binning.js');
      const { featureTableOf, inferColumnSpecs, targetLabelsOf } = scoring('feature-table.js');
      const { DEFAULT_BOOSTING_PARAMS } = scoring('gradient-boosting.js');
      const { featureLayoutOf } = scoring('tree-grower.js');
      const { trainBoostedTreesMany } = scoring('parallel-boosting.js');
      let state = 12345;
      const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
      const rows = [];
      for (let i = 0; i < 6000; i++) {
        const signal = random();
        const industry = ['retail', 'energy', 'software'][Math.floor(random() * 3)];
        const won = random() < 1 / (1 + Math.exp(-(8 * (signal - 0.5) + (industry === 'retail' ? 1.5 : 0))));
        rows.push([signal.toFixed(4), (random() * 100).toFixed(2), industry, won ? 'won' : 'lost']);
      }
      const data = { file: 'planted.csv', delimiter: ',', header: ['signal', 'noise', 'industry', 'outcome'], rows };
      const labels = targetLabelsOf(data, 'outcome');
      const table = featureTableOf(data, inferColumnSpecs(data, ['outcome']));
      const binnings = learnBinnings(table);
      const binned = binTable(table, binnings);
      const layout = featureLayoutOf(binnings.map(binCountOf), binnings.map((b) => b.kind === 'categorical'));
      const jobs = [0, 1, 2, 3, 4].map((k) => {
        const rowsOf = (held) => Uint32Array.from(rows.flatMap((_, i) => ((i % 5 === k) === held ? [i] : [])));
        return { trainRows: rowsOf(false), validRows: rowsOf(true), params: { ...DEFAULT_BOOSTING_PARAMS, seed: 7 + k } };
      });
      const summary = (runs) => runs.map((run) => ({ best: run.bestIteration, scores: Array.from(run.validationScores.slice(0, 50)) }));
      const inTurn = summary(trainBoostedTreesMany(binned, layout, labels, jobs, 1));
      const threaded = summary(trainBoostedTreesMany(binned, layout, labels, jobs, 2));
      const startedBefore = workersStarted;
      const byDefault = summary(trainBoostedTreesMany(binned, layout, labels, jobs));
      process.stdout.write(JSON.stringify({ inTurn, threaded, workersStarted: startedBefore, defaultWorkers: workersStarted - startedBefore, byDefault }));
    `;
    const run = spawnSync(process.execPath, ['-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { inTurn, threaded, workersStarted, defaultWorkers, byDefault } = JSON.parse(run.stdout) as {
      workersStarted: number;
      defaultWorkers: number;
      byDefault: { best: number; scores: number[] }[];
      inTurn: { best: number; scores: number[] }[];
      threaded: { best: number; scores: number[] }[];
    };
    expect(inTurn).toHaveLength(5);
    expect(inTurn.every((member) => member.best > 0)).toBe(true);
    // Different seeds and folds give different members: a mix-up of job order would show.
    expect(new Set(inTurn.map((member) => member.scores[0])).size).toBeGreaterThan(1);
    expect(workersStarted).toBe(1); // two threads: this one and one worker
    expect(threaded).toEqual(inTurn);
    // 6,000 rows are below PARALLEL_MIN_ROWS: by default the bag trains on this thread alone.
    expect(defaultWorkers).toBe(0);
    expect(byDefault).toEqual(inTurn);
  }, 300_000);
});
