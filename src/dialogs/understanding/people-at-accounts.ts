import { countrySaidIn, type Region } from '../../vocabulary';

/**
 * A question of the people at the accounts of a place, industry or status, read from its words:
 * "decision makers at german accounts", "which CFOs do we know in germany", "how many contacts do
 * we have in the uk", "CTOs at uk accounts", "contacts at healthcare customers". The account
 * filters are those of an accounts question; the people are contacts, or those of one role.
 */
export interface PeopleAtAccounts {
  /** A buying role (`decision_maker`, `influencer`) or a C-level title word (`cfo`). */
  contactRole?: string;
  counting: boolean;
  country?: string;
  region?: Region;
  industry?: string;
  accountStatus?: 'customer' | 'prospect' | 'churned';
}

/** People as records: contacts, or people at accounts said as such ("people at german accounts"). */
const PEOPLE = /\b(?:contacts|contact\s+(?:list|names)|people|persons|folks)\b/;
/** Roles said of people across accounts, with the role or title word each stands for. */
const ROLES: ReadonlyArray<[RegExp, string]> = [
  [/\bdecision[- ]?makers?\b|\bdecision[- ]makers?\b/, 'decision_maker'],
  [/\binfluencers\b/, 'influencer'],
  [/\b(c[efot]o|cio|cmo)s\b|\b(?:all|the|any|our|which|how many)\s+(c[efot]o|cio|cmo)\b/, ''],
];
/** Accounts of a status, said as the accounts the people are at ("at our customers", "at prospects"). */
const STATUS_NOUN =
  /\b(?:at|in|from|among|with)\s+(?:our\s+|the\s+|all\s+)?(?:[a-z]+\s+)?(customers|clients|prospects|churned)\b/;
/**
 * Words that make it another question: deals, leads, audiences, a write, phones, a breakdown, people
 * gone quiet, the caller's colleagues ("how many people on the emea team"), or people added in a period
 * (contacts are not filtered by when they were added).
 */
const OTHER =
  /\b(?:deals?|opps?|pipeline|audiences?|segments?|leads?|cases?|tickets?|export|csv|add|create|log|delete|erase|remove|forget|new\s+lead|phones?|numbers|email\s+(?:them|all|the)|send|haven't|not\s+(?:contacted|spoken|talked)|quiet|last\s+(?:talk|spoke|contact)|by\s+(?:country|industry|region|role)|per\s+(?:country|industry|region)|team|reps?|users?|staff|colleagues|employees|new|added|created|today|yesterday|no\s+(?:contact|interaction|touch|activity)|had\s+no|hasn't|not\s+heard|(?:a|one|two|three|six|\d+)\s+(?:days?|weeks?|months?)|(?:this|last|next)\s+(?:week|month|quarter|year))\b|\bwho\s+(?:owns|is\s+the\s+owner)\b/;

/**
 * People who have left their company, said of contacts in general: "how many contacts have left
 * their company", "which people no longer work at their account", "contacts who've moved on from
 * their employer", "list the contacts that don't work there anymore". Not one person named ("has jane
 * cooper left initech": that person's employer) nor a colleague who left.
 */
const PEOPLE_LEFT = new RegExp(
  String.raw`\b(?:contacts?|people|persons|folks|ppl)\b.{0,40}?` +
    String.raw`(?:\b(?:left|quit|departed|moved\s+on\s+from|gone\s+from)\s+(?:their|the|his|her|its)\s+(?:compan(?:y|ies)|employers?|jobs?|firms?|organi[sz]ations?|accounts?|businesses)\b` +
    String.raw`|\bno\s+longer\s+(?:at|with|work(?:s|ing)?\s+(?:at|for|there)|there|employed)\b` +
    String.raw`|\b(?:don'?t|do\s+not|doesn'?t)\s+work\s+there\s+any\s*more\b` +
    String.raw`|\b(?:marked|flagged)\s+as\s+(?:having\s+)?left\b)`,
  'i',
);
export function peopleWhoLeftOf(text: string): { counting: boolean } | undefined {
  if (!PEOPLE_LEFT.test(text)) return undefined;
  return { counting: /\bhow many\b|\bcount\b|\bnumber of\b/i.test(text) };
}

/**
 * The people-at-accounts question a message asks, or undefined: people or a role word, at least one
 * account filter (a country by name, adjective or code, a region, an industry of the store's
 * accounts, customers or prospects), and nothing that makes it another question.
 */
export function peopleAtAccountsOf(
  text: string,
  filters: { region?: Region; industry?: string },
): PeopleAtAccounts | undefined {
  if (OTHER.test(text)) return undefined;
  const role = ROLES.find(([pattern]) => pattern.test(text));
  if (!role && !PEOPLE.test(text)) return undefined;
  const contactRole = role
    ? role[1] || (role[0].exec(text)!.slice(1).find(Boolean) ?? '').toLowerCase()
    : undefined;
  const country = countrySaidIn(text)?.name;
  const status = STATUS_NOUN.exec(text)?.[1];
  const accountStatus =
    status === 'churned'
      ? ('churned' as const)
      : status === 'prospects'
        ? ('prospect' as const)
        : status
          ? ('customer' as const)
          : undefined;
  if (!country && !filters.region && !filters.industry && !accountStatus) return undefined;
  return {
    ...(contactRole ? { contactRole } : {}),
    counting: /\bhow many\b|\bcount\b|\bnumber of\b|\bhow much\b/.test(text),
    ...(country ? { country } : {}),
    ...(filters.region ? { region: filters.region } : {}),
    ...(filters.industry ? { industry: filters.industry } : {}),
    ...(accountStatus ? { accountStatus } : {}),
  };
}
