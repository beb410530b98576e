import { customerLinesOf } from '../orders/customer-lines';
import { lastOrderAt, type OrderBook } from '../orders/order-book';
import { isoDay } from '../orders/order-date';
import { spendBetween } from './customer-features';
import { etaSquared, logSpend } from './eta-squared';
import { fitSegments, MAX_SEGMENTS, MIN_SEGMENTS } from './fit-segments';
import { kMeans, standardised } from './kmeans';
import { rfmMapSegments } from './rfm-map';

/** The eta² of our segments and of the KMeans reference at one segment count. */
export interface SegmentComparison {
  segments: number;
  ours: number;
  kmeans: number;
}

/** What `crmpro segment eval` reports. */
export interface SegmentEvaluation {
  cut: string;
  /** Last order date in the file (the end of the "after" period). */
  until: string;
  /** Customers with a purchase before the cut (the population judged). */
  customers: number;
  /** Of those, customers who bought again after the cut. */
  returning: number;
  segments: number;
  criterion: string;
  method: string;
  /** Share of the variance of log(1 + spend after the cut) explained by our segments. */
  etaSquared: number;
  /** KMeans (k-means++, 10 restarts) on standardised log(1 + R, F, M) with the same number of segments. */
  kmeansEtaSquared: number;
  /** The classic 11-cell RFM score map. */
  rfmMapEtaSquared: number;
  rfmMapSegments: number;
  /** Ours and KMeans at every count 3-12 (same data, same cut). */
  byCount: SegmentComparison[];
  sizes: { segment: string; customers: number; meanLaterSpend: number }[];
  seconds: number;
}

/**
 * Judges segments by what they are for: made from orders before `cut`, how much of each customer's
 * log(1 + spend after the cut) the segment labels explain (eta²), beside KMeans on standardised
 * log-RFM and the RFM map, on exactly the same customers.
 */
export function evaluateSegments(
  book: OrderBook,
  cut: number,
  options: { segments?: number; sweep?: boolean } = {},
): SegmentEvaluation {
  const started = performance.now();
  const byCustomer = customerLinesOf(book);
  const fitted = fitSegments(book, { asOf: cut, segments: options.segments, byCustomer });
  const { features, tiers, model } = fitted;
  const end = lastOrderAt(book) + 1;
  const later = spendBetween(book, byCustomer, features.customer, cut, end);
  const y = logSpend(later);
  const k = model.names.length;
  const rfm = standardised(logRfm(features.recencyDays, features.frequency, features.monetary), 3);
  const kmeansAt = (count: number) => etaSquared(y, kMeans(rfm, 3, count, { restarts: 10, seed: 7 }).labels);
  const ours = etaSquared(y, tiers);
  const map = rfmMapSegments(features.recencyDays, features.frequency);
  const byCount: SegmentComparison[] = [];
  if (options.sweep !== false) {
    for (let count = MIN_SEGMENTS; count <= MAX_SEGMENTS; count++) {
      const at =
        count === k
          ? ours
          : etaSquared(y, fitSegments(book, { asOf: cut, segments: count, byCustomer }).tiers);
      byCount.push({ segments: count, ours: round4(at), kmeans: round4(kmeansAt(count)) });
    }
  }
  const kmeansSame = byCount.find((c) => c.segments === k)?.kmeans ?? round4(kmeansAt(k));
  const sizes = model.names.map((segment, tier) => {
    let n = 0;
    let sum = 0;
    for (let i = 0; i < tiers.length; i++) {
      if (tiers[i] !== tier) continue;
      n++;
      sum += Math.max(0, later[i]!);
    }
    return { segment, customers: n, meanLaterSpend: Math.round((n ? sum / n : 0) * 100) / 100 };
  });
  let returning = 0;
  for (const s of later) if (s > 0) returning++;
  return {
    cut: isoDay(cut),
    until: isoDay(end - 1),
    customers: features.customer.length,
    returning,
    segments: k,
    criterion: model.choice.rule,
    method: model.method,
    etaSquared: round4(ours),
    kmeansEtaSquared: kmeansSame,
    rfmMapEtaSquared: round4(etaSquared(y, labelsOf(map))),
    rfmMapSegments: new Set(map).size,
    byCount,
    sizes: sizes.reverse(),
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}

/** Rows of log(1 + recency), log(1 + frequency), log(1 + max(0, monetary)). */
export function logRfm(recency: Float64Array, frequency: Float64Array, monetary: Float64Array): Float64Array {
  const rows = new Float64Array(recency.length * 3);
  for (let i = 0; i < recency.length; i++) {
    rows[i * 3] = Math.log1p(recency[i]!);
    rows[i * 3 + 1] = Math.log1p(frequency[i]!);
    rows[i * 3 + 2] = Math.log1p(Math.max(0, monetary[i]!));
  }
  return rows;
}

function labelsOf(names: string[]): Int32Array {
  const ids = new Map<string, number>();
  return Int32Array.from(names, (n) => {
    if (!ids.has(n)) ids.set(n, ids.size);
    return ids.get(n)!;
  });
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
