import type { MessageEntities } from '../understanding/entities/extract-entities';
import { patternOf } from '../../core/patterns';

/** Records a visitor may ask of a customer: deals, contacts, orders, what they spend, who looks after them. */
const RECORD_WORDS =
  /\b(?:deals?|opportunit(?:y|ies)|opps?|pipeline|contacts?|orders?|invoices?|contracts?|renewals?|cases?|tickets?|spend(?:s|ing)?|revenue|account\s+(?:manager|owner|rep)|(?:sales\s+)?rep|who\s+(?:owns|handles|manages|looks\s+after))\b/i;
/** A customer's details: how to reach it, where it is, who and how many work there. */
const DETAIL_WORDS = String.raw`(?:phone(?:\s+numbers?)?|numbers?|e-?mails?(?:\s+address(?:es)?)?|address(?:es)?|employees|staff|headcount|(?:sales\s+)?reps|people|details|info(?:rmation)?)`;
/** The message says the customer's data is in the CRM ("in your system", "on file", "they're your customer"). */
const IN_THE_CRM =
  /\b(?:in|from|according\s+to)\s+your\s+(?:system|crm|database|records|files)\b|\bon\s+file\b|\b(?:they'?re|they\s+are|it'?s|is)\s+(?:a\s+)?(?:your\s+)?(?:customer|client)\b/i;
/** Below this, a name found in the message is no customer of the CRM ("acme" alone is enough for Acme Corporation). */
const MIN_ACCOUNT_SCORE = 0.9;

/**
 * A website visitor asking for a customer's records ("what deals does acme corporation have with
 * you, i work there", "who is your contact at initech"): the message names a customer of the CRM
 * and asks for its records. Visitors see no CRM data, whoever they say they are, so this is refused
 * before any documentation answer (which would answer some other question of the same words).
 */
export function asksForCustomerRecords(text: string, entities: MessageEntities | undefined): boolean {
  const account = entities?.accounts[0];
  if (!account || account.score < MIN_ACCOUNT_SCORE) return false;
  return RECORD_WORDS.test(text) || IN_THE_CRM.test(text) || asksDetailOf(text, account.text);
}

/**
 * A detail of the named customer ("acme's phone number", "the address of initech", "how many reps
 * does globex have"), not the same words about the product or the visitor's own question ("what's
 * the address of your office", "how many users can we add").
 */
function asksDetailOf(text: string, name: string): boolean {
  const customer = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return [
    String.raw`\b${customer}(?:'s|s')\s+(?:\w+\s+){0,2}${DETAIL_WORDS}\b`,
    String.raw`\b${DETAIL_WORDS}\s+(?:\w+\s+){0,4}(?:of|for|at)\s+(?:the\s+)?${customer}\b`,
    String.raw`\b(?:does|do)\s+${customer}\s+have\b`,
  ].some((pattern) => patternOf(pattern, 'i').test(text));
}

/** A way to reach one person: their e-mail, phone, mobile, direct line, profile. */
const PERSONAL_CONTACT =
  /\b(?:e-?mail(?:\s+address)?|phone(?:\s+number)?|mobile(?:\s+number)?|cell(?:\s+number)?|direct\s+line|number|whatsapp|linkedin|contact\s+(?:details|info))\b/i;
/** Asking for it: "what's", "give me", "can i get", "how do i reach", or the detail first ("email address of …"). */
const ASKING =
  /\b(?:what(?:'s|’s|s|\s+is|\s+are)|give\s+me|can\s+i\s+(?:get|have)|could\s+i\s+(?:get|have)|how\s+(?:do|can)\s+i\s+(?:reach|contact|email|call)|send\s+me|do\s+you\s+have)\b|^\s*(?:the\s+)?(?:e-?mail|phone|mobile|direct)\b/i;
/** Someone who works at CRMPro: "your sales rep", "your ceo", "someone on your sales team", "one of your reps". */
const STAFF =
  /\byour\s+(?:\w+\s+)?(?:reps?|representatives?|account\s+managers?|salesperson|salespeople|sales\s+(?:guy|person|team|people)|employees?|staff|colleagues?|ceo|cto|cfo|founders?|agents?|team\s+members?|engineers?)\b|\bsomeone\s+(?:on|in|from)\s+your\s+\w+\s+team\b|\bone\s+of\s+your\s+(?:\w+\s+)?(?:reps|people|staff|employees|agents)\b|\bthe\s+person\s+who\s+(?:handled|answered|took)\s+my\s+(?:ticket|case|request|call)\b/i;
const SUPPORT_SIDE = /\b(?:support|agents?|tickets?|cases?)\b/i;

/**
 * A visitor asking for a CRMPro staff member's own contact details ("whats the email of your sales
 * rep sam rivera", "the phone number of your account manager"): which side of the company they
 * want (`support` when the words are about support, else `sales`), or undefined. Staff's personal
 * details are not given out; the company's public addresses are.
 */
export function staffContactAskedOf(text: string): 'sales' | 'support' | undefined {
  if (!PERSONAL_CONTACT.test(text) || !ASKING.test(text) || !STAFF.test(text)) return undefined;
  return SUPPORT_SIDE.test(text) ? 'support' : 'sales';
}
