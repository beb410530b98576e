import { z } from 'zod';
import { isoDay, MS_PER_DAY } from '../../ml/orders/order-date';
import { segmentMovements, type SegmentFlow } from '../../ml/segmentation/segment-movements';
import { segmentNameInfo } from '../../ml/segmentation/segment-names';
import { REGIONS, type Account } from '../../vocabulary';
import { accountResolverOf } from '../shared/account-resolver';
import { defineSkill } from '../skill';
import { crmSegmentsOf } from './crm-segments';
import { segmentsNamed } from './segment-lookup';

export { crmSegmentsOf, segmentModelFor, CrmSegments } from './crm-segments';

const MARKETING_ROLES = ['rep', 'manager', 'marketing', 'admin'] as const;

/** An account's segment and the figures behind it. */
export interface AccountSegment {
  account: { id: string; name: string; region?: string };
  asOf: string;
  /** Absent when the account has no purchase on record. */
  segment?: { name: string; description: string; action: string; rank: number; of: number; members: number };
  figures?: { daysSinceLastOrder: number; orders: number; spend: number; currency?: string };
  /** The account's segment one month earlier (same model), when it had one. */
  monthAgo?: string;
}

/** Which segment an account is in ("which segment is Acme in?"). */
export const segmentOfAccount = defineSkill({
  name: 'segment-of-account',
  description:
    'The customer segment an account is in (Champions, Loyal, At risk, ...), what it means, and the purchase figures behind it. Input: the account name (fuzzy), domain or id.',
  roles: MARKETING_ROLES,
  input: z.object({ account: z.string().trim().min(1, 'name the account').max(200) }),
  run: async ({ account }, { services }): Promise<AccountSegment> => {
    const found = await (await accountResolverOf(services)).resolve(account);
    const segments = await crmSegmentsOf(services);
    const run = segments.current;
    const row = run.customers.find((c) => c.customerId === found._id);
    const base: AccountSegment = {
      account: { id: found._id, name: found.name, region: found.region },
      asOf: run.asOf,
    };
    if (!row) return base;
    const ladder = run.sizes.map((s) => s.segment);
    const monthAgo = await segments.segmentsOn(services.store, isoDay(segments.now - 30 * MS_PER_DAY));
    const info = segmentNameInfo(row.segment);
    return {
      ...base,
      segment: {
        name: row.segment,
        description: info?.description ?? '',
        action: info?.action ?? '',
        rank: ladder.indexOf(row.segment) + 1,
        of: ladder.length,
        members: run.sizes.find((s) => s.segment === row.segment)?.customers ?? 0,
      },
      figures: {
        daysSinceLastOrder: row.recencyDays,
        orders: row.frequency,
        spend: row.monetary,
        currency: segments.data.currencyOf.get(found._id),
      },
      monthAgo: monthAgo.members.get(found._id),
    };
  },
});

/** One account of a segment list. */
export interface SegmentMember {
  accountId: string;
  name: string;
  region?: string;
  country?: string;
  segment: string;
  daysSinceLastOrder: number;
  orders: number;
  spend: number;
  currency?: string;
}

/** The accounts of one segment, optionally in one region, with the full list as CSV for marketing. */
export interface SegmentMembers {
  segments: string[];
  region?: string;
  asOf: string;
  total: number;
  /** The biggest spenders first, at most `limit`. */
  members: SegmentMember[];
  /** The whole list, for marketing's CSV export: its file name, columns and rows. */
  export: { name: string; columns: string[]; rows: Array<Array<string | number>> };
  available: string[];
}

/** The accounts in a segment ("list champions in EMEA"), with a CSV export. */
export const segmentMembers = defineSkill({
  name: 'segment-members',
  description:
    'List the accounts in a customer segment (e.g. champions, at risk), optionally in one region (NA, EMEA, APAC, LATAM), with a CSV of the whole list for marketing. Input: segment name, optional region and limit.',
  roles: MARKETING_ROLES,
  input: z.object({
    segment: z.string().trim().min(1, 'name the segment').max(60),
    region: z.enum(REGIONS).optional(),
    limit: z.number().int().min(1).max(200).default(20),
  }),
  run: async ({ segment, region, limit }, { services }): Promise<SegmentMembers> => {
    const segments = await crmSegmentsOf(services);
    const run = segments.current;
    const available = run.sizes.map((s) => s.segment);
    const wanted = new Set(segmentsNamed(segment, available));
    const rows = run.customers.filter((c) => wanted.has(c.segment) && !c.customerId.startsWith('ref:'));
    const accounts = await accountsById(
      services.store,
      rows.map((r) => r.customerId),
    );
    const members: SegmentMember[] = [];
    for (const r of rows) {
      const account = accounts.get(r.customerId);
      if (!account || (region && account.region !== region)) continue;
      members.push({
        accountId: r.customerId,
        name: account.name,
        region: account.region,
        country: account.country,
        segment: r.segment,
        daysSinceLastOrder: r.recencyDays,
        orders: r.frequency,
        spend: r.monetary,
        currency: segments.data.currencyOf.get(r.customerId),
      });
    }
    members.sort((a, b) => b.spend - a.spend || a.name.localeCompare(b.name));
    const columns = [
      'account_id',
      'account',
      'region',
      'country',
      'segment',
      'days_since_last_order',
      'orders',
      'spend',
      'currency',
    ];
    const exported = members.map((m) => [
      m.accountId,
      m.name,
      m.region ?? '',
      m.country ?? '',
      m.segment,
      m.daysSinceLastOrder,
      m.orders,
      m.spend.toFixed(2),
      m.currency ?? '',
    ]);
    const slug = [...wanted][0]!
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/-+$/, '');
    return {
      segments: [...wanted],
      region,
      asOf: run.asOf,
      total: members.length,
      members: members.slice(0, limit),
      export: {
        name: `segment-${slug}${region ? `-${region.toLowerCase()}` : ''}-${run.asOf}.csv`,
        columns,
        rows: exported,
      },
      available,
    };
  },
});

