import { withoutClosing } from '../understanding/closing-characters';
import type { Understander, Understanding } from './understanding';

/**
 * The account rules run on the message without its closing spaces and punctuation (cut off by one
 * backward scan), so they end in a plain `$`: `(.+?)\s*[?.!]*\s*$` took seconds on a long run of
 * spaces. Every part of a pattern is followed by something it cannot also match, so each runs in
 * linear time; an account that runs to the end starts on a non-space, so `\s+` before it cannot
 * hand it spaces to try again.
 */
const END = '$';
/** The account as written, up to the end of the words. */
const ACCOUNT = String.raw`(\S.*)`;
/** The account as written, before the words that follow it ("'s deals"). */
const ACCOUNT_BEFORE = String.raw`(.+?)`;

/** Each rule: an intent and patterns whose first capture group (if any) is the account mention. */
const RULES: Array<{ intent: string; patterns: RegExp[] }> = [
  {
    intent: 'contact_lookup',
    patterns: [
      new RegExp(
        String.raw`^(?:and\s+)?who(?:'s|\s+is|\s+are)?\s+(?:our|the|my|their)?\s*(?:main\s+|primary\s+|key\s+)?(?:contacts?|point\s+of\s+contact|poc|people|person)\s+(?:at|for|in|with|from)\s+${ACCOUNT}${END}`,
        'i',
      ),
      new RegExp(
        String.raw`^(?:and\s+)?(?:list\s+|show\s+(?:me\s+)?)?(?:the\s+)?(?:contacts?|people)\s+(?:at|for|in|from)\s+${ACCOUNT}${END}`,
        'i',
      ),
      new RegExp(String.raw`^(?:and\s+)?who\s+do\s+we\s+know\s+at\s+${ACCOUNT}${END}`, 'i'),
      new RegExp(
        String.raw`^(?:and\s+)?(?:who(?:'s|\s+is)\s+)?(their|its)\s+(?:main\s+)?contacts?${END}`,
        'i',
      ),
    ],
  },
  {
    intent: 'deal_lookup',
    patterns: [
      new RegExp(
        String.raw`^(?:and\s+)?(?:show\s+(?:me\s+)?|list\s+|what\s+are\s+(?:the\s+)?)?(?:the\s+)?(?:open\s+)?(?:deals?|opportunit(?:y|ies)|opps?|pipeline)\s+(?:for|at|with|of|on)\s+${ACCOUNT}${END}`,
        'i',
      ),
      new RegExp(
        String.raw`^(?:and\s+)?(?:show\s+(?:me\s+)?)?${ACCOUNT_BEFORE}(?:'s|’s)\s+(?:open\s+)?(?:deals?|opportunities|opps|pipeline)${END}`,
        'i',
      ),
      new RegExp(
        String.raw`^(?:and\s+)?(their|its)\s+(?:open\s+)?(?:deals?|opportunities|opps|pipeline)${END}`,
        'i',
      ),
    ],
  },
  {
    intent: 'briefing',
    patterns: [
      new RegExp(
        String.raw`^(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:tell\s+me\s+(?:about|more\s+about)|brief\s+me\s+(?:on|about)|(?:prep|prepare)\s+me\s+(?:for|on|about)|get\s+me\s+(?:ready|prepped|up\s+to\s+speed)\s+(?:for|on)|briefing\s+(?:on|for|about)|what\s+do\s+we\s+know\s+about|give\s+me\s+(?:a\s+|the\s+)?(?:briefing|rundown|overview|summary)\s+(?:on|of|for|about)|(?:info|information|overview|summary)\s+(?:on|about|for)|look\s+up|lookup|account)\s+${ACCOUNT}${END}`,
        'i',
      ),
      new RegExp(String.raw`^what\s+about\s+${ACCOUNT}${END}`, 'i'),
      new RegExp(String.raw`^brief\s+${ACCOUNT}${END}`, 'i'),
    ],
  },
];

/** Small talk, matched on the whole message (its punctuation counts: "hello?" is not a greeting). */
const SMALL_TALK: Array<{ intent: string; patterns: RegExp[] }> = [
  {
    intent: 'greeting',
    // `[\s!.,]*(?:there|bot|crmpro)?[\s!.]*$` split a run of spaces between its two classes (quadratic);
    // the closing class now follows the optional word only, which matches the same messages.
    patterns: [
      /^(?:hi|hello|hey|hiya|howdy|yo|good\s+(?:morning|afternoon|evening))\b[\s!.,]*(?:(?:there|bot|crmpro)[\s!.]*)?$/i,
    ],
  },
  {
    intent: 'help',
    patterns: [
      /^(?:help|\?|what\s+can\s+you\s+do|what\s+do\s+you\s+do|commands|how\s+does\s+this\s+work)[\s?!.]*$/i,
    ],
  },
  { intent: 'thanks', patterns: [/^(?:thanks|thank\s+you|thx|ty|cheers|great,?\s+thanks)\b[\s!.]*$/i] },
  { intent: 'cancel', patterns: [/^(?:cancel|stop|never\s*mind|nevermind|forget\s+it|quit|abort)[\s!.]*$/i] },
];

/**
 * Recognises the account questions of the first release by phrasing: briefings, deals and
 * contacts of an account, plus greetings, help and thanks. Everything else is out of scope.
 */
export class PatternUnderstander implements Understander {
  async understand(text: string): Promise<Understanding> {
    const message = text.trim().replace(/^@?crm(?:pro)?\b[:,]?\s*/i, '');
    const words = withoutClosing(message);
    const rulesAndText = [
      [RULES, words],
      [SMALL_TALK, message],
    ] as const;
    for (const [rules, input] of rulesAndText) {
      for (const rule of rules) {
        for (const pattern of rule.patterns) {
          const match = pattern.exec(input);
          if (!match) continue;
          const mention = match[1]?.trim().replace(/^the\s+/i, '');
          return { intent: rule.intent, confidence: 0.9, ...(mention ? { accountMention: mention } : {}) };
        }
      }
    }
    return { intent: 'oos', confidence: 0.5 };
  }
}
