import type { UserRole } from '../../vocabulary';
import { teamNamedIn } from '../understanding/team-names';
import { patternOf } from '../../core/patterns';

/**
 * Asking the bot to add, invite or remove a CRM user, or to change one's role ("add a new rep called
 * dana white to the enterprise team", "invite dana@acme.com as support", "remove sam's access", "make
 * alex an admin"). Users are managed by an admin with the `crmpro users` commands, not in chat: the
 * reply says so with the command filled in. Without this the intent model reads "add a new user for
 * Priya Shah" as a new lead and "add a new rep called ..." as a call to log.
 */
export interface UserAdministrationRequest {
  action: 'add' | 'remove' | 'role';
  /** The person's name as written ("dana white", "sam"). */
  name?: string;
  email?: string;
  role?: UserRole;
  /** A team named as written ("enterprise"). */
  team?: string;
}

const POLITE = String.raw`(?:(?:hey|hi|ok|okay|so|please|pls|can\s+you|could\s+you|would\s+you|i\s+(?:need|want)\s+to|i'?d\s+like\s+to|let'?s)[,\s]+)*`;
const VERB = String.raw`(?:add|invite|create|set\s+up|onboard|provision|remove|deactivate|delete|offboard|disable|revoke)`;
/** What a user is called, after up to five words ("a new", "priya shah as a", "sam's"). */
const USER_NOUN = String.raw`(?:users?|user\s+accounts?|teammates?|colleagues?|seats?|logins?|access|admins?)`;
const REQUEST = new RegExp(String.raw`^\s*${POLITE}${VERB}\b(?:\s+\S+){0,5}?\s+${USER_NOUN}\b`, 'i');
/** Records and lists are not users ("add the users segment to an audience", "create a lead"). */
const NOT_USERS = /\b(?:leads?|contacts?|audiences?|segments?|deals?|tasks?|cases?|digests?|webinars?)\b/i;

/** A role in words, each with the role it names. */
const ROLE_WORDS: ReadonlyArray<[RegExp, UserRole]> = [
  [/^(?:sales\s+)?reps?$|^account\s+executives?$|^sales\s*(?:people|persons?)$/i, 'rep'],
  [/^(?:sales\s+)?managers?$/i, 'manager'],
  [/^marketing(?:\s+(?:users?|people|persons?))?$|^marketers?$/i, 'marketing'],
  [/^support(?:\s+(?:agents?|specialists?|users?|people|persons?))?$/i, 'support'],
  [/^(?:data\s+)?analysts?$/i, 'analyst'],
  [/^admin(?:istrator)?s?$/i, 'admin'],
];
const ROLE = String.raw`(?:(?:sales\s+)?reps?|account\s+executives?|sales\s*(?:people|persons?)|(?:sales\s+)?managers?|marketing(?:\s+(?:users?|people|persons?))?|marketers?|support(?:\s+(?:agents?|specialists?|users?|people|persons?))?|(?:data\s+)?analysts?|admin(?:istrator)?s?)`;
/** A person's name: one to three words, none of them a record word or a pronoun. */
const NAME = String.raw`([a-z][\w.-]*(?:\s+[a-z][\w.-]*){0,2}?)`;
const EMAIL = String.raw`([\w.+-]+@[\w-]+(?:\.[\w-]+)+)`;
const NOT_A_NAME =
  /^(?:the|this|that|these|those|it|them|me|us|him|her|a|an|my|our|new|all|every|everyone|someone|somebody)\b|\b(?:deal|lead|account|contact|task|case|segment|audience|note|call|meeting|priority|report|digest|team)s?$/i;
const END = String.raw`(?=\s*(?:$|[,.;!?]|\b(?:to|on|in|for|as|from|with|and|please|who|that)\b))`;

