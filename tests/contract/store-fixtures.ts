import { CrmError, type ErrorCode } from '../../src/core/errors';
import { nameKeyOf, type Account, type Deal, type DealStage, type StageChange } from '../../src/vocabulary';
import type { NewDocument, Store } from '../../src/store/store';

/** A date in UTC, so the suite means the same instant under any TZ. */
export const utc = (iso: string): Date => new Date(`${iso}${iso.length === 10 ? 'T00:00:00.000Z' : ''}`);

/** A new account with the fields every account needs. */
export function anAccount(name: string, extra: Partial<NewDocument<Account>> = {}): NewDocument<Account> {
  return { name, nameKey: nameKeyOf(name), status: 'prospect', ...extra };
}

/** A new deal on `accountId`; its stage history walks to `stage`. */
export function aDeal(
  accountId: string,
  name: string,
  extra: Partial<NewDocument<Deal>> = {},
): NewDocument<Deal> {
  const stage: DealStage = extra.stage ?? 'prospecting';
  return {
    name,
    accountId,
    ownerId: 'u-ann',
    stage,
    amount: 1000,
    currency: 'USD',
    closeDate: utc('2025-06-30'),
    probability: 10,
    forecastCategory: 'pipeline',
    type: 'new_business',
    stageHistory: historyTo(stage, extra.closeDate ?? utc('2025-06-30')),
    ...extra,
  };
}

const WALK: DealStage[] = ['prospecting', 'qualification', 'proposal', 'negotiation'];

function historyTo(stage: DealStage, closeDate: Date): StageChange[] {
  const steps = stage.startsWith('closed') ? [...WALK, stage] : WALK.slice(0, WALK.indexOf(stage) + 1);
  const start = closeDate.getTime() - 90 * 86_400_000;
  return steps.map((step, i) => ({ stage: step, at: new Date(start + i * 10 * 86_400_000) }));
}

/**
 * A small CRM every read test runs on: three accounts, eight deals with distinct amounts (so sorts
 * have no ties), interactions and a contact. Returns the ids by name.
 */
export async function seedSmallCrm(
  store: Store,
): Promise<{ acme: string; globex: string; initech: string; deal: Record<string, string> }> {
  const [acme, globex, initech] = await store.accounts.insertMany([
    anAccount('Acme Corp', {
      domain: 'acme.com',
      region: 'NA',
      industry: 'Manufacturing',
      employees: 250,
      status: 'customer',
    }),
    anAccount('Globex', { domain: 'globex.com', region: 'EMEA', industry: 'Energy', employees: 12000 }),
    anAccount('Initech', { region: 'APAC', industry: 'Software', employees: 40 }),
  ]);
  const deals = await store.deals.insertMany([
    aDeal(acme!._id, 'Acme renewal', {
      stage: 'closed_won',
      amount: 5000,
      closeDate: utc('2024-12-15'),
      closedAt: utc('2024-12-14'),
      contactId: 'c-1',
    }),
    aDeal(acme!._id, 'Acme upsell', {
      stage: 'proposal',
      amount: 12000,
      closeDate: utc('2025-03-31'),
      ownerId: 'u-bob',
    }),
    aDeal(acme!._id, 'Acme pilot', { stage: 'prospecting', amount: 800, closeDate: utc('2025-08-01') }),
    aDeal(globex!._id, 'Globex platform', {
      stage: 'negotiation',
      amount: 48000,
      closeDate: utc('2025-04-30'),
      ownerId: 'u-bob',
    }),
    aDeal(globex!._id, 'Globex lost', {
      stage: 'closed_lost',
      amount: 20000,
      closeDate: utc('2024-11-30'),
      closedAt: utc('2024-11-29'),
      lostReason: 'price',
    }),
    aDeal(initech!._id, 'Initech seats', {
      stage: 'qualification',
      amount: 3000,
      closeDate: utc('2025-05-15'),
    }),
    aDeal(initech!._id, 'Initech training', {
      stage: 'proposal',
      amount: 1500,
      closeDate: utc('2025-01-01'),
      contactId: null as unknown as string,
    }),
    aDeal(initech!._id, 'Initech support', {
      stage: 'closed_won',
      amount: 9000,
      closeDate: utc('2025-02-28'),
      closedAt: utc('2025-02-27'),
      ownerId: 'u-bob',
    }),
  ]);
  await store.interactions.insertMany(
    Array.from({ length: 30 }, (_, i) => ({
      type: (['call', 'email', 'meeting'] as const)[i % 3]!,
      accountId: i % 2 === 0 ? acme!._id : globex!._id,
      occurredAt: new Date(utc('2025-01-01').getTime() + i * 3_600_000),
      summary: `touch ${i}`,
      userId: i % 4 === 0 ? 'u-bob' : 'u-ann',
    })),
  );
  await store.contacts.insertOne({
    accountId: acme!._id,
    firstName: 'Jane',
    lastName: 'Doe',
    nameKey: 'jane doe',
    email: 'jane@acme.com',
    primary: true,
  });
  return {
    acme: acme!._id,
    globex: globex!._id,
    initech: initech!._id,
    deal: Object.fromEntries(deals.map((d) => [d.name, d._id])),
  };
}

/** Awaits `work` and returns the CrmError it rejected with (fails the test when it resolved or threw something else). */
export async function crmErrorOf(work: Promise<unknown>, code: ErrorCode): Promise<CrmError> {
  let outcome: unknown;
  try {
    outcome = await work;
  } catch (error) {
    if (!(error instanceof CrmError))
      throw new Error(`expected a CrmError ${code}, got ${String(error)}`, { cause: error });
    if (error.code !== code)
      throw new Error(`expected CrmError ${code}, got ${error.code}: ${error.message}`, { cause: error });
    return error;
  }
  throw new Error(`expected CrmError ${code}, but it resolved to ${JSON.stringify(outcome)}`);
}

/** Sorted copy, for results whose order MongoDB does not define (distinct, unsorted finds). */
export const sorted = <T>(values: T[]): T[] =>
  [...values].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));

/** Names of documents, sorted. */
export const namesOf = (documents: { name: string }[]): string[] => sorted(documents.map((d) => d.name));
