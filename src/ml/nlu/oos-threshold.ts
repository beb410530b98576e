/** The label of out-of-scope rows in labelled data and of messages the model finds no intent for. */
export const OUT_OF_SCOPE = 'oos';

/**
 * The stated rule that sets the out-of-scope threshold from held-out scores (see
 * {@link chooseOosThreshold}). Defaults chosen on BANKING77 dev-train only (bench/nlu-tune.ts).
 */
export interface OosRule {
  /**
   * Without `oos` rows: share of held-out in-scope messages the threshold rejects. Rejecting an
   * in-scope message always costs accuracy, and without `oos` examples nothing says what it buys,
   * so the budget is small.
   */
  readonly falseOosBudget: number;
  /**
   * With `oos` rows: share of held-out `oos` rows that must be caught (by the `oos` class or the
   * threshold); the threshold is the lowest that does, so it rejects as few in-scope messages as it can.
   */
  readonly oosRecallTarget: number;
  /**
   * With `oos` rows: the threshold never rejects more than this share of held-out in-scope
   * messages, even when the recall target is not reached. A lost in-scope question is what people
   * notice most. 2% is the largest cap that kept in-scope accuracy at or above the peer's on every
   * dev-train tuning fold (3% did not; bench/results/nlu-tuning.json).
   */
  readonly maxFalseOosRate: number;
  /**
   * With `oos` rows, `linear`: never choose a threshold whose held-out in-scope accuracy falls below
   * that of the linear SVM alone on the same held-out messages (its argmax, `oos` class included).
   * The SVM alone stands for a plain linear classifier with an `oos` class; the ensemble is more
   * accurate than it, and this spends that margin, and no more, on catching out-of-scope messages.
   * `none`: no floor. Without `oos` rows the budget alone applies: a plain classifier rejects
   * nothing there, and a model as accurate as its SVM would otherwise never reject anything.
   */
  readonly accuracyFloor: 'linear' | 'none';
}

export const DEFAULT_OOS_RULE: OosRule = {
  falseOosBudget: 0.01,
  oosRecallTarget: 0.6,
  maxFalseOosRate: 0.02,
  accuracyFloor: 'linear',
};

/** One point of the held-out curve: what a threshold does to in-scope and `oos` messages. */
export interface OosOperatingPoint {
  readonly threshold: number;
  /** Share of in-scope messages called out of scope. */
  readonly falseOosRate: number;
  /** Share of in-scope messages given their right intent (a message called out of scope counts as wrong). */
  readonly inScopeAccuracy: number;
  /** Share of `oos` messages called out of scope (only with `oos` rows). */
  readonly oosRecall?: number;
}

/** How the out-of-scope threshold was chosen, kept on the model card. */
export interface OosThreshold {
  /** A message whose out-of-scope score (IntentClassifier.outOfScopeScore) is below this is out of scope. */
  readonly threshold: number;
  readonly method: 'in-scope-budget' | 'oos-recall-target';
  readonly rule: OosRule;
  /** Share of held-out in-scope messages the threshold rejects. */
  readonly heldOutFalseOosRate: number;
  readonly heldOutInScopeAccuracy: number;
  /** Share of held-out out-of-scope messages it rejects (only with `oos` examples). */
  readonly heldOutOosRecall?: number;
  /** The accuracy floor on the held-out in-scope messages (the linear SVM alone's), when the rule has one. */
  readonly heldOutAccuracyFloor?: number;
  /** The whole held-out curve, from rejecting nothing to rejecting a fifth of in-scope messages. */
  readonly curve: OosOperatingPoint[];
}

/**
 * Held-out scores of one message (IntentClassifier.outOfScopeScore). `-Infinity` when the `oos`
 * class beat every intent (always rejected).
 */
export interface HeldOutScore {
  readonly score: number;
  /** In-scope messages: whether the best intent was the right one. */
  readonly correct?: boolean;
  /** In-scope messages: whether the linear SVM alone (argmax, `oos` included) was right. */
  readonly linearCorrect?: boolean;
}

