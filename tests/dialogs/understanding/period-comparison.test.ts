import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { comparedSpans, comparisonOf } from '../../../src/dialogs/understanding/period-comparison';

// Issue 19 (eighth round, R5): the last answer's period compared with another one. Paraphrases of the
// need written for the mechanism, and wordings that are questions of their own.
const NOW = new Date('2026-12-04T15:00:00Z');
const TODAY = '2026-12-04';

function read(text: string) {
  const entities = extractEntities(text, {
    now: NOW,
    timeZone: 'UTC',
    accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
    reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
    teams: [],
  });
  return comparisonOf(text, entities, { now: NOW, timezone: 'UTC' });
}

describe('a follow-up comparing the last answer with another period', () => {
  it.each([
    'how does that compare to last year',
    'and the same time last year',
    'how does it compare with a year ago',
    'vs last year?',
    'compared to the previous year?',
    'is that better than last year',
    'year over year?',
    'same period last year?',
  ])('"%s" is against the same period a year before', (text) => {
    expect(read(text)).toEqual({ kind: 'year-before' });
  });

  it.each([
    'is that up or down',
    'is that better or worse?',
    'up or down on before?',
    'how does that compare',
  ])('"%s" is against the period just before', (text) => {
    expect(read(text)).toEqual({ kind: 'before' });
  });

  it.each<[string, string, string]>([
    ['vs last quarter?', '2026-07-01', '2026-09-30'],
    ['better than Q3?', '2026-07-01', '2026-09-30'],
    ['how does that compare to last month', '2026-11-01', '2026-11-30'],
    ['versus october?', '2026-10-01', '2026-10-31'],
  ])('"%s" is against the period it names', (text, from, to) => {
    expect(read(text)).toEqual({ kind: 'named', period: { from, to } });
  });

  it.each([
    'what about last year',
    'last year',
    'compare emea and na pipeline',
    'how do i compare two deals',
    'is the acme deal better than the globex one',
    'how does sam stack up against the others',
    'how does that compare to the industry average',
    'my deals closing this quarter',
  ])('"%s" compares no period', (text) => {
    expect(read(text)).toBeUndefined();
  });
});

describe('the two periods compared', () => {
  it('a period not over yet is compared up to the same day', () => {
    const q4 = { from: '2026-10-01', to: '2026-12-31' };
    expect(comparedSpans(q4, { kind: 'year-before' }, TODAY)).toEqual({
      now: { from: '2026-10-01', to: '2026-12-04' },
      then: { from: '2025-10-01', to: '2025-12-04' },
    });
    expect(comparedSpans(q4, { kind: 'before' }, TODAY).then).toEqual({
      from: '2026-07-01',
      to: '2026-09-04',
    });
  });

  it('a whole period is compared with a whole period', () => {
    const november = { from: '2026-11-01', to: '2026-11-30' };
    expect(comparedSpans(november, { kind: 'year-before' }, TODAY).then).toEqual({
      from: '2025-11-01',
      to: '2025-11-30',
    });
    expect(comparedSpans(november, { kind: 'before' }, TODAY).then).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
    });
    const q3 = { from: '2026-07-01', to: '2026-09-30' };
    expect(comparedSpans(q3, { kind: 'before' }, TODAY).then).toEqual({
      from: '2026-04-01',
      to: '2026-06-30',
    });
    const named = { kind: 'named' as const, period: { from: '2026-04-01', to: '2026-06-30' } };
    expect(comparedSpans(q3, named, TODAY)).toEqual({ now: q3, then: named.period });
  });
});
