/**
 * The fixed development protocol for the intent learner on BANKING77. Only the official training
 * file is here (the official test split is not), so every choice is made on parts of it:
 *
 * - dev-test: 40 rows of every intent, or half its rows for the four intents with fewer than 80
 *   (3,016 rows: about the size and balance of the official test split's 3,080), drawn once with
 *   {@link DEV_SEED}. Nothing is tuned on it; the bench reports on it.
 * - dev-train: the other 6,987 rows. Tuning (bench/nlu-tune.ts) sees only these, through stratified
 *   folds of dev-train ({@link tuningFolds}).
 * - out-of-scope roles ({@link oosRoles}): intents held out entirely as unseen out-of-scope, and
 *   "donor" intents whose rows stand in for a CLINC150-style `oos` training class (about 100 rows)
 *   and for `oos` test rows of the same kind. Tuning and reporting draw their roles with different
 *   seeds, so the reported roles were never tuned on either.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { SeededRandom } from '../src/core/seeded-random';
import { stratifiedFolds } from '../src/ml/nlu/cross-validation';
import type { LabelledUtterance } from '../src/ml/nlu/intent-training';
import { OUT_OF_SCOPE } from '../src/ml/nlu/oos-threshold';

/** Seed of the dev-train / dev-test split. Never change it after tuning: dev-test would leak. */
export const DEV_SEED = 20_260_517;
/** Rows per intent in dev-test (the official test split has 40 per intent). */
export const DEV_TEST_PER_INTENT = 40;
/** Seeds of the out-of-scope intent roles: one for tuning (dev-train), one for the report (dev-test). */
export const TUNING_ROLE_SEED = 11;
export const REPORT_ROLE_SEED = 23;

/** The checkout's root, whether this runs from bench/ (tsx) or dist/bench/ (compiled). */
export const ROOT =
  path.basename(path.dirname(__dirname)) === 'dist'
    ? path.resolve(__dirname, '..', '..')
    : path.resolve(__dirname, '..');

/** BANKING77's official training file (10,003 rows). */
export function banking77File(): string {
  for (const file of [
    path.resolve(ROOT, '..', 'shared', 'datasets', 'banking77', 'train.csv'),
    '/work/shared/datasets/banking77/train.csv',
  ])
    if (existsSync(file)) return file;
  throw new Error('BANKING77 train.csv not found (see /work/shared/datasets/README.md)');
}

/** The rows of BANKING77's training file as labelled utterances, in file order. */
export function readBanking77(file = banking77File()): LabelledUtterance[] {
  const rows = parse(readFileSync(file), { columns: true }) as { text: string; category: string }[];
  return rows.map((r) => ({ text: r.text, label: r.category }));
}

/** Row indices of dev-train and dev-test (both in file order). */
export interface DevSplit {
  readonly devTrain: number[];
  readonly devTest: number[];
}

/**
 * The fixed split: {@link DEV_TEST_PER_INTENT} rows of each intent (at most half of its rows) to
 * dev-test, the rest to dev-train.
 */
export function devSplit(labels: readonly string[]): DevSplit {
  const random = new SeededRandom(DEV_SEED);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, i) => byLabel.set(label, [...(byLabel.get(label) ?? []), i]));
  const test = new Set<number>();
  for (const label of [...byLabel.keys()].sort())
    for (const i of random
      .shuffle(byLabel.get(label)!)
      .slice(0, Math.min(DEV_TEST_PER_INTENT, Math.floor(byLabel.get(label)!.length / 2))))
      test.add(i);
  const all = labels.map((_, i) => i);
  return { devTrain: all.filter((i) => !test.has(i)), devTest: all.filter((i) => test.has(i)) };
}

/** Stratified folds of the dev-train rows, for tuning (fold per position in `devTrain`). */
export function tuningFolds(
  labels: readonly string[],
  devTrain: readonly number[],
  folds: number,
): Int32Array {
  return stratifiedFolds(
    devTrain.map((i) => labels[i]!),
    folds,
    DEV_SEED + 1,
  );
}

/** Which intents play which part in an out-of-scope experiment. */
export interface OosRoles {
  /** Never trained on; their test rows are labelled `oos` (unseen out-of-scope). */
  readonly unseen: ReadonlySet<string>;
  /** Their rows become the `oos` training class (when the case has one) and `oos` test rows. */
  readonly donors: ReadonlySet<string>;
}

/** 10 unseen and 10 donor intents, drawn with `seed` from the sorted intent names. */
export function oosRoles(intents: readonly string[], seed: number): OosRoles {
  const shuffled = new SeededRandom(seed).shuffle([...intents].sort());
  return { unseen: new Set(shuffled.slice(0, 10)), donors: new Set(shuffled.slice(10, 20)) };
}

/** The two out-of-scope cases: with `oos` training rows (CLINC150-style) and without. */
export type OosCase = 'with-oos-rows' | 'without-oos-rows';

/** Training rows and labelled test rows of one out-of-scope experiment. */
export interface OosExperiment {
  readonly train: LabelledUtterance[];
  readonly test: LabelledUtterance[];
  /** Per test row: 'in-scope', 'unseen' (intent never trained) or 'donor' (like the oos training rows). */
  readonly kind: ('in-scope' | 'unseen' | 'donor')[];
}

/** Donor rows put into training as `oos`: 10 from each of the 10 donor intents, about CLINC150's 100. */
export const OOS_ROWS_PER_DONOR = 10;

/**
 * Builds an out-of-scope experiment from a training part and a test part of the data (row indices).
 * In-scope intents are trained and tested as usual; unseen intents appear in the test only (as
 * `oos`); donor intents give {@link OOS_ROWS_PER_DONOR} rows each to training as `oos` (with
 * `with-oos-rows`; none without) and all their test rows as `oos`.
 */
export function oosExperiment(
  rows: readonly LabelledUtterance[],
  trainPart: readonly number[],
  testPart: readonly number[],
  roles: OosRoles,
  oosCase: OosCase,
  seed: number,
): OosExperiment {
  const inScope = (label: string) => !roles.unseen.has(label) && !roles.donors.has(label);
  const train = trainPart.filter((i) => inScope(rows[i]!.label)).map((i) => rows[i]!);
  if (oosCase === 'with-oos-rows') {
    const random = new SeededRandom(seed);
    for (const donor of [...roles.donors].sort()) {
      const donorRows = random.shuffle(trainPart.filter((i) => rows[i]!.label === donor));
      for (const i of donorRows.slice(0, OOS_ROWS_PER_DONOR))
        train.push({ text: rows[i]!.text, label: OUT_OF_SCOPE });
    }
  }
  const test: LabelledUtterance[] = [];
  const kind: OosExperiment['kind'] = [];
  for (const i of testPart) {
    const label = rows[i]!.label;
    const role = roles.unseen.has(label) ? 'unseen' : roles.donors.has(label) ? 'donor' : 'in-scope';
    test.push({ text: rows[i]!.text, label: role === 'in-scope' ? label : OUT_OF_SCOPE });
    kind.push(role);
  }
  return { train, test, kind };
}
