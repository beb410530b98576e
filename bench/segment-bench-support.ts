import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { writeBenchRecord } from './bench-record';

/** The repository root, from the sources or the build (dist/). */
export const BENCH_ROOT = path.resolve(__dirname, '..').replace(/[\\/]dist$/, '');
/** The UCI Online Retail file beside the checkout. */
export const ONLINE_RETAIL = path.resolve(
  BENCH_ROOT,
  '..',
  'shared',
  'datasets',
  'online-retail',
  'online-retail.csv.gz',
);
/** The evaluation cut of the reference figures. */
export const RETAIL_CUT = '2011-09-01';
const PYTHON = '/usr/bin/python3';

/** Runs a peer script under bench/peers with the system Python and returns its last JSON line. */
export function runPythonPeer(script: string, args: string[]): Record<string, unknown> {
  const result = spawnSync(PYTHON, [path.join(BENCH_ROOT, 'bench', 'peers', script), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr || result.error?.message}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
}

/** Writes a tuning summary under bench/results/<name> (with its provenance, prettier-formatted). */
export function writeBenchResult(name: string, summary: unknown): void {
  void writeBenchRecord(name, name.replace(/\.json$/, ''), summary, process.uptime());
}

/** Runs `measure(size)` in a fresh Node process per size (so max RSS is that size's own) and returns the parsed figures. */
export function inChildProcess<T>(file: string, size: number): T {
  const child = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', ...process.execArgv, file, '--child', String(size)],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (child.status !== 0) throw new Error(`bench child at ${size} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as T;
}

/** Peak resident memory of this process so far, in MB. */
export function maxRssMegabytes(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Entry point shared by the benches: child mode measures one size, otherwise the whole bench runs. */
export function benchMain(
  module: NodeModule,
  measure: (size: number) => unknown,
  run: () => Promise<unknown>,
): void {
  if (require.main !== module) return;
  const child = process.argv.indexOf('--child');
  const work = child >= 0 ? Promise.resolve(measure(Number(process.argv[child + 1]))) : run();
  work.then(
    (result) => process.stdout.write(`${JSON.stringify(result, null, child >= 0 ? 0 : 2)}\n`),
    (error) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 1;
    },
  );
}
