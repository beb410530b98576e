/**
 * Kinds of job people at accounts are asked for by: a title ("CTOs", "heads of IT"), a seniority
 * ("c-level", "VPs", "directors") or a function ("IT people", "finance contacts", "security
 * folks"). Each kind says how people ask for it and which contact titles it holds, so a question
 * filters contacts by what their titles mean, not by one word of them. The titles are those a CRM's
 * contacts carry (the demo's and common English ones: "Chief Financial Officer", "Head of IT",
 * "IT Security Manager", "Director of Procurement").
 */
export interface JobKind {
  /** The key a `RecordQuery.contactRole` holds (several joined with `+`). */
  key: string;
  /** The people of the kind, in the plural, as a reply names them: "heads of IT". */
  plural: string;
  /** The kind said in a (lower-cased) question. */
  said: RegExp;
  /** The titles of the kind (tested without case). */
  holds: RegExp;
}

const IT_WORDS = String.raw`(?:it|i\.t\.|information\s+technology)`;
const PEOPLE_WORDS = String.raw`(?:people|persons|folks|ppl|contacts?|staff|guys|team|teams|leaders?|leadership|leads|buyers?|stakeholders?|side|crowd|roles?|titles?|decision[- ]?makers?)`;

/** Named C-level titles: the short form, the plural a reply uses, how it is said written out, its titles written out. */
const CHIEFS: ReadonlyArray<[string, string, string, string]> = [
  ['ceo', 'CEOs', String.raw`chief\s+executives?`, String.raw`chief\s+executive|managing\s+director|founder`],
  ['cfo', 'CFOs', String.raw`chief\s+financial`, String.raw`chief\s+financial|finance\s+director`],
  ['cto', 'CTOs', String.raw`chief\s+(?:technology|technical)`, String.raw`chief\s+(?:technology|technical)`],
  ['coo', 'COOs', String.raw`chief\s+operating`, String.raw`chief\s+operating`],
  ['cio', 'CIOs', String.raw`chief\s+information\s+officers?`, String.raw`chief\s+information\s+officer`],
  ['cmo', 'CMOs', String.raw`chief\s+marketing`, String.raw`chief\s+marketing`],
  ['ciso', 'CISOs', String.raw`chief\s+information\s+security`, String.raw`chief\s+information\s+security`],
];

