import { z } from 'zod';
import { isoDay, MS_PER_DAY } from '../../ml/orders/order-date';
import { segmentMovements, type SegmentFlow } from '../../ml/segmentation/segment-movements';
import { segmentNameInfo } from '../../ml/segmentation/segment-names';
import { REGIONS, type Account } from '../../vocabulary';
import { defineSkill, type Caller, type SkillServices } from '../skill';
import { RecordVisibility } from '../shared/record-visibility';
import { accessTo, type LimitedAccountView, type Viewer } from '../shared/visibility-policy';
import { crmSegmentsOf } from '../shared/crm-segments';
import { segmentGroupOf, segmentsNamed } from '../shared/segment-lookup';
import { calendarDaySchema } from '../shared/calendar-day-schema';

export { crmSegmentsOf, segmentModelFor, CrmSegments } from '../shared/crm-segments';

const MARKETING_ROLES = ['rep', 'manager', 'marketing', 'admin'] as const;

/** An account's segment and the figures behind it. */
export interface FullAccountSegment {
  access: 'full';
  account: { id: string; name: string; region?: string };
  asOf: string;
  /** Absent when the account has no purchase on record. */
  segment?: { name: string; description: string; action: string; rank: number; of: number; members: number };
  figures?: { daysSinceLastOrder: number; orders: number; spend: number; currency?: string };
  /** The account's segment one month earlier (same model), when it had one. */
  monthAgo?: string;
}

/**
 * An account's segment, or — for a caller who may not see its purchases (a rep of another team) —
 * its name, industry and owner only.
 */
export type AccountSegment = FullAccountSegment | LimitedAccountView;

