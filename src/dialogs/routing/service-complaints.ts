import { numberWordsBetween } from '../../vocabulary/number-words';

/**
 * A visitor complaining about our service rather than asking a question: left waiting for a reply
 * ("I've been waiting 3 days for a reply!!!", "still no answer to my ticket", "nobody got back to
 * me"), or calling our support bad ("your support is useless", "worst customer service ever").
 * Such a message is answered with an apology and how to reach support, with a person offered; read
 * as a question it matched passages on its stray words ("3 days" found Slack's "3 seconds").
 * A complaint about the bot's own last answer ("you're useless") is `complaint-words.ts`'s.
 */
const SERVICE = String.raw`(?:support|customer\s+(?:service|support|care)|service|help\s*desk|support\s+team|team|staff)`;
const BAD = String.raw`(?:useless|terrible|awful|horrible|appalling|dreadful|pathetic|rubbish|a\s+joke|unacceptable|non-?existent|so\s+slow|too\s+slow|slow|the\s+worst|bad|poor)`;
const SPAN = String.raw`(?:\d+|${numberWordsBetween(1, 31)}|a|an|a\s+few|a\s+couple\s+of|several|many|over\s+a|more\s+than\s+a)`;
const REPLY = String.raw`(?:reply|replies|response|responses|answer|answers|call\s*back|email\s+back)`;

const SERVICE_COMPLAINTS: readonly RegExp[] = [
  // "your support is useless", "your customer service has been terrible", "support here is a joke"
  new RegExp(
    String.raw`\b(?:your|ur|the)\s+${SERVICE}(?:\s+here)?\s+(?:is|are|was|were|has\s+been|have\s+been|'s|s)\s+(?:(?:just|really|so|absolutely|completely|totally|honestly)\s+)*${BAD}\b`,
    'i',
  ),
  // "worst support ever", "terrible customer service", "awful service from you"
  new RegExp(String.raw`\b(?:worst|terrible|awful|horrible|appalling|useless|pathetic)\s+${SERVICE}\b`, 'i'),
  // "i've been waiting 3 days for a reply", "waiting two weeks for an answer", "waited over a week"
  new RegExp(
    String.raw`\bwait(?:ing|ed)\s+(?:for\s+)?${SPAN}\s+(?:business\s+|working\s+)?(?:days?|hours?|weeks?|months?)\b`,
    'i',
  ),
  // "still waiting for a reply", "still no answer to my ticket", "still haven't heard back"
  new RegExp(
    String.raw`\bstill\s+(?:waiting\s+(?:for|on)\s+(?:a|an|your|any)\s+${REPLY}|no\s+${REPLY}|(?:haven'?t|have\s+not|hasn'?t|has\s+not)\s+(?:heard\s+back|(?:got|gotten|received)\s+(?:a|an|any)\s+${REPLY}))`,
    'i',
  ),
  // "nobody got back to me", "no one has answered my email", "no one replied"
  new RegExp(
    String.raw`\b(?:nobody|no\s*one|no-one)\s+(?:has\s+|have\s+|ever\s+)?(?:got\s+back|gotten\s+back|replied|answered|responded|called\s+(?:me\s+)?back|emailed\s+(?:me\s+)?back)\b`,
    'i',
  ),
  // "never got a reply to my ticket", "didn't get any response"
  new RegExp(
    String.raw`\b(?:never|didn'?t|did\s+not|haven'?t|have\s+not)\s+(?:got|get|gotten|received|receive|heard)\s+(?:a|an|any)\s+${REPLY}\b`,
    'i',
  ),
];

/** True when the message complains about our service (a reply long awaited, bad support). */
export function isComplaintAboutOurService(text: string): boolean {
  return SERVICE_COMPLAINTS.some((pattern) => pattern.test(text));
}
