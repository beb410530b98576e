/**
 * Questions a user asks about themselves as a user of the CRM, and asking to change their own time
 * zone: "what's my role", "who am i", "what do you know about me", "which team am i on", "what's my
 * timezone", "change my timezone to europe/london". Someone else's role ("what's noah's role") is
 * the team roster's; "my team" as a group ("who's on my team") too.
 */
export type SelfQuestion =
  | { kind: 'role' | 'profile' | 'team' | 'timezone' }
  /** Their own time zone to change, with the zone as said (absent: "change my timezone" alone). */
  | { kind: 'set-timezone'; zone?: string }
  /** Another user's time zone to change ("change sam's timezone"): an admin's command. */
  | { kind: 'set-other-timezone' };

const OPENING = String.raw`^\s*(?:(?:hey|hi|ok|okay|so|um+|quick\s+(?:one|question))[\s,:-]+)*(?:(?:can|could|would)\s+you\s+(?:please\s+)?(?:tell\s+me\s+)?|please\s+|pls\s+|(?:do\s+you\s+)?know\s+)?`;
const END = String.raw`\s*(?:please|pls|again|here|in\s+(?:here|the\s+crm|crmpro|this\s+crm|this\s+system))?\s*[?.!]*\s*$`;
const WHAT = String.raw`(?:what|wat|wht)(?:'s|’s|s|\s+is|\s+are)?`;
const TIME_ZONE = String.raw`(?:time\s*-?\s*zone|tz)`;

const ROLE = [
  // "what's my role", "what is my role here", "my role?", "what access level do i have", "what are my permissions"
  new RegExp(
    String.raw`${OPENING}(?:${WHAT}\s+)?my\s+(?:user\s+|crm\s+)?(?:role|access(?:\s+level)?|permissions?|rights|user\s+type)${END}`,
    'i',
  ),
  // "what role am i", "which role do i have", "what role have i got", "what kind of user am i"
  new RegExp(
    String.raw`${OPENING}(?:what|which)\s+(?:role|access(?:\s+level)?|permissions?|kind\s+of\s+(?:user|account)|type\s+of\s+(?:user|account))\s+(?:am\s+i|do\s+i\s+have|have\s+i(?:\s+got)?|is\s+mine|was\s+i\s+given)${END}`,
    'i',
  ),
  // "am i an admin", "am i a manager or a rep"
  new RegExp(
    String.raw`${OPENING}am\s+i\s+(?:an?\s+)?(?:admin|administrator|manager|(?:sales\s+)?rep|analyst|support\s+agent|marketing\s+user|marketer)(?:\s+or\s+(?:an?\s+)?\w+(?:\s+\w+)?)?${END}`,
    'i',
  ),
];

const PROFILE = [
  // "who am i", "who am i logged in as", "which user am i", "who are you talking to"
  new RegExp(
    String.raw`${OPENING}(?:who\s+am\s+i(?:\s+(?:logged|signed)\s+in\s+as)?|(?:which|what)\s+(?:user|account)\s+am\s+i(?:\s+(?:using|logged\s+in\s+as|signed\s+in\s+as))?|who\s+(?:are\s+you|do\s+you\s+think\s+you(?:'re|\s+are))\s+talking\s+to|(?:who|what)\s+do\s+you\s+think\s+i\s+am)${END}`,
    'i',
  ),
  // "what do you know about me", "what info do you have on me", "what data do you hold about me", "tell me about myself"
  new RegExp(
    String.raw`${OPENING}(?:what\s+(?:else\s+)?(?:do\s+you|does\s+(?:the\s+)?(?:bot|crm|crmpro))\s+(?:know|have|hold|store|keep)\s+(?:about|on)\s+me|what\s+(?:info(?:rmation)?|data|details)\s+(?:do\s+you|does\s+(?:the\s+)?(?:bot|crm|crmpro))\s+(?:have|hold|store|keep)\s+(?:about|on)\s+me|(?:tell\s+me\s+about|describe)\s+(?:myself|me)|(?:show\s+(?:me\s+)?)?my\s+(?:user\s+)?(?:profile|account\s+details|user\s+details|details|settings))${END}`,
    'i',
  ),
  // "what's my email", "which email am i using"
  new RegExp(
    String.raw`${OPENING}(?:${WHAT}\s+my\s+e-?mail(?:\s+address)?|(?:which|what)\s+e-?mail\s+am\s+i\s+using)${END}`,
    'i',
  ),
];

