import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { listFollowUpOf } from '../../../src/dialogs/understanding/list-follow-up';

// Issue 19, nineteenth round (w20f, dev-qa36 D): one day said alone after a list by day ("and
// tomorrow?" after "anything closing today?") got "I can't help with that yet": a day is no period
// to the reader. It is that one day now; a weekday after what happened is the one just gone.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const context = { now: NOW, timezone: 'UTC' };
const followUpOf = (text: string) =>
  listFollowUpOf(
    text,
    extractEntities(text, { now: NOW, timeZone: 'UTC', accounts: [], reps: [], teams: [] }),
    context,
  );

describe('one day said alone after a list', () => {
  it.each([
    ['and tomorrow?', '2026-12-05', undefined],
    ['what about tomorrow', '2026-12-05', undefined],
    ['and yesterday', '2026-12-03', undefined],
    ['how about monday?', '2026-12-07', '2026-11-30'],
    ['and on tuesday?', '2026-12-08', '2026-12-01'],
    ['what about 10 december', '2026-12-10', undefined],
  ])('%s → %s (past: %s)', (text, day, past) => {
    const followUp = followUpOf(text);
    expect(followUp).toMatchObject({ kind: 'refine', refinement: { period: { from: day, to: day } } });
    const refinement = followUp?.kind === 'refine' ? followUp.refinement : undefined;
    expect(refinement?.pastPeriod?.from).toBe(past);
  });

  it.each([
    'remind me tomorrow',
    'call acme tomorrow about the renewal',
    'what happened on the 3rd with the acme deal',
    'now do sam',
    'and now for olivia',
  ])('%s → no day follow-up', (text) => {
    const followUp = followUpOf(text);
    expect(
      followUp?.kind === 'refine' && followUp.refinement.period?.from === followUp.refinement.period?.to,
    ).toBe(false);
  });
});
