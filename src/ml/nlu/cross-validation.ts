import { SeededRandom } from '../../core/seeded-random';

/**
 * Assigns each row to one of `folds` folds so that every label is spread evenly over the folds
 * (stratified k-fold): rows of each label are shuffled with `seed` and dealt out in turn.
 * The deal starts where the previous label stopped, so fold sizes differ by at most one.
 */
export function stratifiedFolds(labels: readonly string[], folds: number, seed: number): Int32Array {
  const random = new SeededRandom(seed);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const rows = byLabel.get(label) ?? [];
    rows.push(i);
    byLabel.set(label, rows);
  });
  const assignment = new Int32Array(labels.length);
  let next = 0;
  for (const label of [...byLabel.keys()].sort()) {
    for (const row of random.shuffle(byLabel.get(label)!)) {
      assignment[row] = next;
      next = (next + 1) % folds;
    }
  }
  return assignment;
}
