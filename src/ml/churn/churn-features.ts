import type { CrmFeatureRow, CrmFeatureSpec, CrmFeatureValue } from '../scoring/crm-features';
import { countBetween, lowerBound, type AccountHistory } from './account-history';

const DAY = 86_400_000;
/** The recent window the features look at, and the longer one it is compared with. */
const RECENT_DAYS = 90;
const BEFORE_DAYS = 270;
/** An interaction at or below this sentiment reads as negative. */
const NEGATIVE_AT = -0.1;
/** A champion who left this recently still counts as "champion left". */
const CHAMPION_LEFT_WITHIN_DAYS = 365;

/** The kinds of reason the churn model gives: the five of the account-health story and an open renewal. */
export type ChurnReasonKind =
  | 'falling_orders'
  | 'fewer_interactions'
  | 'open_cases'
  | 'negative_sentiment'
  | 'champion_left'
  | 'renewal_open'
  | 'other';

/** A churn feature: a scoring feature spec with the kind of reason it stands for. */
export interface ChurnFeatureSpec extends CrmFeatureSpec {
  reason: ChurnReasonKind;
  /** True when the value is a warning sign in itself (a reason is only given for such a value). */
  concerning(value: CrmFeatureValue): boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const whole = (value: CrmFeatureValue) => Math.round(Number(value));
const pct = (ratio: number) => `${Math.round(Math.abs(1 - ratio) * 100)}%`;

/** The churn model's inputs, as of a cutoff (only what was known then counts). */
export const CHURN_FEATURES: readonly ChurnFeatureSpec[] = [
  {
    name: 'orders_90d',
    concerning: (v) => v !== null && Number(v) === 0,
    kind: 'numeric',
    reason: 'falling_orders',
    description: 'orders in the last 90 days',
    phrase: (v) =>
      Number(v) ? `${plural(whole(v), 'order')} in the last 90 days` : 'no orders in the last 90 days',
  },
  {
    name: 'order_trend',
    concerning: (v) => v !== null && Number(v) < 0.75,
    kind: 'numeric',
    reason: 'falling_orders',
    description: 'orders in the last 90 days divided by the quarterly average of the 270 days before',
    phrase: (v) =>
      v === null
        ? 'no order history to compare with'
        : Number(v) < 1
          ? `falling orders (down ${pct(Number(v))} on the quarters before)`
          : `orders up ${pct(Number(v))} on the quarters before`,
  },
  {
    name: 'days_since_order',
    concerning: (v) => v !== null && Number(v) > 90,
    kind: 'numeric',
    reason: 'falling_orders',
    description: 'days since the last order',
    phrase: (v) => (v === null ? 'never ordered' : `last order ${plural(whole(v), 'day')} ago`),
  },
  {
    name: 'interactions_90d',
    concerning: (v) => v !== null && Number(v) <= 1,
    kind: 'numeric',
    reason: 'fewer_interactions',
    description: 'interactions in the last 90 days',
    phrase: (v) =>
      Number(v)
        ? `${plural(whole(v), 'interaction')} in the last 90 days`
        : 'no interactions in the last 90 days',
  },
  {
    name: 'interaction_trend',
    concerning: (v) => v !== null && Number(v) < 0.75,
    kind: 'numeric',
    reason: 'fewer_interactions',
    description: 'interactions in the last 90 days divided by the quarterly average of the 270 days before',
    phrase: (v) =>
      v === null
        ? 'no earlier interactions to compare with'
        : Number(v) < 1
          ? `fewer interactions (down ${pct(Number(v))} on the quarters before)`
          : `more interactions (up ${pct(Number(v))})`,
  },
  {
    name: 'days_since_interaction',
    concerning: (v) => v === null || Number(v) > 45,
    kind: 'numeric',
    reason: 'fewer_interactions',
    description: 'days since the last interaction',
    phrase: (v) => (v === null ? 'no interactions yet' : `last interaction ${plural(whole(v), 'day')} ago`),
  },
  {
    name: 'sentiment_90d',
    concerning: (v) => v !== null && Number(v) < -0.05,
    kind: 'numeric',
    reason: 'negative_sentiment',
    description: 'mean sentiment (-1..1) of the interactions in the last 90 days',
    phrase: (v) =>
      v === null
        ? 'no recent interactions to read'
        : Number(v) < 0
          ? `negative sentiment in recent interactions (${Number(v).toFixed(2)})`
          : `positive sentiment in recent interactions (${Number(v).toFixed(2)})`,
  },
  {
    name: 'negative_share_90d',
    concerning: (v) => v !== null && Number(v) >= 0.25,
    kind: 'numeric',
    reason: 'negative_sentiment',
    description: 'share of the last 90 days of interactions that read as negative',
    phrase: (v) =>
      v === null
        ? 'no recent interactions to read'
        : `negative sentiment: ${Math.round(Number(v) * 100)}% of recent interactions read negative`,
  },
  {
    name: 'open_high_cases',
    concerning: (v) => Number(v) > 0,
    kind: 'numeric',
    reason: 'open_cases',
    description: 'open cases of high or urgent priority',
    phrase: (v) =>
      Number(v) ? `${plural(whole(v), 'open high-priority case')}` : 'no open high-priority cases',
  },
  {
    name: 'cases_90d',
    concerning: (v) => Number(v) >= 2,
    kind: 'numeric',
    reason: 'open_cases',
    description: 'cases opened in the last 90 days',
    phrase: (v) => (Number(v) ? `${plural(whole(v), 'case')} opened in the last 90 days` : 'no new cases'),
  },
  {
    name: 'champion_left',
    concerning: (v) => v === 'yes',
    kind: 'categorical',
    reason: 'champion_left',
    description: 'a champion left the account in the last year',
    phrase: (v, row) =>
      v === 'yes' ? `champion left (${String(row.champion_who_left ?? 'the champion')})` : 'no champion left',
  },
  {
    name: 'champion_present',
    concerning: (v) => v === 'no',
    kind: 'categorical',
    reason: 'other',
    description: 'a champion still at the account',
    phrase: (v) => (v === 'yes' ? 'a champion at the account' : 'no champion at the account'),
  },
  {
    name: 'open_renewal',
    concerning: (v) => v === 'yes',
    kind: 'categorical',
    reason: 'renewal_open',
    description: 'a renewal deal is open',
    phrase: (v) => (v === 'yes' ? 'a renewal is open (it may lapse)' : 'no renewal open'),
  },
  {
    name: 'wins_365d',
    concerning: (v) => Number(v) === 0,
    kind: 'numeric',
    reason: 'other',
    description: 'deals won in the last year',
    phrase: (v) =>
      Number(v) ? `${plural(whole(v), 'deal')} won in the last year` : 'no deal won in the last year',
  },
  {
    name: 'tenure_days',
    concerning: () => false,
    kind: 'numeric',
    reason: 'other',
    description: 'days since the first order or win',
    phrase: (v) => `a customer for ${plural(Math.round(Number(v) / 30), 'month')}`,
  },
];

/** The kind of reason each feature stands for. */
export function reasonKindOf(feature: string): ChurnReasonKind {
  return CHURN_FEATURES.find((spec) => spec.name === feature)?.reason ?? 'other';
}

/**
 * True when the account was an active customer at `asOf`: it had bought (an order or a won deal)
 * before then and had not churned yet.
 */
export function isActiveAt(history: AccountHistory, asOf: number): boolean {
  const churnedAt = history.account.churnedAt?.getTime();
  if (churnedAt !== undefined && churnedAt <= asOf) return false;
  return (history.orders[0] ?? Infinity) <= asOf || (history.wins[0] ?? Infinity) <= asOf;
}

/** The label of a snapshot: the account churned or let a renewal lapse in (asOf, asOf + horizon]. */
export function lostWithin(history: AccountHistory, asOf: number, horizonDays: number): boolean {
  const end = asOf + horizonDays * DAY;
  const churnedAt = history.account.churnedAt?.getTime();
  if (churnedAt !== undefined && churnedAt > asOf && churnedAt <= end) return true;
  return history.lapses.some((at) => at > asOf && at <= end);
}

/** The churn features of one account as of `asOf` (ms). */
export function churnFeatures(history: AccountHistory, asOf: number): CrmFeatureRow {
  const recentFrom = asOf - RECENT_DAYS * DAY;
  const beforeFrom = recentFrom - BEFORE_DAYS * DAY;
  const quarters = BEFORE_DAYS / RECENT_DAYS;
  const trend = (recent: number, before: number) => (before > 0 ? recent / (before / quarters) : null);

  const ordersRecent = countBetween(history.orders, recentFrom, asOf + 1);
  const ordersBefore = countBetween(history.orders, beforeFrom, recentFrom);
  const lastOrder = lastAtOrBefore(history.orders, asOf);

  const times = history.interactions.map((i) => i.at);
  const from = lowerBound(times, recentFrom);
  const to = lowerBound(times, asOf + 1);
  const interactionsBefore = countBetween(times, beforeFrom, recentFrom);
  let sum = 0;
  let read = 0;
  let negative = 0;
  for (let i = from; i < to; i++) {
    const sentiment = history.interactions[i]!.sentiment;
    if (Number.isNaN(sentiment)) continue;
    sum += sentiment;
    read++;
    if (sentiment <= NEGATIVE_AT) negative++;
  }
  const lastInteraction = to > 0 ? times[to - 1]! : undefined;

  const left = history.champions.filter(
    (c) => c.leftAt <= asOf && c.leftAt > asOf - CHAMPION_LEFT_WITHIN_DAYS * DAY,
  );
  const present = history.champions.some((c) => c.from <= asOf && c.leftAt > asOf);
  const firstBought = Math.min(history.orders[0] ?? Infinity, history.wins[0] ?? Infinity);
  return {
    orders_90d: ordersRecent,
    order_trend: trend(ordersRecent, ordersBefore),
    days_since_order: lastOrder === undefined ? null : (asOf - lastOrder) / DAY,
    interactions_90d: to - from,
    interaction_trend: trend(to - from, interactionsBefore),
    days_since_interaction: lastInteraction === undefined ? null : (asOf - lastInteraction) / DAY,
    sentiment_90d: read ? sum / read : null,
    negative_share_90d: read ? negative / read : null,
    open_high_cases: history.cases.filter((c) => c.high && c.opened <= asOf && c.resolved > asOf).length,
    cases_90d: history.cases.filter((c) => c.opened <= asOf && c.opened > recentFrom).length,
    champion_left: left.length ? 'yes' : 'no',
    champion_who_left: left.at(-1)?.name ?? null,
    champion_present: present ? 'yes' : 'no',
    open_renewal: history.renewals.some((r) => r.opened <= asOf && r.closed > asOf) ? 'yes' : 'no',
    wins_365d: countBetween(history.wins, asOf - 365 * DAY, asOf + 1),
    tenure_days: Number.isFinite(firstBought) ? Math.max(0, (asOf - firstBought) / DAY) : 0,
  };
}

function lastAtOrBefore(sorted: readonly number[], asOf: number): number | undefined {
  const index = lowerBound(sorted, asOf + 1);
  return index > 0 ? sorted[index - 1] : undefined;
}
