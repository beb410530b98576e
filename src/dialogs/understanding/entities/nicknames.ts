import type { NamedRecord } from '../../../vocabulary';
import { EVERYDAY_WORK_WORDS } from './everyday-work-words';
import { NOT_A_NAME, type NameCandidate } from './name-matcher';
import { isPersonSlot, readingsOf } from './misspelt-user-names';
import { wordsOf } from './sound-alike-names';

/**
 * Colleagues named by a common nickname of their first name ("jim's biggest deal" for James
 * Whitfield, "how's liv doing" for Olivia Chen), and first names said of a colleague nobody has
 * ("how's dave doing" when no user is called Dave or David). Only where a person's name is
 * plausible (the misspelling rule's slots: a possessive, "how's … doing", "compare … and …", the
 * whole message, and "what's … got").
 */

/** Score of a colleague read through a nickname: as sure as a first name typed right (0.75 + 0.2 / 2). */
const NICKNAME = 0.85;

/**
 * Common nicknames and the first names they shorten. Nicknames that are everyday words too ("will",
 * "bill", "rob", "drew", "max", "mark", "pat", "sue", "rich", "jack", "chuck") are left out: they
 * would read ordinary sentences as people.
 */
const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  jim: ['james'],
  jimmy: ['james'],
  jamie: ['james'],
  dave: ['david'],
  davey: ['david'],
  davy: ['david'],
  jess: ['jessica'],
  jessie: ['jessica'],
  jessy: ['jessica'],
  mike: ['michael'],
  mikey: ['michael'],
  mick: ['michael'],
  mickey: ['michael'],
  billy: ['william'],
  liam: ['william'],
  bob: ['robert'],
  bobby: ['robert'],
  robbie: ['robert'],
  bert: ['robert', 'albert'],
  tom: ['thomas'],
  tommy: ['thomas'],
  dan: ['daniel'],
  danny: ['daniel'],
  chris: ['christopher', 'christine', 'christina'],
  kate: ['katherine', 'catherine', 'kathryn'],
  katie: ['katherine', 'catherine', 'kathryn'],
  kathy: ['katherine', 'kathryn'],
  cathy: ['catherine'],
  liz: ['elizabeth'],
  lizzie: ['elizabeth'],
  beth: ['elizabeth'],
  betty: ['elizabeth'],
  matt: ['matthew'],
  matty: ['matthew'],
  nick: ['nicholas'],
  nicky: ['nicholas', 'nicole'],
  tony: ['anthony', 'antonio'],
  steve: ['steven', 'stephen'],
  stevie: ['steven', 'stephen'],
  joe: ['joseph'],
  joey: ['joseph'],
  ben: ['benjamin'],
  benny: ['benjamin'],
  andy: ['andrew'],
  rick: ['richard'],
  ricky: ['richard'],
  richie: ['richard'],
  eddie: ['edward'],
  ted: ['edward', 'theodore'],
  greg: ['gregory'],
  jen: ['jennifer'],
  jenny: ['jennifer'],
  suzy: ['susan'],
  susie: ['susan'],
  tim: ['timothy'],
  timmy: ['timothy'],
  nate: ['nathan', 'nathaniel'],
  zach: ['zachary'],
  phil: ['philip', 'phillip'],
  charlie: ['charles', 'charlotte'],
  harry: ['henry', 'harold'],
  johnny: ['john', 'jonathan'],
  jon: ['jonathan'],
  abby: ['abigail'],
  becky: ['rebecca'],
  maggie: ['margaret'],
  meg: ['megan', 'margaret'],
  mandy: ['amanda'],
  vicky: ['victoria'],
  debbie: ['deborah'],
  liv: ['olivia'],
  livvy: ['olivia'],
  soph: ['sophie', 'sophia'],
  val: ['valentina', 'valerie'],
  vale: ['valentina'],
  cami: ['camila', 'camilla'],
  sammy: ['sam', 'samuel', 'samantha'],
  marc: ['marcus'],
};

/**
 * First names people are commonly called, beyond the nicknames and the names they shorten: said
 * where a colleague is named and no user has them, they name nobody we know. Names that are
 * everyday words ("will", "mark", "grace", "may", "frank") are left out.
 */
