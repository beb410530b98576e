import { crmSegmentsOf, segmentMovementsSkill } from '../../skills/segments';
import { callerOfUser } from '../../skills/shared/user-directory';
import { invokeSkill, type SkillServices } from '../../skills/skill';
import type { User } from '../../vocabulary';
import type { DigestSubscription } from '../../vocabulary/digest';
import { renderFlowChart, type FlowBar } from './digest-charts';
import { formatMoney } from './digest-money';
import { localDayOf } from './local-day';
import type { ComposedDigest, DigestReply } from './forecast-digest';

/** How many flows the chart and the list show; the rest are summed in the figures. */
const FLOWS_SHOWN = 12;
/** How many notable moves the digest names. */
const NOTABLE_SHOWN = 8;
/** The segment movement digest looks at the last 7 days. */
const WEEK_DAYS = 7;

/** An account whose move is worth a marketer's attention. */
export interface NotableMove {
  accountId: string;
  name: string;
  from: string;
  to: string;
  spend: number;
  currency?: string;
  /** Why it is named: slipped from one of the two top segments, or among the biggest spenders that moved. */
  why: 'slipped-from-top' | 'biggest-spend';
}

/** The figures of marketing's weekly segment movement digest (`digest.json` in a preview). */
export interface SegmentMovementFigures {
  kind: 'segment-movement';
  generatedAt: string;
  subscriber: { name: string; email: string; team: string; timezone: string };
  since: string;
  until: string;
  sinceSource: 'snapshot' | 'reconstructed';
  /** Segments highest value first. */
  ladder: string[];
  /** Accounts that changed segment in the week (CRM accounts the subscriber may see). */
  moved: number;
  movedUp: number;
  movedDown: number;
  newCustomers: number;
  /** Counts by (from, to) of the customers that moved, biggest first. */
  flows: FlowBar[];
  notable: NotableMove[];
}

/**
 * Composes marketing's weekly segment movement digest from the `segment-movements` skill: the
 * accounts that changed RFM segment in the last 7 days, counts by flow, the notable moves (top
 * segments slipping, the biggest spenders that moved) and a flow chart.
 */
export async function composeSegmentMovementDigest(
  services: SkillServices,
  subscription: DigestSubscription,
  user: User,
): Promise<ComposedDigest<SegmentMovementFigures>> {
  const caller = callerOfUser(user, subscription.timezone);
  const now = services.clock();
  const since = localDayOf(new Date(now.getTime() - WEEK_DAYS * 86_400_000), subscription.timezone);
  const result = await invokeSkill(segmentMovementsSkill, { since, limit: 200 }, { caller, services });
  const segments = await crmSegmentsOf(services);
  const spendOf = new Map(segments.current.customers.map((c) => [c.customerId, c.monetary]));
  const rank = (s: string) => (result.ladder.includes(s) ? result.ladder.indexOf(s) : result.ladder.length);
  const directionOf = (from: string, to: string): FlowBar['direction'] =>
    from === 'none' ? 'new' : rank(to) < rank(from) ? 'up' : 'down';
  const flows = result.flows
    .filter((f) => f.from !== f.to && !f.from.startsWith('ref:'))
    .map((f) => ({ ...f, direction: directionOf(f.from, f.to) }));
  const moves = result.moves.map((m) => ({
    ...m,
    spend: Math.round((spendOf.get(m.accountId) ?? 0) * 100) / 100,
    currency: segments.data.currencyOf.get(m.accountId),
  }));
  const top = new Set(result.ladder.slice(0, 2));
  const slipped = moves
    .filter((m) => top.has(m.from) && directionOf(m.from, m.to) === 'down')
    .sort((a, b) => b.spend - a.spend);
  const named = new Set(slipped.map((m) => m.accountId));
  const biggest = moves
    .filter((m) => !named.has(m.accountId))
    .sort((a, b) => b.spend - a.spend)
    .slice(0, Math.max(3, NOTABLE_SHOWN - slipped.length));
  const notable: NotableMove[] = [
    ...slipped.map((m) => ({ ...m, why: 'slipped-from-top' as const })),
    ...biggest.map((m) => ({ ...m, why: 'biggest-spend' as const })),
  ].slice(0, NOTABLE_SHOWN);
  const count = (d: FlowBar['direction']) => moves.filter((m) => directionOf(m.from, m.to) === d).length;
  const figures: SegmentMovementFigures = {
    kind: 'segment-movement',
    generatedAt: now.toISOString(),
    subscriber: { name: user.name, email: user.email, team: user.team, timezone: subscription.timezone },
    since: result.since,
    until: result.until,
    sinceSource: result.sinceSource,
    ladder: result.ladder,
    moved: result.total,
    movedUp: count('up'),
    movedDown: count('down'),
    newCustomers: count('new'),
    flows,
    notable,
  };
  const chartPng = await renderFlowChart(
    `Segment moves ${figures.since} to ${figures.until}`,
    flows.slice(0, FLOWS_SHOWN),
  );
  return {
    figures,
    reply: segmentMovementReply(figures, chartPng),
    chartPng,
    chartName: 'segment-movement.png',
  };
}

/** The digest as a channel-neutral reply: counts as facts, the notable moves and the biggest flows as lists. */
export function segmentMovementReply(figures: SegmentMovementFigures, chartPng: Buffer): DigestReply {
  const label = (s: string) => (s === 'none' ? 'new customer' : s);
  const headline = figures.moved
    ? `${figures.moved} account${figures.moved === 1 ? '' : 's'} changed segment between ${figures.since} and ${figures.until}: ${figures.movedUp} up, ${figures.movedDown} down, ${figures.newCustomers} new.`
    : `No account changed segment between ${figures.since} and ${figures.until}.`;
  const notableLines = figures.notable.map(
    (m) =>
      `${m.name}: ${label(m.from)} → ${m.to}${m.why === 'slipped-from-top' ? ' (slipped from a top segment)' : ''}, spend ${money(m.spend, m.currency)}`,
  );
  const note =
    figures.sinceSource === 'reconstructed'
      ? `Segments on ${figures.since} were rebuilt from the orders before that day (no snapshot was recorded).`
      : undefined;
  return {
    title: `Segment movement: week to ${figures.until}`,
    text: [
      headline,
      ...(notableLines.length ? ['Notable moves:', ...notableLines] : []),
      ...(note ? [note] : []),
    ].join('\n\n'),
    facts: [
      { label: 'Changed segment', value: String(figures.moved) },
      { label: 'Moved up', value: String(figures.movedUp) },
      { label: 'Moved down', value: String(figures.movedDown) },
      { label: 'New customers', value: String(figures.newCustomers) },
    ],
    lists: [
      ...(figures.notable.length
        ? [
            {
              title: 'Notable moves',
              items: figures.notable.map((m) => ({
                title: m.name,
                subtitle: `${label(m.from)} → ${m.to}${m.why === 'slipped-from-top' ? ', slipped from a top segment' : ''}`,
                value: money(m.spend, m.currency),
              })),
            },
          ]
        : []),
      ...(figures.flows.length
        ? [
            {
              title: 'Moves by flow',
              items: figures.flows.slice(0, FLOWS_SHOWN).map((f) => ({
                title: `${label(f.from)} → ${f.to}`,
                value: String(f.customers),
              })),
            },
          ]
        : []),
    ],
    images: [{ alt: 'Segment moves by flow', url: `data:image/png;base64,${chartPng.toString('base64')}` }],
  };
}

function money(amount: number, currency?: string): string {
  if (!currency) return amount.toFixed(0);
  return formatMoney(amount, currency);
}
