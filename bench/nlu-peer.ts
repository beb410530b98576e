/**
 * Runs the scikit-learn peer of the intent bench (bench/peers/nlu_sklearn_svm.py) on CSV files, and
 * times whole processes; shared by bench/nlu-intents.ts and bench/nlu-tune.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { stringify } from 'csv-stringify/sync';
import type { LabelledUtterance } from '../src/ml/nlu/intent-training';
import { ROOT } from './nlu-dev-protocol';

const PEER = path.join(ROOT, 'bench', 'peers', 'nlu_sklearn_svm.py');
/** Debian's Python, which has python3-sklearn. */
export const PYTHON = '/usr/bin/python3';

/** Writes labelled rows as a text,label CSV. */
export function writeCsv(file: string, rows: readonly LabelledUtterance[]): void {
  writeFileSync(
    file,
    stringify(
      rows.map((r) => [r.text, r.label]),
      { header: true, columns: ['text', 'label'] },
    ),
  );
}

/** Wall and CPU seconds of a whole child process (GNU time), and its output. */
export function timedProcess(command: string, args: string[]): { wall: number; cpu: number; stdout: string } {
  const timing = path.join(mkdtempSync(path.join(tmpdir(), 'nlu-time-')), 'time.txt');
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S', '-o', timing, command, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  if (result.status !== 0)
    throw new Error(`${path.basename(command)} ${args.join(' ')} failed: ${result.stderr.slice(-2000)}`);
  const [wall, user, system] = readFileSync(timing, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  rmSync(path.dirname(timing), { recursive: true, force: true });
  return { wall: wall!, cpu: user! + system!, stdout: result.stdout };
}

/** One peer fit: train on one CSV, label another. */
export interface PeerJob {
  name: string;
  train: string;
  test: string;
}
/** The peer's labels and decision values for one job's test rows. */
export interface PeerOutput {
  name: string;
  labels: string[];
  bestInScope: number[];
  oosMargin: number[] | null;
  trainSeconds: number;
}

/** Runs peer jobs in one Python process, timed as a whole. */
export function runPeer(
  jobs: PeerJob[],
  dir: string,
): { outputs: Map<string, PeerOutput>; wall: number; cpu: number } {
  const file = path.join(dir, `peer-jobs-${jobs[0]!.name}.json`);
  writeFileSync(file, JSON.stringify(jobs));
  const run = timedProcess(PYTHON, [PEER, file]);
  const outputs = new Map<string, PeerOutput>();
  for (const line of run.stdout.trim().split('\n')) {
    const output = JSON.parse(line) as PeerOutput;
    outputs.set(output.name, output);
  }
  return { outputs, wall: run.wall, cpu: run.cpu };
}
