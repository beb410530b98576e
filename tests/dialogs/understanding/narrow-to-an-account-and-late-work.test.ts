import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { listFollowUpOf } from '../../../src/dialogs/understanding/list-follow-up';

// Issue 19, thirteenth round (w14f): two follow-ups that narrow the list just shown. "just the
// globex ones" after deals closing this month was read as a stage move: an account said with
// "only / just" (or "which of them / those are …") narrows the list to that account's rows. "lovely,
// ta. and which ones have I let slip - the overdue ones?" after a list of tasks listed overdue deals:
// thanks said first, and "let slip" / "slipped through" / "dropped", are the lateness of the rows shown.
const NOW = new Date('2026-12-04T15:00:00Z');
const ACCOUNTS = [
  { id: 'acc-acme', name: 'Acme Corporation' },
  { id: 'acc-globex', name: 'Globex' },
  { id: 'acc-globex-fin', name: 'Globex Financial' },
  { id: 'acc-initech', name: 'Initech' },
];
const REPS = [
  { id: 'u-sam', name: 'Sam Rivera' },
  { id: 'u-olivia', name: 'Olivia Chen' },
];

function read(text: string) {
  const entities = extractEntities(text, { now: NOW, timeZone: 'UTC', accounts: ACCOUNTS, reps: REPS });
  return listFollowUpOf(text, entities, { now: NOW, timezone: 'UTC' });
}

describe("an account said to narrow the list just shown: that account's rows", () => {
  it.each<[string, string]>([
    ['just the globex ones', 'acc-globex'],
    ['only the Acme ones please', 'acc-acme'],
    ['only initech', 'acc-initech'],
    ["just acme corp's", 'acc-acme'],
    ['which of them are globex financial?', 'acc-globex-fin'],
    ['only the ones at initech', 'acc-initech'],
    ['ok just globex deals', 'acc-globex'],
    ['filter to acme', 'acc-acme'],
    ['which of those are for initech', 'acc-initech'],
  ])('"%s" narrows to %s', (text, accountId) => {
    expect(read(text)).toMatchObject({ kind: 'refine', refinement: { accountId } });
  });

  it.each([
    'what about Globex?',
    'and the acme deals?',
    'tell me about globex',
    'globex deals closing this month',
    'just move the globex one to negotiation',
    'who is the contact at acme',
  ])('"%s" is a question of its own', (text) => {
    expect(read(text)).toBeUndefined();
  });

  it('an account with another filter keeps both', () => {
    expect(read('only the globex ones in negotiation')).toMatchObject({
      kind: 'refine',
      refinement: { accountId: 'acc-globex', stages: ['negotiation'] },
    });
  });
});

describe('the late rows of the list just shown, with thanks said first', () => {
  it.each([
    'lovely, ta. and which ones have I let slip - the overdue ones?',
    'thanks! which ones are overdue',
    'cheers, and which have i let slip?',
    'great - which of them did i let slip',
    'perfect. which ones slipped through the cracks',
    'brilliant, and the ones i dropped?',
    'ok thanks, any overdue?',
    'which ones have I missed',
  ])('"%s" asks the late ones', (text) => {
    expect(read(text)).toMatchObject({ kind: 'refine', refinement: { overdue: true } });
  });

  it.each([
    'thanks',
    'lovely, ta',
    'cheers, which deals slipped last quarter and why',
    'ta, log a call with acme',
  ])('"%s" asks no late rows', (text) => {
    const followUp = read(text);
    expect(followUp?.kind === 'refine' && followUp.refinement.overdue).toBeFalsy();
  });
});
