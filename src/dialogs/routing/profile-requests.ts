/** The CRM collections `profile-collection` profiles, as people name them in chat. */
const COLLECTIONS: Array<[RegExp, ProfiledCollection]> = [
  [/\baccounts?\b|\bcompan(?:y|ies)\b|\bcustomers?\b/i, 'accounts'],
  [/\bcontacts?\b/i, 'contacts'],
  [/\bleads?\b/i, 'leads'],
  [/\bdeals?\b|\bopportunit(?:y|ies)\b|\bopps\b/i, 'deals'],
  [/\binteractions?\b|\bactivit(?:y|ies)\b/i, 'interactions'],
  [/\borders?\b/i, 'orders'],
  [/\bcases?\b|\btickets?\b/i, 'cases'],
];

/** The collections a chat profile request may name. */
export type ProfiledCollection =
  'accounts' | 'contacts' | 'leads' | 'deals' | 'interactions' | 'orders' | 'cases';

/**
 * Asking for a profile of the data: "profile the deals collection", "profile contacts", "run a data
 * profile on accounts", "data quality of the leads", "how clean is the contacts data".
 */
const PROFILE =
  /^\s*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:profile|profiling)\b|\b(?:run|do|give\s+me|show\s+me|get\s+me)\s+(?:a\s+)?(?:data\s+)?profil(?:e|ing)\b|\bdata[- ]profile\b|\bdata\s+quality\b|\bhow\s+(?:clean|complete|dirty)\s+(?:is|are)\b|\b(?:missing\s+values|duplicates|orphans?)\s+(?:in|of)\s+(?:the\s+)?\w+\s+(?:collection|data|table)\b/i;
/** A person's or a customer's profile, or the product's profile page: not the data. */
const NOT_DATA =
  /\b(?:customer|user|my|your|his|her|their|company)\s+profile\b|\bprofile\s+(?:page|picture|photo|settings?)\b|\bideal\s+customer\b|\b(?:edit|update|change)\b/i;

/** Duplicates asked of a collection: "any duplicate accounts?", "are there dupes in contacts", "duplicated leads". */
const DUPLICATES = /\b(?:duplicat(?:e|es|ed|ion|ions)|dupes?|dups|double\s+entries|entered\s+twice)\b/i;
/** Asking whether there are any, how many or which: not how duplicates are made, merged or avoided. */
const DUPLICATES_ASKED =
  /^\s*(?:(?:hey|hi|ok|so|quick\s+one)[\s,:-]+)?(?:any|are\s+there|is\s+there|do\s+we\s+have|have\s+we\s+got|got\s+any|how\s+many|which|what|show|list|find|check|look\s+for|count)\b|\b(?:any|got)\s+(?:\w+\s+)?(?:duplicat\w*|dupes?)\b/i;
const DUPLICATES_HOW =
  /\b(?:how\s+(?:do|can|to|does|should|would)|why|merge|merging|prevent|avoid|stop|import\w*|upload\w*|create[sd]?|when\s+i|if\s+i|dedup\w*\s+(?:rule|setting|feature))\b/i;

/**
 * The collection said first: "duplicate contacts? same person twice at one company" is of contacts
 * (the company is where they are twice).
 */
function collectionSaidFirst(text: string): ProfiledCollection | undefined {
  let first: { at: number; collection: ProfiledCollection } | undefined;
  for (const [pattern, collection] of COLLECTIONS) {
    const at = pattern.exec(text)?.index;
    if (at !== undefined && (!first || at < first.at)) first = { at, collection };
  }
  return first?.collection;
}

/**
 * Duplicate records asked of one collection ("any duplicate accounts?", "are there duplicated
 * contacts", "how many dupes in leads"): that collection, whose profile checks the values of its
 * unique keys held by several records (accounts: the name compared without case and spacing, and the
 * domain; contacts and leads: the e-mail). Undefined for how duplicates are made or avoided.
 */
export function duplicateRequestOf(text: string): { collection: ProfiledCollection } | undefined {
  if (!DUPLICATES.test(text) || !DUPLICATES_ASKED.test(text) || DUPLICATES_HOW.test(text)) return undefined;
  const collection = collectionSaidFirst(text);
  return collection === 'accounts' || collection === 'contacts' || collection === 'leads'
    ? { collection }
    : undefined;
}

/**
 * A request to profile one collection of CRM records ({} when it names none), or undefined for
 * anything else (a customer's profile, "update my profile").
 */
export function profileRequestOf(text: string): { collection?: ProfiledCollection } | undefined {
  // "how many contacts dont have a phone number": that field's missing count in the profile.
  const missing = missingFieldRequestOf(text);
  if (missing) return { collection: missing.collection };
  const duplicates = duplicateRequestOf(text);
  if (duplicates) return duplicates;
  if (!PROFILE.test(text) || NOT_DATA.test(text)) return undefined;
  const collection = COLLECTIONS.find(([pattern]) => pattern.test(text))?.[1];
  if (!collection && !/\b(?:collection|data|records?|crm|table)\b/i.test(text)) return undefined;
  return collection ? { collection } : {};
}

