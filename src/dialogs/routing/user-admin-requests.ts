/**
 * Asking the bot to add, invite or remove a CRM user ("add a new user for priya shah as a rep",
 * "invite sam to crmpro", "remove jordan's access"). Users are managed by admins in the product's
 * user settings (and `crmpro users` on a self-hosted install), not in chat: the documentation says
 * how. Without this the intent model reads "add a new user for Priya Shah" as a new lead.
 */

const POLITE = String.raw`(?:(?:hey|hi|ok|okay|so|please|pls|can\s+you|could\s+you|would\s+you|i\s+(?:need|want)\s+to|i'?d\s+like\s+to|let'?s)[,\s]+)*`;
const VERB = String.raw`(?:add|invite|create|set\s+up|onboard|provision|remove|deactivate|delete|offboard|disable|revoke)`;
/** What a user is called, after up to five words ("a new", "priya shah as a", "sam's"). */
const USER_NOUN = String.raw`(?:users?|user\s+accounts?|teammates?|colleagues?|seats?|logins?|access|admins?)`;
const REQUEST = new RegExp(String.raw`^\s*${POLITE}${VERB}\b(?:\s+\S+){0,5}?\s+${USER_NOUN}\b`, 'i');
/** Records and lists are not users ("add the users segment to an audience", "create a lead"). */
const NOT_USERS = /\b(?:leads?|contacts?|audiences?|segments?|deals?|tasks?|cases?|digests?)\b/i;

/** True when the message asks to add, invite or remove a user of the CRM. */
export function isUserAdministrationRequest(text: string): boolean {
  return REQUEST.test(text) && !NOT_USERS.test(text);
}

const REMOVAL = /\b(?:remove|deactivate|delete|offboard|disable|revoke)\b/i;

/**
 * The documentation's question behind a user request: how people are invited and given a role, or
 * how a user is removed. The request's own words (a new hire's name, a team) find neither.
 */
export function userAdministrationQuestion(text: string): string {
  return REMOVAL.test(text)
    ? 'how does an admin remove a user'
    : 'how do admins invite people, and which user roles are there';
}
