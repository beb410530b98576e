import type { Understander, Understanding } from './understanding';

const END = String.raw`\s*[?.!]*\s*$`;
const ACCOUNT = String.raw`(.+?)`;

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
        String.raw`^(?:and\s+)?(?:show\s+(?:me\s+)?)?${ACCOUNT}(?:'s|’s)\s+(?:open\s+)?(?:deals?|opportunities|opps|pipeline)${END}`,
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
        String.raw`^(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:tell\s+me\s+(?:about|more\s+about)|brief\s+me\s+(?:on|about)|briefing\s+(?:on|for|about)|what\s+do\s+we\s+know\s+about|give\s+me\s+(?:a\s+|the\s+)?(?:briefing|rundown|overview|summary)\s+(?:on|of|for|about)|(?:info|information|overview|summary)\s+(?:on|about|for)|look\s+up|lookup|account)\s+${ACCOUNT}${END}`,
        'i',
      ),
      new RegExp(String.raw`^what\s+about\s+${ACCOUNT}${END}`, 'i'),
      new RegExp(String.raw`^brief\s+${ACCOUNT}${END}`, 'i'),
    ],
  },
  {
    intent: 'greeting',
    patterns: [
      /^(?:hi|hello|hey|hiya|howdy|yo|good\s+(?:morning|afternoon|evening))\b[\s!.,]*(?:there|bot|crmpro)?[\s!.]*$/i,
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
    for (const rule of RULES) {
      for (const pattern of rule.patterns) {
        const match = pattern.exec(message);
        if (!match) continue;
        const mention = match[1]?.trim().replace(/^the\s+/i, '');
        return { intent: rule.intent, confidence: 0.9, ...(mention ? { accountMention: mention } : {}) };
      }
    }
    return { intent: 'oos', confidence: 0.5 };
  }
}