const COMMON_FIRST_NAMES = new Set([
  'aaron',
  'adam',
  'alan',
  'amy',
  'andrea',
  'angela',
  'anne',
  'barbara',
  'brian',
  'carlos',
  'carol',
  'claire',
  'craig',
  'emily',
  'emma',
  'eric',
  'gary',
  'george',
  'hannah',
  'helen',
  'ian',
  'jake',
  'jason',
  'jeff',
  'jessica',
  'john',
  'josh',
  'julia',
  'karen',
  'kevin',
  'laura',
  'linda',
  'lisa',
  'lucy',
  'luke',
  'maria',
  'martin',
  'mary',
  'michelle',
  'nancy',
  'paul',
  'peter',
  'rachel',
  'rebecca',
  'ryan',
  'sarah',
  'scott',
  'simon',
  'stephanie',
  'tina',
  'tracy',
  'victor',
]);

/** Every first name these lists know: the nicknames, the names they shorten and the common names. */
const KNOWN_FIRST_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys(NICKNAMES),
  ...Object.values(NICKNAMES).flat(),
  ...COMMON_FIRST_NAMES,
]);

/** Nicknames that are never reported as nobody's: they are ambiguous as a first name alone. */
const NOT_REPORTED = new Set(['val', 'vale', 'marc', 'soph', 'liv', 'cami']);

/** Words that make the next word a person after them: "what's jess got", "what has jess got". */
const GOT_AFTER = new Set(['got', "got's", 'gotten']);

interface FirstNameWord {
  /** The word as typed, lower case, with its possessive ("jim's"). */
  typed: string;
  /** The first name it is ("jim"). */
  name: string;
}

/** The words of a message in a person's slot that may be first names, with the first names they read as. */
function firstNameWordsIn(text: string): FirstNameWord[] {
  const words = wordsOf(text).slice(0, 64);
  const found: FirstNameWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // "jims biggest deal": a short name's possessive typed without its apostrophe.
    const bare =
      /^[a-z]{2,3}s$/.test(word) && KNOWN_FIRST_NAMES.has(word.slice(0, -1)) ? word.slice(0, -1) : undefined;
    const readings = bare ? [{ text: bare, possessive: true }] : readingsOf([word]);
    for (const reading of readings) {
      const name = reading.text;
      if (NOT_A_NAME.has(name) || EVERYDAY_WORK_WORDS.has(name)) continue;
      if (!KNOWN_FIRST_NAMES.has(name)) continue;
      const slot =
        isPersonSlot(words, i, i + 1, reading.possessive) ||
        (GOT_AFTER.has(words[i + 1] ?? '') && /^(?:what's|whats|what|has)$/.test(words[i - 1] ?? ''));
      if (slot) found.push({ typed: words[i]!, name });
    }
  }
  return found;
}

/** A user's first name, lower case. */
function firstNameOf(user: NamedRecord): string {
  return wordsOf(user.name)[0] ?? '';
}

/**
 * Colleagues named by a nickname of their first name where a person is plausible ("jim's biggest
 * deal", "how's liv doing", "compare jim and marcus"): the one user whose first name the nickname
 * shortens. A nickname that is a user's own first name as typed is the name matcher's; a nickname
 * two users' first names share names nobody.
 */
export function colleaguesByNickname(text: string, users: readonly NamedRecord[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const word of firstNameWordsIn(text)) {
    if (users.some((user) => firstNameOf(user) === word.name)) continue;
    const formal = NICKNAMES[word.name];
    if (!formal) continue;
    const matched = users.filter((user) => formal.includes(firstNameOf(user)));
    if (matched.length !== 1 || found.some((c) => c.id === matched[0]!.id)) continue;
    found.push({
      id: matched[0]!.id,
      name: matched[0]!.name,
      score: NICKNAME,
      text: word.typed,
      bySound: true,
    });
  }
  return found;
}

/**
 * A first name said where a colleague is named ("how's dave doing", "what's jess got closing",
 * "dave's pipeline") that no user has, neither as typed nor as the name it shortens: the word as
 * said, lower case and without its possessive. Undefined when every such word is someone's.
 */
export function unknownFirstNameIn(text: string, users: readonly NamedRecord[]): string | undefined {
  if (!users.length) return undefined;
  const firstNames = new Set(users.map(firstNameOf));
  for (const word of firstNameWordsIn(text)) {
    if (NOT_REPORTED.has(word.name) || firstNames.has(word.name)) continue;
    if ((NICKNAMES[word.name] ?? []).some((formal) => firstNames.has(formal))) continue;
    return word.name;
  }
  return undefined;
}
