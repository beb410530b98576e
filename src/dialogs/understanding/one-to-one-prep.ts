import type { MessageEntities } from './entities/extract-entities';

/**
 * A manager getting ready for a one-to-one with a rep ("prep me for my 1:1 with sam", "what should
 * i ask sam about", "talking points for my one-on-one with marcus"): that rep's summary with
 * talking points drawn from it. Only when a rep is named; a meeting with an account is a briefing.
 */

/** The meeting itself: "1:1", "1-on-1", "one on one", "one-to-one", "check-in", "catch-up". */
const ONE_TO_ONE =
  /\b(?:1\s*[:x-]\s*1|1\s*-?\s*on\s*-?\s*1|one\s*-?\s*(?:on|to)\s*-?\s*one|check-?\s?in|catch-?\s?up|coaching\s+(?:session|call))s?\b/i;
/** Getting ready for it: "prep me for", "get ready for", "agenda for", "talking points for". */
const PREPARING =
  /\b(?:prep(?:are)?(?:\s+me)?|prepping|get(?:ting)?\s+(?:me\s+)?ready|ready\s+for|agenda|talking\s+points|topics|what\s+(?:should|do|can|could)\s+(?:i|we)\s+(?:ask|cover|discuss|raise|bring\s+up|talk\s+(?:about|through)|go\s+over)|what\s+to\s+(?:ask|cover|discuss|raise|bring\s+up|talk\s+about|go\s+over))\b/i;
/** The rep's figures asked for the meeting: "pull the numbers for my 1:1 with sam", "sam's stats before our check-in". */
const NUMBERS = /\b(?:numbers|figures|stats|statistics|metrics|kpis|data)\b/i;
/** Asking what to raise with a person, no meeting word: "what should i ask sam about", "what to discuss with sam". */
const WHAT_TO_RAISE =
  /\b(?:what\s+(?:should|do|can|could|shall)\s+(?:i|we)|what\s+to|things\s+to|questions\s+to|points\s+to)\s+(?:ask|cover|discuss|raise|bring\s+up|talk\s+(?:about|through)|go\s+over|push|challenge|coach)\b|\b(?:talking|coaching)\s+points\b/i;
/** A write or a task about the meeting ("schedule a 1:1 with sam", "remind me of my 1:1"): not this. */
const NOT_PREP = /\b(?:schedule|book|set\s+up|move|cancel|reschedule|remind|log|logged|add|create)\b/i;

/** The rep a one-to-one is prepared for, or undefined when the message is not such a request. */
export function oneToOnePrepOf(
  text: string,
  entities: MessageEntities | undefined,
): { rep: string } | undefined {
  if (NOT_PREP.test(text)) return undefined;
  const asked =
    (ONE_TO_ONE.test(text) && (PREPARING.test(text) || NUMBERS.test(text))) || WHAT_TO_RAISE.test(text);
  if (!asked) return undefined;
  const rep = entities?.people.find((p) => p.kind === 'rep');
  const best = rep?.kind === 'rep' ? rep.candidates[0] : undefined;
  if (!best || best.score < 0.8) return undefined;
  // "what should i ask jane cooper about": a contact of an account, not a rep.
  if ((entities?.contacts[0]?.score ?? 0) > best.score) return undefined;
  return { rep: best.name };
}
