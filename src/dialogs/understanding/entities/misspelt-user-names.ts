import { distance } from 'fastest-levenshtein';
import type { NamedRecord } from '../../../vocabulary';
import { EVERYDAY_WORK_WORDS } from './everyday-work-words';
import { NOT_A_NAME, type NameCandidate } from './name-matcher';
import { wordsOf } from './sound-alike-names';

/** Score of a first name read through its misspelling: as sure as a first name typed right (0.75 + 0.2 / 2). */
const MISSPELT_FIRST_NAME = 0.85;
/** Score of a whole name read through its misspelling ("sofie laurent"). */
const MISSPELT_WHOLE_NAME = 0.9;
/** Letters a first name needs (typed and as named) before one letter off reads as it: "lena" and "lean" are apart. */
const MIN_LETTERS_ONE_OFF = 5;
/** Letters a whole name needs before two letters off read as it. */
const MIN_LETTERS_TWO_OFF = 9;
/** Words that look no further than the message's first words (a request names its person early). */
const MAX_WORDS = 64;

/** Words before a person's name: "how is sofie doing", "deals for oliva", "does markus have". */
const BEFORE_PERSON = new Set([
  'is',
  'was',
  'does',
  'did',
  'has',
  'had',
  'for',
  'about',
  'with',
  'to',
  'from',
  'by',
  'of',
  'and',
  'ask',
  'tell',
  "how's",
  'hows',
  // Two people set side by side: "rivera vs johnson", "compare laurent and whitfield".
  'vs',
  'versus',
  'compare',
  'against',
  'than',
  'between',
]);
/** Words after a person's name: "sofie doing", "oliva closed". */
const AFTER_PERSON = new Set([
  'doing',
  'going',
  'tracking',
  'performing',
  'getting',
  'closed',
  'won',
  'lost',
  'owns',
  'has',
  'have',
  'did',
  'do',
  'vs',
  'versus',
  'and',
]);
/** Words that make the next one a thing, not a person: "the games", "our close rate". */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'its',
  'this',
  'that',
  'these',
  'those',
  'some',
  'any',
  'every',
  'each',
]);

/**
 * A name's letters as they sound when spelt otherwise: ph as f, ck and a hard c as k, y as i, a
 * doubled letter once ("sofie" and "sophie", "markus" and "marcus", "camilla" and "camila").
 */
