import { distance } from 'fastest-levenshtein';
import type { NamedRecord } from '../../../vocabulary';

/** A record a message may mean, with how sure the match is and the words that matched. */
export interface NameCandidate {
  readonly id: string;
  readonly name: string;
  /** 0–1: 1 is an exact (normalised) name, lower for a partial or misspelt mention. */
  readonly score: number;
  /** The words of the message that matched. */
  readonly text: string;
}

const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'plc',
  'bv',
  'ab',
  'pty',
  'pte',
  'pvt',
  'kk',
  'ltda',
  'spa',
  'sl',
  'fze',
  'de',
  'cv',
  'group',
  'the',
]);

/** Words that never name a record on their own, however similar they look. */
const NOT_A_NAME = new Set([
  'a',
  'an',
  'and',
  'at',
  'about',
  'be',
  'deal',
  'deals',
  'for',
  'from',
  'how',
  'i',
  'in',
  'is',
  'it',
  'me',
  'my',
  'of',
  'on',
  'or',
  'our',
  'the',
  'their',
  'to',
  'up',
  'we',
  'what',
  'who',
  'with',
  'you',
  'your',
  'call',
  'log',
  'brief',
  'open',
  'show',
  'team',
  'lead',
  'leads',
  'contact',
  'contacts',
  'account',
  'accounts',
  'pipeline',
  'pipe',
  'stage',
  'score',
  'next',
  'last',
  'this',
  'quarter',
  'month',
  'week',
  'today',
  'new',
  'won',
  'lost',
  'tell',
  'give',
  'any',
  'all',
  'top',
  'best',
  'please',
  'pls',
  'crm',
  'sales',
  'forecast',
]);

function nameWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []
  ).map((word) => word.replace(/'s$/, ''));
}

interface PreparedName {
  readonly record: NamedRecord;
  /** Name words without legal forms ("summit logistics" for "Summit Logistics GmbH"). */
  readonly words: string[];
  readonly joined: string;
}

/**
 * Finds which of the caller's records a message mentions: exact names, names without their legal
 * form, leading words of a longer name ("summit" for "Summit Logistics") and misspellings (edit
 * distance) — every candidate with a score, so a dialog can ask when several fit.
 */
export class NameMatcher {
  private readonly names: PreparedName[];

  constructor(records: readonly NamedRecord[]) {
    this.names = records
      .flatMap((record) =>
        [record.name, ...(record.aliases ?? [])].map((name) => {
          const all = nameWords(name);
          const words = all.filter((word) => !LEGAL_FORMS.has(word));
          const kept = words.length > 0 ? words : all;
          return { record, words: kept, joined: kept.join(' ') };
        }),
      )
      .filter((name) => name.words.length > 0);
  }

  /** Candidates mentioned in `text`, best first, one per record, at or above `minScore`. */
  find(text: string, minScore = 0.6, limit = 5): NameCandidate[] {
    const words = nameWords(text);
    const best = new Map<string, NameCandidate>();
    const offer = (candidate: NameCandidate) => {
      const current = best.get(candidate.id);
      if (!current || candidate.score > current.score) best.set(candidate.id, candidate);
    };
    for (let start = 0; start < words.length; start++) {
      for (let length = 1; length <= 5 && start + length <= words.length; length++) {
        const span = words.slice(start, start + length);
        const filler = (word: string) => NOT_A_NAME.has(word) || LEGAL_FORMS.has(word);
        // A mention starts and ends on a name word: "the summit deal" offers "summit", not "the summit".
        if (filler(span[0]!) || (span.length > 1 && filler(span[span.length - 1]!))) continue;
        const spanText = span.filter((word) => !LEGAL_FORMS.has(word)).join(' ');
        if (spanText === '') continue;
        for (const name of this.names) {
          const score = this.scoreSpan(spanText, span.length, name);
          if (score >= minScore)
            offer({ id: name.record.id, name: name.record.name, score, text: span.join(' ') });
        }
      }
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
      .slice(0, limit);
  }

  private scoreSpan(spanText: string, spanLength: number, name: PreparedName): number {
    if (spanText === name.joined) return 1;
    const spanWords = spanText.split(' ');
    // Leading words of a longer name: "summit" → "Summit Logistics".
    if (
      spanWords.length < name.words.length &&
      name.words.slice(0, spanWords.length).join(' ') === spanText &&
      spanText.length >= 3
    ) {
      return 0.75 + 0.2 * (spanWords.length / name.words.length);
    }
    // Any one distinctive word of a multi-word name: "logistics" → "Summit Logistics" (weaker).
    if (spanLength === 1 && name.words.length > 1 && name.words.includes(spanText) && spanText.length >= 4)
      return 0.6;
    // Misspelt whole name: similarity by edit distance, only for names long enough to tell apart.
    if (
      spanText.length >= 4 &&
      name.joined.length >= 4 &&
      Math.abs(spanText.length - name.joined.length) <= 2
    ) {
      const similarity = 1 - distance(spanText, name.joined) / Math.max(spanText.length, name.joined.length);
      if (similarity >= 0.75) return 0.9 * similarity;
    }
    return 0;
  }
}