/** The data as a whole: "our database", "the crm", "our data", "records", "rows", "tables". */
const DATA_AS_A_WHOLE =
  /\b(?:(?:the|our|my|your)\s+)?(?:database|db|crm(?:\s+data)?|data(?:\s*base)?|records|rows|tables?|collections?)\b/i;
const SIZE =
  /\bhow\s+(?:big|large|much|many)\b|\bsize\s+of\b|\b(?:database|db|data)\s+size\b|\b(?:record|row)\s+counts?\b|\bcounts?\s+(?:of\s+)?(?:records|rows)\b/i;
/** The product's limits and plans ("how much storage does the team plan include", "import limit"). */
const ABOUT_THE_PRODUCT =
  /\b(?:crm\s*pro|plans?|storage|limits?|quotas?|import|upload|allowed|can\s+we|pricing|cost|use\s+for)\b/i;
/** A record kind or a thing of the CRM named: its own count ("how many deals", "how big is the acme deal"). */
const ONE_KIND =
  /\b(?:deals?|leads?|accounts?|contacts?|pipeline|segments?|audiences?|teams?|orders?|cases?|tasks?|interactions?|customers?|prospects?|clients?|partners?|churned|opportunit(?:y|ies)|money|value|worth|revenue|amounts?|open|won|sales|stuff)\b/i;

/**
 * "how big is our database", "how many records are in the crm", "record counts per collection": the
 * number of records in each collection (an admin's or analyst's question, answered from the profiles).
 * A count of one kind of record, a question about the product's limits or a profile request is not.
 */
export function isDataSizeQuestion(text: string): boolean {
  return (
    SIZE.test(text) &&
    DATA_AS_A_WHOLE.test(text) &&
    !ONE_KIND.test(text) &&
    !ABOUT_THE_PRODUCT.test(text) &&
    !PROFILE.test(text)
  );
}

/** A collection's records with a field left empty, as a question names them. */
export interface MissingFieldRequest {
  collection: ProfiledCollection;
  /** The profiled column ("phone", "email", "title", "industry"). */
  field: string;
}

/** The records a hygiene question counts, said before what they lack. */
const MISSING_IN: Array<[RegExp, ProfiledCollection]> = [
  [/\bcontacts?\b|\bpeople\b/i, 'contacts'],
  [/\bleads?\b/i, 'leads'],
  [/\baccounts?\b|\bcompan(?:y|ies)\b|\bcustomers?\b/i, 'accounts'],
];
/** "with no", "without (a|an|any)", "that have no", "don't have a", "missing a", "lacking a", "with an empty". */
const LACKING =
  /\b(?:with\s+(?:no|zero|an?\s+empty|empty)|without(?:\s+(?:a|an|any))?|(?:have|has|having)\s+(?:no|zero)|(?:do|does)\s*(?:n['’]?t|not)\s+have\s+(?:a|an|any)|(?:are|is)?\s*missing(?:\s+(?:a|an|any|their|its))?|lack(?:ing|s)?(?:\s+(?:a|an|any))?)\s+/i;
/** The field said right after the lack, in everyday words, and the column it is. */
const FIELD_WORDS: Array<[RegExp, string]> = [
  [/^(?:phone(?:\s+numbers?)?|telephone(?:\s+numbers?)?|mobile(?:\s+numbers?)?|numbers?)\b/i, 'phone'],
  [/^(?:e-?mails?(?:\s+address(?:es)?)?|email\s+address(?:es)?)\b/i, 'email'],
  [/^(?:(?:job\s+)?titles?)\b/i, 'title'],
  [/^(?:industr(?:y|ies))\b/i, 'industry'],
  [/^(?:domains?|websites?)\b/i, 'domain'],
  [/^(?:countr(?:y|ies))\b/i, 'country'],
];

/**
 * A count or list of one collection's records with a field left empty: "how many contacts dont have
 * a phone number" → contacts, phone; "leads missing an email"; "accounts without an industry". Not
 * a related record missing ("accounts with no contacts", "without an owner": record questions).
 */
export function missingFieldRequestOf(text: string): MissingFieldRequest | undefined {
  const lacking = LACKING.exec(text);
  if (!lacking) return undefined;
  const before = text.slice(0, lacking.index);
  const collection = MISSING_IN.find(([words]) => words.test(before))?.[1];
  if (!collection) return undefined;
  const after = text.slice(lacking.index + lacking[0].length);
  const field = FIELD_WORDS.find(([words]) => words.test(after))?.[1];
  return field ? { collection, field } : undefined;
}
