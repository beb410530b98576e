import { yesOrNoWord } from '../../../src/dialogs/confirmation-words';
import { correctedTerm, type DealTermsDraft } from '../../../src/dialogs/intents/change-deal-dialog';
import { correctionAtConfirmation } from '../../../src/dialogs/intents/confirmation-corrections';

// Issue 19, twenty-fifth round (w26b): at a write's confirm step, a new value said with or without
// "no", "actually", "I meant", "make it", "wait" replaces the one asked about (and is asked again);
// "undo that", "scratch that", "wait no" cancel. Wordings of our own, beside those of dev-qa46.
describe('a change of mind at a confirm step', () => {
  it.each([
    'undo that',
    'undo',
    'scratch that',
    'wait no',
    'wait, no',
    'oh no',
    'no wait',
    'actually, never mind',
    'take that back',
    "hmm no, don't do that",
    'hold off',
  ])('"%s" cancels', (text) => {
    expect(yesOrNoWord(text)).toBe('no');
  });

  it.each([
    'wait',
    'oh',
    'actually',
    'sorry',
    'undo the last call i logged with acme',
    'wait what is this deal worth',
  ])('"%s" is neither a yes nor a no', (text) => {
    expect(yesOrNoWord(text)).toBeUndefined();
  });

  it.each<[string, string]>([
    ['actually make it 35k', '35k'],
    ['oh wait it was a meeting not a call', 'a meeting'],
    ['no, to january 22', 'to january 22'],
    ['yes but set it to 42,500', '42,500'],
    ['hmm, make it 50k instead', '50k'],
    ['no no, it should be 18k', '18k'],
    ['wrong amount, 27.5k rather than 25k', '27.5k'],
    ['move it to proposal instead', 'proposal'],
    ['sorry, push it to the 30th', 'the 30th'],
  ])('"%s" says "%s" instead', (text, instead) => {
    expect(correctionAtConfirmation(text)).toBe(instead);
  });

  const amountDraft: DealTermsDraft = { term: 'amount', amount: 30_000 };
  const dayDraft: DealTermsDraft = { term: 'closeDate', closeDate: '2027-01-15' };
  // The demo CRM's clock: Friday 4 Dec 2026.
  const turn = { now: new Date('2026-12-04T15:00:00Z'), caller: { timezone: 'UTC' } };

  it.each<[string, number]>([
    ['actually make it 35k', 35_000],
    ['no, 40k', 40_000],
    ['i meant $32,500', 32_500],
    ['45k instead', 45_000],
    ['wait - 1.2m', 1_200_000],
    ['yeah but make it 31k', 31_000],
  ])('at an amount change, "%s" asks again with %d', (text, amount) => {
    expect(correctedTerm(text, amountDraft, turn)).toEqual({
      kind: 'filled',
      draft: { ...amountDraft, amount },
    });
  });

  it.each<[string, string]>([
    ['no, to january 22', '2027-01-22'],
    ['actually the 20th of jan', '2027-01-20'],
    ['jan 29 instead', '2027-01-29'],
    ['make it feb 3', '2027-02-03'],
  ])('at a close-date change, "%s" asks again with %s', (text, closeDate) => {
    expect(correctedTerm(text, dayDraft, turn)).toEqual({
      kind: 'filled',
      draft: { ...dayDraft, closeDate },
    });
  });

  it('a correction whose value does not read asks again, never saves', () => {
    expect(correctedTerm('actually make it a bit more', amountDraft, turn)).toMatchObject({
      kind: 'problem',
    });
  });

  it.each([
    'yes',
    'yep go ahead',
    'no',
    'undo that',
    'yes do it now',
    'what is the biggest deal at acme',
    'how many open deals do i have this quarter',
  ])('"%s" is no new value', (text) => {
    expect(correctedTerm(text, amountDraft, turn)).toBeUndefined();
    expect(correctedTerm(text, dayDraft, turn)).toBeUndefined();
  });
});
