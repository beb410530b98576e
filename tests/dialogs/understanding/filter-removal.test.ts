import { filtersRemovedOf } from '../../../src/dialogs/understanding/filter-removal';

// Issue 19, nineteenth round (w20f, dev-qa36 D): a follow-up that takes one filter off the list just
// shown. "and without the amount limit?" was answered from the churn documentation, "drop the amount
// filter" with "There's nothing to cancel"; they are the same list without that filter now.
describe('a filter taken off the last list', () => {
  it.each([
    ['and without the amount limit?', ['amount']],
    ['drop the amount filter', ['amount']],
    ['what if i take off the amount filter', ['amount']],
    ['remove the 100k limit', ['amount']],
    ['ok drop the 50k', ['amount']],
    ['same but any amount', ['amount']],
    ['and without the region filter?', ['region']],
    ['ignore the region', ['region']],
    ['regardless of region?', ['region']],
    ['get rid of the stage filter', ['stage']],
    ['now in any stage', ['stage']],
    ['forget about the close date filter', ['date']],
    ['drop the region and amount filters', ['region', 'amount']],
    ['lose the date filter', ['date']],
    ['ok lose the quarter', ['date']],
    ['can you lose the date filter', ['date']],
    ['could you lose the amount limit?', ['amount']],
  ])('%s → %j', (text, filters) => {
    expect(filtersRemovedOf(text)?.sort()).toEqual([...filters].sort());
  });

  it.each([
    // a field missing is a question of its own
    'deals without an amount',
    'any deals with no close date',
    // a filter added, not taken away
    'only the ones over 100k',
    'and just emea',
    'show me all accounts',
    // other words that only look like it
    'drop me a note when acme signs',
    'can you remove the task for globex',
    'which region has the most pipeline',
    // deals lost in a period, asked again after a list
    'how many deals did I lose this quarter',
    'what did we lose this month',
    'did sam lose the quarter',
    'which deals will we lose this quarter',
    'did they lose the quarter',
  ])('%s → nothing taken off', (text) => {
    expect(filtersRemovedOf(text)).toBeUndefined();
  });
});
