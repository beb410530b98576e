/**
 * A website visitor asking for the sales side rather than support: to talk to sales ("talk to
 * sales", "can i speak to someone in sales", "put me through to your sales team"), for a quote ("i'd
 * like a quote for 40 seats", "can you send me a proposal"), or to be contacted about buying ("can
 * someone call me about pricing", "i want to talk to someone about an enterprise plan"). A question
 * about prices ("how much is the team plan") is for the documentation, and a demo request has its own
 * form; neither is read here. Sales words that are not the sales team ("sales tax", "my sales
 * pipeline") are not either.
 */

const SALES_TEAM = String.raw`(?:(?:your|the|an?|someone (?:in|from|on)|somebody (?:in|from|on)|someone on your|somebody on your)\s+)?(?:sales(?:\s+(?:team|department|dept|rep(?:resentative)?|person|people|side|guy|folks))?|salesperson|account (?:executive|manager))`;
const BUYING = String.raw`(?:pricing|prices?|a quote|a quotation|buying|purchasing|a purchase|licen[cs](?:es|ing)|(?:an? )?(?:enterprise|team|business) (?:plan|licen[cs]e|deal)|volume discounts?|a discount)`;

/** "talk to sales", "speak with your sales team", "connect me with an account executive". */
const TALK_TO_SALES = new RegExp(
  String.raw`\b(?:talk|speak|chat|get in touch|be in touch|connect(?: me)?|put me (?:through|in touch)|transfer me|reach|contact|hand me (?:over|off))\b(?:\s+(?:to|with))?\s+${SALES_TEAM}\b(?!\s+(?:tax|pipeline|forecast|report|figures|numbers|data))`,
  'i',
);
/** "i'd like a quote", "can you send me a proposal", "need a price quote for 40 seats". */
const QUOTE =
  /\b(?:get|need|want|like|request|send(?: me)?|give me|prepare|have)\s+(?:a|an|the)?\s*(?:price\s+|formal\s+|custom\s+)?(?:quote|quotation|proposal)\b/i;
/** "can someone call me about pricing", "talk to someone about an enterprise plan". */
const CONTACT_ABOUT_BUYING = new RegExp(
  String.raw`\b(?:call|contact|e-?mail|ring|talk to|speak (?:to|with)|discuss)\b.{0,25}\babout\s+${BUYING}`,
  'i',
);
/** "sales", "sales please", "sales team". */
const JUST_SALES = /^\s*(?:sales|sales (?:team|please)|the sales team)[\s!.]*$/i;

/** True when a visitor's message asks for the sales team (see the module comment). */
export function asksForSales(text: string): boolean {
  return (
    JUST_SALES.test(text) || TALK_TO_SALES.test(text) || QUOTE.test(text) || CONTACT_ABOUT_BUYING.test(text)
  );
}
