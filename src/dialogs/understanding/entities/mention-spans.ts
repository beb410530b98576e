import { bigramTokens } from './name-bigrams';
import { isFiller, LEGAL_FORMS, nameWords } from './name-words';

/** Spans of more words than this are not names (the longest demo names have four words without legal forms). */
const MAX_SPAN_WORDS = 5;
/**
 * Names are looked for in spans that start within the first this many words. A chat request
 * names its account or contact early (the longest requests in the tests and training data have
 * about 30 words); scoring every span of a 700-word message against 8,000 names took seconds,
 * and even indexed, a long message made of real names costs about 0.2 ms per word.
 */
export const MAX_NAME_SEARCH_WORDS = 64;

/** Words of a message a name may be: up to five, not starting or ending on a filler word. */
export class MentionSpan {
  private bigrams: Int32Array | undefined;

  constructor(
    /** The words as typed, legal forms included ("summit logistics gmbh"). */
    readonly typed: string,
    /** The words without legal forms ("summit logistics"): what names are compared with. */
    readonly text: string,
    /** How many words `text` has. */
    readonly words: number,
    /** How many words `typed` has. */
    readonly length: number,
  ) {}

  /** The bigram tokens of `text` (see `name-bigrams.ts`), worked out once for every list of names. */
  get tokens(): Int32Array {
    return (this.bigrams ??= bigramTokens(this.text));
  }
}

function spansOf(text: string): MentionSpan[] {
  const words = nameWords(text);
  const spans: MentionSpan[] = [];
  // The same span scores the same wherever it stands, and its first place wins ties.
  const seen = new Set<string>();
  for (let start = 0; start < Math.min(words.length, MAX_NAME_SEARCH_WORDS); start++) {
    if (isFiller(words[start]!)) continue;
    // The span grows a word at a time: its words as typed, and without legal forms.
    let spanText = '';
    let spanWords = 0;
    let typed = '';
    for (let length = 1; length <= MAX_SPAN_WORDS && start + length <= words.length; length++) {
      const word = words[start + length - 1]!;
      typed = length === 1 ? word : `${typed} ${word}`;
      if (!LEGAL_FORMS.has(word)) {
        spanText = spanWords === 0 ? word : `${spanText} ${word}`;
        spanWords += 1;
      }
      if ((length > 1 && isFiller(word)) || spanWords === 0 || seen.has(typed)) continue;
      seen.add(typed);
      spans.push(new MentionSpan(typed, spanText, spanWords, length));
    }
  }
  return spans;
}

/**
 * The texts searched last and their spans. One message is searched for accounts, contacts, products
 * and colleagues (and again with possessives read): its spans and their bigram tokens are worked out
 * once for all of them. A few texts only, so nothing is kept from one message to the next.
 */
const recent = new Map<string, readonly MentionSpan[]>();
const RECENT_TEXTS = 4;

/** The spans of `text` a name may be, in the order a search scores them (each span's first place only). */
export function mentionSpansOf(text: string): readonly MentionSpan[] {
  let spans = recent.get(text);
  if (!spans) {
    spans = spansOf(text);
    if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value!);
    recent.set(text, spans);
  }
  return spans;
}
