import { asksForCatchUp, catchUpQuestionOf } from '../../../src/dialogs/understanding/catch-up-question';
import { otherOutcomeOf } from '../../../src/dialogs/understanding/other-outcome';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, eighteenth round (w19c): a rep back from time away asks what changed ("back from 2 weeks
// off, what did i miss", qa31-rep-summary-01; "what happened on globex while i was away",
// qa31-rep-follow-up-02; "any new support cases on my accounts in the last 2 weeks?",
// qa31-rep-filter-05), and then the other outcome of the deals just shown ("and which ones did we
// lose?", qa31-rep-follow-up-01). The wordings below are other people's words for the same needs,
// and wordings that must keep their reading.
const NOW = new Date('2026-12-04T15:00:00Z');
const reader = recordQuestionReader(NOW, {
  accounts: [
    { id: 'a-globex', name: 'Globex' },
    { id: 'a-acme', name: 'Acme Corporation' },
  ],
  reps: [{ id: 'u-olivia', name: 'Olivia Chen' }],
});
const context = { now: NOW, timezone: 'UTC' };
const read = (text: string) => catchUpQuestionOf(text, reader.entitiesOf(text), context);

describe('a catch-up after time away', () => {
  it.each<[string, string, string | undefined]>([
    ['back from 2 weeks off 🌴 what did i miss', '2026-11-21', '2 weeks off'],
    ['What did I miss?', '2026-11-21', undefined],
    ['just back from vacation - catch me up', '2026-11-21', undefined],
    ['catch me up on globex since 20 november', '2026-11-20', '20 november'],
    [
      'i was off for two weeks what happened on my accounts while i was away',
      '2026-11-21',
      'off for two weeks',
    ],
    ['been away a week, anything i missed?', '2026-11-28', 'away a week'],
    ['wat did i miss since 20 november', '2026-11-20', '20 november'],
    ['can you bring me up to speed on the last 10 days', '2026-11-25', 'last 10 days'],
    ['fill me in, I was on leave for 3 weeks', '2026-11-14', 'on leave for 3 weeks'],
    ["what's changed on my accounts this week", '2026-11-30', 'this week'],
    ['catch me up on my pipeline since monday', '2026-11-30', 'monday'],
    ['returning from pto today. did i miss anything?', '2026-11-21', undefined],
    ['what happened on globex while i was away', '2026-11-21', undefined],
  ])('"%s" is a catch-up from %s', (text, from, said) => {
    const question = read(text);
    expect(question).toBeDefined();
    expect(question!.from).toBe(from);
    expect(question!.to).toBe('2026-12-04');
    expect(question!.said).toBe(said);
    expect(question!.section).toBeUndefined();
  });

  it("names the account it is about, and a manager's team", () => {
    expect(read('what happened on globex while i was away')?.accountId).toBe('a-globex');
    expect(read('what changed at acme since 20 november?')?.accountId).toBe('a-acme');
    expect(read('catch me up on my team since monday')?.owner).toEqual({ scope: 'team' });
  });

  it.each([
    'any new support cases on my accounts in the last 2 weeks?',
    'new tickets on my accts since monday',
    'Any cases opened for my customers while I was out?',
    'did any new cases come in on my accounts this week',
  ])('"%s" asks only the new cases on the caller\'s accounts', (text) => {
    expect(read(text)?.section).toBe('cases');
  });

  it.each([
    // Things missed that are no records' changes, and other requests.
    'what did i miss in the release notes',
    'what did i miss on the call with acme',
    'log a catch up call with nancy at globex',
    'schedule a catch-up with Globex next week',
    'tell me about globex',
    'what happened to pricing',
    "what's new in the latest version",
    'my open cases',
    'case 1042 on acme',
    'which deals did i win since 20 november',
    'what will close on my accounts next month',
    'how is my pipeline',
    // A question of its own said with the time away, and one account's briefing, keep their readings.
    'i was out since nov 20. which of my deals did we win while i was away?',
    'did any of my deals slip past their close date while i was out',
    'which of my deals closed while i was away? been out since 20 nov',
    'catch me up on Globex',
    'catch me up on summit before friday',
    'fill me in on initech before the call',
    'what happens next on acme',
  ])('"%s" is no catch-up', (text) => {
    expect(asksForCatchUp(text, reader.entitiesOf(text))).toBe(false);
  });
});

describe('the other outcome of the deals just shown', () => {
  it.each<[string, 'won' | 'lost']>([
    ['and which ones did we lose?', 'lost'],
    ['did we lose anything there?', 'lost'],
    ['what about the ones we lost', 'lost'],
    ['And the lost ones?', 'lost'],
    ['any losses?', 'lost'],
    ['which deals did i lose then', 'lost'],
    ['ok and what did we win?', 'won'],
    ['did we win anything', 'won'],
    ['the won ones', 'won'],
    ['have we lost any deals', 'lost'],
    ['what got lost', 'lost'],
  ])('"%s" asks the %s deals of the same period', (text, outcome) => {
    expect(otherOutcomeOf(text)).toBe(outcome);
  });

  it.each([
    'which ones did we lose on price',
    'did we lose the acme deal?',
    'which deals did we lose last quarter',
    'why did we lose them',
    'what did we lose to competitors',
    // ("how much did we lose" after the wins of a period is that period's lost total since the
    // twenty-fifth round: tests/dialogs/understanding/other-outcome-figure.test.ts.)
    'how much did we lose to competitors',
    'which ones are at risk',
  ])('"%s" is a question of its own', (text) => {
    expect(otherOutcomeOf(text)).toBeUndefined();
  });
});
