import { seededRandom, shuffleInPlace } from '../../core/seeded-random';

/** Row indices of a train/test split, each ascending. */
export interface RowSplit {
  train: Uint32Array;
  test: Uint32Array;
}

/** The seed of the fixed evaluation split used by `crmpro scoring eval` and the bench. */
export const EVALUATION_SPLIT_SEED = 42;

/**
 * A stratified split: within each class the row indices (in row order) are shuffled with a seeded
 * mulberry32 generator and the first round(n * testFraction) go to the test part. The algorithm is
 * deliberately simple so that a peer script can reproduce it exactly.
 */
export function stratifiedSplit(labels: ArrayLike<number>, testFraction: number, seed: number): RowSplit {
  const random = seededRandom(seed);
  const byClass = new Map<number, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    let rows = byClass.get(label);
    if (!rows) byClass.set(label, (rows = []));
    rows.push(i);
  }
  const train: number[] = [];
  const test: number[] = [];
  for (const label of [...byClass.keys()].sort((a, b) => a - b)) {
    const rows = shuffleInPlace(byClass.get(label)!, random);
    const testCount = Math.round(rows.length * testFraction);
    for (let i = 0; i < rows.length; i++) (i < testCount ? test : train).push(rows[i]!);
  }
  return { train: Uint32Array.from(train).sort(), test: Uint32Array.from(test).sort() };
}
