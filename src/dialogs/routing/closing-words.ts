/**
 * Closings and thanks in their many forms ("thx, that's all for now", "cheers that's everything",
 * "ok great thanks!", "nope all good"): a message made only of words of thanks, acknowledgement and
 * leave-taking, with at least one that closes or thanks. A message with any other word ("thanks,
 * now show my pipeline") is a request, and a bare "ok" or "no" is left to the dialog that asked.
 */

/** Words that thank or close a conversation. */
const CLOSING_WORDS = new Set([
  'thanks',
  'thank',
  'thankyou',
  'thx',
  'thnx',
  'thnks',
  'thanx',
  'tx',
  'ty',
  'tyvm',
  'tysm',
  'ta',
  'cheers',
  'appreciated',
  'appreciate',
  'bye',
  'goodbye',
  'byebye',
  'cya',
  'later',
  'ttyl',
  'laters',
  'done',
  'everything',
  'nothing',
  'all',
  'set',
  'that',
  'thats',
  "that's",
  'it',
]);

/** Thanks or a closing phrase (checked on the words joined by spaces): one must be there. */
const CLOSING_PHRASE =
  /\b(?:thanks?|thank you|thx|thnx|thanx|ty|tysm|tyvm|ta|cheers|appreciated?|bye|goodbye|cya|ttyl|laters?|that'?s (?:all|it|everything|enough|great|perfect|fine|good|helpful|all i needed)|all (?:good|set|done|sorted)|(?:nothing|none) (?:else|more)|i'?m (?:good|done|set|all set|sorted)|we'?re (?:good|done|set|all set|sorted)|(?:that|this) (?:helps|helped|works|will do|'?ll do|does it|should (?:be|do) (?:it|all|everything))|(?:have|enjoy) a (?:good|nice|great) (?:one|day|evening|weekend|night)|talk (?:soon|later)|see (?:you|ya)|got (?:it|what i needed)|for now|no more questions|(?:good|great|perfect|awesome|brilliant|lovely|sweet|cool|nice) (?:stuff|job|work|one))\b/i;

/** Every word a closing may be made of (beyond the closers): acknowledgements, fillers, politeness. */
const ALLOWED = new Set([
  ...CLOSING_WORDS,
  ..."a again all alright alrighty amazing and answer answers appreciate awesome big brilliant but cool day do does enjoy evening excellent fab fine fantastic for from gotcha good got great have help helped helpful helps i i'm im info information is just k kk lol long lot lots lovely many me more much my needed nice night no nah nope now of oh ok okay okey one perfect please questions really right sir so sorted sounds soon stuff super sure sweet talk ten the then this those today tonight too ugh understood very was we we're were whew else that'll thatll will work works wow ya yeah yep yes you u your yup guys man mate buddy team bot crmpro noted enough okay-dokey okie's 'll ll it's its i've ive should be all's going well weekend week see"
    .split(' ')
    .filter(Boolean),
]);

/** True when the message only thanks, acknowledges or says goodbye. */
export function isClosing(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z'\s]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
  if (words.length === 0 || words.length > 14) return false;
  if (!words.every((w) => ALLOWED.has(w))) return false;
  return CLOSING_PHRASE.test(words.join(' '));
}
