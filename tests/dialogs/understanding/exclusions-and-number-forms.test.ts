import { extractPeriodsAndDates } from '../../../src/dialogs/understanding/entities/periods';
import { amountBounds } from '../../../src/dialogs/understanding/record-question';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, fifteenth round (w16x): stages and accounts left out ("deals not in negotiation", "my
// open deals except acme"), amount ranges in many forms ("between 10 and 50 thousand", "10-50k"),
// close windows said with digits ("12/20 to 12/31") or up to a day or a month's end ("before 1/15",
// "by end of jan"), and open deals whose close date "already passed". Each table has wordings of
// one class in different words, and wordings that must NOT change their reading.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf, entitiesOf } = recordQuestionReader(NOW, {
  accounts: [
    { id: 'acc-acme', name: 'Acme Corporation' },
    { id: 'acc-wayne', name: 'Wayne Enterprises' },
    { id: 'acc-globex', name: 'Globex' },
  ],
});

describe('a stage left out', () => {
  it.each([
    ['deals not in negotiation', ['negotiation']],
    ['my deals over 100k that aren’t in prospecting', ['prospecting']],
    ['open deals other than proposal', ['proposal']],
    ['show me everything except negotiation', ['negotiation']],
    ['DEALS EXCLUDING QUALIFICATION', ['qualification']],
    ['which of my opps arent in negotiation or proposal', ['negotiation', 'proposal']],
    ['deals that are not at the proposal stage', ['proposal']],
    ['my pipeline without the prospecting deals', ['prospecting']],
  ])('%s → not %j', (text, stages) => {
    const query = queryOf(text);
    expect(query).toMatchObject({ record: 'deal' });
    expect(new Set(query?.excludeStages)).toEqual(new Set(stages));
    expect(query?.stages ?? []).toEqual([]);
  });

  it.each([
    ['deals in negotiation', { stages: ['negotiation'] }],
    ['prospecting deals except wayne', { stages: ['prospecting'], excludeAccountIds: ['acc-wayne'] }],
    ['acme deals not in negotiation', { accountId: 'acc-acme', excludeStages: ['negotiation'] }],
    // "not" before another word negates that word, not the stage after it.
    ['negotiation deals not closing this month', { stages: ['negotiation'] }],
  ])('unchanged or only what is negated: %s', (text, wanted) => {
    expect(queryOf(text)).toMatchObject(wanted);
  });

  it('"not" before a verb leaves the stage asked for', () => {
    expect(queryOf('proposal deals i haven’t touched in 30 days')?.excludeStages).toBeUndefined();
  });
});

describe('an account left out', () => {
  it.each([
    ['my open deals except acme', ['acc-acme']],
    ['open deals not at acme or wayne', ['acc-acme', 'acc-wayne']],
    ['deals closing in december except the acme ones', ['acc-acme']],
    ['all my deals other than globex', ['acc-globex']],
    ['deals excluding wayne and acme', ['acc-wayne', 'acc-acme']],
    ['open opps besides globex', ['acc-globex']],
    ['my pipeline minus acme', ['acc-acme']],
    ['deals that aren’t with wayne enterprises', ['acc-wayne']],
  ])('%s → not at %j', (text, ids) => {
    const query = queryOf(text);
    expect(query).toMatchObject({ record: 'deal' });
    expect(new Set(query?.excludeAccountIds)).toEqual(new Set(ids));
    expect(query?.accountId).toBeUndefined();
  });

  it('the account left out is no account asked about', () => {
    const entities = entitiesOf('my open deals except acme');
    expect(entities.accounts).toEqual([]);
    expect(entities.excludedAccounts?.map((a) => a.id)).toEqual(['acc-acme']);
  });

  it.each([
    ['open deals at acme', { accountId: 'acc-acme' }],
    ['acme deals over 50k', { accountId: 'acc-acme', minAmount: 50_000 }],
    ["why didn't we win acme", {}],
  ])('unchanged: %s', (text, wanted) => {
    const query = queryOf(text);
    if (query) expect(query.excludeAccountIds).toBeUndefined();
    if (Object.keys(wanted).length) expect(query).toMatchObject(wanted);
  });
});

