import type { OrderBook } from '../orders/order-book';
import { isoDay } from '../orders/order-date';
import type { CustomerTouches } from './customer-features';
import { fitSegments, type SegmentedCustomers } from './fit-segments';
import type { SegmentModel } from './segment-model';
import { segmentNameInfo } from './segment-names';

/** One customer's segment and RFM figures, as written by `crmpro segment run`. */
export interface CustomerSegment {
  customerId: string;
  segment: string;
  /** Whole days between the last purchase and the as-of date. */
  recencyDays: number;
  /** Orders with at least one purchased product. */
  frequency: number;
  /** Net spend on products (returns and cancellations subtracted), rounded to cents. */
  monetary: number;
  /** 0 = lowest expected spend. */
  tier: number;
}

/** One segment's size and its typical (median) customer. */
export interface SegmentSize {
  segment: string;
  customers: number;
  share: number;
  medianRecencyDays: number;
  medianFrequency: number;
  medianMonetary: number;
  description: string;
  action: string;
}

/** What a segmentation run returns: every customer's segment, the sizes and how the count was chosen. */
export interface SegmentationRun {
  asOf: string;
  model: SegmentModel;
  customers: CustomerSegment[];
  /** Highest expected spend first. */
  sizes: SegmentSize[];
}

/** Segments every customer with a purchase before `asOf` (default: after the last order). */
export function segmentCustomers(
  book: OrderBook,
  options: { asOf?: number; segments?: number; touches?: CustomerTouches } = {},
): SegmentationRun {
  return runOf(book, fitSegments(book, options));
}

/** Turns a fitted (or applied) segmentation into rows and sizes. */
export function runOf(book: OrderBook, segmented: SegmentedCustomers): SegmentationRun {
  const { model, features, tiers } = segmented;
  const customers: CustomerSegment[] = [];
  for (let i = 0; i < features.customer.length; i++) {
    customers.push({
      customerId: book.customers[features.customer[i]!]!,
      segment: model.names[tiers[i]!]!,
      recencyDays: features.recencyDays[i]!,
      frequency: features.frequency[i]!,
      monetary: Math.round(features.monetary[i]! * 100) / 100,
      tier: tiers[i]!,
    });
  }
  const sizes: SegmentSize[] = model.names.map((segment, tier) => {
    const members = customers.filter((c) => c.tier === tier);
    const info = segmentNameInfo(segment);
    return {
      segment,
      customers: members.length,
      share: customers.length ? Math.round((members.length / customers.length) * 1000) / 1000 : 0,
      medianRecencyDays: median(members.map((c) => c.recencyDays)),
      medianFrequency: median(members.map((c) => c.frequency)),
      medianMonetary: Math.round(median(members.map((c) => c.monetary)) * 100) / 100,
      description: info?.description ?? '',
      action: info?.action ?? '',
    };
  });
  return { asOf: isoDay(features.asOf), model, customers, sizes: sizes.reverse() };
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
