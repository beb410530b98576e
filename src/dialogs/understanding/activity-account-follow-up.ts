/** Words that point back at the account the conversation was last about ("them", "there", "that account"). */
const POINTS_BACK =
  /\b(?:them|they|their|there|that\s+(?:account|customer|company)|this\s+(?:account|customer|company))\b/i;

/**
 * Whether a question about logged activity (calls, meetings, emails) means the account the
 * conversation was last about. It does when it points back at it ("how many meetings did we have
 * with them", "any activity there lately") or says nobody's activity ("any calls this week" right
 * after a briefing). A complete question that says whose activity it is ("how many calls did i make
 * this week", "my meetings last week", "how many calls did the team make") is a new question, not a
 * follow-up: that activity at every account.
 */
export function activityFollowsLastAccount(text: string, ownerGiven: boolean): boolean {
  return !ownerGiven || POINTS_BACK.test(text);
}
