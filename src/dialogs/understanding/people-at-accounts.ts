import { countrySaidIn, jobKindsRole, jobKindsSaidIn, type Region } from '../../vocabulary';

/**
 * A question of the people at the accounts of a place, industry or status, read from its words:
 * "decision makers at german accounts", "which CFOs do we know in germany", "how many contacts do
 * we have in the uk", "CTOs at uk accounts", "contacts at healthcare customers". The account
 * filters are those of an accounts question; the people are contacts, or those of one role.
 */
export interface PeopleAtAccounts {
  /** A buying role (`decision_maker`, `influencer`) or kinds of job joined with `+` (`cfo`, `it_manager+head_of_it`). */
  contactRole?: string;
  /** Only the people of one e-mail standing ("how many contacts have opted out of email"). */
  contactEmail?: EmailStanding;
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
  [
    /\bdecision[- ]?makers?\b|\beconomic\s+buyers?\b|\bbudget\s+holders?\b|\bsign(?:ers|atories)\b/,
    'decision_maker',
  ],
  [/\binfluencers\b/, 'influencer'],
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

/** A contact's standing for marketing e-mail, as `RecordQuery.contactEmail` holds it. */
export type EmailStanding = 'optedOut' | 'none' | 'emailable';

const EMAIL = String.raw`(?:e-?mails?|e-?mail\s+address(?:es)?|newsletters?|mail(?:ings|outs?)?)`;
/**
 * The e-mail standings as people say them, the one said first winning ("not opted out" is e-mailable):
 * may be written to ("contacts we can actually email", "who can get our marketing emails", "ok to
 * email", "emailable", "not opted out"), asked for none ("opted out of email", "opt-outs",
 * "unsubscribed", "don't want our emails"), or have no address ("no email", "without an e-mail
 * address", "missing an email").
 */
const EMAIL_STANDINGS: ReadonlyArray<[RegExp, EmailStanding]> = [
  [
    new RegExp(
      String.raw`\b(?:(?:can|could|may|are\s+(?:we\s+)?allowed\s+to|is\s+it\s+ok(?:ay)?\s+to|ok(?:ay)?\s+to|able\s+to|legally)\s+(?:we\s+|i\s+)?(?:actually\s+|still\s+|legally\s+)?(?:e-?mail|mail|write\s+to|contact\s+by\s+e-?mail)\b` +
        String.raw`|\b(?:can|could|may|will)\s+(?:get|receive|be\s+sent|be\s+e-?mailed)\s+(?:our\s+|the\s+|any\s+)?(?:marketing\s+|promotional\s+|campaign\s+)?${EMAIL}` +
        String.raw`|\be-?mailable\b|\breachable\s+by\s+e-?mail\b|\b(?:not|n't|never)\s+(?:been\s+)?(?:opted|opt(?:ing)?)[- ]?out\b|\bopted[- ]?in\b|\bsafe\s+to\s+e-?mail\b)`,
    ),
    'emailable',
  ],
  [
    new RegExp(
      String.raw`\bopt(?:ed|s)?[- ]?outs?\b|\bopted[- ]?out\b|\bunsubscribed\b|\b(?:asked|said)\s+not\s+to\s+(?:be\s+)?(?:e-?mailed|get|receive|contacted)\b` +
        String.raw`|\b(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+want\s+(?:our\s+|any\s+|marketing\s+)*${EMAIL}`,
    ),
    'optedOut',
  ],
  [
    new RegExp(
      String.raw`\b(?:no|without(?:\s+an?)?|missing(?:\s+an?)?|lacking(?:\s+an?)?|(?:don'?t|do\s+not|doesn'?t)\s+have(?:\s+an?)?|blank|empty)\s+(?:work\s+)?e-?mail(?:\s+address(?:es)?)?s?\b`,
    ),
    'none',
  ],
];
/** Words that make an e-mail standing another question: a write, a campaign's own figures, leads or deals, an export. */
const NOT_EMAIL_STANDING =
  /\b(?:deals?|opps?|pipeline|audiences?|segments?|leads?|cases?|tickets?|export|csv|download|send|sent\s+(?:them|to)|add|create|log|delete|erase|remove|unsubscribe\s+(?:them|him|her)|open\s+rates?|click|bounce[ds]?|how\s+(?:do|can|to|does|should)|why|when|setting|preference\s+centre|preference\s+center|complete(?:ness)?|quality|profile|clean|dirty|fill\s+rate)\b|\be-?mail\s+(?:them|him|her|it|all|everyone)\b/;
/** People said as such, or pointed back at ("which of them", "those"): the subject of a standing question. */
const PEOPLE_SAID =
  /\b(?:contacts?|people|persons|folks|ppl|who|of\s+(?:them|those)|those|decision[- ]?makers?|champions|influencers|c[efot]os|cios|cmos)\b/;

/**
 * The e-mail standing a question of people asks about, or undefined: "how many contacts have opted
 * out of email?", "how many contacts can we actually email", "which globex contacts can get our
 * marketing emails", "which of them opted out?", "contacts without an email address". Not sending
 * ("email them"), a campaign's figures, leads, deals or exports, nor how opting out works.
 */
export function emailStandingOf(text: string): EmailStanding | undefined {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  if (!PEOPLE_SAID.test(lower) || NOT_EMAIL_STANDING.test(lower)) return undefined;
  return EMAIL_STANDINGS.find(([pattern]) => pattern.test(lower))?.[1];
}

/** A job title said in the plural across the CRM ("list all the CEOs", "how many CFOs do we have"). */
const TITLE_ACROSS = /\b(?:c[efot]o|cio|cmo)s\b|\bhow many\s+(?:c[efot]o|cio|cmo)\b/;
/** Any kind of job asked across the CRM's contacts ("which IT managers do we know", "list the finance contacts"). */
const KINDS_ACROSS =
  /\b(?:contacts|do\s+we\s+(?:know|have)|in\s+(?:the|our)\s+crm|list|show|how\s+many|all\s+(?:the\s+|our\s+)?)\b/;

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
  // A kind of job ("CTOs", "IT managers and heads of IT", "finance contacts") before a buying role:
  // "IT decision makers" are the IT people.
  const kinds = jobKindsSaidIn(text);
  const role = kinds.length ? undefined : ROLES.find(([pattern]) => pattern.test(text));
  if (!role && !kinds.length && !PEOPLE.test(text)) return undefined;
  const contactRole = kinds.length ? jobKindsRole(kinds) : role?.[1];
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
  // With no place, industry or status, the whole CRM's people: of a title said in the plural
  // ("list all the CEOs", "how many CFOs do we have in the crm"), or of an e-mail standing.
  const contactEmail = emailStandingOf(text);
  if (
    !country &&
    !filters.region &&
    !filters.industry &&
    !accountStatus &&
    !contactEmail &&
    !(kinds.length && (TITLE_ACROSS.test(text) || KINDS_ACROSS.test(text)))
  )
    return undefined;
  return {
    ...(contactRole ? { contactRole } : {}),
    ...(contactEmail ? { contactEmail } : {}),
    counting: /\bhow many\b|\bcount\b|\bnumber of\b|\bhow much\b/.test(text),
    ...(country ? { country } : {}),
    ...(filters.region ? { region: filters.region } : {}),
    ...(filters.industry ? { industry: filters.industry } : {}),
    ...(accountStatus ? { accountStatus } : {}),
  };
}
