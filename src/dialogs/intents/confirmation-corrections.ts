import { yesOrNoWord } from '../confirmation-words';

/**
 * A correction said instead of a yes or a no to a write's confirmation ("no, with david nguyen",
 * "actually it was with Jane", "not kevin, david", "sorry, i meant a call", "actually make it 35k",
 * "oh wait it was a meeting not a call", "yes but set it to 40k"): the words that say what was
 * meant, or undefined when the message is only a yes or a no ("no", "nope, cancel it") or says
 * nothing after the word that takes the draft back.
 */
const LEAD_IN =
  /^(?:(?:no+|nope|nah|oh|ah|um+|hmm+|sorry|oops|wait|hang on|hold on|actually|correction|my bad|scratch that|wrong(?:\s+(?:deal|one|person|contact|amount|date|day|stage))?|(?:yes|yeah|yep|ok|okay),? but|i mean|i meant|meant|it was|it's|its|it should be|should be|(?:make|set|change|move|put|push) it(?: to| into| in)?|change it to)\b[\s,.:;!–—-]*)+/i;
/** ", not a call" / "rather than 30k" / "instead of friday": the part taken back, said last. */
const NOT_LAST = /(?:,\s*|\s+)(?:not|rather than|instead of)\s/i;
/** "not kevin," / "not kevin adams but": the part taken back, said first. */
const NOT_FIRST = /^not\s+[\w\s'&.-]+?(?:,|\s+but|\s+-)\s+/i;

export function correctionAtConfirmation(message: string): string | undefined {
  const text = message.trim().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  if (yesOrNoWord(text)) return undefined;
  const lead = LEAD_IN.exec(text)?.[0] ?? '';
  let rest = text.slice(lead.length);
  const notFirst = NOT_FIRST.exec(rest);
  if (notFirst) rest = rest.slice(notFirst[0].length);
  if (!lead && !notFirst) return undefined;
  rest = rest
    .replace(/^(?:i\s+meant|meant|it\s+was|it's|its)\b[\s,]*/i, '')
    .replace(/[\s?.!,]+$/, '')
    .replace(/\s+(?:instead|then|please)$/i, '')
    .trim();
  const notLast = NOT_LAST.exec(rest);
  if (notLast && notLast.index > 0) rest = rest.slice(0, notLast.index).trim();
  if (!rest || yesOrNoWord(rest)) return undefined;
  return rest;
}

/** The person a correction names ("with david nguyen", "david nguyen", "to jane"), or undefined. */
export function personCorrected(instead: string): string | undefined {
  const person = instead.replace(/^(?:with|to|and)\s+/i, '').trim();
  return /^[a-z][\w'.-]*(?:\s+[a-z][\w'.-]*){0,2}$/i.test(person) ? person : undefined;
}
