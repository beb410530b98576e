import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, thirteenth round (w14f): an account whose name extends another's ("Globex Financial" and
// "Globex", "Acme Logistics" and "Acme Corporation") was read as the shorter one: both names match
// their words exactly, and the tie went to the name first in the alphabet. The longer name said in
// full is the account meant; the shorter one said alone stays the shorter one.
const NOW = new Date('2026-12-04T15:00:00Z');
const ACCOUNTS = [
  { id: 'acc-acme', name: 'Acme Corporation' },
  { id: 'acc-acme-log', name: 'Acme Logistics' },
  { id: 'acc-globex', name: 'Globex' },
  { id: 'acc-globex-fin', name: 'Globex Financial' },
  { id: 'acc-hooli', name: 'Hooli' },
];
const { entitiesOf, queryOf } = recordQuestionReader(NOW, {
  accounts: ACCOUNTS,
  reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
});

describe('an account whose name extends another account name', () => {
  it.each<[string, string]>([
    ["who's the cfo over at globex financial?", 'acc-globex-fin'],
    ['who owns the acme logistics account', 'acc-acme-log'],
    ['Globex Financial open deals', 'acc-globex-fin'],
    ['acme logistics pipeline pls', 'acc-acme-log'],
    ['whos the account owner for ACME LOGISTICS', 'acc-acme-log'],
    ['how many deals does globex financial have open', 'acc-globex-fin'],
    ['contacts at globex financial inc', 'acc-globex-fin'],
    ['what did we win with acme logistics this year', 'acc-acme-log'],
  ])('"%s" is %s', (text, accountId) => {
    expect(entitiesOf(text).accounts[0]?.id).toBe(accountId);
    expect(entitiesOf(text).accounts.map((a) => a.id)).not.toContain(
      accountId === 'acc-acme-log' ? 'acc-acme' : 'acc-globex',
    );
    const query = queryOf(text);
    if (query) expect(query.accountId).toBe(accountId);
  });

  it.each<[string, string]>([
    ['who owns globex', 'acc-globex'],
    ['acme corp deals', 'acc-acme'],
    ["who's the cfo at globex?", 'acc-globex'],
    ['open deals at acme corporation', 'acc-acme'],
    ['globex deals closing this month', 'acc-globex'],
  ])('"%s" still names the shorter name: %s', (text, accountId) => {
    expect(entitiesOf(text).accounts[0]?.id).toBe(accountId);
  });

  it('two accounts said apart both stay', () => {
    const ids = entitiesOf('compare globex with acme logistics').accounts.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['acc-globex', 'acc-acme-log']));
  });
});
