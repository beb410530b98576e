/**
 * Requests no CRM assistant answers, said plainly rather than searched for in the documentation:
 * writing for entertainment ("write a poem about sales pipelines", "tell me a joke", "a bedtime story
 * for my kid") and general information from outside ("what's the weather in london", "a recipe for
 * lasagne"). Drafting work (an e-mail, a reply to a case) is not one of them: the bot does that.
 * Nor is deleting a CRM record ("delete the acme corporation account"): refused plainly, not read as
 * a briefing on the record named.
 */
export type OutsideRequest = 'entertainment' | 'world-information' | 'record-deletion';

/** A request that starts by asking to delete ("delete the acme account", "can you remove this deal"). */
const DELETE_FIRST =
  /^\s*(?:(?:can|could|would)\s+you\s+|i\s+(?:want|need)\s+(?:you\s+)?to\s+|go\s+ahead\s+and\s+)?(?:delete|remove|erase|destroy|purge|wipe\s+out|get\s+rid\s+of)\b/i;
/**
 * Where the thing to delete ends: a mark, a dash, or the start of a reason ("remove sam rivera, he
 * quit the company": the company is the reason, sam rivera the user an admin takes off).
 */
const END_OF_OBJECT = /[,;:!?]|\s[-–—]\s|\b(?:he|she|they|because|since|who|as)\b/i;
/** The CRM records the bot never deletes (tasks it does: "delete that task"). */
const RECORD_NOUN =
  /\b(?:accounts?|deals?|opportunit(?:y|ies)|opps?|contacts?|leads?|cases?|tickets?|compan(?:y|ies)|customers?|prospects?)\b/i;
/**
 * Not a deletion of a record: one thing taken out of another ("remove jane from the deal"; taking a
 * record out of the CRM itself, "delete the acme account from the crm", is deleting it), a filter
 * or a list's narrowing, one's own CRMPro account, a person's data (a privacy request), tasks,
 * audiences, segments and digests.
 */
const NOT_RECORD_DELETION =
  /\bfrom\b(?!\s+(?:(?:the|our|my)\s+)?(?:crm|crmpro|system|database|db|pipeline|app)\b)|\b(?:filters?|limits?|tasks?|to-?dos?|reminders?|audiences?|segments?|digests?|subscriptions?|data|everything|info\w*|personal|gdpr)\b|\b(?:my|our)\s+(?:crmpro\s+|user\s+)?account\b/i;

const ASK = String.raw`(?:write|compose|make\s+up|come\s+up\s+with|give|tell|send|sing|recite|generate|create|draft|do|know|have|got)`;
const ENTERTAINMENT_THING = String.raw`(?:poems?|poetry|haikus?|limericks?|sonnets?|songs?|song\s+lyrics|lyrics|raps?|jokes?|riddles?|puns?|(?:bedtime|short|funny|fairy|kids?'?)\s+(?:stor(?:y|ies)|tales?)|fairy\s*tales?|stor(?:y|ies)\s+for\s+(?:my|a)\s+(?:kids?|son|daughter|children|child))`;
/** What is asked for comes after "a", "an", "some", "any" or "another" ("tell me about Song Ltd" is no song). */
const ENTERTAINMENT = new RegExp(
  String.raw`\b${ASK}\b(?:\s+(?:me|us|you|him|her|them))?(?:\s+(?:a|an|some|any|another|one|more|few))+(?:\s+\w+)?\s+${ENTERTAINMENT_THING}\b|^(?:a|an|any|another)\s+(?:\w+\s+)?${ENTERTAINMENT_THING}(?:\s+(?:please|pls|about\s+.+|on\s+.+))?[.!?]*$|\bmake\s+me\s+laugh\b`,
  'i',
);
const WORLD_INFORMATION =
  /\b(?:what(?:'s|s|\s+is)\s+the\s+weather|weather\s+(?:like\s+)?(?:in|at|for|today|tomorrow|this\s+week(?:end)?)|how(?:'s|s|\s+is)\s+the\s+weather|recipes?\s+for|(?:football|soccer|basketball|baseball|cricket|sports?)\s+(?:scores?|results?)|who\s+won\s+the\s+(?:game|match|world\s+cup|super\s+bowl|election)|horoscope|lottery\s+numbers)\b/i;

/** The kind of request outside what the bot does, or undefined for everything else. */
export function requestOutsideTheBot(message: string): OutsideRequest | undefined {
  const text = message.replace(/[’‘]/g, "'").trim();
  if (ENTERTAINMENT.test(text)) return 'entertainment';
  if (WORLD_INFORMATION.test(text)) return 'world-information';
  // "delete the acme corporation account", "remove this deal": records are not deleted from chat.
  const verb = DELETE_FIRST.exec(text);
  if (verb && !NOT_RECORD_DELETION.test(text)) {
    const after = text.slice(verb[0].length);
    const end = END_OF_OBJECT.exec(after);
    if (RECORD_NOUN.test(end ? after.slice(0, end.index) : after)) return 'record-deletion';
  }
  return undefined;
}
