import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { extractMoney } from '../../../src/dialogs/understanding/entities/money';
import {
  extractPeriodsAndDates,
  type CalendarContext,
} from '../../../src/dialogs/understanding/entities/periods';

const accounts = [
  { id: 'a1', name: 'Acme Corp' },
  { id: 'a2', name: 'Initech LLC' },
  { id: 'a3', name: 'Summit Logistics GmbH' },
  { id: 'a4', name: 'Summit Health' },
  { id: 'a5', name: 'International Business Machines', aliases: ['IBM'] },
];

describe('account and contact names', () => {
  it('finds an exact name without its legal form', () => {
    expect(extractEntities('brief me on acme', { accounts }).accounts[0]).toMatchObject({
      id: 'a1',
      score: 1,
      text: 'acme',
    });
  });

  it('forgives a typo', () => {
    const [best] = extractEntities('who is our contact at initec', { accounts }).accounts;
    expect(best).toMatchObject({ id: 'a2' });
    expect(best!.score).toBeGreaterThan(0.6);
  });

  it('offers every account a partial name fits, equally scored, so the dialog can ask', () => {
    const candidates = extractEntities('move the summit deal to negotiation', { accounts }).accounts;
    expect(candidates.map((c) => c.id).sort()).toEqual(['a3', 'a4']);
    expect(candidates[0]!.score).toBe(candidates[1]!.score);
    expect(candidates[0]!.text).toBe('summit');
  });

  it('prefers the full name over a partial one and uses aliases', () => {
    expect(extractEntities('summit logistics pipeline', { accounts }).accounts[0]).toMatchObject({
      id: 'a3',
      score: 1,
    });
    expect(extractEntities('open deals at ibm', { accounts }).accounts[0]).toMatchObject({
      id: 'a5',
      score: 1,
    });
  });

  it('does not take common words for names', () => {
    expect(extractEntities('show my open deals this quarter', { accounts }).accounts).toEqual([]);
  });

  it('matches contacts and products against the lists it is given', () => {
    const entities = extractEntities('did Jane Doe ask about the analytics addon?', {
      contacts: [
        { id: 'c1', name: 'Jane Doe' },
        { id: 'c2', name: 'John Smith' },
      ],
      products: [
        { id: 'p1', name: 'Analytics Add-on' },
        { id: 'p2', name: 'Starter Plan' },
      ],
    });
    expect(entities.contacts[0]).toMatchObject({ id: 'c1', score: 1 });
    expect(entities.products[0]).toMatchObject({ id: 'p1' });
  });
});

describe('people', () => {
  const reps = [
    { id: 'u1', name: 'Alex Morgan' },
    { id: 'u2', name: 'Sam Lee' },
  ];
  it('tells me, my team and a named rep apart', () => {
    expect(extractEntities('my top leads', { reps }).people).toEqual([{ kind: 'self', text: 'my' }]);
    expect(extractEntities('forecast for my team', { reps }).people).toEqual([
      { kind: 'team', text: 'my team' },
    ]);
    const rep = extractEntities("what's in Alex's pipeline", { reps }).people.find((p) => p.kind === 'rep');
    expect(rep).toMatchObject({ kind: 'rep', candidates: [{ id: 'u1' }] });
  });
});

