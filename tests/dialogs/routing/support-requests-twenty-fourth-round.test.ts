import { caseHistoryQuestionOf } from '../../../src/dialogs/routing/case-history-questions';
import { supportRequestOf } from '../../../src/dialogs/routing/support-questions';

// Issue 19, twenty-fourth round (w25b): support's hand-offs by a bare case number, a case's
// resolution asked by its number, the cases waiting longest, an agent's cases past their SLA, an
// account's past cases and a problem it keeps having, named in its own words. Wordings of our own,
// and the messages that must keep another reading.
describe('a case handed to an agent by its number alone', () => {
  it.each([
    ['give 1204 to anna', 1204, 'anna'],
    ['hand 1203 over to riley park', 1203, 'riley park'],
    ['assign #1201 to anna', 1201, 'anna'],
    ['pass 1199 to riley', 1199, 'riley'],
  ])('"%s"', (text, number, owner) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_update', number, owner });
  });

  it.each(['give 12 to anna', 'move 1204 to pending', 'give 1204 to the team'])(
    '"%s" is no hand-off',
    (text) => {
      const read = supportRequestOf(text);
      expect(read && 'owner' in read ? read.owner : undefined).toBeUndefined();
    },
  );
});

describe("a case's resolution asked by its number", () => {
  it.each([
    ['how was 1162 resolved', 1162],
    ['how did we fix 1157?', 1157],
    ['when was 1143 closed', 1143],
    ['what was the resolution of 1146', 1146],
    ['fix for #1168?', 1168],
  ])('"%s"', (text, number) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'number', number });
  });

  it.each(['how was 2024 for us', 'how did we fix the 2 login cases'])('"%s" names no case', (text) => {
    const read = supportRequestOf(text);
    expect(read && 'scope' in read ? read.scope : undefined).not.toBe('number');
  });
});

describe('the cases waiting longest', () => {
  it.each([
    'which cases have been waiting on us the longest',
    'what tickets have been open the longest?',
    'longest-waiting cases',
    'show me the tickets waiting for a reply the longest',
  ])('"%s": the open cases, oldest first', (text) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'open', order: 'oldest' });
  });

  it('one case waiting longest is still the one', () => {
    expect(supportRequestOf('which case has been waiting the longest')).toMatchObject({ first: 'oldest' });
  });
});

describe("an agent's cases past their SLA", () => {
  it.each([
    ["riley's cases past their sla", 'riley'],
    ["anna's tickets breaching sla", 'anna'],
  ])('"%s"', (text, holder) => {
    expect(supportRequestOf(text)).toMatchObject({ intent: 'case_list', scope: 'breaching', holder });
  });

  it('"which cases are past their sla" names nobody', () => {
    expect(supportRequestOf('which cases are past their sla')).not.toHaveProperty('holder');
  });
});

describe("an account's past cases, and a problem it keeps having in its own words", () => {
  it.each([
    ["soylent's past tickets", 'soylent'],
    ["acme's ticket history", 'acme'],
    ['case history for initech', 'initech'],
    ["show me umbrella's old cases", 'umbrella'],
  ])('"%s": every case of the account', (text, account) => {
    expect(caseHistoryQuestionOf(text)).toEqual({ kind: 'topic_before', account });
  });

  it.each([
    ['does soylent keep getting charged twice', 'soylent', 'charged twice'],
    ['does acme keep having login failures?', 'acme', 'login failures'],
    ['is globex still getting sync errors', undefined, undefined],
    ['do stark industries keep hitting the import limit', 'stark industries', 'the import limit'],
  ])('"%s"', (text, account, topic) => {
    const read = caseHistoryQuestionOf(text);
    if (account) expect(read).toEqual({ kind: 'topic_before', account, topic });
    else expect(read && 'topic' in read ? read.topic : undefined).toBeUndefined();
  });

  it.each([
    'does anna keep getting in touch with them',
    'how do we handle a client who keeps getting charged twice',
    'past tickets',
  ])('"%s" is no account history', (text) => {
    expect(caseHistoryQuestionOf(text)?.kind).not.toBe('topic_before');
  });
});