export const JOB_KINDS: readonly JobKind[] = [
  ...CHIEFS.map(([key, plural, said, titles]) => ({
    key,
    plural,
    said: new RegExp(String.raw`\b${key}'?s?\b|\b${said}`),
    holds: new RegExp(String.raw`\b${key}\b|\b(?:${titles})`, 'i'),
  })),
  {
    key: 'c_level',
    plural: 'C-level people',
    said: /\bc[- ]?(?:level|suite|levels)\b|\bcxos?\b|\bchief\s+officers\b|\bchiefs\b|\b(?:top|senior)\s+(?:execs?|executives)\b|\bexec(?:utive)?\s+team\b/,
    holds: /\bc[a-z]{1,2}o\b|\bchief\b/i,
  },
  {
    key: 'senior',
    plural: 'senior people (C-level, VPs, heads and directors)',
    said: /\bsenior\s+(?:people|persons|folks|contacts|leaders?|leadership|management|managers)\b|\bexecs\b|\bexecutives\b(?<!account\s+executives)|\bleadership\b|\bdecision[- ]level\b/,
    holds:
      /\bc[a-z]{1,2}o\b|\bchief\b|\bvp\b|\bvice[- ]president\b|\bhead\s+of\b|\bdirector\b|\bpresident\b|\bfounder\b/i,
  },
  {
    key: 'vp',
    plural: 'VPs',
    said: /\bs?vps\b|\bvice[- ]presidents\b|\b(?:the|any|our|which|all)\s+vps?\b/,
    holds: /\b[se]?vp\b|\bvice[- ]president\b/i,
  },
  {
    key: 'director',
    plural: 'directors and heads of departments',
    said: /\bdirectors\b(?<!board\s+of\s+directors)(?<!\b(?:it|i\.t\.)\s+directors)(?!\s+of\s+(?:it|i\.t\.|information|tech))/,
    holds: /\bdirector\b|\bhead\s+of\b/i,
  },
  {
    key: 'head_of_it',
    plural: 'heads of IT',
    said: new RegExp(
      String.raw`\bheads?\s+of\s+(?:${IT_WORDS}|tech(?:nology)?)\b|\b${IT_WORDS}\s+(?:heads?|chiefs?)\b`,
    ),
    holds: new RegExp(String.raw`\bhead\s+of\s+(?:${IT_WORDS}|technology)\b`, 'i'),
  },
  {
    key: 'it_director',
    plural: 'IT directors',
    said: new RegExp(
      String.raw`\bdirectors?\s+of\s+(?:${IT_WORDS}|tech(?:nology)?)\b|\b${IT_WORDS}\s+directors?\b`,
    ),
    holds: new RegExp(
      String.raw`\bdirector\s+of\s+(?:${IT_WORDS}|technology)\b|\b${IT_WORDS}\s+director\b`,
      'i',
    ),
  },
  {
    key: 'it_manager',
    plural: 'IT managers',
    said: new RegExp(String.raw`\b${IT_WORDS}\s+(?:managers?|admins?|administrators?)\b|\bsys\s?admins?\b`),
    holds: new RegExp(
      String.raw`\b${IT_WORDS}\s+(?:manager|admin|administrator)\b|\bsystems?\s+administrator\b`,
      'i',
    ),
  },
  {
    key: 'it',
    plural: 'IT and technical people (CTOs, CIOs, IT, security and engineering titles)',
    said: new RegExp(
      // Not "head of IT contacts": the IT there is the head's.
      String.raw`(?<!\b(?:heads?|directors?)\s+of\s+)\b(?:${IT_WORDS}|tech|technical|technology|engineering|infosec)\s+${PEOPLE_WORDS}\b|\btechies\b|\bengineers\b|\b(?:technical|tech)\s+(?:contacts|people|folks|persons)\b`,
    ),
    holds: new RegExp(
      String.raw`\b(?:${IT_WORDS}|cto|cio|ciso|technology|technical|engineer(?:ing)?|architect|developer|devops|security|infosec)\b|\bchief\s+information\b|\binformation\s+security\b`,
      'i',
    ),
  },
  {
    key: 'security',
    plural: 'security people',
    said: new RegExp(
      String.raw`\b(?:security|infosec|cyber\s?security)\s+(?:${PEOPLE_WORDS}|officers?|managers?|heads?)\b`,
    ),
    holds: /\bsecurity\b|\bciso\b|\binfosec\b/i,
  },
  {
    key: 'finance',
    plural: 'finance people',
    said: new RegExp(
      String.raw`\b(?:finance|financial|accounting|accounts\s+payable)\s+(?:${PEOPLE_WORDS}|managers?|directors?|heads?)\b|\bcontrollers\b|\bbean\s+counters\b`,
    ),
    holds: /\bfinanc\w*|\bcfo\b|\bcontroller\b|\baccount(?:ing|ant)\b|\btreasur\w*/i,
  },
  {
    key: 'procurement',
    plural: 'procurement people',
    said: new RegExp(
      String.raw`\b(?:procurement|purchasing|sourcing)\s+(?:${PEOPLE_WORDS}|managers?|directors?|heads?)\b|\bwho(?:'s|\s+is|\s+are)\s+(?:in\s+)?(?:the\s+)?(?:procurement|purchasing)\b|\bheads?\s+of\s+(?:procurement|purchasing)\b`,
    ),
    holds: /\bprocurement\b|\bpurchasing\b|\bsourcing\b/i,
  },
  {
    key: 'operations',
    plural: 'operations people',
    said: new RegExp(String.raw`\b(?:operations|ops)\s+(?:${PEOPLE_WORDS}|managers?|directors?|heads?)\b`),
    holds: /\boperations\b|\bcoo\b|\bchief\s+operating\b/i,
  },
  {
    key: 'legal',
    plural: 'legal people',
    said: new RegExp(
      String.raw`\blegal\s+(?:${PEOPLE_WORDS}|counsel)\b|\blawyers\b|\battorneys\b|\bgeneral\s+counsel\b`,
    ),
    holds: /\blegal\b|\bcounsel\b|\blawyer\b|\battorney\b/i,
  },
  {
    key: 'customer_success',
    plural: 'customer success people',
    said: new RegExp(String.raw`\bcustomer\s+success\s+(?:${PEOPLE_WORDS}|managers?|heads?)\b`),
    holds: /\bcustomer\s+success\b/i,
  },
];

