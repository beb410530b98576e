/**
 * Asking who is on the caller's team: "who's on my team", "who are my reps", "list my team",
 * "my team members", "who reports to me", "who do I manage". A question about what the team did
 * ("how is my team doing", "who on my team has the most deals") is a question about records.
 */
const ROSTER =
  /^\s*(?:(?:hey|so|ok|quick\s+question)[\s,:]+)*(?:(?:who(?:'s|’s|s|\s+is|\s+are|\s+else\s+is)\s+(?:on|in)\s+(?:my|our)\s+team)|(?:who\s+are|list|show(?:\s+me)?|name)\s+(?:all\s+)?(?:the\s+)?(?:(?:my|our)\s+(?:team(?:'s|’s)?\s+)?(?:reps|team\s+members|team|sales\s+reps|people|direct\s+reports)|(?:members|people|reps)\s+(?:of|on|in)\s+(?:my|our)\s+team)|(?:my|our)\s+team(?:'s|’s)?\s+(?:members|roster)|team\s+roster|who\s+(?:reports|report)\s+to\s+me|who\s+(?:do\s+i|am\s+i)\s+manag\w*|who\s+works?\s+(?:for|under)\s+me)\s*[?.!]*\s*$/i;

/** True when the message asks who is on the caller's team. */
export function isTeamRosterQuestion(text: string): boolean {
  return ROSTER.test(text);
}
