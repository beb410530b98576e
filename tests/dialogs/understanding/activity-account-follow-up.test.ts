import { activityFollowsLastAccount } from '../../../src/dialogs/understanding/activity-account-follow-up';
import { parseRecordQuestion } from '../../../src/dialogs/understanding/record-question';

/** Saturday 5 December 2026. */
const context = { now: new Date('2026-12-05T11:00:00Z'), timezone: 'UTC' };

/** Whether the activity question `text`, asked right after an account was shown, is about that account. */
function followsAccount(text: string): boolean {
  const question = parseRecordQuestion(text, undefined, context);
  if (question?.kind !== 'query' || question.query.record !== 'interaction')
    throw new Error(`not activity: ${text}`);
  return activityFollowsLastAccount(text, question.ownerGiven);
}

describe('a complete question about whose activity it is does not inherit the last account', () => {
  it.each([
    'how many calls did i make this week',
    'my calls this week',
    'how many calls have i made this week',
    'how many meetings did i have last week',
    'how many emails did i send this week',
    'how many calls did the team make this week',
    'list my meetings from last week',
  ])('%s → all of them, at every account', (text) => {
    expect(followsAccount(text)).toBe(false);
  });
  // Negatives: pointing back, or saying nobody's activity, keeps the account just shown.
  it.each([
    'how many meetings did we have with them',
    'any activity there lately',
    'any calls this week',
    'how many calls did i make to them this month',
    'my meetings with that account this quarter',
  ])('%s → the account just shown', (text) => {
    expect(followsAccount(text)).toBe(true);
  });
});