const BY_KEY = new Map(JOB_KINDS.map((kind) => [kind.key, kind]));

/** A cheap guard: a message with none of these words names no kind of job. */
const ANY_JOB_WORD =
  /\b(?:c[a-z]{1,2}os?|cxos?|chiefs?|c[- ]?(?:level|suite)|s?vps?|vice|heads?|directors?|it|i\.t\.|information|tech|technical|technology|techies|engineers|engineering|infosec|security|cyber\s?security|finance|financial|accounting|accounts|controllers|bean|procurement|purchasing|sourcing|operations|ops|legal|lawyers|attorneys|counsel|customer|senior|execs|executives|exec|leadership|decision|sys\s?admins?|founders?|presidents?|managing)\b/;

/**
 * The kinds of job a (lower-cased) question asks for, in the order listed: "technical contacts at
 * bennett? cto, security folks" is the IT people (the CTOs and security people are among them).
 */
export function jobKindsSaidIn(lower: string): JobKind[] {
  if (!ANY_JOB_WORD.test(lower)) return [];
  const said = JOB_KINDS.filter((kind) => kind.said.test(lower));
  // A kind inside a broader one said too adds nobody: "IT people (CTO, head of IT)" is the IT people.
  return said.filter((kind) => !said.some((other) => WITHIN[other.key]?.includes(kind.key)));
}

/** The kinds each broader kind holds all of. */
const WITHIN: Readonly<Record<string, readonly string[]>> = {
  it: ['cto', 'cio', 'ciso', 'security', 'head_of_it', 'it_director', 'it_manager'],
  c_level: ['ceo', 'cfo', 'cto', 'coo', 'cio', 'cmo', 'ciso'],
  senior: [
    'ceo',
    'cfo',
    'cto',
    'coo',
    'cio',
    'cmo',
    'ciso',
    'c_level',
    'vp',
    'director',
    'head_of_it',
    'it_director',
  ],
  director: ['head_of_it', 'it_director'],
  security: ['ciso'],
  finance: ['cfo'],
};

/** The `contactRole` for kinds of job: their keys joined with `+` ("it+cto+security"). */
export function jobKindsRole(kinds: readonly JobKind[]): string {
  return kinds.map((kind) => kind.key).join('+');
}

/** The kinds of job a `contactRole` names (none for a buying role or a plain title word). */
export function jobKindsOfRole(role: string): JobKind[] {
  return role
    .toLowerCase()
    .split('+')
    .map((key) => BY_KEY.get(key))
    .filter((kind): kind is JobKind => Boolean(kind));
}

/** True when a title is of the kind keyed (`cto` holds "Chief Technology Officer"). */
export function titleIsOfKind(title: string | undefined, key: string): boolean {
  const kind = BY_KEY.get(key.toLowerCase());
  return Boolean(title && kind?.holds.test(title));
}

/** The people a `contactRole` of job kinds names, in the plural: "IT managers and heads of IT". */
export function jobKindsPlural(role: string): string | undefined {
  const kinds = jobKindsOfRole(role);
  if (!kinds.length) return undefined;
  const words = kinds.map((kind) => kind.plural);
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
