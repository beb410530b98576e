import { seededRandom } from '../../../src/core/seeded-random';
import {
  fitRankingWeights,
  listJudge,
  type RankingGroups,
} from '../../../src/ml/recommendation/rank-learner';

/**
 * Groups of 30 candidates with three features; in each group the 2 candidates with the highest
 * f0 + 3·f1 are the relevant ones (f2 is noise). Starting from f0 alone, the learner must find that
 * f1 matters about three times as much, and rank held-out groups as well as the planted rule does.
 */
function plantedGroups(count: number, seed: number): RankingGroups {
  const random = seededRandom(seed);
  const size = 30;
  const features = new Float64Array(count * size * 3);
  const relevant = new Uint8Array(count * size);
  const offsets = Int32Array.from({ length: count + 1 }, (_, g) => g * size);
  for (let g = 0; g < count; g++) {
    const truth: [number, number][] = [];
    for (let i = 0; i < size; i++) {
      const r = g * size + i;
      for (let j = 0; j < 3; j++) features[r * 3 + j] = random();
      truth.push([r, features[r * 3]! + 3 * features[r * 3 + 1]!]);
    }
    truth.sort((a, b) => b[1] - a[1]);
    relevant[truth[0]![0]] = 1;
    relevant[truth[1]![0]] = 1;
  }
  return {
    features,
    width: 3,
    relevant,
    tieBreak: new Float64Array(count * size),
    offsets,
    relevantTotal: new Int32Array(count).fill(2),
  };
}

function scoresOf(groups: RankingGroups, w: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: groups.relevant.length }, (_, r) => {
    let s = 0;
    for (let j = 0; j < groups.width; j++) s += w[j]! * groups.features[r * groups.width + j]!;
    return s;
  });
}

describe('coordinate-ascent ranker on groups with a planted rule', () => {
  const train = plantedGroups(400, 3);
  const heldOut = plantedGroups(400, 4);
  const learned = fitRankingWeights(train, { k: 5, start: Float64Array.of(1, 0, 0), fixed: 0 });

  it('recovers the planted weights: f1 about three times f0, the noise feature near zero', () => {
    const [w0, w1, w2] = learned.weights;
    expect(w0).toBeGreaterThan(0);
    expect(w1! / w0!).toBeGreaterThan(2);
    expect(w1! / w0!).toBeLessThan(4.5);
    expect(Math.abs(w2!)).toBeLessThan(0.15 * w1!);
  });

  it('ranks held-out groups nearly as well as the planted rule and far better than its start', () => {
    const judge = listJudge(heldOut, 5);
    const start = judge(scoresOf(heldOut, [1, 0, 0]));
    const planted = judge(scoresOf(heldOut, [1, 3, 0]));
    const ours = judge(scoresOf(heldOut, learned.weights));
    expect(planted.ndcg).toBeGreaterThan(0.99);
    expect(start.ndcg).toBeLessThan(0.6);
    expect(ours.ndcg).toBeGreaterThan(0.95);
    expect(ours.hitRate).toBeGreaterThan(0.99);
  });

  it('reports its HR and NDCG on the groups it was fitted on', () => {
    const judged = listJudge(train, 5)(scoresOf(train, learned.weights));
    expect(learned.hitRate).toBeCloseTo(judged.hitRate, 6);
    expect(learned.ndcg).toBeCloseTo(judged.ndcg, 6);
  });
});
