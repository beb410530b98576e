/**
 * The words of a yes or a no to a write dialog's question, one list for every dialog that confirms
 * (the slot-filling writes, the sales target, the optional LLM's changes): "yes", "yep, go ahead",
 * "sure thing", "do it" / "no", "nope", "cancel", "never mind", "forget it", "undo that",
 * "scratch that", "wait no", "oh no, don't".
 */

const YES_WORD = String.raw`(?:y|yes|yeah|yea|yep|yup|ya|sure(?:\s+thing)?|ok|okay|k|confirm(?:ed)?|correct|right|absolutely|definitely|of\s+course|please(?:\s+do)?|do\s+it|go\s+ahead|go\s+for\s+it|proceed|save\s+it|create\s+it|sounds\s+good|looks\s+good|lgtm|perfect|great|👍)`;
const NO_WORD = String.raw`(?:n|no|nope|nah|no\s+thanks|no\s+thank\s+you|don'?t|do\s+not|not\s+now|wrong|cancel(?:\s+(?:it|that))?|never\s*mind|nvm|forget\s+it|scrap\s+(?:it|that)|scratch\s+(?:it|that)|undo(?:\s+(?:it|that|this))?|take\s+(?:it|that)\s+back|don'?t\s+do\s+(?:it|that)|hold\s+off|stop|abort|skip|discard|don'?t\s+save\s+it|👎)`;
/** Words said before a no that do not change it: "wait no", "oh no", "actually, never mind". */
const NO_FILLER = String.raw`(?:oh|ah|um+|hmm+|wait|hang\s+on|hold\s+on|actually|sorry|oops)`;

/** One or more yes-words ("yes please", "yep, do it", "ok go ahead"), nothing else. */
const YES = new RegExp(String.raw`^\s*${YES_WORD}(?:[\s,!.]+${YES_WORD})*[\s!.]*$`, 'i');
/** One or more no-words ("no", "nope, cancel it", "no, forget it", "wait no"), nothing else. */
const NO = new RegExp(
  String.raw`^\s*(?:${NO_FILLER}[\s,!.]+)*${NO_WORD}(?:[\s,!.]+(?:${NO_WORD}|${NO_FILLER}))*[\s!.]*$`,
  'i',
);

/** "yes" or "no" when the message is only a yes or a no in words, else undefined. */
export function yesOrNoWord(text: string): 'yes' | 'no' | undefined {
  if (YES.test(text)) return 'yes';
  if (NO.test(text)) return 'no';
  return undefined;
}
