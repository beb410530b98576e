/**
 * Synthetic out-of-scope training rows made from the training text, on BANKING77 **dev-train**
 * tuning folds with the tuning roles (bench/nlu-dev-protocol.ts; dev-test and the report roles are
 * never read here), in both cases (with and without `oos` rows).
 *
 * A synthetic row joins the first half of one training message with the second half of a message
 * of another intent ("I want to top up my card | is my exchange rate wrong"), labelled `oos`: banking
 * words that fit no single intent, standing in for the unseen banking intents no `oos` row shows.
 * Each fold fits the learners with 0, 100 and 300 such rows added, scores its own rows with the
 * shipped out-of-scope score (best intent's probability minus 2x the `oos` class's; the `oos`
 * class winning rejects at every threshold) and reads the whole curve.
 *
 * Synthetic rows move the model along the trade-off (the `oos` class wins more often, catching more
 * and losing in-scope messages before any threshold), so rows are compared at the same in-scope
 * accuracy, not the same share rejected: the most recall reachable by some threshold while in-scope
 * accuracy stays within 0.25, 0.5 or 1 point of the fold's accuracy without synthetic rows and without
 * a threshold (the goal is in-scope accuracy at the peer's, which sits about there).
 *
 * The peer (bench/peers/nlu_sklearn_svm.py, argmax with its `oos` class) runs on the same rows, and
 * the most recall reachable at its in-scope accuracy is the goal read on the folds.
 *
 * Rule: synthetic rows are adopted only if their mean recall at the peer's in-scope accuracy and
 * at 0.25 and 0.5 point of in-scope accuracy given up all beat no synthetic rows by more than twice
 * the standard error of the paired fold difference.
 *
 * Part `oos-synthetic` of bench/nlu-tune.ts (record `oosSynthetic` in bench/results/nlu-tuning.json).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SeededRandom } from '../src/core/seeded-random';
import {
  DEFAULT_TRAINING_SETTINGS,
  fitIntentLearners,
  type LabelledUtterance,
} from '../src/ml/nlu/intent-training';
import { OUT_OF_SCOPE } from '../src/ml/nlu/oos-threshold';
import {
  devSplit,
  oosExperiment,
  oosRoles,
  readBanking77,
  tuningFolds,
  TUNING_ROLE_SEED,
  type OosCase,
  type OosExperiment,
} from './nlu-dev-protocol';
import { runPeer, writeCsv } from './nlu-peer';

/** Synthetic rows added per variant (0: the shipped training). */
const SYNTHETIC_ROWS = [0, 100, 300];
/** In-scope losses at which the curve is read (share of in-scope messages rejected by the threshold). */
const LOSSES = [0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1];
/** In-scope accuracy given up (points of share) at which recall is compared. */
const ACCURACY_DROPS = [0.0025, 0.005, 0.01];
/** Drops the adoption rule looks at. */
const RULE_DROPS = [0.0025, 0.005];

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** `count` rows, each the first half of one in-scope message and the second half of another intent's, labelled `oos`. */
export function synthesiseOosRows(
  train: readonly LabelledUtterance[],
  count: number,
  seed: number,
): LabelledUtterance[] {
  const inScope = train.filter((u) => u.label !== OUT_OF_SCOPE);
  const random = new SeededRandom(seed);
  const pick = () => inScope[Math.floor(random.next() * inScope.length)]!;
  const rows: LabelledUtterance[] = [];
  while (rows.length < count) {
    const [a, b] = [pick(), pick()];
    if (a.label === b.label) continue;
    const [wordsA, wordsB] = [a.text.split(/\s+/), b.text.split(/\s+/)];
    const text = [
      ...wordsA.slice(0, Math.ceil(wordsA.length / 2)),
      ...wordsB.slice(Math.floor(wordsB.length / 2)),
    ].join(' ');
    rows.push({ text, label: OUT_OF_SCOPE });
  }
  return rows;
}

interface Scored {
  readonly kind: 'in-scope' | 'unseen' | 'donor';
  readonly correct: boolean;
  readonly score: number;
}

