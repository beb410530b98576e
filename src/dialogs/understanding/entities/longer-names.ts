import type { NameCandidate } from './name-matcher';

/** The least score a longer name's match needs to hide the shorter name inside its words. */
const LONGER_NAME_SCORE = 0.8;

const wordsOf = (text: string) => ` ${text.toLowerCase().trim().replace(/\s+/g, ' ')} `;

/**
 * The candidates without a name matched on words that a longer match holds ("globex financial":
 * Globex Financial, not Globex; "acme logistics": Acme Logistics, not Acme Corporation, whose
 * "acme" matches as exactly). Both names match their own words in full, and the tie went to the
 * name first in the alphabet; the name said in full is the one meant. A longer match heard by
 * sound, or a loose one (below 0.8), hides nothing. Order otherwise unchanged.
 */
export function withoutNamesInsideLonger(candidates: NameCandidate[]): NameCandidate[] {
  if (candidates.length < 2) return candidates;
  const longer = candidates.filter((c) => !c.bySound && c.score >= LONGER_NAME_SCORE);
  const inside = (shorter: NameCandidate) => {
    const words = wordsOf(shorter.text);
    return longer.some((other) => {
      const otherWords = wordsOf(other.text);
      return other.id !== shorter.id && otherWords.length > words.length && otherWords.includes(words);
    });
  };
  const kept = candidates.filter((c) => !inside(c));
  return kept.length === candidates.length ? candidates : kept;
}
