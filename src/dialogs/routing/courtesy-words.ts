/**
 * The polite wrapper around a request, which says nothing about what is asked: "could you (kindly)
 * tell me which …", "would you mind telling me what …", "i was wondering which …", "…, please",
 * "…, if you have a moment", "…, if you would". The message without it reads as the plain request.
 */
import { inDirectOrder } from './indirect-order';

/** Chat lead-ins kept in front of the request ("hi, could you tell me …" → "hi, …"). */
const LEAD_IN = /^(?:(?:hi|hey|hello|so|ok|okay|and|but|also)\b[\s,]+)*/i;

/** Telling verbs in their -ing form after "would you mind", and their plain form. */
const TELLING_VERB: Record<string, string> = {
  telling: 'tell',
  showing: 'show',
  explaining: 'explain',
  listing: 'list',
  giving: 'give',
  letting: 'let',
  checking: 'check',
  pulling: 'pull',
  looking: 'look',
  finding: 'find',
};

/** "could you (please/kindly) " before a telling verb; other verbs ("can you integrate …") ask about the product. */
const MODAL_BEFORE_TELLING =
  /^(?:could|can|would|will)\s+(?:you|u)\s+(?:(?:please|pls|plz|kindly|possibly|just|perhaps|maybe)\s+)*(?=(?:tell|show|explain|list|give|let\s+me\s+know|check|pull\s+up|look\s+up|find)\b)/i;
const WOULD_YOU_MIND = new RegExp(
  String.raw`^would\s+you\s+mind\s+(${Object.keys(TELLING_VERB).join('|')})\b\s*`,
  'i',
);
const SO_KIND_AS_TO = /^would\s+you\s+be\s+so\s+kind\s+as\s+to\s+/i;
/** "would you be able to" before a write ("would you be able to add a task …"): the write itself. */
const ABLE_TO_WRITE =
  /^(?:would|could|will)\s+(?:you|u)\s+(?:(?:please|pls|kindly|possibly)\s+)?be\s+able\s+to\s+(?=(?:create|add|log|set\s+up|schedule|book|make|put|open|record|note|move|update|remind)\b)/i;
/** "tell me" / "let me know" before an indirect question ("tell me which of my deals …"). */
const TELL_ME_BEFORE_QUESTION =
  /^(?:tell\s+me|let\s+me\s+know)\s+(?=(?:which|what|who|when|where|why|how|whether|if)\b)/i;
