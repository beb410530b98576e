import { LEGAL_FORMS } from '../understanding/entities/name-matcher';

/**
 * A day said right after the account, which is when the interaction happened ("... at initech
 * yesterday afternoon they signed"), not what was said.
 */
const DAY_SAID =
  /^(?:(?:on|this|last|earlier)\s+)?(?:yesterday|today|tonight|earlier|(?:this\s+)?(?:morning|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:morning|afternoon|evening|night))?$/i;
/** Longest day phrase `DAY_SAID` reads, in words ("on monday morning", "this afternoon"). */
const MAX_DAY_WORDS = 3;
/**
 * Words that carry the request on rather than start what was said: "for the renewal", "on the
 * phone", "with the proposal attached", "and create a task".
 */
const CARRIES_ON = new Set([
  'for',
  'on',
  'in',
  'at',
  'from',
  'to',
  'by',
  'via',
  'over',
  'with',
  'and',
  'then',
  'about',
  're',
  'regarding',
  'please',
  'pls',
  'thanks',
  'thx',
  'as',
  'of',
]);
/** Fewest words what was said must have: "procurement team" after an account is the account's people, not a summary. */
const MIN_SUMMARY_WORDS = 3;

/**
 * "log a call with bill lumbergh at initech he wants the revised quote by friday": said to a phone,
 * a request has no colon, comma or "about" before what was said; it is the words after the people
 * and the account (after the account's legal form and a day said there). `partiesEnd` is where the
 * account's words end in `main`. Returns where what was said starts, or -1 when what follows is no
 * sentence of its own (fewer than three words, or words that carry the request on).
 */
export function dictatedSummaryStart(main: string, partiesEnd: number): number {
  const words = [...main.slice(partiesEnd).matchAll(/\S+/g)];
  const bare = (at: number) => words[at]![0].toLowerCase().replace(/[^a-z0-9']/g, '');
  let first = 0;
  while (first < words.length && bare(first) !== 'the' && LEGAL_FORMS.has(bare(first))) first += 1;
  for (let length = Math.min(MAX_DAY_WORDS, words.length - first); length > 0; length--) {
    const said = words
      .slice(first, first + length)
      .map((word) => word[0])
      .join(' ');
    if (DAY_SAID.test(said.replace(/[,.;]+$/, ''))) {
      first += length;
      break;
    }
  }
  if (words.length - first < MIN_SUMMARY_WORDS || CARRIES_ON.has(bare(first))) return -1;
  return partiesEnd + words[first]!.index;
}