/** Role changes: the person in the first group, the role in the second. */
const ROLE_CHANGES: readonly RegExp[] = [
  new RegExp(
    String.raw`^\s*${POLITE}(?:make|promote|demote|turn)\s+${NAME}\s+(?:(?:in)?to\s+)?(?:an?\s+|the\s+)?(${ROLE})(?:\s+(?:role|user))?\s*[.!]?$`,
    'i',
  ),
  new RegExp(
    String.raw`^\s*${POLITE}(?:change|switch|set|update|move)\s+${NAME}['’]s\s+role\s+to\s+(?:an?\s+|the\s+)?(${ROLE})\b`,
    'i',
  ),
  new RegExp(
    String.raw`^\s*${POLITE}(?:change|switch|move)\s+${NAME}\s+to\s+(?:an?\s+|the\s+)?(${ROLE})(?:\s+role)?\s*[.!]?$`,
    'i',
  ),
  new RegExp(
    String.raw`^\s*${POLITE}(?:give|grant)\s+${NAME}\s+(?:the\s+)?(${ROLE})\s+(?:rights|access|permissions?|privileges|role)\b`,
    'i',
  ),
];
/**
 * Why someone is removed, said after their name ("he left", ", she quit", "- he left last friday",
 * "since he has left the company", "he no longer works here"): their leaving us, nothing else after it
 * ("she left acme" is a contact's news, no reason to remove a user).
 */
const LEFT_US = String.raw`(?:\s*[,;:.?!–—-]\s*|\s+)(?:(?:because|since|as|cause|coz|cos)\s+)?(?:(?:he|she|they)(?:['’]s|['’]ve|\s+has|\s+have|\s+is|\s+are)?\s+)?(?:left|quit|resigned|retired|is\s+leaving|leaving|moved\s+on|no\s+longer\s+(?:works?\s+(?:here|for\s+us|with\s+us)|with\s+us|here)|does(?:n['’]?t|\s+not)\s+work\s+(?:here|for\s+us)(?:\s+any\s*more)?)(?:\s+(?:the\s+)?(?:company|team|business|firm|us))?(?:\s+(?:last\s+\w+|this\s+\w+|yesterday|today|recently|on\s+\w+|for\s+good))?\s*[.!]*\s*$`;
/** Removals: the person in the first group. */
const REMOVALS: readonly RegExp[] = [
  new RegExp(
    String.raw`^\s*${POLITE}(?:remove|deactivate|delete|disable|offboard|suspend)\s+(?:the\s+user\s+)?${NAME}${LEFT_US}`,
    'i',
  ),
  new RegExp(
    String.raw`^\s*${POLITE}(?:remove|deactivate|delete|disable|revoke|suspend|cancel)\s+${NAME}['’]s?\s+(?:crm\s+|crmpro\s+)?(?:access|account|login|user(?:\s+account)?|seat)\b`,
    'i',
  ),
  new RegExp(
    String.raw`^\s*${POLITE}(?:remove|revoke|disable)\s+(?:the\s+)?(?:crm\s+)?access\s+(?:for|of|from)\s+${NAME}${END}`,
    'i',
  ),
  new RegExp(String.raw`^\s*${POLITE}(?:deactivate|offboard)\s+(?:the\s+user\s+)?${NAME}\s*[.!]?$`, 'i'),
  new RegExp(String.raw`^\s*${POLITE}(?:remove|delete)\s+(?:the\s+user\s+)${NAME}\s*[.!]?$`, 'i'),
  new RegExp(
    String.raw`^\s*${POLITE}(?:remove|delete|kick)\s+${NAME}\s+(?:from|out\s+of|off)\s+(?:the\s+)?(?:crm|crmpro|system|bot|workspace)\b`,
    'i',
  ),
  new RegExp(
    String.raw`^\s*${NAME}\s+(?:has\s+)?(?:left|quit|is\s+leaving)\b.*\b(?:remove|revoke|deactivate|disable)\b`,
    'i',
  ),
];
/** Additions: the person (a name or an e-mail) in the first group, a role in the second if said. */
const ADDITIONS: readonly RegExp[] = [
  new RegExp(
    String.raw`^\s*${POLITE}(?:add|invite|onboard|set\s+up|create)\s+(?:an?\s+)?(?:new\s+)?(${ROLE})(?:\s+user)?\s+(?:called|named)\s+${NAME}${END}`,
    'i',
  ),
  new RegExp(
    String.raw`^\s*${POLITE}(?:add|invite|onboard|set\s+up)\s+(?:${EMAIL}|${NAME})\s+(?:(?:to|on)\s+(?:the\s+)?(?:crm|crmpro|bot)\s+)?as\s+(?:an?\s+)?(?:new\s+)?(${ROLE})\b`,
    'i',
  ),
  new RegExp(
    String.raw`^\s*${POLITE}(?:add|invite|create|set\s+up)\s+(?:a\s+)?(?:new\s+)?(?:users?|user\s+accounts?|logins?)\s+for\s+(?:${EMAIL}|${NAME})${END}`,
    'i',
  ),
  new RegExp(
    String.raw`^\s*${POLITE}(?:give|grant)\s+(?:${EMAIL}|${NAME})\s+access\s+to\s+(?:the\s+)?(?:crm|crmpro|bot)\b`,
    'i',
  ),
  new RegExp(
    String.raw`^\s*${POLITE}invite\s+(?:${EMAIL}|${NAME})\s+to\s+(?:the\s+)?(?:crm|crmpro|bot|workspace)\b`,
    'i',
  ),
];