/** "i was wondering which …", "i was wondering if you could tell me …", "i wonder whether you could …". */
const WONDERING =
  /^i\s+(?:(?:was|am|'m)\s+(?:just\s+)?wondering|(?:just\s+)?wonder(?:ed)?)\s+(?:(?:if|whether)\s+(?=(?:you|u)\s+(?:could|can|would|might)\b)|(?=(?:which|what|who|when|where|why|how)\b))/i;
const WONDERING_YOU = /^(?:you|u)\s+(?:could|can|would|might)\s+/i;
/**
 * An apology or a disclaimer for the question before it: "sorry if this is obvious, but", "apologies
 * for the basic question -", "this might be a dumb question but", "quick question:", "newbie here,".
 */
const DISCLAIMER_FIRST =
  /^(?:(?:(?:so+rry|apologies|forgive\s+me)[\s,]+(?:if\s+(?:this|that|it)(?:'s|\s+is|\s+was|\s+seems|\s+sounds)|for\s+(?:the|a|this|my))\s+(?:(?:a|an|really|very|super|kind\s+of|kinda|bit\s+of\s+an?|probably|maybe)\s+)*(?:obvious|basic|dumb|silly|stupid|newbie|naive|simple)(?:\s+(?:question|one|q))?|(?:this|it)\s+(?:may|might|could|will|is\s+going\s+to)\s+(?:be|sound)\s+(?:a\s+|an\s+|really\s+|very\s+|kind\s+of\s+)*(?:obvious|basic|dumb|silly|stupid|newbie|naive|simple)(?:\s+(?:question|one|q))?|(?:probably\s+|maybe\s+|possibly\s+)?(?:a\s+)?(?:quick|dumb|silly|stupid|basic|newbie|simple)\s+(?:question|q)|(?:newbie|new\s+(?:here|guy|girl|starter|joiner))(?:\s+here)?)[\s,.:;!–—-]+(?:but\s+)?)/i;
/**
 * Thanks said first, before a question of its own: "thanks!", "thank you so much.", "cheers,", "great,
 * thanks -", "much appreciated!". Only the words of thanks: what follows is read on its own.
 */
const THANKS_FIRST =
  /^(?:(?:(?:great|lovely|perfect|brilliant|awesome|super|nice|cool|ok|okay)[\s,.!]+)?(?:thanks|thank\s+you|thankyou|thx|thnx|ty|tysm|cheers|ta|(?:much\s+)?appreciated)(?:\s+(?:so|very)\s+much|\s+a\s+(?:lot|bunch|ton)|\s+heaps|\s+loads|\s+again|\s+for\s+(?:that|this|the\s+(?:list|info|help|answer))|\s+mate)?)(?:[\s,.!;:–—-]+|$)/i;
/** What still thanks, or says nothing to answer, after it ("thanks, that's all", "thanks, bye"). */
const ONLY_MORE_THANKS =
  /^(?:(?:that'?s|thats)\s+(?:all|it|great|perfect|helpful|everything)|bye|see\s+(?:you|ya)|have\s+a\s+(?:good|nice|great)\b|you'?re\s+(?:great|the\s+best|a\s+star)|all\s+good|got\s+it|perfect|great|nice|awesome)\b/i;
/** Words that make what follows the thanks a question or a request. */
const ASKS =
  /\?|^(?:and|also|so|now|plus|but)\b|\b(?:what|whats|what's|when|where|who|whos|who's|which|why|how|can|could|would|do|does|did|is|are|was|were|any|show|list|give|tell|pull|find|send|log|add|create|remind|move|change)\b/i;

/**
 * The question after thanks said first ("thanks! and which one of those is the biggest?", "thanks so
 * much. and how much are they worth altogether?"): the words after the thanks, or undefined when
 * there is no thanks first, or nothing after it asks anything ("thanks, that's all", "cheers mate").
 */
export function questionAfterThanks(text: string): string | undefined {
  const thanks = THANKS_FIRST.exec(text.trimStart());
  if (!thanks) return undefined;
  const rest = text.trimStart().slice(thanks[0].length).trim();
  if (rest.split(/\s+/u).filter(Boolean).length < 2 || ONLY_MORE_THANKS.test(rest)) return undefined;
  return ASKS.test(rest) ? rest : undefined;
}

/** A leading "please" / "kindly". */
const PLEASE_FIRST = /^(?:please|pls|plz|kindly)\b[\s,]*/i;

/** Courtesy at the end: ", please", "if you have a moment", "if you would", "when you get a chance". */
const COURTESY_AT_END =
  /(?<![\s,])[\s,]+(?:please|pls|plz|if\s+you\s+(?:would|could|can|will|don'?t\s+mind|(?:have|get|got)\s+(?:a\s+)?(?:moment|minute|sec(?:ond)?|chance|time))|when\s+you\s+(?:have|get|got)\s+(?:a\s+)?(?:moment|minute|sec(?:ond)?|chance)|if\s+(?:possible|that'?s\s+(?:ok|okay|alright|all\s+right)|i\s+may\s+ask))\s*([?.!]*)\s*$/i;

/**
 * The message without its polite wrapper, a question left in the indirect order put in the direct
 * one ("tell me who i should call" → "who should i call"); the message itself when it has none (or
 * is nothing else).
 */
export function withoutCourtesy(said: string): string {
  const text = questionAfterThanks(said) ?? said;
  const lead = LEAD_IN.exec(text)?.[0] ?? '';
  let rest = text.slice(lead.length);
  let previous: string;
  do {
    previous = rest;
    rest = rest.replace(PLEASE_FIRST, '');
    rest = rest.replace(DISCLAIMER_FIRST, '');
    rest = rest.replace(WOULD_YOU_MIND, (_all, verb: string) => `${TELLING_VERB[verb.toLowerCase()]} `);
    rest = rest.replace(SO_KIND_AS_TO, '');
    rest = rest.replace(ABLE_TO_WRITE, '');
    rest = rest.replace(MODAL_BEFORE_TELLING, '');
    if (WONDERING.test(rest)) rest = rest.replace(WONDERING, '').replace(WONDERING_YOU, '');
    rest = rest.replace(TELL_ME_BEFORE_QUESTION, '');
    rest = rest.replace(COURTESY_AT_END, (_all, stop: string) => stop);
  } while (rest !== previous);
  rest = inDirectOrder(rest.trim());
  // Nothing but courtesy ("please"): the message as it was.
  if (!/\p{L}{2}/u.test(rest)) return said;
  return `${lead}${rest}`;
}