/** The fold's training and scored rows with the tuning roles. */
function foldExperiment(fold: number, oosCase: OosCase): OosExperiment {
  const rows = readBanking77();
  const labels = rows.map((r) => r.label);
  const { devTrain } = devSplit(labels);
  const folds = tuningFolds(labels, devTrain, 5);
  return oosExperiment(
    rows,
    devTrain.filter((_, k) => folds[k] !== fold),
    devTrain.filter((_, k) => folds[k] === fold),
    oosRoles([...new Set(labels)].sort(), TUNING_ROLE_SEED),
    oosCase,
    fold,
  );
}

/** Fits the fold's training rows with `synthetic` rows added and scores the fold's rows. */
function foldScores(experiment: OosExperiment, fold: number, synthetic: number): Scored[] {
  const train = [...experiment.train, ...synthesiseOosRows(experiment.train, synthetic, 1000 + fold)];
  const model = fitIntentLearners(train, DEFAULT_TRAINING_SETTINGS);
  return experiment.test.map((u, i) => {
    const p = model.probabilities(u.text);
    const decision = model.decide(p, 1);
    return {
      kind: experiment.kind[i]!,
      correct: decision.ranked[0]?.intent === u.label,
      score: model.outOfScopeScore(p),
    };
  });
}

/** The peer (bench/peers/nlu_sklearn_svm.py, argmax with its `oos` class) on the same rows. */
function peerScores(experiment: OosExperiment, name: string): Scored[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nlu-oos-synthetic-'));
  const job = { name, train: path.join(dir, 'train.csv'), test: path.join(dir, 'test.csv') };
  writeCsv(job.train, experiment.train);
  writeCsv(job.test, experiment.test);
  const labels = runPeer([job], dir).outputs.get(name)!.labels;
  rmSync(dir, { recursive: true, force: true });
  return experiment.test.map((u, i) => ({
    kind: experiment.kind[i]!,
    correct: labels[i] === u.label,
    score: labels[i] === OUT_OF_SCOPE ? -Infinity : 0,
  }));
}

interface Point {
  readonly inScopeAccuracy: number;
  readonly falseOosRate: number;
  readonly oosRecall: number;
  readonly unseenRecall: number;
  readonly donorRecall: number;
}

/** What a threshold does: rejected when the score is below it (or the `oos` class won). */
function pointAt(rows: readonly Scored[], threshold: number): Point {
  const rejected = (s: Scored) => s.score === -Infinity || s.score < threshold;
  const of = (kinds: readonly string[]) => rows.filter((s) => kinds.includes(s.kind));
  const share = (part: readonly Scored[], whole: readonly Scored[]) =>
    whole.length === 0 ? 0 : part.length / whole.length;
  const inScope = of(['in-scope']);
  const recall = (kinds: readonly string[]) => share(of(kinds).filter(rejected), of(kinds));
  return {
    inScopeAccuracy: share(
      inScope.filter((s) => !rejected(s) && s.correct),
      inScope,
    ),
    falseOosRate: share(inScope.filter(rejected), inScope),
    oosRecall: recall(['unseen', 'donor']),
    unseenRecall: recall(['unseen']),
    donorRecall: recall(['donor']),
  };
}

/** Every threshold where the curve changes, lowest first. */
function sweep(rows: readonly Scored[]): Point[] {
  const finite = [...new Set(rows.map((s) => s.score).filter((s) => Number.isFinite(s)))].sort(
    (a, b) => a - b,
  );
  return [-Infinity, ...finite.map((s) => s + 1e-9)].map((t) => pointAt(rows, t));
}