function roleOf(words: string | undefined): UserRole | undefined {
  if (!words) return undefined;
  const said = words.trim().replace(/\s+/g, ' ');
  return ROLE_WORDS.find(([pattern]) => pattern.test(said))?.[1];
}

function nameOf(words: string | undefined): string | undefined {
  const name = words?.trim().replace(/\s+/g, ' ').toLowerCase();
  return name && !NOT_A_NAME.test(name) ? name : undefined;
}

/** A role said anywhere after the person ("... as a rep on the enterprise team"). */
function roleSaidAs(text: string): UserRole | undefined {
  return roleOf(patternOf(String.raw`\bas\s+(?:an?\s+)?(?:new\s+)?(${ROLE})\b`, 'i').exec(text)?.[1]);
}

function withoutUndefined(request: UserAdministrationRequest): UserAdministrationRequest {
  return Object.fromEntries(
    Object.entries(request).filter(([, value]) => value !== undefined),
  ) as unknown as UserAdministrationRequest;
}

function additionOf(text: string): UserAdministrationRequest | undefined {
  const [called, as, forUser, access, invite] = ADDITIONS.map((pattern) => pattern.exec(text));
  const team = teamNamedIn(text)?.toLowerCase();
  if (called) {
    const name = nameOf(called[2]);
    if (name) return { action: 'add', name, role: roleOf(called[1]), team };
  }
  for (const match of [as, forUser, access, invite]) {
    if (!match) continue;
    const email = match[1]?.toLowerCase();
    const name = email ? undefined : nameOf(match[2]);
    if (email || name)
      return { action: 'add', name, email, role: match === as ? roleOf(match[3]) : roleSaidAs(text), team };
  }
  return REQUEST.test(text) ? { action: 'add', team, role: roleSaidAs(text) } : undefined;
}

/**
 * The verbs of every pattern above (`ROLE_CHANGES`, `REMOVALS`, `ADDITIONS`, `REQUEST`), each a
 * required part of its pattern: a message without any of them (most messages, read here on every
 * turn) asks nothing of the users. Keep it in step when a pattern gets a new verb.
 */
const ADMIN_VERBS =
  /make|promote|demote|turn|change|switch|set|update|move|give|grant|remove|deactivate|delete|disable|offboard|suspend|revoke|cancel|kick|add|invite|onboard|create|provision/i;

/** What a message asks of the CRM's users, or undefined when it asks nothing of them. */
export function userAdministrationRequestOf(text: string): UserAdministrationRequest | undefined {
  if (NOT_USERS.test(text) || !ADMIN_VERBS.test(text)) return undefined;
  for (const pattern of ROLE_CHANGES) {
    const match = pattern.exec(text);
    const name = nameOf(match?.[1]);
    if (match && name) return { action: 'role', name, role: roleOf(match[2]) };
  }
  for (const pattern of REMOVALS) {
    const name = nameOf(pattern.exec(text)?.[1]);
    if (name) return { action: 'remove', name };
  }
  const addition = additionOf(text);
  return addition && withoutUndefined(addition);
}

/** True when the message asks to add, invite or remove a user of the CRM, or to change a role. */
export function isUserAdministrationRequest(text: string): boolean {
  return userAdministrationRequestOf(text) !== undefined;
}
