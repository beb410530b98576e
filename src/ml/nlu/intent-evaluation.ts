import { OUT_OF_SCOPE } from './oos-threshold';

/** Precision, recall and F1 of one label. */
export interface LabelScores {
  readonly label: string;
  readonly support: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** What `crmpro nlu eval` reports. */
export interface IntentEvaluation {
  readonly rows: number;
  /** Share of rows whose predicted label (including `oos`) equals the true one. */
  readonly accuracy: number;
  /** Accuracy over in-scope rows only. */
  readonly inScopeAccuracy: number;
  /** Mean F1 over the true in-scope labels. */
  readonly macroF1: number;
  /** Out-of-scope detection: precision and recall of the `oos` prediction (null when undefined). */
  readonly oos: {
    readonly support: number;
    readonly predicted: number;
    readonly precision: number | null;
    readonly recall: number | null;
  };
  /** Share of in-scope rows wrongly called out of scope. */
  readonly falseOosRate: number;
  readonly perLabel: LabelScores[];
  /** confusion[truth][prediction] = count, only non-zero cells. */
  readonly confusion: Record<string, Record<string, number>>;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Scores predictions against true labels (both may contain `oos`). */
export function evaluateIntents(truth: readonly string[], predicted: readonly string[]): IntentEvaluation {
  const confusion: Record<string, Record<string, number>> = {};
  const truthCount = new Map<string, number>();
  const predictedCount = new Map<string, number>();
  let correct = 0;
  let inScope = 0;
  let inScopeCorrect = 0;
  let inScopeCalledOos = 0;
  truth.forEach((label, i) => {
    const guess = predicted[i]!;
    (confusion[label] ??= {})[guess] = (confusion[label]![guess] ?? 0) + 1;
    truthCount.set(label, (truthCount.get(label) ?? 0) + 1);
    predictedCount.set(guess, (predictedCount.get(guess) ?? 0) + 1);
    if (guess === label) correct++;
    if (label !== OUT_OF_SCOPE) {
      inScope++;
      if (guess === label) inScopeCorrect++;
      if (guess === OUT_OF_SCOPE) inScopeCalledOos++;
    }
  });
  const perLabel = [...new Set([...truthCount.keys()])].sort().map((label) => {
    const hits = confusion[label]?.[label] ?? 0;
    const precision = ratio(hits, predictedCount.get(label) ?? 0);
    const recall = ratio(hits, truthCount.get(label) ?? 0);
    return {
      label,
      support: truthCount.get(label) ?? 0,
      precision,
      recall,
      f1: ratio(2 * precision * recall, precision + recall),
    };
  });
  const inScopeLabels = perLabel.filter((s) => s.label !== OUT_OF_SCOPE);
  const oosSupport = truthCount.get(OUT_OF_SCOPE) ?? 0;
  const oosPredicted = predictedCount.get(OUT_OF_SCOPE) ?? 0;
  const oosHits = confusion[OUT_OF_SCOPE]?.[OUT_OF_SCOPE] ?? 0;
  return {
    rows: truth.length,
    accuracy: ratio(correct, truth.length),
    inScopeAccuracy: ratio(inScopeCorrect, inScope),
    macroF1: ratio(
      inScopeLabels.reduce((sum, s) => sum + s.f1, 0),
      inScopeLabels.length,
    ),
    oos: {
      support: oosSupport,
      predicted: oosPredicted,
      precision: oosPredicted === 0 ? null : oosHits / oosPredicted,
      recall: oosSupport === 0 ? null : oosHits / oosSupport,
    },
    falseOosRate: ratio(inScopeCalledOos, inScope),
    perLabel,
    confusion,
  };
}

/** Human-readable summary lines of an evaluation (for the CLI). */
export function formatEvaluation(evaluation: IntentEvaluation, maxConfusions = 15): string[] {
  const pct = (value: number | null) => (value === null ? 'n/a' : `${(100 * value).toFixed(2)}%`);
  const lines = [
    `rows            ${evaluation.rows}`,
    `accuracy        ${pct(evaluation.accuracy)}`,
    `in-scope acc.   ${pct(evaluation.inScopeAccuracy)}`,
    `macro-F1        ${pct(evaluation.macroF1)}`,
    `oos precision   ${pct(evaluation.oos.precision)}  (${evaluation.oos.predicted} predicted oos)`,
    `oos recall      ${pct(evaluation.oos.recall)}  (${evaluation.oos.support} true oos)`,
    `false-oos rate  ${pct(evaluation.falseOosRate)}`,
    '',
    'per intent: label, support, precision, recall, F1',
  ];
  for (const s of evaluation.perLabel) {
    lines.push(
      `  ${s.label.padEnd(40)} ${String(s.support).padStart(5)}  ${pct(s.precision).padStart(7)}  ${pct(s.recall).padStart(7)}  ${pct(s.f1).padStart(7)}`,
    );
  }
  const errors = Object.entries(evaluation.confusion)
    .flatMap(([truth, row]) =>
      Object.entries(row)
        .filter(([guess]) => guess !== truth)
        .map(([guess, count]) => ({ truth, guess, count })),
    )
    .sort((a, b) => b.count - a.count);
  lines.push('', `most frequent confusions (true → predicted), ${errors.length} kinds in all:`);
  for (const e of errors.slice(0, maxConfusions))
    lines.push(`  ${String(e.count).padStart(4)}  ${e.truth} → ${e.guess}`);
  return lines;
}
