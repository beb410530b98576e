/**
 * Checks the out-of-scope operating-point rule (src/ml/nlu/oos-threshold.ts) on the simulated sets
 * of bench/nlu-oos-sets.ts, never on the dev-test rows the bench reports on. For each set with `oos`
 * training rows (the case the accuracy floor applies to): trains as `crmpro nlu train` does (the rule picks the threshold on
 * held-out parts of the training rows), then scores the set's test rows at the chosen point, at
 * the points other settings of the rule would choose from the same held-out scores, and along the
 * whole test curve, beside the peer (bench/peers/nlu_sklearn_svm.py) on the same rows.
 *
 * Part `oos-rule` of bench/nlu-tune.ts (its record in bench/results/nlu-tuning.json).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_TRAINING_SETTINGS, trainIntentClassifier } from '../src/ml/nlu/intent-training';
import { chooseOosThreshold, OUT_OF_SCOPE, type OosRule } from '../src/ml/nlu/oos-threshold';
import { simulatedOosSets, type OosSet } from './nlu-oos-sets';
import { runPeer, writeCsv } from './nlu-peer';

/** Other settings of the rule, applied to the same held-out scores. */
const VARIANTS: Record<string, Partial<OosRule>> = {
  'no accuracy floor (the rule before)': { accuracyFloor: 'none' },
  'recall target 0.6': { oosRecallTarget: 0.6 },
  'recall target 0.9': { oosRecallTarget: 0.9 },
  'no cap on rejected in-scope': { maxFalseOosRate: 1 },
};
/** In-scope losses at which the test curve is sampled. */
const CURVE_LOSSES = [0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1];

/** In-scope accuracy, OOS recall (all, unseen, like the oos rows) and false-OOS rate of predictions. */
function outcome(set: OosSet, predicted: readonly string[]) {
  const rowsOf = (kind: string) => set.kind.flatMap((k, i) => (k === kind ? [i] : []));
  const inScope = rowsOf('in-scope');
  const recallOf = (rows: number[]) =>
    rows.length === 0 ? null : rows.filter((i) => predicted[i] === OUT_OF_SCOPE).length / rows.length;
  return {
    inScopeAccuracy: inScope.filter((i) => predicted[i] === set.test[i]!.label).length / inScope.length,
    oosRecall: recallOf([...rowsOf('unseen'), ...rowsOf('donor')]),
    unseenRecall: recallOf(rowsOf('unseen')),
    likeOosRowsRecall: recallOf(rowsOf('donor')),
    falseOosRate: recallOf(inScope),
  };
}

/** Runs the check on every simulated set; `log` gets one line per set. */
export function oosRuleCheck(log: (line: string) => void) {
  const results: Record<string, unknown>[] = [];
  // Without `oos` rows the rule is the in-scope budget alone, checked by the `oos` part of the tuning.
  for (const set of simulatedOosSets().filter((s) => s.oosCase === 'with-oos-rows')) {
    const started = performance.now();
    const { classifier, report, heldOut } = trainIntentClassifier(set.train, DEFAULT_TRAINING_SETTINGS);
    const trainSeconds = (performance.now() - started) / 1000;
    const tested = set.test.map((u) => {
      const p = classifier.probabilities(u.text);
      return {
        score: classifier.outOfScopeScore(p),
        top: classifier.decide(p, 1).ranked[0]!.intent,
        linear: classifier.linearIntent(u.text),
      };
    });
    // A message the `oos` class won (score -Infinity) is out of scope at every threshold.
    const at = (threshold: number) =>
      outcome(
        set,
        tested.map((t) => (t.score === -Infinity || t.score < threshold ? OUT_OF_SCOPE : t.top)),
      );
    const variants = Object.fromEntries(
      Object.entries(VARIANTS).map(([name, change]) => {
        const chosen = chooseOosThreshold(heldOut.inScope, heldOut.oos, {
          ...report.oosThreshold.rule,
          ...change,
        });
        return [name, { threshold: chosen.threshold, test: at(chosen.threshold) }];
      }),
    );
    const inScopeScores = tested
      .filter((_, i) => set.kind[i] === 'in-scope')
      .map((t) => t.score)
      .sort((a, b) => a - b);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nlu-oos-rule-'));
    const job = {
      name: `${set.name} ${set.oosCase}`,
      train: path.join(dir, 'train.csv'),
      test: path.join(dir, 'test.csv'),
    };
    writeCsv(job.train, set.train);
    writeCsv(job.test, set.test);
    const peer = outcome(set, runPeer([job], dir).outputs.get(job.name)!.labels);
    rmSync(dir, { recursive: true, force: true });
    const { curve: heldOutCurve, ...chosen } = report.oosThreshold;
    const result = {
      set: set.name,
      case: set.oosCase,
      trainRows: set.train.length,
      intents: report.intents,
      oosTrainingRows: report.oosRows,
      testRows: {
        inScope: set.kind.filter((k) => k === 'in-scope').length,
        unseen: set.kind.filter((k) => k === 'unseen').length,
        likeOosRows: set.kind.filter((k) => k === 'donor').length,
      },
      trainSeconds,
      chosen: { ...chosen, test: at(report.oosThreshold.threshold) },
      peer,
      linearSvmAlone: outcome(
        set,
        tested.map((t) => t.linear),
      ),
      variants,
      heldOutCurve,
      testCurve: CURVE_LOSSES.map((loss) => ({
        loss,
        ...at(inScopeScores[Math.floor(loss * inScopeScores.length)]!),
      })),
    };
    log(`oos-rule ${set.name} ${set.oosCase}: ${JSON.stringify({ chosen: result.chosen, peer })}`);
    results.push(result);
  }
  return {
    sets: 'bench/nlu-oos-sets.ts: banking-a, banking-b (dev-train folds, other role draws than the report), clinc-like (banking + CRM intents, off-topic oos rows)',
    rule: DEFAULT_TRAINING_SETTINGS.oosRule,
    results,
  };
}
