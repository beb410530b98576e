import { rankedRecordsOf } from '../../../src/dialogs/routing/lead-words';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twenty-sixth round (lead, from dev-qa47 and dev-qa48): wins asked without a period or
// over all time, two periods set against each other with nothing else asked, one's own latest
// interaction, a figure for each rep, and one's leads without a ranking word. Wordings of our own,
// with the ones that must keep their reading.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const names = {
  accounts: [
    { id: 'acc-acme', name: 'Acme Corporation' },
    { id: 'acc-globex', name: 'Globex' },
  ],
  reps: [
    { id: 'u-sam', name: 'Sam Rivera' },
    { id: 'u-olivia', name: 'Olivia Chen' },
  ],
};
const { queryOf, parse, twoPeriodsOf } = recordQuestionReader(NOW, names);

describe('wins and losses asked without a period', () => {
  it.each([
    ['how much did i win', 'won', 'mine'],
    ['how much have i won', 'won', 'mine'],
    ['how much have we won', 'won', 'team'],
    ['how much did we lose', 'lost', 'team'],
  ])('"%s" is this quarter\'s %s deals summed', (text, status, scope) => {
    const question = parse(text);
    expect(question).toMatchObject({
      kind: 'query',
      periodAssumed: true,
      query: { record: 'deal', aggregate: 'sum', status, owner: { scope }, closedFrom: '2026-10-01' },
    });
  });

  it('"how much has sam won" is that rep\'s', () => {
    expect(queryOf('how much has sam won')).toMatchObject({ status: 'won', owner: { rep: 'Sam Rivera' } });
  });

  it.each([
    'my biggest win ever?',
    'how much have i won all time',
    'my all-time wins',
    "what's the largest deal we've ever lost",
    'total won to date',
  ])('"%s" is over all time (no window)', (text) => {
    const query = queryOf(text);
    expect(query?.status).toMatch(/won|lost/);
    expect(query?.closedFrom).toBeUndefined();
    expect(query?.closedTo).toBeUndefined();
  });

  it('a period said still bounds it', () => {
    expect(queryOf('my biggest win last year')).toMatchObject({
      closedFrom: '2025-01-01',
      closedTo: '2025-12-31',
    });
  });
});

describe('two periods and nothing else asked are a summary of each', () => {
  it.each([
    ['q4 so far vs q3 for me', '2026-10-01', '2026-07-01', true],
    ['my numbers q4 vs q3', '2026-10-01', '2026-07-01', true],
    ['q4 vs q3', '2026-10-01', '2026-07-01', false],
    ['this month vs last month', '2026-12-01', '2026-11-01', false],
    ['november vs october for the team', '2026-11-01', '2026-10-01', true],
    ['sam q4 vs q3', '2026-10-01', '2026-07-01', true],
  ])('"%s"', (text, from, comparedFrom, ownerGiven) => {
    const question = twoPeriodsOf(text);
    expect(question).toMatchObject({
      kind: 'summary',
      query: { from },
      comparedWith: { from: comparedFrom },
      ownerGiven,
    });
  });

  it('whose: the team when said, the rep named', () => {
    expect(twoPeriodsOf('november vs october for the team')?.query.owner).toEqual({ scope: 'team' });
    expect(twoPeriodsOf('sam q4 vs q3')?.query.owner).toEqual({ rep: 'Sam Rivera' });
  });

  it.each([
    ['win rate q4 vs q3', 'winRate'],
    ['how much did i win this year vs last year', 'sum'],
  ])('"%s" keeps its own measure', (text, aggregate) => {
    expect(twoPeriodsOf(text)).toMatchObject({ kind: 'query', query: { aggregate } });
  });

  it('two periods not set against each other are not compared', () => {
    expect(twoPeriodsOf('deals closing this month and next month')).toBeUndefined();
  });
});

describe("one's own latest interaction", () => {
  it.each([
    'when did i last talk to globex',
    'when did i last speak with globex',
    'my last call with globex',
    'last time i met globex?',
  ])('"%s" is the caller\'s own', (text) => {
    expect(queryOf(text)).toMatchObject({ field: 'lastInteraction', ownInteractions: true });
  });

  it.each([
    'when did we last talk to globex',
    'last interaction with globex',
    'latest interaction with globex',
  ])('"%s" is anyone\'s', (text) => {
    const query = queryOf(text);
    expect(query?.field).toBe('lastInteraction');
    expect(query?.ownInteractions).toBeUndefined();
  });
});

describe('a figure for each rep is grouped by owner', () => {
  it.each([
    'open pipeline for each of my reps',
    'pipeline for every rep',
    'how many deals does each of my reps have',
    'open deals for all of my reps',
  ])('"%s"', (text) => {
    expect(queryOf(text)).toMatchObject({ record: 'deal', groupBy: 'owner' });
  });
});

describe("one's leads without a ranking word are lead records", () => {
  it.each(['leads', 'my leads', 'leads?', 'show me my leads', 'my open leads', 'new leads'])(
    '"%s"',
    (text) => {
      expect(rankedRecordsOf(text)).toBe('leads');
    },
  );

  it.each(['my top leads', 'top leads for my team', 'best leads', 'my top deals'])(
    '"%s" stays the ranking of deals by win chance',
    (text) => {
      expect(rankedRecordsOf(text)).toBe('deals');
    },
  );
});
