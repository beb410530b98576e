import { listReshapeOf } from '../../../src/dialogs/understanding/list-follow-up';

/** The last list reshaped: another order, its first rows, or the rows after those shown. */
describe('reshaping the last list', () => {
  it.each([
    ['sort that by amount', { order: 'biggest' }],
    ['Sort them by size', { order: 'biggest' }],
    ['can you sort that by amount', { order: 'biggest' }],
    ['biggest first', { order: 'biggest' }],
    ['largest to smallest please', { order: 'biggest' }],
    ['sort by amount smallest first', { order: 'smallest' }],
    ['smallest ones first', { order: 'smallest' }],
    ['order by close date', { order: 'soonest' }],
    ['sort them by closing date', { order: 'soonest' }],
    ['soonest first', { order: 'soonest' }],
    ['just the top 3', { limit: 3 }],
    ['only the first five', { limit: 5 }],
    ['give me the top 10', { limit: 10 }],
    ['top three only', { limit: 3 }],
    ['ok just the top 2 please', { limit: 2 }],
    ['show me the rest', { more: true }],
    ['the rest of them', { more: true }],
    ['more', { more: true }],
    ['more please', { more: true }],
    ['next', { more: true }],
    ['next page', { more: true }],
    ['ok, next ones', { more: true }],
    ['keep going', { more: true }],
    ['all of them', { all: true }],
    ['show me all of them', { all: true }],
    ['the whole list please', { all: true }],
    ['list them all', { all: true }],
    ['any more?', { more: true }],
    // The key and its direction said apart (w28c): one order, nothing else left.
    ['sort by amount, biggest first', { order: 'biggest' }],
    ['sort by amount, smallest first', { order: 'smallest' }],
    ['order them by value - largest first please', { order: 'biggest' }],
    ['sort by close date, soonest first', { order: 'soonest' }],
  ])('"%s" reshapes the list: %j', (wording, reshape) => {
    expect(listReshapeOf(wording)).toEqual(reshape);
  });

  it.each([
    'the next one',
    'next week',
    'next step?',
    "what's next",
    'more deals in germany',
    'top 3 open deals by amount',
    'my top deals',
    'sort accounts by name',
    'sort by stage',
    'only the ones in germany',
    'more than 5 contacts',
    'top 100',
    'who is the top rep',
    'tell me more about acme',
  ])('"%s" is no reshaping of the last list', (wording) => {
    expect(listReshapeOf(wording)).toBeUndefined();
  });
});
