import { supportRequestOf, workloadOf } from '../../../src/dialogs/routing/support-questions';

// Issue 19, nineteenth round (w20r): support's triage questions from dev-qa36 and dev-qa34, each in
// wordings of our own, with those that must keep their reading: the case to pick up first (the
// caller's most urgent), the pending cases only, two caseloads set side by side, and a person on
// the phone (the handler tells a person from an account).
describe("the case to work on first: the caller's most urgent", () => {
  it.each([
    'which case should i pick up first',
    'what ticket should i tackle next',
    'which case do i take first',
    'what case should I work on next?',
    'my highest priority case',
    'my most urgent ticket',
    'my top priority case',
  ])('"%s"', (text) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'mine', first: 'priority' });
  });

  it.each([
    ['my open cases', { intent: 'case_list', scope: 'mine' }],
    ['what is the response time for high priority cases', undefined],
  ])('"%s" keeps its reading', (text, expected) => {
    expect(supportRequestOf(text)).toEqual(expected);
  });
});

describe('the pending cases only', () => {
  it.each(['which cases are pending', 'pending tickets?', 'cases on hold', 'show me the pending cases'])(
    '"%s"',
    (text) => {
      expect(supportRequestOf(text)).toMatchObject({ intent: 'case_list', scope: 'open', status: 'pending' });
    },
  );

  it.each(['all open cases', 'open or pending cases?', 'which cases are still open'])(
    '"%s" is every open case',
    (text) => {
      const request = supportRequestOf(text);
      expect(request && 'status' in request ? request.status : undefined).toBeUndefined();
    },
  );
});

describe('caseloads side by side', () => {
  it.each([
    "who's overloaded, me or anna?",
    'who is busier, riley or anna',
    'who has more cases, me or anna',
    'am i busier than anna?',
    'which of us is the most swamped',
  ])('"%s": every agent\'s open cases', (text) => {
    expect(workloadOf(text)).toEqual({ whose: 'team' });
  });

  it.each([
    ['how busy am i', { whose: 'mine' }],
    ["what's anna's workload looking like", { whose: 'agent', owner: 'anna' }],
    ['how do i manage my workload in crmpro', undefined],
  ])('"%s" keeps its reading', (text, expected) => {
    expect(workloadOf(text)).toEqual(expected);
  });
});

describe('someone on the phone asking what is open', () => {
  it.each([
    ["Yuki Sato is on the line, what's their open case about?", 'Yuki Sato'],
    ['jane cooper is calling, any open tickets?', 'jane cooper'],
    ['stark industries is on the phone, whats open for them', 'stark industries'],
  ])('"%s": the holder is "%s" (a person or an account)', (text, holder) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'account', account: holder });
  });
});
