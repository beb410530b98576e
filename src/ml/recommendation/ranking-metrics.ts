/** Hit rate and NDCG at k of one customer's ranked suggestions against what they went on to buy. */
export function rankingScores(
  ranked: readonly number[],
  bought: ReadonlySet<number>,
  boughtCount: number,
  k: number,
): { hit: number; ndcg: number } {
  let dcg = 0;
  let hit = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    if (bought.has(ranked[i]!)) {
      hit = 1;
      dcg += 1 / Math.log2(i + 2);
    }
  }
  let ideal = 0;
  for (let i = 0; i < Math.min(k, boughtCount); i++) ideal += 1 / Math.log2(i + 2);
  return { hit, ndcg: ideal > 0 ? dcg / ideal : 0 };
}
