import { seededRandom } from '../../src/core/seeded-random';
import { nameKeyOf, type Deal, type DealStage } from '../../src/vocabulary';
import type { NewDocument, Store } from '../../src/store/store';

/** "Now" of the fixture: mid-March, so "this quarter" is Q1 2026. */
export const NOW = new Date('2026-03-15T12:00:00Z');
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);

export interface ForecastCrm {
  repId: string;
  teammateId: string;
  managerId: string;
  westRepId: string;
  /** Open deals with a known story. */
  deals: {
    championDeal: string;
    noChampionDeal: string;
    overdueDeal: string;
    slippedDeal: string;
    stalledDeal: string;
    healthyDeal: string;
    wonToday: string;
    movedToday: string;
    euroDeal: string;
  };
}

/**
 * A small CRM with a planted win rule: deals at accounts with a champion are won 80% of the time and
 * get meetings; the rest are won 20% of the time. Two years of closed deals (some in EUR), and open
 * deals this quarter with known stories: overdue, pushed out, stalled, healthy, won today, moved today.
 */
export async function loadForecastCrm(store: Store): Promise<ForecastCrm> {
  const random = seededRandom(11);
  const [rep, teammate, manager, westRep] = await store.users.insertMany([
    { email: 'ana@example.com', name: 'Ana Ortiz', role: 'rep', team: 'East', timezone: 'UTC', active: true },
    {
      email: 'ben@example.com',
      name: 'Ben Okafor',
      role: 'rep',
      team: 'East',
      timezone: 'UTC',
      active: true,
    },
    {
      email: 'mia@example.com',
      name: 'Mia Chen',
      role: 'manager',
      team: 'East',
      timezone: 'UTC',
      active: true,
    },
    { email: 'wes@example.com', name: 'Wes Long', role: 'rep', team: 'West', timezone: 'UTC', active: true },
  ]);
  const industries = ['Software', 'Retail', 'Energy', 'Healthcare'];
  const accounts = await store.accounts.insertMany(
    Array.from({ length: 24 }, (_, i) => ({
      name: `Company ${i}`,
      nameKey: nameKeyOf(`Company ${i}`),
      industry: industries[i % 4]!,
      size: '51-200' as const,
      region: 'NA' as const,
      status: 'customer' as const,
    })),
  );
  const champion = (i: number) => i % 2 === 0;
  await store.contacts.insertMany(
    accounts.map((account, i) => ({
      accountId: account._id,
      firstName: 'Pat',
      lastName: `Lee${i}`,
      nameKey: `pat lee${i}`,
      primary: true,
      ...(champion(i) ? { buyingRole: 'champion' as const } : { buyingRole: 'user' as const }),
    })),
  );
  const owners = [rep!._id, teammate!._id, westRep!._id];
  const history = (stages: DealStage[], from: Date, to: Date) =>
    stages.map((stage, k) => ({
      stage,
      at: new Date(from.getTime() + ((to.getTime() - from.getTime()) * k) / Math.max(1, stages.length - 1)),
    }));
  const closed: NewDocument<Deal>[] = [];
  const meetings: { dealIndex: number; at: Date }[] = [];
  for (let k = 0; k < 240; k++) {
    const a = k % accounts.length;
    const won = random() < (champion(a) ? 0.8 : 0.2);
    const closedAt = daysAgo(5 + Math.floor(random() * 700));
    const created = new Date(closedAt.getTime() - (30 + random() * 60) * DAY);
    const currency = k % 6 === 0 ? 'EUR' : 'USD';
    closed.push({
      // Fixed deal ids: training snapshots are placed by a hash of the deal id, so random ids would
      // make every run train a slightly different model (and the score-drop check flip on the margin).
      _id: `fixture-closed-deal-${k}`,
      name: `Closed deal ${k}`,
      accountId: accounts[a]!._id,
      ownerId: owners[k % 3]!,
      stage: won ? 'closed_won' : 'closed_lost',
      amount: 10_000 + Math.round(random() * 40) * 1000,
      currency,
      closeDate: closedAt,
      closedAt,
      probability: won ? 100 : 0,
      forecastCategory: won ? 'closed' : 'omitted',
      type: 'new_business',
      stageHistory: history(
        ['prospecting', 'proposal', 'negotiation', won ? 'closed_won' : 'closed_lost'],
        created,
        closedAt,
      ),
    });
    const count = champion(a) ? 3 + Math.floor(random() * 3) : Math.floor(random() * 2);
    for (let m = 0; m < count; m++)
      meetings.push({
        dealIndex: k,
        at: new Date(created.getTime() + ((m + 1) / (count + 1)) * (closedAt.getTime() - created.getTime())),
      });
  }
  const closedDocs = await store.deals.insertMany(closed);
  const open = (
    name: string,
    a: number,
    owner: string,
    stage: DealStage,
    closeInDays: number,
    options: Partial<NewDocument<Deal>> & { createdDaysAgo?: number; stageDaysAgo?: number } = {},
  ) => {
    const created = daysAgo(options.createdDaysAgo ?? 40);
    const stageAt = daysAgo(options.stageDaysAgo ?? 10);
    return {
      _id: `fixture-deal-${name.toLowerCase().replace(/\W+/g, '-')}`,
      name,
      accountId: accounts[a]!._id,
      ownerId: owner,
      stage,
      amount: 50_000,
      currency: 'USD',
      closeDate: new Date(NOW.getTime() + closeInDays * DAY),
      probability: stage === 'negotiation' ? 60 : stage === 'proposal' ? 40 : 20,
      forecastCategory: stage === 'negotiation' ? ('commit' as const) : ('best_case' as const),
      type: 'new_business' as const,
      stageHistory: [
        { stage: 'prospecting' as const, at: created },
        ...(stage === 'prospecting' ? [] : [{ stage, at: stageAt }]),
      ],
      ...options,
    };
  };
  const openDocs = await store.deals.insertMany([
    open('Champion deal', 0, rep!._id, 'proposal', 10),
    open('No champion deal', 1, rep!._id, 'proposal', 12),
    open('Overdue deal', 2, rep!._id, 'negotiation', -12),
    open('Slipped deal', 4, teammate!._id, 'proposal', 14),
    open('Stalled deal', 6, teammate!._id, 'qualification', 10, { createdDaysAgo: 150, stageDaysAgo: 120 }),
    open('Healthy deal', 8, rep!._id, 'negotiation', 8, { createdDaysAgo: 20, stageDaysAgo: 3 }),
    open('Moved today', 10, rep!._id, 'negotiation', 9, { stageDaysAgo: 0.1 }),
    open('Euro deal', 12, teammate!._id, 'proposal', 11, { currency: 'EUR', amount: 30_000 }),
    open('West deal', 14, westRep!._id, 'proposal', 10),
  ]);
  const wonToday = await store.deals.insertOne({
    ...open('Won today', 16, rep!._id, 'negotiation', 0),
    stage: 'closed_won',
    probability: 100,
    forecastCategory: 'closed',
    closedAt: daysAgo(0.1),
    closeDate: daysAgo(0.1),
    stageHistory: [
      { stage: 'prospecting', at: daysAgo(40) },
      { stage: 'negotiation', at: daysAgo(10) },
      { stage: 'closed_won', at: daysAgo(0.1) },
    ],
  });
  const byName = (name: string) => openDocs.find((d) => d.name === name)!._id;
  await store.interactions.insertMany([
    ...meetings.map(({ dealIndex, at }) => ({
      type: 'meeting' as const,
      dealId: closedDocs[dealIndex]!._id,
      accountId: closedDocs[dealIndex]!.accountId,
      occurredAt: at,
      summary: 'Meeting',
    })),
    ...[1, 5, 9].map((d) => ({
      type: 'meeting' as const,
      dealId: byName('Champion deal'),
      occurredAt: daysAgo(d),
      summary: 'Meeting',
    })),
    ...[2, 6].map((d) => ({
      type: 'call' as const,
      dealId: byName('Healthy deal'),
      occurredAt: daysAgo(d),
      summary: 'Call',
    })),
    {
      type: 'note' as const,
      dealId: byName('Slipped deal'),
      occurredAt: daysAgo(3),
      summary: 'Close date moved from 2026-03-05 to 2026-03-29: legal review took longer',
    },
    { type: 'call' as const, dealId: byName('Slipped deal'), occurredAt: daysAgo(2), summary: 'Call' },
  ]);
  return {
    repId: rep!._id,
    teammateId: teammate!._id,
    managerId: manager!._id,
    westRepId: westRep!._id,
    deals: {
      championDeal: byName('Champion deal'),
      noChampionDeal: byName('No champion deal'),
      overdueDeal: byName('Overdue deal'),
      slippedDeal: byName('Slipped deal'),
      stalledDeal: byName('Stalled deal'),
      healthyDeal: byName('Healthy deal'),
      wonToday: wonToday._id,
      movedToday: byName('Moved today'),
      euroDeal: byName('Euro deal'),
    },
  };
}
