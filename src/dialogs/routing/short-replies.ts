/**
 * One-word and emoji replies in the middle of a conversation: "more", "ok and?", "next", "go on"
 * ask to go on with the last question; "👍", "got it", "cool" acknowledge it; "huh?", "what?", "??"
 * say the last answer was unclear. Only the whole message counts, so "more deals in emea", "next
 * week's tasks" or "what's next for acme" keep their reading.
 */
export type ShortReply = 'go-on' | 'acknowledge' | 'puzzled';

const GO_ON =
  /^(?:(?:ok(?:ay)?|so|and|right|yes|yeah|sure|cool)[\s,.]*)*(?:and|and\s+then|and\s+what\s+else|more|more\s+please|pls\s+more|some\s+more|tell\s+me\s+more|go\s+on|carry\s+on|continue|keep\s+going|next|next\s+please|what\s+else|then\s+what|and\s+so)\s*[?!.…]*$/i;
const ACKNOWLEDGE =
  /^(?:got\s+it|gotcha|noted|cool|nice|great|perfect|awesome|lovely|sweet|neat|ok(?:ay)?\s+(?:cool|great|nice|got\s+it)|k|kk)\s*[!.]*$/i;
const PUZZLED =
  /^(?:huh|hu+h|eh|what|wha+t|come\s+again|say\s+again|what\s+do\s+you\s+mean|what\s+does\s+that\s+mean|i\s+don'?t\s+(?:get|understand)(?:\s+it)?|confused|\?+)\s*[?!.]*$/i;
/** A message of emoji only ("👍", "👌🙏", "✅"). */
const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\s)+$/u;
/** Emoji that are not an acknowledgement ("👎", "😡", "🤔"). */
const NOT_ACKNOWLEDGING = /[👎😡😠🤬🙄🤔😕😞😢😭❌]/u;

/** The short reply a whole message is, or undefined for anything else. */
export function shortReplyOf(message: string): ShortReply | undefined {
  const text = message.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  if (EMOJI_ONLY.test(text))
    return NOT_ACKNOWLEDGING.test(text) ? (/🤔|😕/u.test(text) ? 'puzzled' : undefined) : 'acknowledge';
  if (GO_ON.test(text)) return 'go-on';
  if (ACKNOWLEDGE.test(text)) return 'acknowledge';
  if (PUZZLED.test(text)) return 'puzzled';
  return undefined;
}

/**
 * "shorter", "make it shorter", "tl;dr", "too long", "just the gist", "can you keep it brief": the
 * last answer again, cut to its headline. Only the whole message counts ("shorter deals cycle" is
 * no such request).
 */
const SHORTER =
  /^(?:(?:ok(?:ay)?|so|hmm+|erm|um|that'?s|it'?s|way|bit|a\s+bit|too|can\s+you|could\s+you|please|pls|now)[\s,.]*)*(?:(?:make|keep|say|give|put|write)\s+(?:it|that|this|me\s+(?:it|that|this|the|a))?\s*(?:a\s+(?:bit|little|lot)\s+|much\s+|way\s+)?|(?:in\s+)?)(?:shorter|briefer|short(?:er)?\s+version|brief(?:ly)?|more\s+brief(?:ly)?|short(?:er)?\s+and\s+sweet|concise|more\s+concise|tl;?\s?dr|too\s+long|(?:too\s+)?long[\s,]+didn'?t\s+read|(?:in\s+)?one\s+(?:line|sentence)|(?:in\s+)?a\s+(?:line|sentence)|one-?liner|the\s+gist|just\s+the\s+(?:gist|headline|summary|bottom\s+line|short\s+version|highlights|top\s+line|key\s+(?:number|figure)s?)|(?:summari[sz]e|condense|shorten|trim)\s+(?:it|that|this)(?:\s+down)?)(?:\s+(?:please|pls|thanks|for\s+me))*\s*[?!.]*$/i;

/** Whether a whole message asks for the last answer shorter (see `SHORTER`). */
export function asksForShorter(message: string): boolean {
  const text = message.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length <= 60 && SHORTER.test(text);
}
