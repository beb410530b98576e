import { recordQuestionReader } from '../../fixtures/record-question-reader';
import { emailStandingOf } from '../../../src/dialogs/understanding/people-at-accounts';

// Issue 19, nineteenth round (w20r): marketing asks which contacts it may e-mail: opted out, without
// an address, or reachable (an address, not opted out, still at the company), across the CRM or at
// one account, and a job title said in the plural across the CRM ("list all the CEOs"). Wordings of
// our own beside those of dev-qa35; and messages that keep their own reading (sending, how opting out
// works, a campaign's figures, one person, one account's single CEO).
const { queryOf, parse } = recordQuestionReader(new Date('2026-12-04T15:00:00Z'), {
  accounts: [
    { id: 'acc-acme', name: 'Acme Corporation' },
    { id: 'acc-globex', name: 'Globex' },
  ],
  contacts: [{ id: 'c-jane', name: 'Jane Cooper' }],
  reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
  industries: [{ id: 'Healthcare', name: 'Healthcare' }],
});

describe("a contact's e-mail standing, as people ask it", () => {
  it.each<[string, 'optedOut' | 'none' | 'emailable']>([
    ['how many contacts have opted out of email?', 'optedOut'],
    ['count the opt-outs among our contacts', 'optedOut'],
    ['which people have unsubscribed', 'optedOut'],
    ["contacts who said they don't want our emails", 'optedOut'],
    ['how many contacts have no email address', 'none'],
    ['contacts without an e-mail', 'none'],
    ["list the people who don't have an email address", 'none'],
    ['how many contacts can we actually email, total?', 'emailable'],
    ['which contacts can get our marketing emails', 'emailable'],
    ['how many people are ok to email', 'emailable'],
    ['contacts who have not opted out', 'emailable'],
    ['number of emailable contacts', 'emailable'],
  ])('"%s": %s', (text, standing) => {
    expect(emailStandingOf(text)).toBe(standing);
  });

  it.each([
    'email all the contacts who opted in',
    'send the newsletter to contacts that can get marketing emails',
    'how do contacts opt out of emails?',
    'what was the open rate of the last newsletter',
    'export the contacts who can get our emails as csv',
    'which leads have opted out',
    'how complete is our contacts data, how many are missing emails?',
    'what is an opt-out',
  ])('"%s" is no standing question', (text) => {
    expect(emailStandingOf(text)).toBeUndefined();
  });
});

describe('the contacts of an e-mail standing, as a query', () => {
  it.each<[string, Record<string, unknown>]>([
    ['how many contacts have opted out of email?', { contactEmail: 'optedOut', aggregate: 'count' }],
    ['how many contacts can we actually email, total?', { contactEmail: 'emailable', aggregate: 'count' }],
    ['which contacts have no email', { contactEmail: 'none', aggregate: 'list' }],
    [
      'healthcare contacts who unsubscribed',
      { contactEmail: 'optedOut', industry: 'Healthcare', aggregate: 'list' },
    ],
  ])('"%s": across the CRM', (text, expected) => {
    const query = queryOf(text);
    expect(query).toMatchObject({ record: 'contact', ...expected });
    expect(query?.accountId).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>]>([
    ['which globex contacts can get our marketing emails', { contactEmail: 'emailable' }],
    ['who at acme has opted out of email?', { contactEmail: 'optedOut' }],
    ['how many contacts at globex have no email', { contactEmail: 'none', aggregate: 'count' }],
  ])('"%s": at the account named', (text, expected) => {
    expect(queryOf(text)).toMatchObject({ record: 'contact', accountId: expect.any(String), ...expected });
  });

  it.each(['which of them opted out?', 'and which of those can we email?', 'any of them without an email?'])(
    '"%s": the account just shown',
    (text) => {
      const question = parse(text);
      expect(question).toMatchObject({ kind: 'query', refersTo: 'account', query: { record: 'contact' } });
      expect(question?.kind === 'query' ? question.query.contactEmail : undefined).toBeDefined();
    },
  );
});

describe('a job title in the plural across the CRM', () => {
  it.each<[string, string, 'list' | 'count']>([
    ['list all the CEOs', 'ceo', 'list'],
    ['how many CFOs do we have in the crm', 'cfo', 'count'],
    ['show me our CTOs', 'cto', 'list'],
    ['how many cmo do we know', 'cmo', 'count'],
  ])('"%s": every %s (%s)', (text, role, aggregate) => {
    const query = queryOf(text);
    expect(query).toMatchObject({ record: 'contact', contactRole: role, aggregate });
    expect(query?.accountId).toBeUndefined();
  });

  it.each(['who is the ceo at acme', 'who is the cfo of globex'])('"%s" stays one account\'s', (text) => {
    expect(queryOf(text)?.accountId).toBe(text.includes('acme') ? 'acc-acme' : 'acc-globex');
  });
});
