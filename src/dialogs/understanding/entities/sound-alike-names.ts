import { distance } from 'fastest-levenshtein';
import type { NamedRecord } from '../../../vocabulary';
import { EVERYDAY_WORK_WORDS } from './everyday-work-words';
import { LEGAL_FORMS, NOT_A_NAME, type NameCandidate } from './name-matcher';

/**
 * Names as people say or dictate them rather than spell them: split or joined at another place
 * ("glow bex" for Globex, "samrivera" for Sam Rivera) or written as they sound ("initek",
 * "inner tech" for Initech). The edit-distance rule of `NameMatcher` misses these (the letters
 * differ too much), so they are matched on the name's letters without spaces and on a sound key
 * of them. Only where a name is plausible in the sentence: the whole message, after a word that
 * asks for a name ("deals for inner tech"), or before a record noun or a possessive ("initek
 * deals", "samrivera's pipeline"); elsewhere only two words that join into a name's letters or sound
 * and keep most of its letters ("which segment is a cme in"). Everyday phrases are not names.
 */

/** Score of the same letters spaced otherwise ("sam rivera" typed "samrivera"). */
const SAME_LETTERS = 0.95;
/** Score of the same sound key ("initek" → Initech). */
const SAME_SOUND = 0.9;
/**
 * Score of a sound key one letter off ("inner tech" → Initech): enough to filter on, never to act
 * on alone. Only for a name dictated as several words, starting with the same sound: one word one
 * letter off is as often another word ("enterprise" for Wayne Enterprises, "support" for Sierraport).
 */
const NEAR_SOUND = 0.8;
/** Sound keys shorter than this match nothing (short keys are shared by too many words). */
const MIN_KEY = 4;
/** A key one letter off counts only when the longer key has at least this many letters. */
const MIN_NEAR_KEY = 5;
/**
 * Share of its letters a span heard by its sound must have in common with the name (1 - edit distance
 * / the longer length). A sound key keeps only the consonants, so everyday phrases reach a name's key
 * with other letters ("winter promo" and Wayne Enterprises, "sso high priority" and Sierraport, "case
 * study" and Keystonewind, 0.17-0.44); names as dictated keep most of theirs ("inner tech" 0.67,
 * "initek" 0.71, "glow bex" 0.86).
 */
const MIN_SOUND_LETTERS = 0.6;
/**
 * Share of a name's letters a name split in two by dictation must keep when it stands outside a name
 * slot ("which segment is a cme in", "move the globe ex new region rollout deal"): the name
 * matcher's misspelling similarity ("globe ex" keeps 0.86 of Globex's).
 */
const SPLIT_NAME_LETTERS = 0.75;
/** Spans of more words than this are not looked at (dictation splits a name into two or three). */
const MAX_WORDS = 3;

/**
 * Small words dictation hears inside a name ("in a tech" for Initech, "way in enterprises" for
 * Wayne Enterprises). A span holding one is a name only when its letters joined sound exactly like
 * one: everyday phrases made with them ("in a week", "on a call") have short or unmatched keys.
 */
const JOINED_WORDS = new Set(['a', 'an', 'in', 'on']);

/** Words after which a name is expected ("for", "at", "about" …). */
const NAME_SLOT = new Set(['for', 'at', 'with', 'about', 'on', 'of', 'from', 'to', 'by', 're', 'regarding']);
/** Record nouns a name stands before ("initek deals", "glow bex contacts"). */
const RECORD_NOUN =
  /^(?:deals?|opps?|opportunit(?:y|ies)|contacts?|cases?|tickets?|pipeline|renewals?|account|accounts|briefing|summary|info|numbers|people)$/;

/** The words of the last texts read: every reader of names splits the same message again. */
const wordsRead = new Map<string, readonly string[]>();
/** At most this many texts' words are kept (a message, its names' words and the names indexed). */
const MAX_WORDS_READ = 512;

/** A text's words, lower case, accents off (a new array each call: the caller may change it). */
export function wordsOf(text: string): string[] {
  let words = wordsRead.get(text);
  if (!words) {
    words =
      text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
    if (wordsRead.size >= MAX_WORDS_READ) wordsRead.clear();
    wordsRead.set(text, words);
  }
  return [...words];
}

