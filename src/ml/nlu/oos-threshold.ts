/** The label of out-of-scope rows in labelled data and of messages the model finds no intent for. */
export const OUT_OF_SCOPE = 'oos';

/** How the out-of-scope threshold was chosen, kept on the model card. */
export interface OosThreshold {
  /** A message whose certainty (see IntentPrediction.certainty) is below this is out of scope. */
  readonly threshold: number;
  readonly method: 'in-scope-quantile' | 'balanced-with-oos-examples';
  /** Share of held-out in-scope messages the threshold rejects. */
  readonly heldOutFalseOosRate: number;
  /** Share of held-out out-of-scope messages it rejects (only with `oos` examples). */
  readonly heldOutOosRecall?: number;
}

/**
 * Chooses the certainty threshold below which a message is called out of scope, from held-out
 * predictions. With no out-of-scope examples it rejects a target share of in-scope messages (the
 * `targetFalseOosRate` quantile of their certainties). With a few `oos` examples it picks the
 * threshold that best balances in-scope acceptance and out-of-scope rejection, never rejecting
 * more than twice the target share of in-scope messages, and never below the no-examples
 * threshold: the `oos` class already catches messages like the examples, and the threshold is what
 * is left to catch out-of-scope messages unlike any example.
 */
export function chooseOosThreshold(
  inScopeConfidences: readonly number[],
  oosConfidences: readonly number[],
  targetFalseOosRate: number,
): OosThreshold {
  const inScope = [...inScopeConfidences].sort((a, b) => a - b);
  const rejectedShare = (values: readonly number[], threshold: number) =>
    values.length === 0 ? 0 : values.filter((value) => value < threshold).length / values.length;
  const quantile = inScope.length === 0 ? 0 : inScope[Math.floor(targetFalseOosRate * inScope.length)]!;
  if (oosConfidences.length === 0) {
    return {
      threshold: quantile,
      method: 'in-scope-quantile',
      heldOutFalseOosRate: rejectedShare(inScope, quantile),
    };
  }
  const cap = Math.min(1, 2 * targetFalseOosRate);
  let best = { threshold: quantile, score: -Infinity };
  const candidates = [...new Set([...inScope, ...oosConfidences])]
    .filter((value) => value >= quantile)
    .sort((a, b) => a - b);
  for (const candidate of candidates) {
    const threshold = candidate + 1e-9;
    const falseOos = rejectedShare(inScope, threshold);
    if (falseOos > cap) break;
    const score = (1 - falseOos + rejectedShare(oosConfidences, threshold)) / 2;
    if (score > best.score) best = { threshold, score };
  }
  return {
    threshold: best.threshold,
    method: 'balanced-with-oos-examples',
    heldOutFalseOosRate: rejectedShare(inScope, best.threshold),
    heldOutOosRecall: rejectedShare(oosConfidences, best.threshold),
  };
}
