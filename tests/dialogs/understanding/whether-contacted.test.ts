import { recordQuestionReader } from '../../fixtures/record-question-reader';

// W16S, issue 19 fifteenth round: whether someone contacted an account, asked yes or no ("has anyone
// called initech this month?"), is the latest interaction of that kind, in the period said, stated yes
// or no; "have i ..." is the caller's own. Friday 4 December 2026, as in the conversation evaluation.
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, {
  accounts: [
    { id: 'acc-initech', name: 'Initech' },
    { id: 'acc-globex', name: 'Globex' },
    { id: 'acc-acme', name: 'Acme Corporation' },
  ],
});

describe('whether someone contacted an account', () => {
  it.each([
    ['has anyone called initech this month?', 'anyone', 'call', '2026-12-01', '2026-12-04'],
    ['have i called globex recently?', 'mine', 'call', '2026-11-05', '2026-12-04'],
    ['did we email acme this week', 'anyone', 'email', '2026-11-30', '2026-12-04'],
    ['has anybody met with initech lately', 'anyone', 'meeting', '2026-11-05', '2026-12-04'],
    ['hav i emailed globex last week?', 'mine', 'email', '2026-11-23', '2026-11-29'],
    ['did someone phone acme yesterday', 'anyone', 'call', '2026-12-03', '2026-12-03'],
  ])('"%s": %s, %s, %s..%s', (text, whose, type, from, to) => {
    expect(queryOf(text)).toMatchObject({
      record: 'interaction',
      field: 'lastInteraction',
      asksWhether: whose,
      interactionTypes: [type],
      occurredFrom: from,
      occurredTo: to,
    });
  });

  it.each([
    ['have we spoken to globex recently', 'anyone'],
    ['has the team been in touch with initech', 'anyone'],
    ['have i talked to acme', 'mine'],
  ])('"%s": any kind of interaction', (text, whose) => {
    const query = queryOf(text);
    expect(query).toMatchObject({ record: 'interaction', field: 'lastInteraction', asksWhether: whose });
    expect(query?.interactionTypes).toBeUndefined();
  });

  it('"ever" or nothing said: no window, the latest one whenever', () => {
    const query = queryOf('have we ever emailed initech');
    expect(query).toMatchObject({ asksWhether: 'anyone', interactionTypes: ['email'] });
    expect(query?.occurredFrom).toBeUndefined();
  });

  it.each([
    'when did we last email acme',
    'last call with globex',
    'how many calls did i make to initech this month',
  ])('"%s" keeps its reading (no yes or no)', (text) => {
    expect(queryOf(text)?.asksWhether).toBeUndefined();
  });

  it('needs an account: "have i called anyone today" is no such question', () => {
    expect(queryOf('have i called anyone today')?.asksWhether).toBeUndefined();
  });
});
