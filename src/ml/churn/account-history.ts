import type { Account, Case, Contact, Deal, Interaction, Order } from '../../vocabulary';

/** The parts of CRM documents the churn features read. */
export type ChurnAccountRecord = Pick<Account, '_id' | 'name' | 'status'> &
  Partial<Pick<Account, 'churnedAt' | 'createdAt' | 'size' | 'ownerId'>>;
export type ChurnOrderRecord = Pick<Order, 'orderedAt' | 'status'> & Partial<Pick<Order, 'accountId'>>;
export type ChurnInteractionRecord = Pick<Interaction, 'occurredAt'> &
  Partial<Pick<Interaction, 'accountId' | 'sentiment' | 'summary'>>;
export type ChurnDealRecord = Pick<Deal, 'accountId' | 'type' | 'stage' | 'stageHistory'> &
  Partial<Pick<Deal, 'closedAt' | 'createdAt'>>;
export type ChurnContactRecord = Pick<Contact, 'accountId'> &
  Partial<Pick<Contact, 'buyingRole' | 'leftAt' | 'createdAt' | 'firstName' | 'lastName'>>;
export type ChurnCaseRecord = Pick<Case, 'priority' | 'status'> &
  Partial<Pick<Case, 'accountId' | 'createdAt' | 'resolvedAt'>>;

/** Everything the churn model knows about one account, each list sorted by time. */
export interface AccountHistory {
  account: ChurnAccountRecord;
  /** Times (ms) of orders that were not cancelled or returns. */
  orders: number[];
  /** Times (ms) and sentiments of interactions (NaN when neither stored nor scorable). */
  interactions: { at: number; sentiment: number }[];
  /** Won deals' close times and lost renewals' close times (ms). */
  wins: number[];
  lapses: number[];
  /** Renewal deals: opened and closed (ms; closed Infinity while open). */
  renewals: { opened: number; closed: number }[];
  champions: { name: string; from: number; leftAt: number }[];
  cases: { opened: number; resolved: number; high: boolean }[];
}

/** The CRM records the churn model trains and scores on. */
export interface ChurnRecords {
  accounts: readonly ChurnAccountRecord[];
  orders: readonly ChurnOrderRecord[];
  interactions: readonly ChurnInteractionRecord[];
  deals: readonly ChurnDealRecord[];
  contacts: readonly ChurnContactRecord[];
  cases?: readonly ChurnCaseRecord[];
}

/**
 * Groups the records by account, sorted by time. Interactions without a stored sentiment get one
 * from `sentimentOf` (their summary), so a store seeded before sentiment was stored still works.
 */
export function accountHistories(
  records: ChurnRecords,
  sentimentOf: (text: string) => number,
): Map<string, AccountHistory> {
  const histories = new Map<string, AccountHistory>();
  for (const account of records.accounts) {
    histories.set(account._id, {
      account,
      orders: [],
      interactions: [],
      wins: [],
      lapses: [],
      renewals: [],
      champions: [],
      cases: [],
    });
  }
  const of = (accountId: string | undefined) => (accountId ? histories.get(accountId) : undefined);
  for (const order of records.orders) {
    if (order.status === 'cancelled' || order.status === 'returned') continue;
    of(order.accountId)?.orders.push(order.orderedAt.getTime());
  }
  for (const interaction of records.interactions) {
    const history = of(interaction.accountId);
    if (!history) continue;
    const sentiment =
      interaction.sentiment ?? (interaction.summary ? sentimentOf(interaction.summary) : Number.NaN);
    history.interactions.push({ at: interaction.occurredAt.getTime(), sentiment });
  }
  for (const deal of records.deals) {
    const history = of(deal.accountId);
    if (!history) continue;
    const closed = deal.closedAt?.getTime();
    if (deal.stage === 'closed_won' && closed !== undefined) history.wins.push(closed);
    if (deal.type !== 'renewal') continue;
    const opened = (deal.stageHistory[0]?.at ?? deal.createdAt ?? deal.closedAt)?.getTime();
    if (opened === undefined) continue;
    history.renewals.push({ opened, closed: closed ?? Number.POSITIVE_INFINITY });
    if (deal.stage === 'closed_lost' && closed !== undefined) history.lapses.push(closed);
  }
  for (const contact of records.contacts) {
    if (contact.buyingRole !== 'champion') continue;
    of(contact.accountId)?.champions.push({
      name: [contact.firstName, contact.lastName].filter(Boolean).join(' ') || 'the champion',
      from: contact.createdAt?.getTime() ?? Number.NEGATIVE_INFINITY,
      leftAt: contact.leftAt?.getTime() ?? Number.POSITIVE_INFINITY,
    });
  }
  for (const item of records.cases ?? []) {
    const history = of(item.accountId);
    if (!history || !item.createdAt) continue;
    const closed = item.status === 'resolved' || item.status === 'closed';
    history.cases.push({
      opened: item.createdAt.getTime(),
      resolved: item.resolvedAt?.getTime() ?? (closed ? item.createdAt.getTime() : Number.POSITIVE_INFINITY),
      high: item.priority === 'high' || item.priority === 'urgent',
    });
  }
  for (const history of histories.values()) {
    history.orders.sort((a, b) => a - b);
    history.interactions.sort((a, b) => a.at - b.at);
    history.wins.sort((a, b) => a - b);
    history.lapses.sort((a, b) => a - b);
  }
  return histories;
}

/** How many of the sorted times fall in [from, to). */
export function countBetween(sorted: readonly number[], from: number, to: number): number {
  return lowerBound(sorted, to) - lowerBound(sorted, from);
}

/** The first index whose time is at or after `at`. */
export function lowerBound(sorted: readonly number[], at: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