/** Compares the synthetic-row variants on the folds, both cases; `log` gets a line per fit. */
export function oosSyntheticComparison(foldList: readonly number[], log: (line: string) => void) {
  const cases: Record<string, unknown> = {};
  for (const oosCase of ['with-oos-rows', 'without-oos-rows'] as OosCase[]) {
    // per variant, per fold: the curve at fixed losses and the recall at fixed accuracy drops
    const perVariant = new Map<
      number,
      { curve: (Point & { loss: number })[]; matched: number[]; atPeerAccuracy: number }[]
    >(SYNTHETIC_ROWS.map((n) => [n, []]));
    const peerFolds: Point[] = [];
    for (const fold of foldList) {
      const experiment = foldExperiment(fold, oosCase);
      const peer = pointAt(peerScores(experiment, `${oosCase} fold ${fold}`), -Infinity);
      peerFolds.push(peer);
      log(`oos-synthetic ${oosCase} fold ${fold} peer: ${JSON.stringify(peer)}`);
      let baseAccuracy = 0;
      for (const synthetic of SYNTHETIC_ROWS) {
        const started = process.cpuUsage();
        const rows = foldScores(experiment, fold, synthetic);
        const points = sweep(rows);
        if (synthetic === 0) baseAccuracy = points[0]!.inScopeAccuracy;
        const inScopeScores = rows
          .filter((s) => s.kind === 'in-scope')
          .map((s) => s.score)
          .sort((a, b) => a - b);
        const curve = LOSSES.map((loss) => ({
          loss,
          ...pointAt(rows, loss === 0 ? -Infinity : inScopeScores[Math.floor(loss * inScopeScores.length)]!),
        }));
        const reachable = (accuracy: number) =>
          Math.max(0, ...points.filter((p) => p.inScopeAccuracy >= accuracy - 1e-12).map((p) => p.oosRecall));
        const matched = ACCURACY_DROPS.map((drop) => reachable(baseAccuracy - drop));
        const atPeerAccuracy = reachable(peer.inScopeAccuracy);
        perVariant.get(synthetic)!.push({ curve, matched, atPeerAccuracy });
        const used = process.cpuUsage(started);
        log(
          `oos-synthetic ${oosCase} fold ${fold} rows ${synthetic}: no threshold ${JSON.stringify(curve[0])}; recall at accuracy drops ${JSON.stringify(matched)}, at the peer's in-scope accuracy ${atPeerAccuracy.toFixed(4)}; ${((used.user + used.system) / 1e6).toFixed(1)} CPU s`,
        );
      }
    }
    const base = perVariant.get(0)!;
    const variants = [...perVariant].map(([synthetic, folds]) => {
      const gains = ACCURACY_DROPS.map((drop, j) => {
        const diffs = folds.map((f, k) => f.matched[j]! - base[k]!.matched[j]!);
        const m = mean(diffs);
        const variance =
          mean(diffs.map((d) => (d - m) ** 2)) * (diffs.length / Math.max(1, diffs.length - 1));
        return {
          accuracyDrop: drop,
          recall: mean(folds.map((f) => f.matched[j]!)),
          recallGain: m,
          standardError: Math.sqrt(variance / diffs.length),
        };
      });
      const peerDiffs = folds.map((f, k) => f.atPeerAccuracy - base[k]!.atPeerAccuracy);
      const peerGain = mean(peerDiffs);
      const peerError = Math.sqrt(
        (mean(peerDiffs.map((d) => (d - peerGain) ** 2)) *
          (peerDiffs.length / Math.max(1, peerDiffs.length - 1))) /
          peerDiffs.length,
      );
      const passes =
        folds.length > 1 &&
        peerGain > 2 * peerError &&
        gains
          .filter((g) => RULE_DROPS.includes(g.accuracyDrop))
          .every((g) => g.recallGain > 2 * g.standardError);
      return {
        syntheticRows: synthetic,
        curve: LOSSES.map((loss, j) => ({
          loss,
          ...(Object.fromEntries(
            (['inScopeAccuracy', 'falseOosRate', 'oosRecall', 'unseenRecall', 'donorRecall'] as const).map(
              (key) => [key, mean(folds.map((f) => f.curve[j]![key]))],
            ),
          ) as Omit<Point, 'loss'>),
        })),
        recallAtAccuracyDrop: gains,
        recallAtPeerAccuracy: {
          recall: mean(folds.map((f) => f.atPeerAccuracy)),
          perFold: folds.map((f) => f.atPeerAccuracy),
          recallGain: peerGain,
          standardError: peerError,
        },
        passesRule: synthetic === 0 ? null : passes,
      };
    });
    cases[oosCase] = {
      peer: {
        inScopeAccuracy: mean(peerFolds.map((p) => p.inScopeAccuracy)),
        oosRecall: mean(peerFolds.map((p) => p.oosRecall)),
        perFold: peerFolds,
      },
      variants,
    };
  }
  return {
    folds: foldList,
    synthetic:
      'first half of one in-scope training message + second half of a message of another intent, labelled oos',
    rule: "adopt synthetic rows only if mean recall at the peer's in-scope accuracy, and at 0.25 and 0.5 point of in-scope accuracy given up (against no synthetic rows and no threshold), beats no synthetic rows by more than 2 standard errors of the paired fold difference",
    cases,
  };
}
