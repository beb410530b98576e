import type { Contact, Interaction, InteractionType, Order } from '../../vocabulary';
import type { AccountContext } from './account-context';
import { addDays, daysBetween } from './calendar';
import type { SeedDocument, SeedWindow } from './demo-crm';
import type { DealPlan } from './demo-deals';
import type { Random } from './random';

/**
 * The account-health story of the demo CRM: why accounts are lost, so that a churn model has
 * something to learn. An account is lost in two ways: it churns (its orders and won deals end, the
 * seed's churn rule; its touches end soon after; it is given up, `churnedAt`, 30 to 120 days after
 * its last order or win), or it lets a renewal lapse (a renewal deal closed lost). Before either,
 * with noise:
 * - its account touches turn negative (65% of churns, 55% of lapses, over the last 60-180 days);
 * - its champion leaves (45% / 35% of those that have one, 20-200 days before);
 * - it opens more high-priority cases (60% / 45%; the cases themselves come from demo-cases, which
 *   reads `troubled`);
 * and healthy accounts go through the same without being lost (a sour patch: 8%, a champion who
 * leaves: 6%, a case storm: 8%). Customers that stopped buying over 90 days ago and have nothing
 * open are churning now: they get the churn signals in the months before the anchor.
 *
 * Everything here draws from its own random streams, so the rest of the demo data is unchanged.
 */

/** A signal planted before a loss (or, for noise, in a healthy account). */
export type HealthDriver = 'negative_sentiment' | 'champion_left' | 'open_cases';

/** A period of an account's history. */
export interface HealthPeriod {
  from: Date;
  to: Date;
}

/** One account's story. */
export interface HealthStory {
  accountId: string;
  /** When the account was given up (churned accounts only). */
  churnedAt?: Date;
  /** When its renewals lapsed (renewal deals closed lost). */
  lapsedAt: Date[];
  /** True for customers that stopped buying and are churning as of the anchor. */
  churningNow: boolean;
  drivers: Set<HealthDriver>;
  /** The periods whose account touches turn negative. */
  sour: HealthPeriod[];
  /** The periods in which demo-cases should open extra high-priority cases. */
  troubled: HealthPeriod[];
}

/** How likely each signal is before a churn, before a lapsed renewal, and in a healthy account. */
const SHARES = {
  churn: { negative_sentiment: 0.65, champion_left: 0.45, open_cases: 0.6 },
  lapse: { negative_sentiment: 0.55, champion_left: 0.35, open_cases: 0.45 },
  healthy: { negative_sentiment: 0.08, champion_left: 0.06, open_cases: 0.08 },
} as const;
/** Days after `activeUntil` (30 days after the last order or win) a churned account is given up. */
const GIVEN_UP_WITHIN_DAYS = 90;
/** Customers that stopped buying this long ago, with nothing open, are churning now. */
const CHURNING_NOW_AFTER_DAYS = 90;

/**
 * Plans each account's health story and sets `churnedAt` on churned accounts and `leftAt` on the
 * champions who left. `activeUntil` is the seed's date for each churned account (30 days after its
 * last order or win).
 */
export function planAccountHealth(
  random: Random,
  window: SeedWindow,
  contexts: readonly AccountContext[],
  plans: readonly DealPlan[],
  orders: readonly SeedDocument<Order>[],
  activeUntil: ReadonlyMap<string, Date>,
): Map<string, HealthStory> {
  const lastBought = new Map<string, number>();
  const open = new Set<string>();
  const lapses = new Map<string, Date[]>();
  const bought = (accountId: string, at: Date) =>
    lastBought.set(accountId, Math.max(lastBought.get(accountId) ?? -Infinity, at.getTime()));
  for (const { deal } of plans) {
    if (deal.stage === 'closed_won' && deal.closedAt) bought(deal.accountId, deal.closedAt);
    if (!deal.closedAt) open.add(deal.accountId);
    if (deal.type === 'renewal' && deal.stage === 'closed_lost' && deal.closedAt)
      lapses.set(deal.accountId, [...(lapses.get(deal.accountId) ?? []), deal.closedAt]);
  }
  for (const order of orders) if (order.status !== 'cancelled') bought(order.accountId!, order.orderedAt);

  const stories = new Map<string, HealthStory>();
  for (const { account, contacts } of contexts) {
    const story: HealthStory = {
      accountId: account._id,
      lapsedAt: (lapses.get(account._id) ?? []).sort((a, b) => a.getTime() - b.getTime()),
      churningNow: false,
      drivers: new Set(),
      sour: [],
      troubled: [],
    };
    stories.set(account._id, story);
    const quietFrom = activeUntil.get(account._id);
    const last = lastBought.get(account._id);
    const earliest = account.createdAt ?? window.start;
    const champion = contacts.find((contact) => contact.buyingRole === 'champion');
    // Each loss: when it happens, and when its account last showed signs of life (the signals come
    // before that: a churned account's touches end 30 days after its last order, before it is given up).
    const losses: { at: Date; lastSeen: Date; kind: 'churn' | 'lapse' }[] = story.lapsedAt.map((at) => ({
      at,
      lastSeen: at,
      kind: 'lapse',
    }));
    if (account.status === 'churned' && quietFrom) {
      const givenUp = addDays(quietFrom, random.uniform(0, GIVEN_UP_WITHIN_DAYS));
      account.churnedAt = givenUp < window.anchor ? givenUp : addDays(window.anchor, -1);
      story.churnedAt = account.churnedAt;
      losses.push({ at: account.churnedAt, lastSeen: quietFrom, kind: 'churn' });
    } else if (
      account.status === 'customer' &&
      last !== undefined &&
      !open.has(account._id) &&
      daysBetween(new Date(last), window.anchor) > CHURNING_NOW_AFTER_DAYS
    ) {
      story.churningNow = true;
      losses.push({
        at: addDays(window.anchor, random.uniform(0, 90)),
        lastSeen: window.anchor,
        kind: 'churn',
      });
    }
    for (const { at, lastSeen, kind } of losses) {
      const shares = SHARES[kind];
      if (random.chance(shares.negative_sentiment)) {
        story.drivers.add('negative_sentiment');
        story.sour.push({ from: laterOf(addDays(lastSeen, -random.uniform(60, 180)), earliest), to: at });
      }
      if (champion && !champion.leftAt && random.chance(shares.champion_left)) {
        story.drivers.add('champion_left');
        champion.leftAt = clampDay(addDays(lastSeen, -random.uniform(20, 200)), earliest, window.anchor);
      }
      if (random.chance(shares.open_cases)) {
        story.drivers.add('open_cases');
        story.troubled.push({ from: laterOf(addDays(lastSeen, -random.uniform(60, 150)), earliest), to: at });
      }
    }
    if (losses.length || account.status === 'prospect') continue;
    // Noise: healthy accounts with the same signals that are not lost.
    const span = Math.max(1, daysBetween(earliest, window.anchor));
    const somewhen = (length: number): HealthPeriod => {
      const from = addDays(earliest, random.uniform(0, Math.max(1, span - length)));
      return { from, to: addDays(from, length) };
    };
    const shares = SHARES.healthy;
    if (random.chance(shares.negative_sentiment)) {
      story.drivers.add('negative_sentiment');
      story.sour.push(somewhen(random.uniform(60, 120)));
    }
    if (champion && random.chance(shares.champion_left)) {
      story.drivers.add('champion_left');
      champion.leftAt = somewhen(0).from;
    }
    if (random.chance(shares.open_cases)) {
      story.drivers.add('open_cases');
      story.troubled.push(somewhen(random.uniform(30, 90)));
    }
  }
  return stories;
}

