/**
 * The topics support cases are about, each with the words people ask for it in ("login issues",
 * "sign-in problems", "2fa tickets") and the words a case's subject or description tells it in
 * (a login case may say "locked out" or "password reset"). A topic asked in words of its own that
 * are none of these ("webhook 401") is matched word by word by the case handler instead.
 */

/** One topic: its name, the words that ask for it, and the words a case on it holds. */
interface CaseTopic {
  name: string;
  asked: RegExp;
  told: RegExp;
}

const MFA = String.raw`two[\s-]?(?:factor|step)|\b2fa\b|\bmfa\b|multi[\s-]?factor|authenticator|\botp\b|one[\s-]time\s+(?:code|password)|verification\s+codes?`;
const SSO = String.raw`\bsso\b|single[\s-]?sign[\s-]?on|\bsaml\b|\bokta\b`;

const CASE_TOPICS: readonly CaseTopic[] = [
  {
    name: 'two-factor',
    asked: new RegExp(MFA, 'i'),
    told: new RegExp(MFA, 'i'),
  },
  { name: 'sso', asked: new RegExp(SSO, 'i'), told: new RegExp(SSO, 'i') },
  {
    name: 'login',
    asked:
      /\b(?:log(?:ging)?[\s-]?(?:in|on)s?|sign(?:ing)?[\s-]?ins?|signin|lock(?:ed)?[\s-]?outs?|locked|passwords?)\b/i,
    told: new RegExp(
      String.raw`\blog(?:ging|ged)?[\s-]?(?:in|on)\b|\bsign(?:ing|ed)?[\s-]?in\b|\block(?:ed)?[\s-]?out\b|\blocked\b|\bpasswords?\b|${MFA}|${SSO}`,
      'i',
    ),
  },
  {
    name: 'billing',
    asked:
      /\b(?:billing|bill(?:s|ed)?|invoic\w*|charges?|charged|payments?|paying|refunds?|credit\s+cards?|subscriptions?)\b/i,
    told: /\b(?:billing|billed|invoic\w*|charge[sd]?|payments?|refunds?|credit\s+card|vat|purchase\s+order)\b/i,
  },
  {
    name: 'export',
    asked: /\b(?:export\w*|download\w*)\b/i,
    told: /\b(?:export\w*|download\w*)\b/i,
  },
  {
    name: 'import',
    asked: /\b(?:import\w*|upload\w*|csv)\b/i,
    told: /\b(?:import\w*|upload\w*|csv)\b/i,
  },
  {
    name: 'performance',
    asked:
      /\b(?:slow\w*|performance|speed|lag\w*|sluggish|time[sd]?[\s-]?outs?|timing\s+out|loading|latency)\b/i,
    told: /\b(?:slow\w*|performance|lag\w*|sluggish|time[sd]?[\s-]?out|timeout|to\s+load|loading)\b/i,
  },
  {
    name: 'sync',
    asked: /\b(?:sync\w*|integrations?|salesforce|webhooks?|api)\b/i,
    told: /\b(?:sync\w*|integrations?|salesforce|webhooks?|api)\b/i,
  },
  {
    name: 'outage',
    asked: /\b(?:outages?|down(?:time)?|500s?|crash\w*)\b/i,
    told: /\b(?:outage|down|error\s+500|500)\b/i,
  },
  {
    name: 'user access',
    asked: /\b(?:permissions?|roles?|new\s+users?|adding\s+users?|user\s+set[\s-]?up)\b/i,
    told: /\b(?:permissions?|role|new\s+user|add\s+new\s+team\s+members?|access\s+only)\b/i,
  },
];

/** The words a case is told in, for its topic: the subject and the description. */
export interface TopicCase {
  subject: string;
  description?: string;
}

/** The known topics the words name ("exporting data" → export; "sso or 2fa" → sso, two-factor), none: []. */
export function caseTopicsNamed(words: string): string[] {
  return CASE_TOPICS.filter((t) => t.asked.test(words)).map((t) => t.name);
}

/** True when a case is on the known topic (its subject or description holds one of the topic's words). */
export function isCaseOnTopic(topic: string, c: TopicCase): boolean {
  const found = CASE_TOPICS.find((t) => t.name === topic);
  return found !== undefined && found.told.test(`${c.subject} ${c.description ?? ''}`);
}

/** The names of the known case topics. */
export const CASE_TOPIC_NAMES: readonly string[] = CASE_TOPICS.map((t) => t.name);

/** Words said with a topic that name no other thing ("exporting data", "password reset", "sync errors"). */
const WITH_A_TOPIC = new Set(
  'data reset resets related code codes user users page pages app report reports request requests failed failing fails broken error errors problem problems issue issues stuff things down'.split(
    ' ',
  ),
);

/**
 * True when every word is a topic's or one said with it ("login", "exporting data", "sso or 2fa"),
 * so no account or other name is among them ("acme billing" is not).
 */
export function isOnlyCaseTopicWords(words: string): boolean {
  const said = words.toLowerCase().match(/[a-z0-9]+(?:[-'’][a-z0-9]+)*/g) ?? [];
  return (
    said.length > 0 &&
    caseTopicsNamed(words).length > 0 &&
    said.every(
      (w) =>
        WITH_A_TOPIC.has(w) || /^(?:or|and|the|a|an|with|on|in)$/.test(w) || caseTopicsNamed(w).length > 0,
    )
  );
}