const TEAM = [
  // "which team am i on", "what team am i in", "what's my team called", "my team name?"
  new RegExp(
    String.raw`${OPENING}(?:(?:which|what)\s+team\s+(?:am\s+i|do\s+i\s+belong\s+to|am\s+i\s+part\s+of)(?:\s+(?:on|in|part\s+of))?|${WHAT}\s+(?:my|the\s+name\s+of\s+my)\s+team(?:'s|’s)?(?:\s+(?:name|called))?|my\s+team(?:'s|’s)?\s+name|(?:which|what)\s+region\s+am\s+i(?:\s+in)?|${WHAT}\s+my\s+region)${END}`,
    'i',
  ),
];

const TIMEZONE = [
  // "what's my timezone", "which time zone am i in", "what time zone are you using for me"
  new RegExp(
    String.raw`${OPENING}(?:${WHAT}\s+my\s+${TIME_ZONE}(?:\s+set\s+to)?|(?:which|what)\s+${TIME_ZONE}\s+(?:am\s+i\s+(?:in|on|set\s+to)|do\s+(?:i|you)\s+(?:have|use)(?:\s+for\s+me)?|are\s+you\s+using(?:\s+for\s+me)?|is\s+mine))${END}`,
    'i',
  ),
];

/** "change my timezone to europe/london", "set my time zone to pacific", "switch me to london time", "my timezone should be CET". */
const SET_OWN_TIMEZONE = [
  new RegExp(
    String.raw`${OPENING}(?:i(?:\s+(?:want|need|would\s+like)|['’]d\s+like)\s+to\s+)?(?:change|set|update|switch|move|make|put|fix)\s+my\s+${TIME_ZONE}(?:\s+(?:to|into|as|=|:)\s*(.+?))?${END}`,
    'i',
  ),
  new RegExp(
    String.raw`${OPENING}(?:change|set|switch|move|put)\s+me\s+(?:to|on|into)\s+(?:the\s+)?(.+?)\s+${TIME_ZONE}${END}`,
    'i',
  ),
  new RegExp(
    String.raw`${OPENING}(?:change|set|switch|move|put)\s+me\s+(?:to|on|into)\s+(?:the\s+)?(.+?\s+time|[a-z]+/[a-z_]+(?:/[a-z_]+)?)${END}`,
    'i',
  ),
  new RegExp(
    String.raw`${OPENING}my\s+${TIME_ZONE}\s+(?:should\s+be|is\s+now|is\s+actually|needs\s+to\s+be)\s+(.+?)${END}`,
    'i',
  ),
];

/** "change sam's timezone", "set the time zone of priya to london". */
const SET_OTHER_TIMEZONE = new RegExp(
  String.raw`${OPENING}(?:change|set|update|switch|fix)\s+(?:(?!my\b)[a-z]+(?:\s+[a-z]+)?(?:'s|’s|s')\s+${TIME_ZONE}|the\s+${TIME_ZONE}\s+(?:of|for)\s+(?!me\b)[a-z]+)`,
  'i',
);

/** The question about the caller themselves the message asks, or undefined. */
export function selfQuestionOf(text: string): SelfQuestion | undefined {
  for (const pattern of SET_OWN_TIMEZONE) {
    const match = pattern.exec(text);
    if (match)
      return match[1]?.trim() ? { kind: 'set-timezone', zone: match[1].trim() } : { kind: 'set-timezone' };
  }
  if (SET_OTHER_TIMEZONE.test(text)) return { kind: 'set-other-timezone' };
  if (ROLE.some((pattern) => pattern.test(text))) return { kind: 'role' };
  if (TIMEZONE.some((pattern) => pattern.test(text))) return { kind: 'timezone' };
  if (TEAM.some((pattern) => pattern.test(text))) return { kind: 'team' };
  if (PROFILE.some((pattern) => pattern.test(text))) return { kind: 'profile' };
  return undefined;
}
