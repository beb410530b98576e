/**
 * What a short follow-up asks of the records the last answer showed, by its words alone: the next
 * step on them ("next step?"), the owner of their account ("who owns the account"), the people at
 * their account, maybe in a role or at the biggest of them ("whos the coo", "whos the contact at
 * the biggest one"), or what each person just listed has open ("what does each of them have open").
 * The caller decides what was shown; a message that names anything else is a question of its own.
 */
export type ShownRecordQuestion =
  | { ask: 'nextStep' }
  | { ask: 'accountOwner' }
  | { ask: 'contacts'; role?: string; biggest?: true }
  | { ask: 'openPerPerson' };

/** "it", "them", "those", "that deal", "the deals": the records just shown, said back. */
const SHOWN = String.raw`(?:it|them|those|these|that|this|that one|each|each one|that deal|those deals|the deals?)`;

/** "next step?", "what are the next steps", "what's next on it?", "any next steps for them". */
const NEXT_STEP = new RegExp(
  String.raw`^(?:and\s+)?(?:(?:what(?:'?s| is| are)|whats|any)\s+)?(?:the\s+)?(?:next\s+(?:steps?|actions?)(?:\s+(?:on|for|with)\s+${SHOWN})?|next\s+(?:on|for|with)\s+${SHOWN})$`,
);

/**
 * "who owns the account", "whose account is it", "account owner?", "who's the owner of that customer",
 * "who's their account manager" (the rep who owns the account, in a customer's words).
 */
const ACCOUNT_OWNER =
  /^(?:and\s+)?(?:who\s+owns\s+(?:the|that|this|their)\s+(?:account|customer|company)|who(?:'?s| is)\s+(?:the\s+|their\s+|its\s+)?(?:account\s+(?:owner|manager|rep|executive|exec)|owner\s+of\s+(?:the|that|this|their)\s+(?:account|customer|company))|whose\s+(?:account|customer)\s+is\s+(?:it|that|this)|(?:the\s+|their\s+)?account\s+(?:owner|manager))$/;

/** A role at an account: a title's initials or a buying role. */
const ROLE = String.raw`(ceo|cfo|cto|coo|cio|cmo|decision[- ]?maker|champion)`;

/** "whos the coo", "and the ceo?", "who is their champion", "which one is the decision maker". */
const ROLE_ASKED = new RegExp(
  String.raw`^(?:and\s+)?(?:(?:who(?:'?s| is| are)|whos|which\s+(?:one|of them|of those)\s+is)\s+)?(?:the|their)\s+${ROLE}(?:\s+there)?$`,
);

/**
 * "whos the contact at the biggest one", "who do i talk to there", "main contact for the largest one",
 * "who's the contact on it", "who's the contact".
 */
const CONTACT_ASKED = new RegExp(
  String.raw`^(?:and\s+)?(?:(?:who(?:'?s| is| are)|whos)\s+(?:the\s+|our\s+|my\s+)?(?:main\s+)?(?:contacts?|point of contact|${ROLE})|who\s+(?:do|should)\s+(?:i|we)\s+(?:talk|speak)\s+to|(?:the\s+)?main\s+contacts?|(?:the\s+)?contacts?)(?:\s+(?:at|on|for|with|there)(?:\s+(?:the\s+)?(biggest|largest)\s+(?:one|deal|account)|\s+(?:it|them|th(?:at|is)(?:\s+(?:one|deal))?))?)?$`,
);

/** "what does each of them have open", "everyone's open pipeline", "open deals for each of them". */
const EACH_PERSON =
  /\beach(?:\s+(?:of\s+(?:them|those|these)|one|person))?\b|\beveryone'?s\b|\beverybody'?s\b|\bthey\s+each\b/;
const OPEN_WORK =
  /\b(?:have|has|got)\s+open\b|\bopen\s+(?:pipeline|deals?|opps?)\b|\bpipeline\b|\bworking on\b/;
const OTHER_THING = /\b(?:plans?|seats?|users?|licen[cs]es?|costs?|price|tasks?|cases?|tickets?)\b/;

function roleOf(said: string): string {
  return /^decision/.test(said) ? 'decision_maker' : said;
}

/** What `message` asks of the records just shown, or undefined when it asks anything else. */
export function shownRecordQuestionOf(message: string): ShownRecordQuestion | undefined {
  const text = message
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[?.!]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (NEXT_STEP.test(text)) return { ask: 'nextStep' };
  if (ACCOUNT_OWNER.test(text)) return { ask: 'accountOwner' };
  const role = ROLE_ASKED.exec(text);
  if (role) return { ask: 'contacts', role: roleOf(role[1]!) };
  const contact = CONTACT_ASKED.exec(text);
  if (contact) {
    const said = contact[1];
    return {
      ask: 'contacts',
      ...(contact[2] ? { biggest: true as const } : {}),
      ...(said ? { role: roleOf(said) } : {}),
    };
  }
  if (EACH_PERSON.test(text) && OPEN_WORK.test(text) && !OTHER_THING.test(text))
    return { ask: 'openPerPerson' };
  return undefined;
}
