/**
 * A small seeded pseudo-random generator (mulberry32). Splits and subsamples must be reproducible
 * across runs and easy to re-implement in a peer script, so no library generator is used.
 */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles `items` in place (Fisher-Yates) with the given generator and returns it. */
export function shuffleInPlace<T extends number[] | Uint32Array>(items: T, random: () => number): T {
  const list = items;
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = list[i]!;
    list[i] = list[j]!;
    list[j] = swap;
  }
  return items;
}
