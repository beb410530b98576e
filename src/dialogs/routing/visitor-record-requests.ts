import type { MessageEntities } from '../understanding/entities/extract-entities';

/** Records a visitor may ask of a customer: deals, contacts, orders, what they spend, who looks after them. */
const RECORD_WORDS =
  /\b(?:deals?|opportunit(?:y|ies)|opps?|pipeline|contacts?|orders?|invoices?|contracts?|renewals?|cases?|tickets?|spend(?:s|ing)?|revenue|account\s+(?:manager|owner|rep)|(?:sales\s+)?rep|who\s+(?:owns|handles|manages|looks\s+after))\b/i;
/** Below this, a name found in the message is no customer of the CRM ("acme" alone is enough for Acme Corporation). */
const MIN_ACCOUNT_SCORE = 0.9;

/**
 * A website visitor asking for a customer's records ("what deals does acme corporation have with
 * you, i work there", "who is your contact at initech"): the message names a customer of the CRM
 * and asks for its records. Visitors see no CRM data, whoever they say they are, so this is refused
 * before any documentation answer (which would answer some other question of the same words).
 */
export function asksForCustomerRecords(text: string, entities: MessageEntities | undefined): boolean {
  const customer = (entities?.accounts[0]?.score ?? 0) >= MIN_ACCOUNT_SCORE;
  return customer && RECORD_WORDS.test(text);
}
