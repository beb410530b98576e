import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, fourteenth round (W15-P): a colleague's records asked with no verb or record word of
// the parser's: "marcus meetings last week", "accounts owned by james whitfield", "what's sam got
// open". Paraphrases written for the class (typos, lower case, possessives typed without their
// apostrophe), and wordings that must NOT change reading.
const NOW = new Date('2026-12-04T15:00:00Z');
const { parse, queryOf } = recordQuestionReader(NOW, {
  accounts: [
    { id: 'acc-acme', name: 'Acme Corporation' },
    { id: 'acc-globex', name: 'Globex' },
  ],
  contacts: [{ id: 'c-jane', name: 'Jane Cooper' }],
  reps: [
    { id: 'u-sam', name: 'Sam Rivera' },
    { id: 'u-marcus', name: 'Marcus Johnson' },
    { id: 'u-james', name: 'James Whitfield' },
    { id: 'u-olivia', name: 'Olivia Chen' },
  ],
});

describe("a colleague's interactions said with the name before the noun", () => {
  it.each<[string, string, string, string | undefined]>([
    ['marcus meetings last week', 'Marcus Johnson', 'meeting', '2026-11-23'],
    ["marcus's meetings last week", 'Marcus Johnson', 'meeting', '2026-11-23'],
    ['marcuss meetings last week?', 'Marcus Johnson', 'meeting', '2026-11-23'],
    ['Olivia calls this month', 'Olivia Chen', 'call', '2026-12-01'],
    ["olivia's emails this week", 'Olivia Chen', 'email', '2026-11-30'],
    ['james whitfield meetings in november', 'James Whitfield', 'meeting', '2026-11-01'],
    ['sam calls', 'Sam Rivera', 'call', undefined],
  ])('"%s": %s\'s %s interactions', (text, rep, type, from) => {
    const query = queryOf(text);
    expect(query).toMatchObject({ record: 'interaction', owner: { rep }, interactionTypes: [type] });
    expect(query?.occurredFrom).toBe(from);
  });

  it.each<[string]>([
    ['schedule meetings with marcus next week'],
    ['log a call with olivia'],
    ['book marcus a meeting with acme'],
  ])('"%s" is no question about logged interactions', (text) => {
    expect(queryOf(text)?.record).not.toBe('interaction');
  });

  it('"my meetings last week" stays the caller\'s', () => {
    expect(queryOf('my meetings last week')).toMatchObject({
      record: 'interaction',
      owner: { scope: 'mine' },
    });
  });
});

describe("a colleague's accounts", () => {
  it.each<[string, string]>([
    ['accounts owned by james whitfield', 'James Whitfield'],
    ["james whitfield's accounts", 'James Whitfield'],
    ['james whitfields accounts', 'James Whitfield'],
    ['accounts olivia owns', 'Olivia Chen'],
    ['Marcus accounts', 'Marcus Johnson'],
    ['customers owned by olivia', 'Olivia Chen'],
    ['accts belonging to marcus', 'Marcus Johnson'],
  ])('"%s": the accounts %s owns', (text, rep) => {
    expect(queryOf(text)).toMatchObject({ record: 'account', owner: { rep }, aggregate: 'list' });
  });

  it.each<[string, string]>([
    ["olivia's deals at acme", 'deal'],
    ['accounts with deals owned by olivia', 'deal'],
  ])('"%s" stays a question about %s', (text, record) => {
    expect(queryOf(text)?.record).toBe(record);
  });

  it('"how many accounts does james whitfield own" is still counted', () => {
    expect(queryOf('how many accounts does james whitfield own')).toMatchObject({
      record: 'account',
      owner: { rep: 'James Whitfield' },
      aggregate: 'count',
    });
  });
});

describe('what a colleague has open', () => {
  it.each<[string, string]>([
    ["what's sam got open", 'Sam Rivera'],
    ["1:1 with sam in 10 - what's he got open?", 'Sam Rivera'],
    ['what does olivia have open', 'Olivia Chen'],
    ['whats marcus got open rn', 'Marcus Johnson'],
    ['anything open for james whitfield?', 'James Whitfield'],
    ['what has Olivia still got open', 'Olivia Chen'],
  ])('"%s": %s\'s open deals', (text, rep) => {
    const query = queryOf(text);
    expect(query).toMatchObject({ record: 'deal', owner: { rep } });
    expect(query?.status).toBeUndefined();
  });

  it.each<[string]>([['what tasks does olivia have open'], ['any open cases for marcus']])(
    '"%s" is not her deals',
    (text) => {
      expect(queryOf(text)?.record).not.toBe('deal');
    },
  );

  it('"what have i got open" is unchanged', () => {
    expect(parse('what have i got open')).toEqual(parse('what have i got open'));
  });
});
