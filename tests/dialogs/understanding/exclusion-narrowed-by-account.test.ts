import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twentieth round (w21a): a name said right after a negated list through a preposition
// narrows the records instead of joining the list ("my deals that aren't in prospecting or
// qualification at globex": globex's deals, those two stages left out); a name joined by "or"/"and"
// is still left out ("not at acme or at wayne").
/** Friday 4 December 2026, as in the conversation evaluation. */
const { queryOf } = recordQuestionReader(new Date('2026-12-04T15:00:00Z'), {
  accounts: [
    { id: 'acc-acme', name: 'Acme Corporation' },
    { id: 'acc-wayne', name: 'Wayne Enterprises' },
    { id: 'acc-globex', name: 'Globex' },
    { id: 'acc-initech', name: 'Initech' },
  ],
});

describe('a negated stage list, then an account', () => {
  it.each([
    [
      "my deals that aren't in prospecting or qualification at globex",
      'acc-globex',
      ['prospecting', 'qualification'],
    ],
    ['deals not in negotiation at initech', 'acc-initech', ['negotiation']],
    ['which deals are not in proposal for wayne', 'acc-wayne', ['proposal']],
    ['opps that aren’t in negotiation or proposal with acme', 'acc-acme', ['negotiation', 'proposal']],
  ])('%s → at %s, not in %j', (text, accountId, stages) => {
    const query = queryOf(text);
    expect(query?.accountId).toBe(accountId);
    expect(new Set(query?.excludeStages)).toEqual(new Set(stages));
    expect(query?.excludeAccountIds ?? []).toEqual([]);
  });

  it.each([
    ['open deals not at acme or at wayne', ['acc-acme', 'acc-wayne']],
    ['my deals except globex and initech', ['acc-globex', 'acc-initech']],
    ['open opps not at acme or wayne', ['acc-acme', 'acc-wayne']],
  ])('still left out: %s', (text, accounts) => {
    expect(new Set(queryOf(text)?.excludeAccountIds)).toEqual(new Set(accounts));
  });
});
