import { closingTailStart, isSpace } from '../understanding/closing-characters';

/** A preposition that can stand before an account ("deals for Acme Corp"), and the spaces after it. */
const PREPOSITION = /\b(?:at|for|with|on|about|from|of)\s+/g;
const WORD_CHAR = /[\w&.'-]/;
const NAME_START = /[A-Za-z0-9]/;
const NEXT_NAME_START = /[A-Z0-9]/;

/**
 * The words after the first preposition that the rest of a message consists of, up to its closing
 * punctuation: "open deals for Acme Corp?" → "Acme Corp" (a leading "the" is dropped). The first word
 * may be lower case; the words after it start with a capital or a digit.
 *
 * This is what `/\b(?:at|for|…|of)\s+(?:the\s+)?([A-Za-z0-9][\w&.'-]*(?:\s+[A-Z0-9][\w&.'-]*)*)\s*[?.!]*$/`
 * matches, computed by one pass over the words instead: the pattern, tried at every preposition,
 * gave each dot of a word back to `[?.!]*` in turn (cubic time on "for A.at A.at …").
 */
export function wordsAfterPreposition(message: string): string | undefined {
  const text = message.trim();
  // Each run of word characters, and where the run of capitalised words it starts ends.
  const runStarts: number[] = [];
  const runEnds: number[] = [];
  for (let i = 0; i < text.length;) {
    if (!WORD_CHAR.test(text[i]!)) {
      i++;
      continue;
    }
    runStarts.push(i);
    while (i < text.length && WORD_CHAR.test(text[i]!)) i++;
    runEnds.push(i);
  }
  const runAt = new Map<number, number>(runStarts.map((start, run) => [start, run]));
  const namesEnd = new Array<number>(runStarts.length);
  for (let run = runStarts.length - 1; run >= 0; run--) {
    const next = run + 1;
    const continues =
      next < runStarts.length &&
      runStarts[next]! > runEnds[run]! &&
      isSpace(text.slice(runEnds[run], runStarts[next])) &&
      NEXT_NAME_START.test(text[runStarts[next]!]!);
    namesEnd[run] = continues ? namesEnd[next]! : runEnds[run]!;
  }
  const closing = closingTailStart(text, '?.!');
  /** The names starting at `at`, when they run up to the closing punctuation. */
  const namesFrom = (at: number): string | undefined => {
    const run = runAt.get(at);
    if (run === undefined || !NAME_START.test(text[at]!) || namesEnd[run]! < closing) return undefined;
    return text.slice(at, namesEnd[run]);
  };

  PREPOSITION.lastIndex = 0;
  for (let match = PREPOSITION.exec(text); match; match = PREPOSITION.exec(text)) {
    const start = PREPOSITION.lastIndex;
    if (text.startsWith('the', start) && isSpace(text[start + 3] ?? 'x')) {
      let at = start + 3;
      while (at < text.length && isSpace(text[at]!)) at++;
      const names = namesFrom(at);
      if (names !== undefined) return names;
    }
    const names = namesFrom(start);
    if (names !== undefined) return names;
  }
  return undefined;
}