/**
 * Turns account touches (not deal or lead touches) in each sour period negative: the later in the
 * period, the likelier (35% at its start to 80% at its end). Draws from its own stream, so only the
 * summaries of those touches change.
 */
export function sourSummaries(
  random: Random,
  stories: ReadonlyMap<string, HealthStory>,
  interactions: SeedDocument<Interaction>[],
  contexts: readonly AccountContext[],
): void {
  const contactById = new Map<string, SeedDocument<Contact>>();
  const accountName = new Map<string, string>();
  for (const { account, contacts } of contexts) {
    accountName.set(account._id, account.name);
    for (const contact of contacts) contactById.set(contact._id, contact);
  }
  for (const interaction of interactions) {
    if (!interaction.accountId || interaction.dealId || interaction.leadId) continue;
    const sour = stories
      .get(interaction.accountId)
      ?.sour.find((period) => interaction.occurredAt >= period.from && interaction.occurredAt <= period.to);
    if (!sour) continue;
    const progress =
      daysBetween(sour.from, interaction.occurredAt) / Math.max(1, daysBetween(sour.from, sour.to));
    if (!random.chance(0.35 + 0.45 * progress)) continue;
    const contact = interaction.contactId ? contactById.get(interaction.contactId) : undefined;
    const account = accountName.get(interaction.accountId) ?? 'the customer';
    const who = contact ? `${contact.firstName} ${contact.lastName}` : account;
    interaction.summary = random.pick(NEGATIVE_TEMPLATES[interaction.type])(who, account, random);
  }
}

type NegativeTemplate = (who: string, account: string, random: Random) => string;

const PROBLEMS = [
  'the export keeps failing',
  'the sync with their ERP broke again',
  'login problems for their field team',
  'slow page loads in the reporting module',
  'missing data after the last update',
  'repeated outages this month',
];
const COMPETITORS = ['Northwind CRM', 'Contoso Sales', 'Fabrikam Cloud', 'Tailspin Suite'];

/** Negative account touches by type (each reads as negative to the sentiment lexicon; a test checks). */
export const NEGATIVE_TEMPLATES: Readonly<Record<InteractionType, readonly NegativeTemplate[]>> = {
  call: [
    (who, _a, r) => `Call with ${who}: frustrated that ${r.pick(PROBLEMS)}; unhappy with our support`,
    (who, _a, r) =>
      `Call with ${who}: unhappy about the price increase, complained and mentioned ${r.pick(COMPETITORS)}`,
    (who) => `Difficult call with ${who}: disappointed with the rollout, usage is down`,
  ],
  email: [
    (who, _a, r) => `${who} wrote in angry: ${r.pick(PROBLEMS)}, asked for a credit`,
    (who) => `Email from ${who}: not happy with the response times on their tickets`,
    (who) => `${who} asked about the cancellation terms of the contract; unhappy with the value`,
  ],
  meeting: [
    (who) => `Business review with ${who}: usage is down and they are disappointed with the results`,
    (who, _a, r) => `Escalation meeting with ${who}: ${r.pick(PROBLEMS)}, they are frustrated`,
  ],
  note: [
    (_w, account, r) => `${account} is unhappy: evaluating ${r.pick(COMPETITORS)} before the renewal`,
    (_w, account) => `${account}: budget cut, they questioned the value and may cancel`,
    (_w, account, r) => `Risk: ${account} frustrated because ${r.pick(PROBLEMS)}`,
  ],
  chat: [
    (who, _a, r) => `${who} complained in chat: ${r.pick(PROBLEMS)}, still broken`,
    (who) => `Chat: ${who} upset that nobody answered their ticket`,
  ],
};

function laterOf(a: Date, b: Date): Date {
  return a > b ? a : b;
}

function clampDay(day: Date, from: Date, to: Date): Date {
  return day < from ? from : day > to ? addDays(to, -1) : day;
}
