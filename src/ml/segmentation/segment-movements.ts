/** How many customers went from one segment to another between two dates. */
export interface SegmentFlow {
  from: string;
  to: string;
  customers: number;
}

/** One customer who changed segment. */
export interface SegmentMove {
  customerId: string;
  from: string;
  to: string;
}

/** The movement between two assignments (customer id → segment); 'none' marks no segment yet (new customers). */
export function segmentMovements(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
): { flows: SegmentFlow[]; moves: SegmentMove[] } {
  const counts = new Map<string, SegmentFlow>();
  const moves: SegmentMove[] = [];
  for (const [customerId, to] of after) {
    const from = before.get(customerId) ?? 'none';
    const key = `${from}\u0000${to}`;
    const flow = counts.get(key) ?? { from, to, customers: 0 };
    flow.customers++;
    counts.set(key, flow);
    if (from !== to) moves.push({ customerId, from, to });
  }
  const flows = [...counts.values()].sort((a, b) => b.customers - a.customers);
  return { flows, moves };
}
