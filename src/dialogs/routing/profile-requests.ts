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