/**
 * The sound of some letters: c, ck, ch and q as k (c before e, i, y as s), ph as f, x as ks, z as s;
 * the first letter kept, later vowels and the soft letters h, w and y dropped, doubled letters once.
 * "initech" and "initek" → "intk"; "glowbex" and "globex" → "glbks".
 */
export function soundKeyOf(letters: string): string {
  const spelt = letters
    .replace(/ph/g, 'f')
    .replace(/c([eiy])/g, 's$1')
    .replace(/ck|ch|c|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's');
  let key = spelt.charAt(0);
  for (let at = 1; at < spelt.length; at++) {
    const letter = spelt[at]!;
    if ('aeiouyhw'.includes(letter) || letter === key[key.length - 1]) continue;
    key += letter;
  }
  return key;
}

function withoutPossessive(word: string): string {
  return word.replace(/'s$/, '');
}

/** The keys one letter shorter than `key` (for matching keys one edit apart, as symmetric deletes). */
function deletionsOf(key: string): string[] {
  const shorter = new Set<string>();
  for (let at = 0; at < key.length; at++) shorter.add(key.slice(0, at) + key.slice(at + 1));
  return [...shorter];
}

interface SoundName {
  readonly record: NamedRecord;
  /** The name's letters without spaces or legal forms ("wayneenterprises"). */
  readonly letters: string;
  readonly key: string;
  /** Whether the name has several words (a one-word span with its letters joined them). */
  readonly spaced: boolean;
}

function add(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
}

/**
 * The caller's names indexed by their letters and, for company names, their sound (built once per
 * list of names). People's names are matched by their letters only: without vowels, first and last
 * names collide with everyday words too often ("morning" and Mary King).
 */
export class SoundAlikeNames {
  private readonly names: SoundName[] = [];
  private readonly byLetters = new Map<string, number[]>();
  private readonly byKey = new Map<string, number[]>();
  /** Names by each key one letter shorter than theirs. */
  private readonly byShorterKey = new Map<string, number[]>();

  constructor(
    records: readonly NamedRecord[],
    /** Whether names are also matched by their sound (company names), not only their letters. */
    private readonly bySound: boolean,
  ) {
    for (const record of records) {
      for (const name of [record.name, ...(record.aliases ?? [])]) {
        const words = wordsOf(name).filter((word) => !LEGAL_FORMS.has(word));
        const letters = words.join('').replace(/'/g, '');
        const index = this.names.length;
        const key = soundKeyOf(letters);
        this.names.push({ record, letters, key, spaced: words.length > 1 });
        if (letters.length >= 4) add(this.byLetters, letters, index);
        if (!bySound || key.length < MIN_KEY) continue;
        add(this.byKey, key, index);
        for (const shorter of deletionsOf(key)) add(this.byShorterKey, shorter, index);
      }
    }
  }

  /**
   * Records a message names as it sounds, at spans where a name is plausible and that `known`
   * (the words already matched as names) does not cover, best first, one per record.
   */
  find(text: string, known: readonly NameCandidate[] = []): NameCandidate[] {
    const words = wordsOf(text);
    const covered = new Set(
      known.filter((c) => c.score >= 0.9).flatMap((c) => wordsOf(c.text).map(withoutPossessive)),
    );
    const best = new Map<string, NameCandidate>();
    for (let start = 0; start < words.length; start++) {
      for (let length = 1; length <= MAX_WORDS && start + length <= words.length; length++) {
        const span = words.slice(start, start + length);
        const bare = span.map(withoutPossessive);
        if (bare.some((word, at) => isFillerIn(bare, word, at, covered))) {
          // Small words alone may still start a dictated name ("in a" of "in a tech").
          if (bare.every((word) => JOINED_WORDS.has(word))) continue;
          if (length > 1 || bare[0]!.length > 1) break;
          continue;
        }
        // Outside a name slot, only a name split in two ("a cme", "globe ex") with the same letters
        // or sound, never one letter off, and never words of the work.
        const inSlot = isNameSlot(words, start, start + length);
        if (!inSlot && length !== 2) continue;
        const letters = bare.join('').replace(/'/g, '');
        if (letters.length < (length > 1 ? 4 : 5)) continue;
        const exactOnly = bare.some((word, at) => isJoinedIn(bare, word, at)) || !inSlot;
        // A phrase of the work ("sso report", "pilot data") is what it says, not a name's sound.
        const everyday = bare.every((word) => EVERYDAY_WORK_WORDS.has(word));
        if (!inSlot && everyday) continue;
        for (const [index, score] of this.scoresOf(letters, length > 1, exactOnly)) {
          const { record, letters: nameLetters } = this.names[index]!;
          if (score < SAME_LETTERS) {
            const share = letterShare(letters, nameLetters);
            if (everyday || share < (inSlot ? MIN_SOUND_LETTERS : SPLIT_NAME_LETTERS)) continue;
          }
          const current = best.get(record.id);
          if (!current || score > current.score)
            best.set(record.id, {
              id: record.id,
              name: record.name,
              score,
              text: span.join(' '),
              bySound: true,
            });
        }
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  }

  /**
   * Names the letters of a span may mean, with their scores (`spaced`: typed as several words;
   * `exactOnly`: the same letters or sound only, never one letter off).
   */
  private scoresOf(letters: string, spaced: boolean, exactOnly: boolean): Map<number, number> {
    const scores = new Map<number, number>();
    const raise = (indices: readonly number[] | undefined, score: number) => {
      for (const index of indices ?? []) if ((scores.get(index) ?? 0) < score) scores.set(index, score);
    };
    // One word with the letters of a one-word name is the exact matcher's, not a joined name.
    raise(
      this.byLetters.get(letters)?.filter((index) => spaced || this.names[index]!.spaced),
      SAME_LETTERS,
    );
    const key = soundKeyOf(letters);
    if (!this.bySound || key.length < MIN_KEY) return scores;
    raise(this.byKey.get(key), SAME_SOUND);
    if (!spaced || exactOnly) return scores;
    const near: number[] = [];
    const nearEnough = (index: number) => {
      const other = this.names[index]!.key;
      return other[0] === key[0] && Math.max(other.length, key.length) >= MIN_NEAR_KEY;
    };
    // One letter more in the span, one letter more in the name, or one letter different.
    for (const shorter of deletionsOf(key)) near.push(...(this.byKey.get(shorter) ?? []));
    near.push(...(this.byShorterKey.get(key) ?? []));
    for (const shorter of deletionsOf(key)) near.push(...(this.byShorterKey.get(shorter) ?? []));
    raise(near.filter(nearEnough), NEAR_SOUND);
    return scores;
  }
}

/** A dictated name may start with a letter said alone ("a cme"), never with another filler word. */
function isLeadingLetterIn(span: readonly string[], word: string, at: number): boolean {
  return at === 0 && word.length === 1 && span.length > 1;
}

/** Small words heard inside a name ("in a tech"), in a span with a word of its own. */
function isJoinedIn(span: readonly string[], word: string, at: number): boolean {
  return (
    JOINED_WORDS.has(word) &&
    !isLeadingLetterIn(span, word, at) &&
    span.some((other) => !NOT_A_NAME.has(other))
  );
}

/** A word of a span that keeps it from being a name: filler, a legal form, a word of a name already found. */
function isFillerIn(
  span: readonly string[],
  word: string,
  at: number,
  covered: ReadonlySet<string>,
): boolean {
  return (
    (NOT_A_NAME.has(word) && !isLeadingLetterIn(span, word, at) && !isJoinedIn(span, word, at)) ||
    LEGAL_FORMS.has(word) ||
    covered.has(word)
  );
}

/** Share of the letters two spellings have in common: 1 - edit distance / the longer length. */
function letterShare(a: string, b: string): number {
  return 1 - distance(a, b) / Math.max(a.length, b.length);
}

/**
 * Whether words[start, end) stand where a name is plausible: the whole message, after a word that
 * asks for a name, or before a record noun or with a possessive ("samrivera's").
 */
export function isNameSlot(words: readonly string[], start: number, end: number): boolean {
  // "of the a cme corporation account": an article before and legal forms after stand with the name.
  let before = start;
  if (before > 0 && words[before - 1] === 'the') before -= 1;
  let after = end;
  while (after < words.length && LEGAL_FORMS.has(words[after]!)) after += 1;
  if (before === 0 && after === words.length) return true;
  if (before > 0 && NAME_SLOT.has(words[before - 1]!)) return true;
  if (words[end - 1]!.endsWith("'s")) return true;
  return after < words.length && RECORD_NOUN.test(words[after]!);
}