/** In-scope false-OOS rates at which the curve is sampled. */
const CURVE_RATES = [0, 0.0025, 0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2];

/** Smallest threshold above `value`: a message scoring exactly `value` is then rejected. */
const above = (value: number) => value + 1e-9;

/**
 * Chooses the score threshold below which a message is called out of scope, from held-out scores,
 * by a stated rule:
 * - without `oos` rows: reject up to {@link OosRule.falseOosBudget} of the held-out in-scope
 *   messages (the least certain ones);
 * - with `oos` rows: walking thresholds upwards from the lowest held-out score (held-out in-scope
 *   accuracy only falls as it rises), the lowest at which {@link OosRule.oosRecallTarget} of the held-out
 *   `oos` rows are caught (so as few in-scope messages as possible are lost), never one that rejects
 *   more than {@link OosRule.maxFalseOosRate} of the in-scope ones, nor one whose held-out in-scope
 *   accuracy falls below the floor ({@link OosRule.accuracyFloor}: the linear SVM alone's accuracy
 *   on the same messages). Stopped by a limit, it keeps the lowest threshold with the most recall
 *   reached below it.
 */
export function chooseOosThreshold(
  inScope: readonly HeldOutScore[],
  oos: readonly HeldOutScore[],
  rule: OosRule = DEFAULT_OOS_RULE,
): OosThreshold {
  const inScores = inScope.map((s) => s.score).sort((a, b) => a - b);
  const oosScores = oos.map((s) => s.score);
  const pointAt = (threshold: number): OosOperatingPoint => {
    const kept = inScope.filter((s) => s.score >= threshold);
    return {
      threshold,
      falseOosRate: share(inScope.length - kept.length, inScope.length),
      inScopeAccuracy: share(kept.filter((s) => s.correct).length, inScope.length),
      ...(oos.length > 0
        ? { oosRecall: share(oosScores.filter((score) => score < threshold).length, oos.length) }
        : {}),
    };
  };
  // The most permissive threshold: it rejects only messages the `oos` class won (score -Infinity).
  const finite = [...inScores, ...oosScores].filter((s) => Number.isFinite(s));
  const lowest = finite.reduce((low, s) => Math.min(low, s), 0);
  const quantile = (rate: number) =>
    inScores.length === 0
      ? lowest
      : Math.max(lowest, inScores[Math.min(inScores.length - 1, Math.floor(rate * inScores.length))]!);
  const curve = [...new Set(CURVE_RATES.map(quantile))].map(pointAt);
  const withOos = oos.length > 0;
  const floor =
    withOos && rule.accuracyFloor === 'linear' && inScope.some((s) => s.linearCorrect !== undefined)
      ? share(inScope.filter((s) => s.linearCorrect).length, inScope.length)
      : undefined;
  const withinFloor = (point: OosOperatingPoint) => floor === undefined || point.inScopeAccuracy >= floor;
  let chosen = pointAt(lowest);
  if (!withOos) chosen = pointAt(quantile(rule.falseOosBudget));
  else {
    // Thresholds where the curve changes: just above each finite held-out score, lowest first.
    const candidates = [...new Set(finite.map(above))].sort((a, b) => a - b);
    for (const threshold of candidates) {
      if (chosen.oosRecall! >= rule.oosRecallTarget) break;
      const point = pointAt(threshold);
      if (point.falseOosRate > rule.maxFalseOosRate || !withinFloor(point)) break;
      // Only a threshold that catches more is worth the in-scope messages it rejects.
      if (point.oosRecall! > chosen.oosRecall!) chosen = point;
    }
  }
  return {
    threshold: chosen.threshold,
    method: withOos ? 'oos-recall-target' : 'in-scope-budget',
    rule,
    heldOutFalseOosRate: chosen.falseOosRate,
    heldOutInScopeAccuracy: chosen.inScopeAccuracy,
    ...(withOos ? { heldOutOosRecall: chosen.oosRecall! } : {}),
    ...(floor === undefined ? {} : { heldOutAccuracyFloor: floor }),
    curve,
  };
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
