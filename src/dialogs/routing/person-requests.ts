/**
 * What a website visitor's message asks of the bot itself, read from its words rather than the
 * intent model alone: a person to talk to ("can i talk to a real person please", "get me a human"),
 * whether they are talking to a bot ("are you a bot?", "am i talking to a real person"), or a
 * question about the product that merely mentions people ("does the widget hand the chat over to
 * a human?"), which the documentation answers.
 */
export type VisitorRequest = 'person' | 'bot-question' | 'product-question';

/** Someone who could take the chat: a person, a human, an agent, someone from the team, support. */
const WHO = String.raw`(?:(?:a|an|the|some|one of your|your|ur)\s+)?(?:(?:real|live|actual|proper|human|just)\s+)*(?:person|people|human(?:\s+being)?|humans|agent|representative|rep|operator|someone|somebody|some\s+one|anyone|anybody|staff|team\s+member|member\s+of\s+(?:your|the)\s+(?:team|staff)|support(?:\s+team)?|customer\s+(?:service|support|care)|(?:your|the|ur)\s+team|sales(?:\s+team)?|salesperson|sales\s+rep)`;
/** The same, when said on its own or as what one wants ("human please", "i need a real person"). */
const PERSON = String.raw`(?:(?:a|an|some)\s+)?(?:(?:real|live|actual|proper)\s+)*(?:person|human(?:\s+being)?|agent|operator|representative)`;

const PERSON_REQUESTS: readonly RegExp[] = [
  // "talk to a human", "i'd like to chat with somebody from your team", "speak to support"
  new RegExp(String.raw`\b(?:talk|speak|chat|get in touch)\s+(?:directly\s+)?(?:to|with)\s+${WHO}\b`, 'i'),
  // "get me a human", "connect me with an agent", "put me through to a real person"
  new RegExp(
    String.raw`\b(?:connect|put|transfer|pass|hand|forward|get|give|find)\s+me\s+(?:through\s+|over\s+)?(?:to\s+|with\s+)?${WHO}\b`,
    'i',
  ),
  // "is there a person i can talk to?", "someone to chat with"
  new RegExp(
    String.raw`\b${WHO}\s+(?:(?:i|we)\s+(?:can|could)\s+|to\s+)(?:talk|speak|chat)\s+(?:to|with)\b`,
    'i',
  ),
  // "i want a real person", "need a human"
  new RegExp(String.raw`\b(?:want|need|prefer|rather have|like)\s+${PERSON}\b`, 'i'),
  // "human please", "agent", "a real person pls"
  new RegExp(String.raw`^(?:please\s+)?${PERSON}(?:\s+(?:please|pls|plz|now|asap))*[\s!.?]*$`, 'i'),
];

/** "are you a bot?", "is this automated", "am I chatting with an AI?", after a hello or two ("hiya are you a real person or a bot?") */
const BOT_QUESTION =
  /^(?:(?:hi|hiya|heya|hey|hello|hallo|howdy|yo|hi there|hey there|hello there|good (?:morning|afternoon|evening)|so|wait|um|erm|quick question|quick q|sorry|ok|okay|just wondering|out of curiosity)[\s,!.-]+){0,2}(?:are you|r u|is this|am i\s+(?:talking|speaking|chatting)\s+(?:to|with))\s+(?:(?:just|really|actually|even)\s+)?(?:(?:a|an)\s+)?(?:(?:real|actual|live)\s+)?(?:bot|robot|ai|a\.i\.?|human|person|machine|computer|chat\s?bot|automated|automatic|real|someone real)\b(?:\s+or\s+[^?]*)?[\s?!.]*$/i;

/**
 * A question about the product (its subject is the product, a feature or someone's team, not the
 * speaker asking for help): never read as a request for a person by the intent model's guess.
 */
const PRODUCT_QUESTION =
  /^(?:does|did|why|what|which|when|where|is(?!\s+there)|how\s+(?!(?:can|do|could)\s+(?:i|we)\b)|can\s+(?:a|an|the|my|our|your|his|her|their|visitors?|customers?|reps?|people)\b)/i;

/** What a visitor's message asks of the bot itself, or undefined when it asks none of these. */
export function visitorRequestOf(text: string): VisitorRequest | undefined {
  const message = text.trim().replace(/[’`]/g, "'");
  if (BOT_QUESTION.test(message)) return 'bot-question';
  if (PRODUCT_QUESTION.test(message)) return 'product-question';
  if (PERSON_REQUESTS.some((pattern) => pattern.test(message))) return 'person';
  return undefined;
}

/** True when the message asks for a person to talk to (in any words the rules above know). */
export function asksForPerson(text: string): boolean {
  return visitorRequestOf(text) === 'person';
}