function spellingOf(letters: string): string {
  return letters
    .replace(/'/g, '')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?=[aoukr])/g, 'k')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

interface UserSpelling {
  readonly record: NamedRecord;
  readonly first: string;
  readonly whole: string;
  /** The surname (the name's last word), as it sounds. */
  readonly last: string;
}

const spellingsByList = new WeakMap<readonly NamedRecord[], UserSpelling[]>();
function spellingsOf(users: readonly NamedRecord[]): UserSpelling[] {
  let spellings = spellingsByList.get(users);
  if (!spellings) {
    spellings = users.flatMap((record) => {
      const words = wordsOf(record.name);
      if (words.length < 2) return [];
      return [
        {
          record,
          first: spellingOf(words[0]!),
          whole: spellingOf(words.slice(0, 2).join(' ')),
          last: spellingOf(words[words.length - 1]!),
        },
      ];
    });
    spellingsByList.set(users, spellings);
  }
  return spellings;
}

/** How far a span typed is from a user's name (first name for one word, first and last for two), if near enough. */
function editsTo(typed: string, user: UserSpelling, words: number): number | undefined {
  const name = words === 1 ? user.first : user.whole;
  const spelt = spellingOf(typed);
  const edits = distance(spelt, name);
  const letters = Math.min(spelt.length, name.length);
  if (edits === 0) return typed.length >= 4 ? 0 : undefined;
  if (words === 1) return edits === 1 && letters >= MIN_LETTERS_ONE_OFF ? 1 : undefined;
  return edits <= 2 && letters >= MIN_LETTERS_TWO_OFF ? edits : undefined;
}

/** The span as typed, and without a possessive ("laurent's", or "laurents" typed without its apostrophe). */
export function readingsOf(span: readonly string[]): { text: string; possessive: boolean }[] {
  const last = span[span.length - 1]!;
  const head = span.slice(0, -1);
  if (last.endsWith("'s")) return [{ text: [...head, last.slice(0, -2)].join(' '), possessive: true }];
  const readings = [{ text: span.join(' '), possessive: false }];
  if (last.length >= 5 && last.endsWith('s'))
    readings.push({ text: [...head, last.slice(0, -1)].join(' '), possessive: true });
  return readings;
}

/** Whether words[start, end) stand where a colleague's name is plausible. */
export function isPersonSlot(
  words: readonly string[],
  start: number,
  end: number,
  possessive: boolean,
): boolean {
  const before = words[start - 1];
  if (before !== undefined && DETERMINERS.has(before)) return false;
  if (possessive || (start === 0 && end === words.length)) return true;
  if (before !== undefined && BEFORE_PERSON.has(before)) return true;
  const after = words[end];
  return after !== undefined && AFTER_PERSON.has(after);
}

/**
 * A colleague named with a misspelt name where a name is plausible ("how is sofie doing", "how is
 * oliva going", "sofie laurents biggest open deal"): a first name one letter off or spelt as it
 * sounds, or a whole name two letters off, read as the one user it is clearly closest to (no other
 * user as close). Undefined when nothing reads so, or two users are as close.
 */
export function misspeltUserIn(text: string, users: readonly NamedRecord[]): NameCandidate | undefined {
  const spellings = spellingsOf(users);
  if (!spellings.length) return undefined;
  const words = wordsOf(text).slice(0, MAX_WORDS);
  const found: { user: UserSpelling; edits: number; span: string; whole: boolean }[] = [];
  for (let start = 0; start < words.length; start++) {
    for (let length = 1; length <= 2 && start + length <= words.length; length++) {
      const span = words.slice(start, start + length);
      for (const reading of readingsOf(span)) {
        const bare = reading.text.split(' ');
        if (bare.some((word) => NOT_A_NAME.has(word) || EVERYDAY_WORK_WORDS.has(word))) continue;
        if (!isPersonSlot(words, start, start + length, reading.possessive)) continue;
        for (const user of spellings) {
          const edits = editsTo(reading.text, user, length);
          if (edits !== undefined) found.push({ user, edits, span: span.join(' '), whole: length > 1 });
        }
      }
    }
  }
  // A whole name read beats a first name read; then the fewest letters off, and no other user as near.
  const wholeNames = found.filter((f) => f.whole);
  const kept = wholeNames.length ? wholeNames : found;
  const fewest = Math.min(...kept.map((f) => f.edits));
  const nearest = kept.filter((f) => f.edits === fewest);
  const best = nearest[0];
  if (!best || nearest.some((f) => f.user.record.id !== best.user.record.id)) return undefined;
  return {
    id: best.user.record.id,
    name: best.user.record.name,
    score: best.whole ? MISSPELT_WHOLE_NAME : MISSPELT_FIRST_NAME,
    text: best.span,
    bySound: true,
  };
}

/** Score of a colleague named by surname alone: as sure as a first name typed right. */
const SURNAME_ALONE = 0.85;
/** Letters a surname needs before it is read alone ("lee", "tan" and "kim" are everyday words too). */
const MIN_SURNAME_LETTERS = 4;

/** One letter off, or two neighbouring letters swapped ("johnsen", "whitfeild" for "whitfield"). */
function oneLetterOff(typed: string, name: string): boolean {
  const edits = distance(typed, name);
  if (edits === 1) return true;
  if (edits !== 2 || typed.length !== name.length) return false;
  const differ = [...typed].flatMap((letter, i) => (letter === name[i] ? [] : [i]));
  return (
    differ.length === 2 &&
    differ[1] === differ[0]! + 1 &&
    typed[differ[0]!] === name[differ[1]!] &&
    typed[differ[1]!] === name[differ[0]!]
  );
}

/**
 * Colleagues named by surname alone where a person's name is plausible ("hows chen doing", "what
 * did fischer close", "johnson's biggest open deal", "win rate rivera vs johnson"): a surname of
 * four letters or more as typed or spelt as it sounds, or one letter off (or two swapped) when it
 * has five letters or more, read as the one colleague whose surname it is. Each surname said is a
 * candidate of its own, in the message's order; a word that is someone's first name, a surname two
 * colleagues share or as close to two, everyday and record words name nobody.
 */
export function colleaguesBySurname(text: string, users: readonly NamedRecord[]): NameCandidate[] {
  const spellings = spellingsOf(users);
  if (!spellings.length) return [];
  const words = wordsOf(text).slice(0, MAX_WORDS);
  const found: NameCandidate[] = [];
  for (let start = 0; start < words.length; start++) {
    for (const reading of readingsOf([words[start]!])) {
      const typed = reading.text;
      if (typed.length < MIN_SURNAME_LETTERS || NOT_A_NAME.has(typed) || EVERYDAY_WORK_WORDS.has(typed))
        continue;
      if (!isPersonSlot(words, start, start + 1, reading.possessive)) continue;
      const spelt = spellingOf(typed);
      // A first name is the matcher's and the misspelling rule's to read.
      if (spellings.some((user) => user.first === spelt)) continue;
      const withSurname = (user: UserSpelling) => user.last.length >= MIN_SURNAME_LETTERS;
      const exact = spellings.filter((user) => withSurname(user) && user.last === spelt);
      const near = exact.length
        ? exact
        : spelt.length >= MIN_LETTERS_ONE_OFF
          ? spellings.filter(
              (user) =>
                withSurname(user) &&
                user.last.length >= MIN_LETTERS_ONE_OFF &&
                oneLetterOff(spelt, user.last),
            )
          : [];
      if (near.length !== 1) continue;
      const { record } = near[0]!;
      if (found.some((candidate) => candidate.id === record.id)) break;
      found.push({
        id: record.id,
        name: record.name,
        score: SURNAME_ALONE,
        text: words[start]!,
        bySound: true,
      });
      break;
    }
  }
  return found;
}
