/**
 * The classic RFM score map, kept as a reference: recency and frequency each scored 1-5 by
 * quintile (5 = most recent / most frequent, ties broken by order like pandas' rank(method='first')),
 * and the (R, F) cell mapped to 11 named segments.
 */
export function rfmMapSegments(recencyDays: Float64Array, frequency: Float64Array): string[] {
  const r = quintileScores(recencyDays, true);
  const f = quintileScores(frequency, false);
  return Array.from(r, (rs, i) => rfmCellName(rs, f[i]!));
}

/** The segment of one (R, F) cell of the map. */
export function rfmCellName(r: number, f: number): string {
  if (r <= 2) {
    if (f <= 2) return r === 1 && f === 1 ? 'Lost' : 'Hibernating';
    return f === 5 ? "Can't lose them" : 'At risk';
  }
  if (r === 3) return f <= 2 ? 'About to sleep' : f === 3 ? 'Need attention' : 'Loyal';
  if (f === 1) return r === 4 ? 'Promising' : 'New';
  if (f <= 3) return 'Potential loyalists';
  return r === 5 ? 'Champions' : 'Loyal';
}

function quintileScores(values: Float64Array, lowerIsBetter: boolean): Int32Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
  const scores = new Int32Array(n);
  order.forEach((row, rank) => {
    const quintile = Math.min(4, Math.floor((rank * 5) / n));
    scores[row] = lowerIsBetter ? 5 - quintile : quintile + 1;
  });
  return scores;
}