describe('periods and dates', () => {
  // Wednesday 25 November 2026, 23:30 in UTC: already Thursday 26th in Berlin.
  const now = new Date('2026-11-25T23:30:00Z');
  const berlin: CalendarContext = { now, timeZone: 'Europe/Berlin' };
  const period = (text: string, context = berlin) => extractPeriodsAndDates(text, context).periods[0];

  it('reads quarters, halves and relative weeks, months and quarters', () => {
    expect(period('q3 fcst')).toMatchObject({
      start: '2026-07-01',
      end: '2026-09-30',
      granularity: 'quarter',
    });
    expect(period('forecast this quarter')).toMatchObject({ start: '2026-10-01', end: '2026-12-31' });
    expect(period('next quarter')).toMatchObject({ start: '2027-01-01', end: '2027-03-31' });
    expect(period('last month')).toMatchObject({ start: '2026-10-01', end: '2026-10-31' });
    expect(period('this week')).toMatchObject({
      start: '2026-11-23',
      end: '2026-11-29',
      granularity: 'week',
    });
    expect(period('H2 2027')).toMatchObject({ start: '2027-07-01', end: '2027-12-31', granularity: 'half' });
  });

  it('follows a fiscal year that starts in another month', () => {
    expect(period('this quarter', { ...berlin, fiscalYearStartMonth: 2 })).toMatchObject({
      start: '2026-11-01',
      end: '2027-01-31',
    });
    expect(period('Q1', { ...berlin, fiscalYearStartMonth: 4 })).toMatchObject({
      start: '2026-04-01',
      end: '2026-06-30',
    });
  });

  it('counts rolling windows from today in the user time zone', () => {
    expect(period('deals lost in the last 30 days')).toMatchObject({
      start: '2026-10-28',
      end: '2026-11-26',
      granularity: 'span',
    });
    expect(period('last 30 days', { now, timeZone: 'America/New_York' })).toMatchObject({
      end: '2026-11-25',
    });
  });

  it('reads a month as the next one by default and the last one when asked', () => {
    expect(period('follow up in May')).toMatchObject({ start: '2027-05-01', end: '2027-05-31' });
    expect(period('deals closed in May', { ...berlin, prefer: 'past' })).toMatchObject({
      start: '2026-05-01',
    });
    expect(period('last march')).toMatchObject({ start: '2026-03-01' });
    expect(extractPeriodsAndDates('you may want to call', berlin).periods).toEqual([]);
  });

  it('leaves single days to the date parser', () => {
    const { dates, periods } = extractPeriodsAndDates('follow up next Friday', berlin);
    expect(periods).toEqual([]);
    expect(dates[0]).toMatchObject({ text: 'next Friday', date: '2026-12-04' });
  });
});

describe('money', () => {
  it.each([
    ['deals over $25k', 25_000, 'USD'],
    ['a €1.2m renewal', 1_200_000, 'EUR'],
    ['25,000 EUR upfront', 25_000, 'EUR'],
    ['£40k', 40_000, 'GBP'],
    ['budget of 1,5 million euros', 1_500_000, 'EUR'],
    ['200k', 200_000, 'USD'],
  ])('reads "%s"', (text, amount, currency) => {
    expect(extractMoney(text)[0]).toMatchObject({ amount, currency });
  });

  it('leaves plain numbers alone', () => {
    expect(extractMoney('top 10 leads in q3 2026')).toEqual([]);
  });

  it('uses the default currency when none is written', () => {
    expect(extractMoney('a 50k deal', 'EUR')[0]).toMatchObject({
      amount: 50_000,
      currency: 'EUR',
      currencyStated: false,
    });
  });
});

describe('deal stages, e-mails and phones', () => {
  it('maps stage synonyms', () => {
    expect(extractEntities('we are negotiating with them').dealStages).toEqual([
      { text: 'negotiating', stage: 'negotiation' },
    ]);
    expect(extractEntities('mark it closed won').dealStages).toEqual([
      { text: 'closed won', stage: 'closed_won' },
    ]);
    expect(extractEntities('we lost initech').dealStages[0]!.stage).toBe('closed_lost');
  });

  it('finds valid e-mail addresses and phone numbers and skips invalid ones', () => {
    const entities = extractEntities(
      'new lead Jane, jane.doe@initech.com, +44 20 7946 0958 or (212) 555-0147; not 12345 or jane@nowhere',
      {
        defaultCountry: 'US',
      },
    );
    expect(entities.emails).toEqual([{ text: 'jane.doe@initech.com', address: 'jane.doe@initech.com' }]);
    expect(entities.phones.map((p) => p.e164)).toEqual(['+442079460958', '+12125550147']);
  });
});