/** Which segment an account is in ("which segment is Acme in?"). */
export const segmentOfAccount = defineSkill({
  name: 'segment-of-account',
  description:
    'The customer segment an account is in (Champions, Loyal, At risk, ...), what it means, and the purchase figures behind it. Input: the account name (fuzzy), domain or id.',
  roles: MARKETING_ROLES,
  input: z.object({ account: z.string().trim().min(1, 'name the account').max(200) }),
  run: async ({ account }, { caller, services }): Promise<AccountSegment> => {
    const visibility = await RecordVisibility.of(services, caller);
    const found = await visibility.resolveAccount(account);
    if ((await visibility.access(found.ownerId, 'purchases')) !== 'full')
      return visibility.limitedAccount(found);
    const segments = await crmSegmentsOf(services);
    const run = segments.current;
    const row = run.customers.find((c) => c.customerId === found._id);
    const base: FullAccountSegment = {
      access: 'full',
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
  /** What the typed name stood for when it was no segment's own ("at risk" read as the slipping segments). */
  group?: string;
  region?: string;
  /** Only the accounts in this country (as the CRM spells it), when one was asked for. */
  country?: string;
  /** What each listed segment's customers are like and the suggested action for them. */
  actions?: Array<{ segment: string; description: string; action: string }>;
  asOf: string;
  total: number;
  /** The biggest spenders first, at most `limit`. */
  members: SegmentMember[];
  /** The whole list, for marketing's CSV export: its file name, columns and rows. */
  export: { name: string; columns: string[]; rows: Array<Array<string | number>> };
  available: string[];
  /** Set when the list holds only the accounts the caller may see ("team Enterprise's accounts"). */
  limitedTo?: string;
}

/** The accounts in a segment ("list champions in EMEA"), with a CSV export. */
export const segmentMembers = defineSkill({
  name: 'segment-members',
  description:
    'List the accounts in a customer segment (e.g. champions, at risk), optionally in one region (NA, EMEA, APAC, LATAM) or one country, with the suggested action for the segment and a CSV of the whole list for marketing. Input: segment name, optional region, country (its English name, e.g. United Kingdom) and limit.',
  roles: MARKETING_ROLES,
  input: z.object({
    segment: z.string().trim().min(1, 'name the segment').max(60),
    region: z.enum(REGIONS).optional(),
    country: z.string().trim().min(2).max(60).optional(),
    limit: z.number().int().min(1).max(200).default(20),
  }),
  run: async ({ segment, region, country, limit }, { caller, services }): Promise<SegmentMembers> => {
    const segments = await crmSegmentsOf(services);
    const run = segments.current;
    const available = run.sizes.map((s) => s.segment);
    const wanted = new Set(segmentsNamed(segment, available));
    const rows = run.customers.filter((c) => wanted.has(c.segment) && !c.customerId.startsWith('ref:'));
    const { accounts, limitedTo } = await accountsWithPurchasesShown(
      services,
      caller,
      rows.map((r) => r.customerId),
    );
    const members: SegmentMember[] = [];
    for (const r of rows) {
      const account = accounts.get(r.customerId);
      if (!account || (region && account.region !== region)) continue;
      if (country && account.country?.toLowerCase() !== country.toLowerCase()) continue;
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
    const group = segmentGroupOf(segment, available);
    const slug = (group ?? [...wanted][0]!)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/-+$/, '');
    const actions = [...wanted].flatMap((name) => {
      const info = segmentNameInfo(name);
      return info ? [{ segment: name, description: info.description, action: info.action }] : [];
    });
    return {
      segments: [...wanted],
      ...(group ? { group } : {}),
      region,
      ...(country ? { country } : {}),
      ...(actions.length ? { actions } : {}),
      asOf: run.asOf,
      total: members.length,
      members: members.slice(0, limit),
      export: {
        name: `segment-${slug}${region ? `-${region.toLowerCase()}` : ''}${country ? `-${country.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : ''}-${run.asOf}.csv`,
        columns,
        rows: exported,
      },
      available,
      ...(limitedTo ? { limitedTo } : {}),
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
  /** What a typed name stood for when it was no segment's own ("at risk" read as the slipping segments). */
  fromGroup?: string;
  toGroup?: string;
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
  /** Set when the moves are only those of the accounts the caller may see ("team Enterprise's accounts"). */
  limitedTo?: string;
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
    since: calendarDaySchema.optional(),
    limit: z.number().int().min(1).max(200).default(25),
  }),
  run: async (
    { toSegment, fromSegment, direction, since, limit },
    { caller, services },
  ): Promise<SegmentMovementResult> => {
    const segments = await crmSegmentsOf(services);
    const ladder = segments.current.sizes.map((s) => s.segment);
    const now = new Date(segments.now);
    const start = since ?? `${now.toISOString().slice(0, 7)}-01`;
    const before = await segments.segmentsOn(services.store, start);
    const after = segments.segmentsNow();
    const toSet = toSegment ? new Set(segmentsNamed(toSegment, ladder)) : undefined;
    const fromSet = fromSegment ? new Set(segmentsNamed(fromSegment, ladder)) : undefined;
    const toGroup = toSegment ? segmentGroupOf(toSegment, ladder) : undefined;
    const fromGroup = fromSegment ? segmentGroupOf(fromSegment, ladder) : undefined;
    const { flows, moves } = segmentMovements(before.members, after);
    const rank = (s: string) => (ladder.includes(s) ? ladder.indexOf(s) : ladder.length);
    const candidates = moves.filter(
      (m) =>
        !m.customerId.startsWith('ref:') &&
        (!toSet || toSet.has(m.to)) &&
        (!fromSet || fromSet.has(m.from)) &&
        // Into a group of segments is from outside it ("moved into at risk"), out of one is to outside it.
        (!toGroup || !toSet!.has(m.from)) &&
        (!fromGroup || !fromSet!.has(m.to)) &&
        (!direction || (direction === 'down' ? rank(m.to) > rank(m.from) : rank(m.to) < rank(m.from))),
    );
    const { accounts, limitedTo } = await accountsWithPurchasesShown(
      services,
      caller,
      candidates.map((m) => m.customerId),
    );
    // Only the accounts whose purchases the caller may see; the flows stay counts of everyone.
    const matching = candidates.filter((m) => accounts.has(m.customerId));
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
      ...(fromGroup ? { fromGroup } : {}),
      ...(toGroup ? { toGroup } : {}),
      direction,
      total: matching.length,
      moves: named,
      flows,
      ladder,
      sinceSource: before.source,
      ...(limitedTo ? { limitedTo } : {}),
    };
  },
});

/**
 * The accounts (of these ids) whose purchases and segment the caller may see, and, when that is
 * not all of the CRM's, how to say whose they are. Reps see their team's accounts (and unowned
 * ones); marketing, managers and admins every account (see the visibility policy).
 */
async function accountsWithPurchasesShown(
  services: SkillServices,
  caller: Caller,
  ids: string[],
): Promise<{ accounts: Map<string, Account>; limitedTo?: string }> {
  const visibility = await RecordVisibility.of(services, caller);
  const all = await accountsById(services.store, ids);
  const shown = await visibility.onlyFull([...all.values()], (a) => a.ownerId, 'purchases');
  const accounts = new Map(shown.map((a) => [a._id, a]));
  return {
    accounts,
    ...(seesEveryAccount(visibility.viewer) ? {} : { limitedTo: teamLabel(visibility.viewer) }),
  };
}

/** Whether the caller sees the purchases of accounts of any team (an owner of no team of theirs). */
function seesEveryAccount(viewer: Viewer): boolean {
  return accessTo(viewer, { id: '', name: '' }, 'purchases') === 'full';
}

function teamLabel(viewer: Viewer): string {
  return viewer.team ? `team ${viewer.team}'s accounts` : 'the accounts you may see';
}

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
