import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { listFollowUpOf } from '../../../src/dialogs/understanding/list-follow-up';
import { parseRecordQuestion } from '../../../src/dialogs/understanding/record-question';

// Issue 19, ninth round (w5c): a rep's tasks asked in everyday words ("stuff i have to do this
// week") and narrowed after a list ("which ones are late"). Wordings of each need, and wordings
// that are not it.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const context = { now: NOW, timezone: 'UTC' };
const entitiesOf = (text: string) =>
  extractEntities(text, {
    now: NOW,
    timeZone: 'UTC',
    accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
    reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
    teams: [],
  });
const parse = (text: string) => parseRecordQuestion(text, entitiesOf(text), context);

describe('things to do are tasks', () => {
  it.each<[string, Record<string, string>]>([
    ['where do i see stuff i have to do this week', { closeFrom: '2026-11-30', closeTo: '2026-12-06' }],
    ['things i need to do next week', { closeFrom: '2026-12-07', closeTo: '2026-12-13' }],
    ["what i've got to do this week", { closeFrom: '2026-11-30', closeTo: '2026-12-06' }],
    ['show me everything i have to do', {}],
    ['stuff we need to do this month', { closeFrom: '2026-12-01', closeTo: '2026-12-31' }],
    ['list the things i gotta do', {}],
    ['what do i need to do this week', { closeFrom: '2026-11-30', closeTo: '2026-12-06' }],
    ['what do i have to do tomorrow', { closeFrom: '2026-12-05', closeTo: '2026-12-05' }],
    ['what have i got to do next week', { closeFrom: '2026-12-07', closeTo: '2026-12-13' }],
  ])('"%s" lists tasks', (text, window) => {
    expect(parse(text)).toMatchObject({ kind: 'query', query: { record: 'task', ...window } });
  });

  it.each([
    'what do i have to do to close the acme deal',
    'what do i have to do to set up sso',
    'things i need to do for the acme renewal',
    'what do i have to do if a customer asks for their data',
    'what do i need to do in crmpro to import contacts',
    'what deals are due this week',
  ])('"%s" asks how or for deals, not for tasks', (text) => {
    const question = parse(text);
    expect(question?.kind === 'query' && question.query.record === 'task').toBe(false);
  });
});

describe('"which ones are late" narrows the list just shown to the overdue', () => {
  it.each([
    'which ones are late',
    'any of them overdue?',
    'which are overdue',
    'only the late ones',
    'which of those am i behind on',
    'which ones are past due',
    'and the overdue ones?',
  ])('"%s"', (text) => {
    expect(listFollowUpOf(text, entitiesOf(text), context)).toEqual({
      kind: 'refine',
      refinement: { overdue: true },
    });
  });

  it.each(['why is it late', 'who is running late on quota', 'am i behind on my number', 'late fees'])(
    '"%s" is not it',
    (text) => {
      expect(listFollowUpOf(text, entitiesOf(text), context)).toBeUndefined();
    },
  );
});
