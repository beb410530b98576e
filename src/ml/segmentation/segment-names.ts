/**
 * Business names for value tiers. The tiers are ordered by expected spend, so the names are the
 * classic RFM segment names that lie on that ladder, from the top down. Each name has the profile of
 * its typical member in percentile ranks (r: how recent the last order is, f: how many orders,
 * m: how much spend; 0 = lowest, 1 = highest), a description and a suggested action.
 */
export interface SegmentName {
  readonly name: string;
  readonly profile: { r: number; f: number; m: number };
  readonly description: string;
  readonly action: string;
}

/** The ladder of names, highest expected spend first. */
export const SEGMENT_NAMES: readonly SegmentName[] = [
  {
    name: 'Champions',
    profile: { r: 0.9, f: 0.96, m: 0.96 },
    description: 'ordered recently, order often and spend the most',
    action: 'reward them, ask for referrals and reviews, offer early access',
  },
  {
    name: 'Loyal',
    profile: { r: 0.8, f: 0.86, m: 0.86 },
    description: 'order regularly and spend well',
    action: 'up-sell higher-value lines, invite them to a loyalty programme',
  },
  {
    name: 'Potential loyalists',
    profile: { r: 0.72, f: 0.72, m: 0.72 },
    description: 'recent customers with several orders',
    action: 'offer a membership or bundle to make the habit stick',
  },
  {
    name: 'Promising',
    profile: { r: 0.64, f: 0.56, m: 0.58 },
    description: 'recent buyers with room to grow',
    action: 'show them more of the range, send a next-order offer',
  },
  {
    name: 'Need attention',
    profile: { r: 0.54, f: 0.48, m: 0.5 },
    description: 'average customers whose orders are slowing',
    action: 'send a limited-time offer based on past purchases',
  },
  {
    name: 'About to sleep',
    profile: { r: 0.4, f: 0.32, m: 0.35 },
    description: 'below-average customers without a recent order',
    action: 'reconnect with popular products and a discount',
  },
  {
    name: 'At risk',
    profile: { r: 0.25, f: 0.5, m: 0.5 },
    description: 'used to order more, but not lately',
    action: 'personal win-back offer before they churn',
  },
  {
    name: 'Hibernating',
    profile: { r: 0.22, f: 0.22, m: 0.2 },
    description: 'last ordered long ago, few and small orders',
    action: 'include in low-cost campaigns only',
  },
  {
    name: 'Lost',
    profile: { r: 0.1, f: 0.12, m: 0.06 },
    description: 'lowest recency, frequency and spend',
    action: 'only cheap reactivation; do not spend on them',
  },
];

/** Average percentile profile of one tier's members. */
export interface SegmentProfile {
  r: number;
  f: number;
  m: number;
  t: number;
}

/** Extra cost of giving two adjacent tiers the same base name: only worth it with more tiers than names. */
const REUSE_PENALTY = 10;

/**
 * Names tiers given lowest-value first. The names keep the ladder's order (a higher tier never gets
 * a name lower on the ladder), each name is used once while there are enough, and the assignment minimises the squared distance between each tier's
 * profile and its name's profile (exact dynamic programme). With more tiers than fitting names,
 * neighbours share a name with a qualifier: "Loyal (high)", "Loyal (low)". The top tier is always
 * "Champions".
 */
export function nameSegments(profiles: readonly SegmentProfile[]): string[] {
  const tiers = [...profiles].reverse(); // highest value first, like the ladder
  const k = tiers.length;
  const m = SEGMENT_NAMES.length;
  if (k === 0) return [];
  const cost = tiers.map((p) =>
    SEGMENT_NAMES.map((n) => (p.r - n.profile.r) ** 2 + (p.f - n.profile.f) ** 2 + (p.m - n.profile.m) ** 2),
  );
  const best = Array.from({ length: k }, () => new Float64Array(m).fill(Number.POSITIVE_INFINITY));
  const from = Array.from({ length: k }, () => new Int32Array(m).fill(-1));
  // The top tier is always the Champions: the best customers this business has, whatever their percentiles.
  best[0]![0] = cost[0]![0]!;
  for (let i = 1; i < k; i++) {
    for (let j = 0; j < m; j++) {
      for (let previous = 0; previous <= j; previous++) {
        const value = best[i - 1]![previous]! + cost[i]![j]! + (previous === j ? REUSE_PENALTY : 0);
        if (value < best[i]![j]!) {
          best[i]![j] = value;
          from[i]![j] = previous;
        }
      }
    }
  }
  let j = 0;
  for (let candidate = 1; candidate < m; candidate++)
    if (best[k - 1]![candidate]! < best[k - 1]![j]!) j = candidate;
  const chosen = new Array<number>(k);
  for (let i = k - 1; i >= 0; i--) {
    chosen[i] = j;
    j = from[i]![j]!;
  }
  const names = chosen.map((index, i) => {
    const base = SEGMENT_NAMES[index]!.name;
    const group = chosen.filter((other) => other === index).length;
    if (group === 1) return base;
    const position = chosen.slice(0, i).filter((other) => other === index).length;
    return `${base} (${QUALIFIERS[group]?.[position] ?? `${position + 1}`})`;
  });
  return names.reverse();
}

const QUALIFIERS: Record<number, string[]> = {
  2: ['high', 'low'],
  3: ['high', 'mid', 'low'],
  4: ['top', 'high', 'low', 'bottom'],
};

/** The description and suggested action of a segment name (qualifiers ignored). */
export function segmentNameInfo(name: string): SegmentName | undefined {
  const base = name.replace(/\s*\([^)]*\)\s*$/, '').toLowerCase();
  return SEGMENT_NAMES.find((n) => n.name.toLowerCase() === base);
}
