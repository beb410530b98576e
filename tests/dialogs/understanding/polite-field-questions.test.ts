import { parseRecordQuestion } from '../../../src/dialogs/understanding/record-question';

/** Friday 4 December 2026, as in the conversation evaluation. */
const context = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'UTC' };
const parse = (text: string) => parseRecordQuestion(text, undefined, context);
const fieldAndWords = (text: string) => {
  const question = parse(text);
  return question?.kind === 'query' ? [question.query.field, question.query.dealWords] : undefined;
};

describe('a deal field asked inside a polite request (the deal named before its verb)', () => {
  it.each([
    [
      'Could you please let me know when the Initech renewal is expected to close?',
      'closeDate',
      'Initech renewal',
    ],
    [
      'would you mind telling me when the acme multi-year renewal will close',
      'closeDate',
      'acme multi-year renewal',
    ],
    [
      'I was wondering when the Globex platform migration is supposed to close',
      'closeDate',
      'Globex platform migration',
    ],
    ['do you know when the hooli sales pilot closes?', 'closeDate', 'hooli sales pilot'],
    [
      'Would you be so kind as to tell me which stage the Hooli sales team pilot is currently in?',
      'stage',
      'Hooli sales team pilot',
    ],
    ['can you tell me what stage the wayne integration package is at', 'stage', 'wayne integration package'],
    ['pls let me know which stage the Acme renewal is in, thanks', 'stage', 'Acme renewal'],
    // The direct order keeps reading as before.
    ['which stage is the Hooli sales team pilot currently in?', 'stage', 'Hooli sales team pilot'],
    ['when is the Initech renewal expected to close?', 'closeDate', 'Initech renewal'],
  ])('%s → %s of %s', (text, field, words) => {
    expect(fieldAndWords(text)).toEqual([field, words]);
  });

  it.each([
    // No deal named: the account's or the conversation's deals, not words that match no deal.
    'could you let me know when it is expected to close?',
    'would you tell me which stage it is in',
    'can you tell me when they are closing',
  ])('no deal words: %s', (text) => {
    expect(fieldAndWords(text)?.[1]).toBeUndefined();
  });
});

describe('tasks someone is behind on are the overdue ones', () => {
  const taskStatus = (text: string) => {
    const question = parse(text);
    return question?.kind === 'query' && question.query.record === 'task'
      ? question.query.status
      : 'no task query';
  };
  it.each([
    "any tasks i'm behind on lol",
    'which tasks am i behind on',
    'tasks im late on',
    'what tasks am i late with',
    'my tasks that are past their due date',
    'show me tasks where i missed the deadline',
    'any overdue tasks',
  ])('overdue: %s', (text) => {
    expect(taskStatus(text)).toBe('overdue');
  });

  it.each(['my tasks', 'tasks due this week', 'any tasks for tomorrow'])('not overdue: %s', (text) => {
    expect(taskStatus(text)).toBeUndefined();
  });
});
