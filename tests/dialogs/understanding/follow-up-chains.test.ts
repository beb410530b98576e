import { accountSpanOf } from '../../../src/dialogs/routing/account-span';
import { correctionOf } from '../../../src/dialogs/routing/correction-words';
import { listFollowUpOf } from '../../../src/dialogs/understanding/list-follow-up';
import { namedRowOf } from '../../../src/dialogs/understanding/row-reference';
import { shownRecordQuestionOf } from '../../../src/dialogs/understanding/shown-record-question';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

const NOW = new Date('2026-12-04T15:00:00Z');
const { parse, entitiesOf } = recordQuestionReader(NOW, {});

// Issue 19, twelfth round (W12-F): short follow-ups read against the last answer.

describe('a correction of the last question', () => {
  it.each([
    ['no, I meant initech', 'what about initech'],
    ['sorry - last quarter, not this one', 'what about last quarter'],
    ['wait, just the open deals', 'just the open deals'],
    ['not globex, initech', 'what about initech'],
    ['initech, not globex', 'what about initech'],
    ['actually i meant Q3', 'what about Q3'],
    ['oops, I meant Olivia', 'what about Olivia'],
    ['my bad - only the ones in emea', 'only the ones in emea'],
    ['no no, I meant last month', 'what about last month'],
  ])('%s → %s', (said, meant) => {
    expect(correctionOf(said)).toBe(meant);
  });

  it.each([
    'no thanks',
    'sorry, what can you do?',
    'actually how many deals do I have',
    'deals not closing this month',
    'which deals are not in negotiation',
    'not sure',
    'wait',
    'no',
    'I want a demo',
    'i mean it',
    'sorry I missed your message',
  ])('%s is no correction', (said) => {
    expect(correctionOf(said)).toBeUndefined();
  });
});

describe('a row of the last list named by words of its title', () => {
  it.each([
    ['who is owner of the data integration one', 'data integration', 'who is owner of it'],
    ['the analytics suite deal?', 'analytics suite', undefined],
    ['when does the annual renewal one close', 'annual renewal', 'when does it close'],
    ['what stage is that multi-year renewal deal in', 'multi-year renewal', 'what stage is it in'],
    ['and the renewal one?', 'renewal', undefined],
    ['how much is the contact center one worth', 'contact center', 'how much is it worth'],
  ])('%s', (said, words, question) => {
    expect(namedRowOf(said)).toEqual({ words, ...(question ? { question } : {}) });
  });

  it.each([
    'the next one',
    'the biggest deal',
    'the second one',
    'the one after that',
    'what about the open deals',
    'show me the deal',
    'the next one to close',
    'is the q4 one closing this month',
  ])('%s names no row', (said) => {
    expect(namedRowOf(said)).toBeUndefined();
  });
});

describe('the contact asked of the records just shown', () => {
  it.each([
    "who's the contact",
    "who's the contact on it",
    'whos the contact on that one',
    'who is the contact for this deal',
    'the contact?',
    'and who is the main contact there',
  ])('%s', (said) => {
    expect(shownRecordQuestionOf(said)).toEqual({ ask: 'contacts' });
  });

  it.each([
    ['whos the contact on the biggest one', { ask: 'contacts', biggest: true }],
    ['whos the ceo', { ask: 'contacts', role: 'ceo' }],
  ])('%s', (said, asked) => {
    expect(shownRecordQuestionOf(said)).toEqual(asked);
  });

  it.each(["who's the contact for globex", 'contact support', 'who should i contact about billing'])(
    '%s is a question of its own',
    (said) => {
      expect(shownRecordQuestionOf(said)).toBeUndefined();
    },
  );
});

describe('the total of the deals just shown', () => {
  it.each([
    'how much all together',
    'and what are they worth altogether?',
    "what's the total",
    'add them up',
    'how much is that all together',
    'total?',
  ])('%s', (said) => {
    const question = parse(said);
    expect(question).toMatchObject({
      kind: 'query',
      query: { record: 'deal', aggregate: 'sum' },
      refersTo: 'deals',
    });
  });

  it.each(['how many are there', 'which one is the biggest', 'how many deals do i have'])(
    '%s is no total of those',
    (said) => {
      expect(parse(said)).not.toMatchObject({ query: { aggregate: 'sum' }, refersTo: 'deals' });
    },
  );
});

describe('another kind of interaction asked of the last count', () => {
  it.each([
    ['and meetings?', ['meeting']],
    ['what about emails', ['email']],
    ['and calls?', ['call']],
    ['how about meetings then', ['meeting']],
    ['same for emails', ['email']],
    ['and notes?', ['note']],
  ])('%s', (said, types) => {
    const followUp = listFollowUpOf(said, entitiesOf(said), { now: NOW, timezone: 'UTC' });
    expect(followUp).toEqual({ kind: 'refine', refinement: { interactionTypes: types } });
  });

  it.each(['and meetings with acme next week?', 'log a meeting', 'how many meetings did i have'])(
    '%s is no such follow-up',
    (said) => {
      const followUp = listFollowUpOf(said, entitiesOf(said), { now: NOW, timezone: 'UTC' });
      expect(followUp?.kind === 'refine' && followUp.refinement.interactionTypes).toBeFalsy();
    },
  );
});

describe("a status after an account's name is no part of the name", () => {
  const stark = [{ text: 'stark industries', score: 1 }];
  it.each([
    ['stark industries open', 'stark industries'],
    ['stark industries won', 'stark industries'],
    ['stark industries lost this year', 'stark industries'],
  ])('%s', (phrased, name) => {
    expect(accountSpanOf(phrased, stark)).toBe(name);
  });

  it('a name that is the whole words stays whole', () => {
    expect(accountSpanOf('open systems', [{ text: 'open systems', score: 1 }])).toBe('open systems');
  });
});
