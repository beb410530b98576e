import { crmMetrics, type CrmMetrics, type LatencyCell } from '../core/metrics';
import type { Collection } from './store';

/** The operations of the Collection interface whose latency is measured. */
const TIMED_OPERATIONS = [
  'findById',
  'findOne',
  'find',
  'countDocuments',
  'distinct',
  'insertOne',
  'insertMany',
  'updateOne',
  'updateMany',
  'findOneAndUpdate',
  'deleteOne',
  'deleteMany',
  'aggregate',
  'bulkWrite',
] as const;

type Operation = (a?: unknown, b?: unknown, c?: unknown) => Promise<unknown>;

/**
 * Makes every operation of `collection` (either engine) observe its duration in
 * `crmpro_store_operation_duration_seconds{collection, operation}`, failures included. Each
 * operation binds its histogram cell once, on first use, so a call costs two clock reads, one
 * observation (three additions) and the wrapper's own promise — no label object or lookup per
 * call. Returns the same instance (its engine-specific methods stay reachable).
 */
export function timeOperations<C extends Collection<{ _id: string }>>(
  collection: C,
  metrics: CrmMetrics = crmMetrics,
): C {
  const methods = collection as unknown as Record<string, Operation>;
  for (const operation of TIMED_OPERATIONS) {
    const run = methods[operation]!.bind(collection);
    let cell: LatencyCell | undefined;
    // Three fixed parameters (the most any operation takes): no rest array per call.
    const timed: Operation = async (a, b, c) => {
      const start = performance.now();
      try {
        return await run(a, b, c);
      } finally {
        cell ??= metrics.storeOperation.cell(collection.name, operation);
        cell.observe((performance.now() - start) / 1000);
      }
    };
    Object.defineProperty(collection, operation, { value: timed, writable: true, configurable: true });
  }
  return collection;
}