describe('an amount range', () => {
  it.each([
    ['deals between 10 and 50 thousand', 10_000, 50_000],
    ['deals 10-50k', 10_000, 50_000],
    ['deals from 10k to 50k', 10_000, 50_000],
    ['opps between $10k and $50k', 10_000, 50_000],
    ['deals worth 10 to 50k', 10_000, 50_000],
    ['deals between 10,000 and 50,000', 10_000, 50_000],
    ['anything between 500k and 1.5m', 500_000, 1_500_000],
    ['deals 1-2 million', 1_000_000, 2_000_000],
  ])('%s → %d..%d', (text, min, max) => {
    expect(queryOf(text)).toMatchObject({ record: 'deal', minAmount: min, maxAmount: max });
  });

  it.each([
    'deals closing between 10 and 20 december',
    'deals from 2026 to 2027',
    'my top 5 deals',
    'deals stuck 10-30 days',
    'deals closing 12/20 to 12/31',
  ])('no amount range: %s', (text) => {
    expect(amountBounds(text.toLowerCase(), entitiesOf(text))).toEqual({});
  });
});

describe('a close window said with digits, or up to a day or a month', () => {
  it.each([
    ['total of my pipeline closing 12/20 to 12/31', '2026-12-20', '2026-12-31'],
    ['deals closing 12/20-12/31', '2026-12-20', '2026-12-31'],
    ['what closes 12/20 thru 1/5', '2026-12-20', '2027-01-05'],
    ['deals closing dec 20 to dec 31', '2026-12-20', '2026-12-31'],
    ['deals closing 12/20/26 through 12/31/26', '2026-12-20', '2026-12-31'],
    ['deals closing before 1/15', '2026-12-04', '2027-01-14'],
    ['deals closing by 1/15', '2026-12-04', '2027-01-15'],
    ['anything closing until jan 15', '2026-12-04', '2027-01-15'],
    ['how much is closing by end of jan', '2026-12-04', '2027-01-31'],
    ['deals closing by the end of january', '2026-12-04', '2027-01-31'],
    ['what closes before february', '2026-12-04', '2027-01-31'],
    ['deals closing no later than end of march', '2026-12-04', '2027-03-31'],
  ])('%s → %s..%s', (text, from, to) => {
    expect(queryOf(text)).toMatchObject({ record: 'deal', closeFrom: from, closeTo: to });
  });

  it.each([
    ['deals closing in january', '2027-01-01', '2027-01-31'],
    ['deals closing on 1/15', '2027-01-15', '2027-01-15'],
    ['deals closing between 1/1 and 1/15', '2027-01-01', '2027-01-15'],
    ['deals closing by end of month', '2026-12-04', '2026-12-31'],
  ])('unchanged: %s', (text, from, to) => {
    expect(queryOf(text)).toMatchObject({ closeFrom: from, closeTo: to });
  });

  it('two days joined by "and" alone are no window', () => {
    expect(extractPeriodsAndDates('calls on 12/20 and 12/31', { now: NOW, timeZone: 'UTC' }).periods).toEqual(
      [],
    );
  });

  it('the user’s zone reads an all-digit range nothing else decides', () => {
    const span = (timeZone: string) =>
      extractPeriodsAndDates('closing 2/1 to 3/1', { now: NOW, timeZone }).periods[0];
    expect(span('America/New_York')).toMatchObject({ start: '2027-02-01', end: '2027-03-01' });
    expect(span('Europe/London')).toMatchObject({ start: '2027-01-02', end: '2027-01-03' });
  });
});

describe('open deals whose close date already passed', () => {
  it.each([
    'which of my open deals have a close date that already passed',
    'deals whose close date has passed',
    'open deals with a close date which is already in the past',
    'my deals past their close date',
    'deals where the close date already passed',
    'opps whose closing date has gone by',
  ])('%s → overdue', (text) => {
    expect(queryOf(text)).toMatchObject({ record: 'deal', status: 'overdue' });
  });

  it.each(['when does the acme deal close', 'deals closing this month'])('not overdue: %s', (text) => {
    expect(queryOf(text)?.status).not.toBe('overdue');
  });
});
