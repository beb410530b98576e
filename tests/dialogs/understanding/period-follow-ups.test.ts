import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { yearPeriodsIn } from '../../../src/dialogs/understanding/entities/year-periods';
import { listFollowUpOf } from '../../../src/dialogs/understanding/list-follow-up';
import { parseRecordQuestion } from '../../../src/dialogs/understanding/record-question';

// Issue 19, ninth round (w5c): a period alone as a follow-up ("what about this quarter so far",
// "what about 2024") re-runs the last question for that period; a calendar year said alone ("in
// 2025", "what about 2024") is a period. Wordings of the need, and wordings that are not it.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const context = { now: NOW, timezone: 'UTC' };
const entitiesOf = (text: string) =>
  extractEntities(text, {
    now: NOW,
    timeZone: 'UTC',
    accounts: [
      { id: 'acc-acme', name: 'Acme Corporation' },
      { id: 'acc-globex', name: 'Globex' },
    ],
    reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
    teams: [],
  });
const followUpOf = (text: string) => listFollowUpOf(text, entitiesOf(text), context);

describe('a calendar year said alone is a period', () => {
  it.each([
    ['what about 2024', '2024'],
    ['and in 2025?', '2025'],
    ['how much did i win in 2025', '2025'],
    ['2024?', '2024'],
    ['for 2023 then', '2023'],
    ['this year vs 2024', '2024'],
    ['compared to 2025', '2025'],
    ['during 2025', '2025'],
  ])('"%s" names %s', (text, year) => {
    const years = entitiesOf(text).periods.filter((p) => p.granularity === 'year' && p.text.includes(year));
    expect(years).toEqual([
      expect.objectContaining({ start: `${year}-01-01`, end: `${year}-12-31`, granularity: 'year' }),
    ]);
  });

  it.each([
    'how many leads came from the saas connect 2026 event',
    'leads from the pricing guide 2026',
    'set the emea target for 2027-q1 to 2 million',
    'stage of the Acme Analytics suite Q1 2027 deal',
    'deals over 2000',
    'call me at 2025550100',
    'what happened in room 2024b',
  ])('"%s" names no year of its own', (text) => {
    expect(yearPeriodsIn(text.toLowerCase())).toEqual([]);
  });

  it('a year inside a quarter stays the quarter', () => {
    expect(entitiesOf('how much closes in the first quarter of 2027').periods).toEqual([
      expect.objectContaining({ start: '2027-01-01', end: '2027-03-31', granularity: 'quarter' }),
    ]);
  });

  it('a question about a year reads that year', () => {
    const question = parseRecordQuestion(
      'how much did i win in 2025',
      entitiesOf('how much did i win in 2025'),
      context,
    );
    expect(question).toMatchObject({
      kind: 'query',
      query: { status: 'won', closedFrom: '2025-01-01', closedTo: '2025-12-31', aggregate: 'sum' },
    });
  });
});

describe('a period alone as a follow-up re-runs the last question for it', () => {
  it.each<[string, string, string]>([
    ['what about this quarter so far', '2026-10-01', '2026-12-31'],
    ['and this quarter to date?', '2026-10-01', '2026-12-31'],
    ['what about 2024', '2024-01-01', '2024-12-31'],
    ['how about in 2025?', '2025-01-01', '2025-12-31'],
    ['and for 2024', '2024-01-01', '2024-12-31'],
    ['ok what about last month then', '2026-11-01', '2026-11-30'],
    ['same for this year so far', '2026-01-01', '2026-12-31'],
    ['2024?', '2024-01-01', '2024-12-31'],
    ['and last week?', '2026-11-23', '2026-11-29'],
    ['what about this month up to now', '2026-12-01', '2026-12-31'],
  ])('"%s" → %s to %s', (text, from, to) => {
    expect(followUpOf(text)).toMatchObject({ kind: 'refine', refinement: { period: { from, to } } });
  });

  it.each([
    'what about my tasks',
    'what about acme',
    'what about 2024 targets',
    'and the globex deals?',
    'how far along is the acme deal',
    'set the emea target for 2027-q1 to 2 million',
  ])('"%s" is a question of its own', (text) => {
    expect(followUpOf(text)).toBeUndefined();
  });
});
