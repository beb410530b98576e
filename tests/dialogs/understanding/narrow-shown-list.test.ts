import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { listFollowUpOf } from '../../../src/dialogs/understanding/list-follow-up';
import { parseRecordQuestion } from '../../../src/dialogs/understanding/record-question';

// Issue 19 (tenth round, W8-J): a follow-up that narrows the list just shown by the kind of deal
// or by why deals were lost, and a field asked of the one person just shown ("and his phone
// number"). Wordings of each need in other words, and messages that must not read as one.
const NOW = new Date('2026-12-04T15:00:00Z');

function read(text: string) {
  const entities = extractEntities(text, {
    now: NOW,
    timeZone: 'UTC',
    accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
    reps: [
      { id: 'u-sam', name: 'Sam Rivera' },
      { id: 'u-sophie', name: 'Sophie Laurent' },
    ],
    teams: [{ id: 'Enterprise', name: 'Enterprise' }],
  });
  return listFollowUpOf(text, entities, { now: NOW, timezone: 'UTC' });
}

describe('narrowing the list just shown by the kind of deal', () => {
  it.each<[string, string[]]>([
    ['only the renewals', ['renewal']],
    ['just renewals', ['renewal']],
    ['which of those are renewals?', ['renewal']],
    ['and the renewal deals only', ['renewal']],
    ['filter to renewals please', ['renewal']],
    ['only the upsells', ['upsell']],
    ['just the expansion deals', ['upsell']],
    ['what about new business', ['new_business']],
    ['only net new ones', ['new_business']],
    ['keep just the renewals and upsells', ['upsell', 'renewal']],
  ])('"%s" keeps deals of type %j', (text, dealTypes) => {
    expect(read(text)).toEqual({ kind: 'refine', refinement: { dealTypes } });
  });

  it('a type goes with another filter ("only the renewals in emea")', () => {
    expect(read('only the renewals in emea')).toEqual({
      kind: 'refine',
      refinement: { dealTypes: ['renewal'], region: 'EMEA' },
    });
  });
});

describe('narrowing the lost deals just shown by why they were lost', () => {
  it.each<[string, string]>([
    ['which ones did we lose on price', 'price'],
    ['which of those were lost to a competitor', 'competitor'],
    ['only the ones we lost on price', 'price'],
    ['just those lost to competitors', 'competitor'],
    ['which did i lose because of budget', 'budget'],
    ['the ones lost over price?', 'price'],
    ['and which were lost due to timing', 'timing'],
  ])('"%s" keeps deals lost for "%s"', (text, lostReason) => {
    expect(read(text)).toEqual({ kind: 'refine', refinement: { lostReason } });
  });
});

describe('messages that narrow nothing by type or loss reason', () => {
  it.each([
    'what renewals do i have next quarter',
    'my renewals',
    'how many renewals did we win this year',
    'why did we lose them',
    'which deals did we lose on price this year',
    'what did we lose last week',
    'lost on friday',
    'renewal pricing',
    'when does the acme renewal close',
    'did we lose to salesforce again and why',
  ])('"%s" is no such narrowing', (text) => {
    const read_ = read(text);
    const refinement = read_?.kind === 'refine' ? read_.refinement : {};
    expect(refinement).not.toHaveProperty('dealTypes');
    expect(refinement).not.toHaveProperty('lostReason');
  });
});

describe('a person asked to be shown, whose fields the next message asks ("and his phone number")', () => {
  const CONTACTS = [
    { id: 'c-bill', name: 'Bill Lumbergh' },
    { id: 'c-jane', name: 'Jane Cooper' },
  ];
  const parse = (text: string) =>
    parseRecordQuestion(text, extractEntities(text, { now: NOW, timeZone: 'UTC', contacts: CONTACTS }), {
      now: NOW,
      timezone: 'UTC',
    });
  it.each<[string, string]>([
    ['show me bill lumbergh', 'c-bill'],
    ['show bill lumbergh', 'c-bill'],
    ['can you show me jane cooper', 'c-jane'],
    ['bring up jane cooper', 'c-jane'],
    ['open bill lumbergh', 'c-bill'],
    ['get me bill lumbergh', 'c-bill'],
    ['show me the contact jane cooper', 'c-jane'],
  ])('"%s" is the overview of that person', (text, id) => {
    expect(parse(text)).toMatchObject({
      kind: 'query',
      personOverview: true,
      query: { record: 'contact', contactIds: [id] },
    });
  });

  it.each([
    "show me bill lumbergh's deals",
    'show me jane cooper email',
    'show me my tasks',
    'show me the pipeline',
    'open a case for jane cooper',
  ])('"%s" is not the overview of a person', (text) => {
    const read = parse(text);
    expect(read?.kind === 'query' ? read.personOverview : undefined).toBeUndefined();
  });
});
