import type { Region, UserRole } from '../../vocabulary';

/**
 * Asking who is on the caller's team: "who's on my team", "who are my reps", "list my team",
 * "my team members", "who reports to me", "who do I manage". A question about what the team did
 * ("how is my team doing", "who on my team has the most deals") is a question about records.
 */
const ROSTER =
  /^\s*(?:(?:hey|so|ok|quick\s+question)[\s,:]+)*(?:(?:who(?:'s|’s|s|\s+is|\s+are|\s+else\s+is)\s+(?:on|in)\s+(?:my|our)\s+team)|(?:who\s+are|list|show(?:\s+me)?|name)\s+(?:all\s+)?(?:the\s+)?(?:(?:my|our)\s+(?:team(?:'s|’s)?\s+)?(?:reps|team\s+members|team|sales\s+reps|people|direct\s+reports)|(?:members|people|reps)\s+(?:of|on|in)\s+(?:my|our)\s+team)|(?:my|our)\s+team(?:'s|’s)?\s+(?:members|roster)|team\s+roster|who\s+(?:reports|report)\s+to\s+me|who\s+(?:do\s+i|am\s+i)\s+manag\w*|who\s+works?\s+(?:for|under)\s+me)\s*[?.!]*\s*$/i;

/** The roles of the CRM's users as people name them ("sales reps", "admins", "support agents"). */
const ROLE_WORDS: ReadonlyArray<[RegExp, UserRole]> = [
  [/\b(?:sales\s*)?managers?\b|\bteam\s+leads?\b/, 'manager'],
  [
    /\b(?:sales\s*)?reps?\b|\bsales\s*(?:people|persons?|representatives?)\b|\bsellers?\b|\bsalespeople\b|\baccount\s+executives?\b/,
    'rep',
  ],
  [/\badmins?\b|\badministrators?\b|\badmin\s+(?:access|rights|role)\b/, 'admin'],
  [
    /\bmarketers?\b|\bmarketing\s+(?:people|users|staff|folks|team\s+members)\b|\bin\s+marketing\b/,
    'marketing',
  ],
  [/\bsupport\s+(?:agents?|people|users|staff|folks)\b|\bagents\b|\bin\s+support\b/, 'support'],
  [/\banalysts?\b/, 'analyst'],
];
const ROLE = String.raw`(?:(?:sales\s*)?(?:managers?|reps?|representatives?)|team\s+leads?|sales\s*(?:people|persons?)|salespeople|sellers?|account\s+executives?|admins?|administrators?|marketers?|marketing\s+(?:people|users|staff|folks)|support\s+(?:agents?|people|users|staff|folks)|agents|analysts?)`;
/** A qualifier after the people named: "who are sales reps", "in the mid-market team", "with admin access". */
const QUALIFIER = String.raw`(?:\s+(?:who|that)\s+(?:are|is|have|has)\s+.+|\s+(?:in|on|of|from)\s+.+|\s+with\s+.+)?`;
const END = String.raw`\s*[?.!]*\s*$`;
/** Asking for the CRM's users by role or team: "list all the users who are sales reps", "who has admin access". */
const USERS = [
  // "list all the users who are sales reps", "show me every user in the mid-market team", "list the sales reps".
  new RegExp(
    String.raw`^\s*(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:list|show(?:\s+me)?|give\s+me|get\s+me|name|who\s+are)\s+(?:all\s+|every\s+)?(?:of\s+)?(?:the\s+|our\s+)?(?:users?|people|staff|employees|everyone|everybody|${ROLE})${QUALIFIER}${END}`,
    'i',
  ),
  // "who has admin access", "which users are managers", "who are the support agents", "who's an admin".
  new RegExp(
    String.raw`^\s*(?:who(?:\s+all)?|which\s+(?:users|people|staff))\s*(?:'s|’s|\s+is|\s+are|\s+has|\s+have)(?:\s+got)?\s+(?:the\s+|our\s+|an?\s+|all\s+(?:the\s+)?)?${ROLE}(?:\s+(?:access|rights|role|permissions?))?(?:\s+(?:here|in\s+(?:the\s+)?crm|in\s+crmpro|on\s+(?:the\s+)?\S+\s+team))?${END}`,
    'i',
  ),
  // "who works in support", "who's in marketing": the users of the role that part of the company is.
  new RegExp(
    String.raw`^\s*who(?:\s+else)?(?:'s|’s|s|\s+is|\s+are|\s+works?)\s+in\s+(?:support|marketing)(?:\s+(?:right\s+now|now|currently|these\s+days|today|here))?${END}`,
    'i',
  ),
  // "how many reps do we have", "how many users are there", "how many admins".
  new RegExp(
    String.raw`^\s*how\s+many\s+(?:users|people|staff|${ROLE})(?:\s+(?:do\s+we\s+have|are\s+there|have\s+we\s+got)|${QUALIFIER})${END}`,
    'i',
  ),
];
/**
 * Every user with their role ("access review: who has which role", "list all users and their
 * roles") and how many users there are ("how many crm users do we have", "user count?").
 */
const USERS_OVERALL = new RegExp(
  String.raw`^\s*(?:access\s+review\s*[:,-]?\s*)?(?:who\s+has\s+(?:which|what)\s+roles?|(?:what|which)\s+roles?\s+(?:does|do)\s+(?:everyone|everybody|each\s+(?:user|person)|(?:all\s+)?(?:the\s+|our\s+)?(?:users|people|staff))\s+have|(?:list|show(?:\s+me)?|give\s+me)\s+(?:all\s+|every\s+)?(?:the\s+|our\s+)?(?:users?|people|staff|everyone)\s+(?:and|with)\s+(?:their|its)\s+roles?|(?:(?:give|show)\s+me\s+)?(?:the\s+)?user\s+list\s+with\s+(?:their\s+)?roles|who\s+has\s+access\s+to\s+(?:the\s+crm|crmpro)|how\s+many\s+(?:crm\s+|crmpro\s+|active\s+)*(?:users|people)\s+(?:do\s+we\s+have|are\s+there|have\s+we\s+got|(?:are\s+)?(?:in|on)\s+(?:the\s+crm|crmpro)|(?:use|are\s+using|have\s+access\s+to)\s+(?:the\s+crm|crmpro|it|this))(?:\s+(?:in|on)\s+(?:the\s+crm|crmpro))?|(?:the\s+)?(?:number|count)\s+of\s+(?:crm\s+|active\s+)*users(?:\s+(?:in|on)\s+(?:the\s+crm|crmpro))?(?:\s+do\s+we\s+have)?|(?:crm\s+)?user\s+count)${END}`,
  'i',
);
/** Asking a number: "how many …", "number of …", "user count". */
const COUNTING = /^\s*(?:how\s+many|(?:the\s+)?(?:number|count)\s+of)\b|\buser\s+count\b/i;

/** Words of records, plans and how-tos: "who are the reps on the globex deal", "how many users does the plan allow". */
const NOT_USERS =
  /\b(?:deals?|opps?|pipeline|accounts?(?!\s+executives?)|contacts?|leads?|tasks?|cases?|tickets?|quota|target|forecast|plans?|licen[cs]es?|seats?|pric\w*|cost|add|invite|remove|delete|customers?|segments?|for\s+(?!the\s+\S+\s+team)\S+)\b/i;

const EVERYONE = /\b(?:everyone|everybody)\b/i;

/** Which users a question asks for: by role and by team (the team as written; the skill matches it). */
export interface UsersQuestion {
  role?: UserRole;
  team?: string;
  /** "how many reps do we have": the number first. */
  counting: boolean;
}

/**
 * A question about the CRM's users by role or team, for admins mostly ("list all the users who are
 * sales reps", "who has admin access", "which users are managers", "how many reps do we have",
 * "show me every user in the mid-market team"); undefined for anything else. "users", "people who
 * are X" are never a segment's name.
 */
export function usersQuestionOf(text: string, team?: string): UsersQuestion | undefined {
  if (USERS_OVERALL.test(text)) return { ...(team ? { team } : {}), counting: COUNTING.test(text) };
  if (ROSTER.test(text) || NOT_USERS.test(text) || !USERS.some((pattern) => pattern.test(text)))
    return undefined;
  const lower = text.toLowerCase();
  const role = ROLE_WORDS.find(([words]) => words.test(lower))?.[1];
  // "list everyone in the webinar" is no question about users: everyone is users only with a role named.
  if (!role && EVERYONE.test(text)) return undefined;
  return {
    ...(role ? { role } : {}),
    ...(team ? { team } : {}),
    counting: COUNTING.test(text),
  };
}

/** "only the support people", "just the managers", "what about the analysts?", "admins only". */
const ROLE_NARROWING = new RegExp(
  String.raw`^\s*(?:(?:only|just)\s+(?:the\s+)?(?:ones\s+(?:in|who\s+are)\s+)?|(?:and|what\s+about|how\s+about)\s+(?:the\s+)?|which\s+(?:of\s+)?(?:them|those|these)\s+are\s+(?:the\s+)?|(?:the\s+)?(?=\S+(?:\s+\S+)?\s+only\b))(${ROLE}|support|marketing)(?:\s+only)?${END}`,
  'i',
);

/**
 * The role a message narrows the users just listed to ("only the support people" after "who has
 * which role"); undefined for anything else. The caller checks that a roster was just shown.
 */
export function rosterRoleNarrowingOf(text: string): UserRole | undefined {
  const said = ROLE_NARROWING.exec(text)?.[1]?.toLowerCase();
  if (!said) return undefined;
  if (said === 'support' || said === 'marketing') return said;
  return (
    ROLE_WORDS.find(([words]) => words.test(said))?.[1] ??
    ROLE_WORDS.find(([words]) => words.test(text.toLowerCase()))?.[1]
  );
}

/**
 * A team as people point at it: their own ("my team"), by its name ("the support team", "team
 * APAC") or by a person on it ("priya's team", "priya nair's team", or "priya nairs team": a whole
 * name's possessive typed without its apostrophe). The possessor, when one is named, is the group
 * that is set.
 */
const A_TEAM = String.raw`(?:(?:my|our)\s+(?:own\s+)?team|the\s+(?:whole\s+|entire\s+)?team|the\s+(?:[a-z][\w&.]*[\s-]+){1,2}team|([a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?:'s|’s|'|’)\s+team|([a-z][\w-]*\s+[a-z][\w-]*?)s\s+team|team\s+[a-z][\w-]*)`;
/** Words people put after the question ("who's on my team again", "… right now"). */
const AFTERWORDS = String.raw`(?:[\s,]+(?:again|now|right\s+now|currently|these\s+days|at\s+the\s+moment|exactly|today|pls|please|then))*`;
const OPENING = String.raw`^\s*(?:(?:hey|hi|so|ok|okay|quick\s+question|sorry)[\s,:-]+)*(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:(?:tell|remind)\s+me\s+)?`;
const PEOPLE_WORDS = String.raw`(?:(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:everyone|everybody|members|people|folks|users|staff|reps))`;
/**
 * Asking who is on a team: "who is on priya's team", "who's on my team again", "list everyone on
 * the support team", "members of the analytics team", "who reports to priya". The question ends
 * with the team (or a word like "again"): "who on my team has the most deals", "how is priya's team
 * tracking" and "who is on the support team for acme" ask about records.
 */
const MEMBERSHIP = [
  // "who is on priya's team", "whos in the analytics team", "who else is part of my team".
  new RegExp(
    String.raw`${OPENING}who(?:'s|’s|s|\s+is|\s+are|\s+all\s+is|\s+else\s+is|\s+exactly\s+is)\s+(?:on|in|part\s+of)\s+${A_TEAM}${AFTERWORDS}${END}`,
    'i',
  ),
  // "list everyone on the support team", "show me the members of priya's team", "name the people in team apac".
  new RegExp(
    String.raw`${OPENING}(?:list|show(?:\s+me)?|name|give\s+me|who\s+are)\s+${PEOPLE_WORDS}\s+(?:on|in|of)\s+${A_TEAM}${AFTERWORDS}${END}`,
    'i',
  ),
  // "who works on the analytics team", "who belongs to priya's team", "who makes up the support team".
  new RegExp(
    String.raw`${OPENING}who\s+(?:works?|sits?|belongs?|makes?\s+up)\s+(?:on\s+|in\s+|to\s+|for\s+)?${A_TEAM}${AFTERWORDS}${END}`,
    'i',
  ),
  // "who manages the mid-market team", "who's the manager of team apac", "who leads priya's team":
  // the team's roster, its manager first.
  new RegExp(
    String.raw`${OPENING}(?:who\s+(?:manages|leads|runs|heads(?:\s+up)?|supervises|is\s+in\s+charge\s+of)|who(?:'s|’s|s|\s+is)\s+(?:the\s+)?(?:manager|lead|leader|head|boss)\s+(?:of|for|on)|(?:the\s+)?(?:manager|lead|head)\s+of)\s+${A_TEAM}${AFTERWORDS}${END}`,
    'i',
  ),
  // "priya's team members", "the support team's roster", "members of the analytics team".
  new RegExp(
    String.raw`${OPENING}(?:(?:show(?:\s+me)?|list)\s+)?(?:${A_TEAM}(?:'s|’s)?\s+(?:members|roster|lineup)|(?:the\s+)?members\s+of\s+${A_TEAM})${AFTERWORDS}${END}`,
    'i',
  ),
];
/** "who reports to priya", "who does priya manage": that person's team (group 1 is the person). */
const REPORTS_TO = new RegExp(
  String.raw`${OPENING}who\s+(?:reports?\s+to|does)\s+(?!me\b|us\b)([a-z][\w-]*(?:\s+(?!manage\b)[a-z][\w-]*)?)(?:\s+manage)?${AFTERWORDS}${END}`,
  'i',
);
const NOT_A_PERSON = /^(?:my|our|your|the|a|an|this|that|whose|which|what|team|everyone|everybody)$/i;

/** Which team a membership question points at: a person on it, else the team named (the handler reads the name). */
export interface TeamMembershipQuestion {
  /** "priya's team", "who reports to priya": the team of this user (a first or full name). */
  person?: string;
  /** "who is on the team": no team named nor owned, so the caller's own, or every team for an admin. */
  theTeam?: true;
}

/** "the team", "the whole team": a team the question neither names nor gives an owner. */
const THE_TEAM = /\bthe\s+(?:whole\s+|entire\s+)?team\b/i;

/** A question of who is on a team (the caller's, one named, or a person's); undefined for anything else. */
export function teamMembershipOf(text: string): TeamMembershipQuestion | undefined {
  const reports = REPORTS_TO.exec(text);
  if (
    reports &&
    /\b(?:reports?\s+to|manage)\b/i.test(text) &&
    !NOT_A_PERSON.test(reports[1]!.split(/\s+/)[0]!)
  )
    return { person: reports[1]! };
  for (const pattern of MEMBERSHIP) {
    const match = pattern.exec(text);
    if (!match) continue;
    const possessor = match.slice(1).find((group) => group !== undefined);
    if (possessor && !NOT_A_PERSON.test(possessor.split(/\s+/)[0]!)) return { person: possessor };
    return THE_TEAM.test(match[0]) ? { theTeam: true } : {};
  }
  return undefined;
}

/** A user as named in a question: one to three words, not a pronoun, an article or a role. */
const USER_NAME = String.raw`(?!(?:a|an|the|my|our|your|their|his|her|i|me|you|we|they|he|she|it|each|every|everyone|everybody|any|anyone|someone|users?|people|reps?|managers?|admins?|analysts?|support|marketing)\b)((?:[a-z][\w-]*(?:['’][a-z]{2,}[\w-]*)?)(?:\s+[a-z][\w-]*(?:['’][a-z]{2,}[\w-]*)?){0,2}?)`;
const ROLE_NOUN = String.raw`(?:user\s+)?(?:role|access(?:\s+level)?|permissions?|rights)`;
/**
 * One user's role asked by their name: "what role does noah singh have", "what's noah singh's role",
 * "what is the role of noah singh", "which role is noah", "noah singh's role?". Group 1..5 the name.
 */
const ROLE_OF_USER = new RegExp(
  [
    String.raw`^\s*(?:what|which)\s+${ROLE_NOUN}\s+does\s+${USER_NAME}\s+have(?:\s+(?:in|on)\s+(?:the\s+crm|crmpro|here))?`,
    String.raw`^\s*what(?:'s|’s|s|\s+is)\s+${USER_NAME}(?:'s|’s)?\s+${ROLE_NOUN}`,
    String.raw`^\s*what(?:'s|’s|s|\s+is)\s+the\s+${ROLE_NOUN}\s+of\s+${USER_NAME}`,
    String.raw`^\s*(?:what|which)\s+role\s+is\s+${USER_NAME}(?:\s+in)?`,
    String.raw`^\s*${USER_NAME}(?:'s|’s)\s+${ROLE_NOUN}`,
  ]
    .map((pattern) => `(?:${pattern}${END})`)
    .join('|'),
  'i',
);

/** The user whose role a question asks by name ("what role does noah singh have": "noah singh"), if any. */
export function userRoleQuestionOf(text: string): string | undefined {
  const found = ROLE_OF_USER.exec(text);
  return found
    ?.slice(1)
    .find((group) => group !== undefined)
    ?.toLowerCase();
}

/**
 * One user's team asked by their name: "what team is lena fischer on", "which team does kenji
 * belong to", "what's lena's team", "lena fischer is on which team". Group 1..4 the name.
 */
const TEAM_OF_USER = new RegExp(
  [
    String.raw`^\s*(?:what|which)\s+team\s+(?:is|'s|’s)\s+${USER_NAME}\s+(?:on|in|part\s+of|a\s+member\s+of)`,
    String.raw`^\s*(?:what|which)\s+team\s+does\s+${USER_NAME}\s+(?:belong\s+to|work\s+(?:on|in|for)|sit\s+(?:on|in)|manage|lead|run|be\s+on)`,
    String.raw`^\s*what(?:'s|’s|s|\s+is)\s+${USER_NAME}(?:'s|’s)\s+team`,
    String.raw`^\s*${USER_NAME}\s+is\s+(?:on|in)\s+(?:what|which)\s+team`,
  ]
    .map((pattern) => `(?:${pattern}${END})`)
    .join('|'),
  'i',
);

/** The user whose team a question asks by name ("what team is lena fischer on": "lena fischer"), if any. */
export function userTeamQuestionOf(text: string): string | undefined {
  return TEAM_OF_USER.exec(text)
    ?.slice(1)
    .find((group) => group !== undefined)
    ?.toLowerCase();
}

const MANAGER_NOUN = String.raw`(?:(?:line\s+|direct\s+|sales\s+|team\s+)?(?:manager|mgr|boss|supervisor)|team\s+lead(?:er)?)`;
/** The caller's own manager: "who's my manager", "who do i report to", "who manages me", "my boss?". */
const OWN_MANAGER = new RegExp(
  [
    String.raw`${OPENING}(?:who|what)(?:'s|’s|s|\s+is|\s+was)\s+(?:my|our)\s+${MANAGER_NOUN}`,
    String.raw`${OPENING}who\s+(?:do|should)\s+(?:i|we)\s+report\s+(?:in)?to`,
    String.raw`${OPENING}who\s+am\s+i\s+reporting\s+(?:in)?to`,
    String.raw`${OPENING}who\s+(?:manages|supervises)\s+(?:me|us)`,
    String.raw`${OPENING}(?:my|our)\s+${MANAGER_NOUN}`,
  ]
    .map((pattern) => String.raw`(?:${pattern}${AFTERWORDS}(?:[\s,]+(?:here|again))?${END})`)
    .join('|'),
  'i',
);
/** A colleague's manager by their name: "who is lena's manager", "who does lena fischer report to". */
const MANAGER_OF_USER = new RegExp(
  [
    String.raw`^\s*(?:who|what)(?:'s|’s|s|\s+is)\s+${USER_NAME}(?:'s|’s|s)\s+${MANAGER_NOUN}`,
    String.raw`^\s*who\s+does\s+${USER_NAME}\s+report\s+(?:in)?to`,
  ]
    .map((pattern) => `(?:${pattern}${AFTERWORDS}${END})`)
    .join('|'),
  'i',
);

/**
 * Whose manager a question asks: the caller's ("who's my manager", "who do i report to": `self`),
 * a colleague's by name ("who is lena's manager": the name as said), or undefined for anything else.
 */
export function managerQuestionOf(text: string): { self: true } | { person: string } | undefined {
  if (OWN_MANAGER.test(text)) return { self: true };
  const person = MANAGER_OF_USER.exec(text)
    ?.slice(1)
    .find((group) => group !== undefined)
    ?.toLowerCase();
  return person ? { person } : undefined;
}

const REGION_NAMES: ReadonlyArray<[RegExp, Region]> = [
  [/^(?:emea|europe)$/i, 'EMEA'],
  [/^(?:apac|asia(?:\s+pacific)?)$/i, 'APAC'],
  [/^(?:latam|latin\s+america)$/i, 'LATAM'],
  [/^(?:na|north\s+america)$/i, 'NA'],
];
const REGION_SAID = String.raw`(emea|europe|apac|asia(?:\s+pacific)?|latam|latin\s+america|na|north\s+america)`;
const COVERS = String.raw`(?:covers?|covering|handles?|handling|looks?\s+after|looking\s+after|works?|working|owns?|has|runs?|is\s+in\s+charge\s+of|are\s+in\s+charge\s+of|is\s+responsible\s+for|are\s+responsible\s+for|sells?\s+(?:in)?to|selling\s+(?:in)?to)`;
const WHO_COVERS = String.raw`(?:who(?:'s|’s|s|\s+is|\s+are)?|which\s+(?:reps?|people|sellers|(?:of\s+)?(?:my|our)\s+(?:team|reps|people))(?:\s+(?:is|are))?)`;
const ON_MY_TEAM = String.raw`(?:\s+(?:on|in|from|of)\s+(?:my|our|the)\s+team)?`;
/** Who covers a sales region: "who covers emea", "which reps handle apac on my team", "who's our emea rep". */
const REGION_COVERAGE = [
  new RegExp(
    String.raw`${OPENING}${WHO_COVERS}${ON_MY_TEAM}\s+${COVERS}\s+(?:the\s+)?${REGION_SAID}(?:\s+(?:region|territory|accounts|market|patch))?${ON_MY_TEAM}${AFTERWORDS}${END}`,
    'i',
  ),
  new RegExp(
    String.raw`${OPENING}who(?:'s|’s|s|\s+is|\s+are)\s+(?:my|our|the)\s+${REGION_SAID}\s+(?:reps?|sellers?|people|team|folks|(?:account\s+)?(?:owners?|executives?))${AFTERWORDS}${END}`,
    'i',
  ),
];

/**
 * The first letters of every region `REGION_SAID` names: both coverage patterns require one, so a
 * message without any (most messages, read here on every turn) asks no coverage.
 */
const REGION_LETTERS = /emea|europe|apac|asia|latam|latin|na|north/i;

/** The sales region a question asks who covers ("who covers emea on my team": EMEA), if it asks that. */
export function regionCoverageOf(text: string): Region | undefined {
  if (!REGION_LETTERS.test(text)) return undefined;
  for (const pattern of REGION_COVERAGE) {
    const said = pattern
      .exec(text)
      ?.slice(1)
      .find((group) => group !== undefined);
    if (said) return REGION_NAMES.find(([name]) => name.test(said.trim().replace(/\s+/g, ' ')))?.[1];
  }
  return undefined;
}

/** True when the message asks who is on a team (the caller's, a named one, a person's), for the CRM's users by role or team, or one user's role or team. */
export function isTeamRosterQuestion(text: string): boolean {
  return (
    ROSTER.test(text) ||
    teamMembershipOf(text) !== undefined ||
    usersQuestionOf(text) !== undefined ||
    userRoleQuestionOf(text) !== undefined ||
    userTeamQuestionOf(text) !== undefined ||
    managerQuestionOf(text) !== undefined ||
    regionCoverageOf(text) !== undefined
  );
}
