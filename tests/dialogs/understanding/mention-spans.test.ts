import {
  mentionSpansOf,
  MAX_NAME_SEARCH_WORDS,
} from '../../../src/dialogs/understanding/entities/mention-spans';
import { bigramTokens } from '../../../src/dialogs/understanding/entities/name-bigrams';

describe('the spans of a message a name may be', () => {
  it('start and end on no filler word, leave legal forms out of the compared words, and come once each', () => {
    const spans = mentionSpansOf('brief me on the Summit Logistics GmbH deal, summit logistics');
    const of = (typed: string) => spans.find((span) => span.typed === typed);
    // Up to five words; "summit logistics" said again is not a span again.
    expect(spans.map((span) => span.typed)).toEqual([
      'summit',
      'summit logistics',
      'summit logistics gmbh deal summit',
      'logistics',
      'logistics gmbh deal summit',
      'logistics gmbh deal summit logistics',
    ]);
    expect(of('summit logistics gmbh deal summit')).toMatchObject({
      text: 'summit logistics deal summit',
      words: 4,
      length: 5,
    });
  });

  it('read accents, case and possessives as names are read', () => {
    expect(mentionSpansOf("José's deals").map((span) => span.text)).toEqual(['jose']);
  });

  it('start within the first words of a long message only', () => {
    const words = Array.from({ length: MAX_NAME_SEARCH_WORDS + 10 }, (_, i) => `word${i}`);
    const starts = new Set(mentionSpansOf(words.join(' ')).map((span) => span.typed.split(' ')[0]));
    expect(starts.size).toBe(MAX_NAME_SEARCH_WORDS);
    expect(starts.has(`word${MAX_NAME_SEARCH_WORDS}`)).toBe(false);
  });

  it('are the same for the same text asked again, with the bigram tokens of the compared words', () => {
    const text = 'how is the acme deal going';
    const first = mentionSpansOf(text);
    mentionSpansOf('another message');
    expect(mentionSpansOf(text)).toBe(first);
    for (const span of first) expect([...span.tokens]).toEqual([...bigramTokens(span.text)]);
  });

  it('are worked out afresh once several other texts were asked', () => {
    const text = 'pipeline for globex';
    const first = mentionSpansOf(text);
    for (let i = 0; i < 5; i++) mentionSpansOf(`message ${i}`);
    const again = mentionSpansOf(text);
    expect(again).not.toBe(first);
    expect(again.map((span) => span.typed)).toEqual(first.map((span) => span.typed));
  });
});

describe('bigram tokens', () => {
  it('count a piece again when it comes again, so shared pieces count with their multiplicity', () => {
    const tokens = bigramTokens('anana');
    expect(tokens.length).toBe(4);
    expect(new Set(tokens).size).toBe(4);
    expect(tokens[0]).not.toBe(tokens[2]);
    expect(bigramTokens('na')[0]).toBe(tokens[1]);
  });
});
