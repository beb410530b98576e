import { supportRequestOf } from '../../../src/dialogs/routing/support-questions';

// W17S, issue 19 sixteenth round: one case picked by its age from every open case or from one
// agent's (or account's), the cases not closed said in other words, and an agent's cases counted
// with "has", each class in many wordings, with the wordings that must keep their reading.
describe('the one oldest case not closed, of every open case', () => {
  it.each([
    "what's the oldest case nobody has closed yet",
    'oldest ticket that hasnt been closed',
    'which is the oldest unresolved case',
    'whats the oldest case still open',
    'the oldest open ticket?',
    'oldest case no one has resolved yet',
    'oldest case not yet closed',
    "what's our oldest open case",
    'Oldest Ticket Nobody Closed?',
    'show me the stalest ticket',
  ])('"%s" picks the oldest open case', (text) => {
    expect(supportRequestOf(text)).toEqual({
      intent: 'case_list',
      scope: 'open',
      order: 'oldest',
      first: 'oldest',
    });
  });

  it.each([
    ['oldest open cases?', { intent: 'case_list', scope: 'open', order: 'oldest' }],
    ['my oldest open case', { intent: 'case_list', scope: 'mine', first: 'oldest' }],
    ["who's waiting longest", { intent: 'case_list', scope: 'open', order: 'oldest', first: 'oldest' }],
    ['all open cases', { intent: 'case_list', scope: 'open' }],
  ])('"%s" keeps its reading', (text, expected) => {
    expect(supportRequestOf(text)).toEqual(expected);
  });

  it.each(['oldest open deal', 'what is the oldest deal nobody has closed yet', 'oldest lead still open'])(
    '"%s" is no case',
    (text) => {
      expect(supportRequestOf(text)).toBeUndefined();
    },
  );
});

describe("one agent's or account's oldest case", () => {
  it.each([
    ["what's anna's oldest open case", 'anna'],
    ['annas oldest ticket', 'anna'],
    ["anna kowalski's oldest open case?", 'anna kowalski'],
    ["riley's longest-open case", 'riley'],
    ["globex's oldest ticket", 'globex'],
    ['whats annas oldest unresolved case', 'anna'],
  ])('"%s" picks the oldest case of %s (an agent or an account)', (text, holder) => {
    expect(supportRequestOf(text)).toEqual({
      intent: 'case_list',
      scope: 'account',
      account: holder,
      first: 'oldest',
    });
  });

  it.each([
    ['oldest case assigned to anna', 'anna'],
    ['the oldest ticket owned by riley park', 'riley park'],
  ])('"%s" picks the oldest of the open cases %s works', (text, owner) => {
    expect(supportRequestOf(text)).toMatchObject({
      intent: 'case_list',
      scope: 'open',
      owner,
      first: 'oldest',
    });
  });

  it.each([
    ["anna's open cases", { intent: 'case_list', scope: 'account', account: 'anna' }],
    ["globex's open cases", { intent: 'case_list', scope: 'account', account: 'globex' }],
    ['cases assigned to anna', { intent: 'case_list', scope: 'open', owner: 'anna' }],
  ])('"%s" keeps its reading', (text, expected) => {
    expect(supportRequestOf(text)).toEqual(expected);
  });

  it.each(["let's open a case", 'just in case', "what's the business case"])(
    '"%s" names no holder of cases',
    (text) => {
      expect(supportRequestOf(text) ?? {}).not.toMatchObject({ scope: 'account' });
    },
  );
});

describe("an agent's cases counted with 'has'", () => {
  it.each([
    ['how many open cases has anna now', 'anna'],
    ['how many tickets has riley', 'riley'],
    ['how many open cases has anna kowalski right now?', 'anna kowalski'],
    ['How many cases has Anna at the moment', 'anna'],
    ['how many open tickets have riley park now', 'riley park'],
    ['how many open cases does anna have', 'anna'],
    ['how many cases has anna got', 'anna'],
  ])('"%s" counts the cases of %s (an agent or an account)', (text, holder) => {
    expect(supportRequestOf(text)).toMatchObject({ intent: 'case_list', scope: 'account' });
    expect((supportRequestOf(text) as { account: string }).account.toLowerCase()).toBe(holder);
  });

  it.each([
    'how many cases have been opened today',
    'how many tickets have closed this week',
    'how many cases have we got',
    'how many open cases have there been',
    'how many cases has the team',
  ])('"%s" names no holder', (text) => {
    expect(supportRequestOf(text) ?? {}).not.toMatchObject({ scope: 'account' });
  });
});
