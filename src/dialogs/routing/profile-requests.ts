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

/**
 * A request to profile one collection of CRM records ({} when it names none), or undefined for
 * anything else (a customer's profile, "update my profile").
 */
export function profileRequestOf(text: string): { collection?: ProfiledCollection } | undefined {
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
  /\b(?:deals?|leads?|accounts?|contacts?|pipeline|segments?|audiences?|teams?|orders?|cases?|tasks?|interactions?|customers?|opportunit(?:y|ies)|money|value|worth|revenue|amounts?|open|won|sales|stuff)\b/i;

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
