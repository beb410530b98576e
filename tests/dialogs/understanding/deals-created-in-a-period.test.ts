import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, fourteenth round (W15-R): "deals created this month on my team" listed every open deal of
// the team: the period was dropped, since it was neither a close window nor a won one. Deals created,
// added, opened or entered in a period are a filter on the day the deal was created (whatever its
// stage now); deals closing or won in a period keep their windows.
const NOW = new Date('2026-12-04T15:00:00Z');
const reader = recordQuestionReader(NOW, { reps: [{ id: 'u-sam', name: 'Sam Rivera' }] });

describe('deals created in a period', () => {
  it.each<[string, string, string]>([
    ['deals created this month on my team', '2026-12-01', '2026-12-31'],
    ['how many deals were created last month', '2026-11-01', '2026-11-30'],
    ['new deals added this quarter', '2026-10-01', '2026-12-31'],
    ['DEALS OPENED THIS WEEK', '2026-11-30', '2026-12-06'],
    ['how many opps did we create in november', '2026-11-01', '2026-11-30'],
    ['deals entered last quarter?', '2026-07-01', '2026-09-30'],
    ['how many deals i created in october', '2026-10-01', '2026-10-31'],
  ])('"%s" is the deals created %s to %s', (text, from, to) => {
    const query = reader.queryOf(text);
    expect(query).toMatchObject({ record: 'deal', createdFrom: from, createdTo: to });
    expect(query?.closeFrom).toBeUndefined();
    expect(query?.closedFrom).toBeUndefined();
  });

  it.each<[string, Record<string, string>]>([
    // Closing or won in the period: the windows they had.
    ['deals closing this month', { closeFrom: '2026-12-01' }],
    ['deals we won last month', { status: 'won', closedFrom: '2026-11-01' }],
    ['which deals did i close in november', { status: 'won', closedFrom: '2026-11-01' }],
  ])('"%s" keeps its window', (text, expected) => {
    const query = reader.queryOf(text);
    expect(query).toMatchObject(expected);
    expect(query?.createdFrom).toBeUndefined();
  });
});
