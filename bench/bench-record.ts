import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';

/** The repository root, from the sources (bench/) or the build (dist/bench/). */
const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

/** Where a figure came from: the commit (and whether the tree had changes), the machine, the command. */
export interface BenchProvenance {
  at: string;
  commit: string;
  /** True when the working tree differed from the commit: the figure is then not reproducible from it. */
  uncommittedChanges: boolean;
  command: string;
  node: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; platform: string };
  /** The 1-minute load average when the record was written: above the CPU count, figures ran on a busy machine. */
  loadAverage: number;
}

/** How this process was started: `npm run bench -- …` for bench/run.ts, else `npx tsx <script> …`. */
function commandLine(): string {
  const script = process.argv[1] ?? '';
  const args = process.argv.slice(2);
  if (/bench[\\/]run\.[jt]s$/.test(script)) return ['npm run bench --', ...args].join(' ');
  const relative = path
    .relative(ROOT, script)
    .replace(/^dist[\\/]/, '')
    .replace(/\.js$/, '.ts');
  return ['npx tsx', relative, ...args].join(' ');
}

/** The provenance of a result produced now, by this process. */
export function benchProvenance(): BenchProvenance {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return '';
    }
  };
  return {
    at: new Date().toISOString(),
    commit: git('rev-parse', 'HEAD') || 'unknown',
    uncommittedChanges:
      git(
        'status',
        '--porcelain',
        '--untracked-files=no',
        '--',
        'src',
        'bench',
        'models',
        ':!bench/results',
      ) !== '',
    command: commandLine(),
    node: process.version,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()}`,
    },
    loadAverage: Math.round(os.loadavg()[0]! * 10) / 10,
  };
}

/**
 * Writes bench/results/<fileName>: the result under `result`, beside where it came from (date,
 * commit, machine, command) and how long it took, formatted as prettier formats the repository's
 * JSON (so `npm run lint` stays clean after a bench run).
 */
export async function writeBenchRecord(
  fileName: string,
  bench: string,
  result: unknown,
  seconds: number,
): Promise<string> {
  const out = path.join(ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  const file = path.join(out, fileName);
  const record = { bench, ...benchProvenance(), seconds, result };
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(JSON.stringify(record), { ...options, filepath: file }));
  return file;
}