/** An account that changed segment. */
export interface SegmentMoveOfAccount {
  accountId: string;
  name: string;
  from: string;
  to: string;
}

/** Who moved between segments in a period. */
export interface SegmentMovementResult {
  since: string;
  until: string;
  fromSegments?: string[];
  toSegments?: string[];
  direction?: 'up' | 'down';
  /** Accounts matching the question. */
  total: number;
  moves: SegmentMoveOfAccount[];
  /** All customers by (from, to), for a movement chart. */
  flows: SegmentFlow[];
  /** Segments highest value first. */
  ladder: string[];
  /** Whether the start was a recorded snapshot or reconstructed from orders before it. */
  sinceSource: 'snapshot' | 'reconstructed';
}

/** Who moved between segments ("who moved to At risk this month?", "who moved down since 1 May?"). */
export const segmentMovementsSkill = defineSkill({
  name: 'segment-movements',
  description:
    'Accounts that changed customer segment in a period (default: since the start of this month), optionally only those that moved into or out of a segment, or up/down the value ladder. Input: toSegment, fromSegment, direction (up|down), since and until as YYYY-MM-DD.',
  roles: MARKETING_ROLES,
  input: z.object({
    toSegment: z.string().trim().min(1).max(60).optional(),
    fromSegment: z.string().trim().min(1).max(60).optional(),
    direction: z.enum(['up', 'down']).optional(),
    since: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
      .optional(),
    limit: z.number().int().min(1).max(200).default(25),
  }),
  run: async (
    { toSegment, fromSegment, direction, since, limit },
    { services },
  ): Promise<SegmentMovementResult> => {
    const segments = await crmSegmentsOf(services);
    const ladder = segments.current.sizes.map((s) => s.segment);
    const now = new Date(segments.now);
    const start = since ?? `${now.toISOString().slice(0, 7)}-01`;
    const before = await segments.segmentsOn(services.store, start);
    const after = segments.segmentsNow();
    const toSet = toSegment ? new Set(segmentsNamed(toSegment, ladder)) : undefined;
    const fromSet = fromSegment ? new Set(segmentsNamed(fromSegment, ladder)) : undefined;
    const { flows, moves } = segmentMovements(before.members, after);
    const rank = (s: string) => (ladder.includes(s) ? ladder.indexOf(s) : ladder.length);
    const matching = moves.filter(
      (m) =>
        !m.customerId.startsWith('ref:') &&
        (!toSet || toSet.has(m.to)) &&
        (!fromSet || fromSet.has(m.from)) &&
        (!direction || (direction === 'down' ? rank(m.to) > rank(m.from) : rank(m.to) < rank(m.from))),
    );
    const accounts = await accountsById(
      services.store,
      matching.slice(0, limit * 2).map((m) => m.customerId),
    );
    const named = matching
      .map((m) => ({
        accountId: m.customerId,
        name: accounts.get(m.customerId)?.name ?? m.customerId,
        from: m.from,
        to: m.to,
      }))
      .slice(0, limit);
    return {
      since: start,
      until: segments.current.asOf,
      fromSegments: fromSet ? [...fromSet] : undefined,
      toSegments: toSet ? [...toSet] : undefined,
      direction,
      total: matching.length,
      moves: named,
      flows,
      ladder,
      sinceSource: before.source,
    };
  },
});

async function accountsById(
  store: { accounts: { find(filter: Record<string, unknown>): Promise<Account[]> } },
  ids: string[],
): Promise<Map<string, Account>> {
  const accounts = new Map<string, Account>();
  for (let i = 0; i < ids.length; i += 1000) {
    for (const a of await store.accounts.find({ _id: { $in: ids.slice(i, i + 1000) } }))
      accounts.set(a._id, a);
  }
  return accounts;
}
