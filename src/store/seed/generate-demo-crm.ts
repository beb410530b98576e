import type { Order } from '../../vocabulary';
import { accountContexts, type AccountContext } from './account-context';
import { planAccountHealth, sourSummaries } from './account-health';
import { addDays } from './calendar';
import { generateAccounts } from './demo-accounts';
import { generateProducts } from './demo-catalog';
import { generateContacts } from './demo-contacts';
import type { DemoCrm, SeedDocument, SeedWindow } from './demo-crm';
import { assignContactPreferences } from './contact-preferences';
import { generateCases } from './demo-cases';
import { generateDeals, type DealPlan } from './demo-deals';
import { generateInteractions } from './demo-interactions';
import { generateLeads } from './demo-leads';
import { generateOrders } from './demo-orders';
import { generateTasks } from './demo-tasks';
import { generateUsers, salesRepsOf } from './demo-users';
import { Random } from './random';

/** Bumped whenever the generator's output for a given seed and anchor changes. */
export const DEMO_SEED_VERSION = 2;
/** The seed used when none is given. */
export const DEFAULT_DEMO_SEED = 42;
/** Document counts at scale 1 (users and products are fixed: 19 and 50). */
export const FULL_SCALE_COUNTS = {
  accounts: 2_000,
  contacts: 6_000,
  deals: 10_000,
  interactions: 100_000,
  orders: 30_000,
  leads: 400,
  cases: 300,
} as const;
/** Accounts that exist at every scale (the well-known demo names and their look-alikes). */
const FIXED_ACCOUNT_COUNT = 10;
/** An account with no won deal or order for this long, and nothing open, has churned. */
const CHURN_AFTER_DAYS = 400;

export interface DemoCrmOptions {
  /** "Now" for the demo data: three years of history end here; open deals close this quarter and next. */
  anchor: Date;
  /** Seed of the pseudo-random generator (default 42): same seed and anchor, same data. */
  seed?: number;
  /** Multiplies every count except users and products (default 1; tests use 0.05). */
  scale?: number;
}

/** The three years before the anchor. */
export function seedWindowOf(anchor: Date): SeedWindow {
  const start = new Date(anchor);
  start.setUTCFullYear(anchor.getUTCFullYear() - 3);
  return { anchor, start };
}

/**
 * Sets each account's status from its history (customer: a won deal or an order; churned: nothing
 * for CHURN_AFTER_DAYS and nothing open; else prospect), back-dates accounts and contacts before their
 * first activity, and returns when churned accounts went quiet.
 */
function settleAccounts(
  window: SeedWindow,
  contexts: readonly AccountContext[],
  plans: readonly DealPlan[],
  orders: readonly SeedDocument<Order>[],
): Map<string, Date> {
  const last = new Map<string, number>();
  const first = new Map<string, number>();
  const open = new Set<string>();
  const seen = (accountId: string, at: Date, counts: boolean) => {
    first.set(accountId, Math.min(first.get(accountId) ?? Infinity, at.getTime()));
    if (counts) last.set(accountId, Math.max(last.get(accountId) ?? -Infinity, at.getTime()));
  };
  for (const { deal } of plans) {
    seen(deal.accountId, deal.stageHistory[0]!.at, deal.stage === 'closed_won');
    if (deal.stage === 'closed_won') seen(deal.accountId, deal.closedAt!, true);
    if (!deal.closedAt) open.add(deal.accountId);
  }
  for (const order of orders) seen(order.accountId!, order.orderedAt, order.status !== 'cancelled');

  const activeUntil = new Map<string, Date>();
  for (const { account, contacts } of contexts) {
    const lastActive = last.get(account._id);
    if (lastActive === undefined) account.status = 'prospect';
    else if (lastActive < addDays(window.anchor, -CHURN_AFTER_DAYS).getTime() && !open.has(account._id)) {
      account.status = 'churned';
      activeUntil.set(account._id, addDays(new Date(lastActive), 30));
    } else account.status = 'customer';

    const firstActive = first.get(account._id);
    if (
      firstActive !== undefined &&
      account.createdAt &&
      account.createdAt.getTime() > firstActive - 14 * 86_400_000
    ) {
      account.createdAt = new Date(firstActive - 14 * 86_400_000);
    }
    for (const contact of contacts) {
      if (contact.createdAt && firstActive !== undefined && contact.createdAt.getTime() > firstActive) {
        contact.createdAt = addDays(account.createdAt!, 1);
      }
    }
  }
  return activeUntil;
}

/** Generates the whole demo CRM in memory, reproducibly from the seed and the anchor. */
export function generateDemoCrm(options: DemoCrmOptions): DemoCrm {
  const scale = options.scale ?? 1;
  const root = new Random(options.seed ?? DEFAULT_DEMO_SEED);
  const window = seedWindowOf(options.anchor);
  const scaled = (count: number, minimum: number) => Math.max(minimum, Math.round(count * scale));

  const users = generateUsers(root.fork('users'), window);
  const reps = salesRepsOf(users);
  const accounts = generateAccounts(
    root.fork('accounts'),
    window,
    users,
    reps,
    scaled(FULL_SCALE_COUNTS.accounts, FIXED_ACCOUNT_COUNT),
  );
  const contacts = generateContacts(
    root.fork('contacts'),
    window,
    accounts,
    scaled(FULL_SCALE_COUNTS.contacts, accounts.length + 40),
  );
  const contexts = accountContexts(root.fork('currencies'), accounts, contacts, reps);
  const products = generateProducts(root.fork('products'), window);
  const plans = generateDeals(root.fork('deals'), window, contexts, scaled(FULL_SCALE_COUNTS.deals, 50));
  const { orders } = generateOrders(
    root.fork('orders'),
    window,
    contexts,
    products,
    scaled(FULL_SCALE_COUNTS.orders, 50),
  );
  const activeUntil = settleAccounts(window, contexts, plans, orders);
  // Why accounts are lost (churn dates, champions who left, sour periods, troubled periods for cases).
  const health = planAccountHealth(root.fork('account-health'), window, contexts, plans, orders, activeUntil);
  const { leads, touches } = generateLeads(
    root.fork('leads'),
    window,
    contexts,
    reps,
    scaled(FULL_SCALE_COUNTS.leads, 20),
  );
  const interactions = generateInteractions(
    root.fork('interactions'),
    window,
    plans,
    touches,
    contexts,
    activeUntil,
    scaled(FULL_SCALE_COUNTS.interactions, 500),
  );
  sourSummaries(root.fork('account-health-summaries'), health, interactions, contexts);
  const tasks = generateTasks(root.fork('tasks'), window, users, plans);
  // Support's data draws from streams of its own, after everything else: earlier figures stay as they were.
  assignContactPreferences(root.fork('contact-preferences'), accounts, contacts);
  const cases = generateCases(root.fork('cases'), window, contexts, users, {
    count: scaled(FULL_SCALE_COUNTS.cases, 30),
    activeUntil,
    storms: new Map([...health].map(([accountId, story]) => [accountId, story.troubled])),
  });
  return {
    users,
    accounts,
    contacts,
    leads,
    deals: plans.map((plan) => plan.deal),
    interactions,
    products,
    orders,
    tasks,
    cases,
  };
}
