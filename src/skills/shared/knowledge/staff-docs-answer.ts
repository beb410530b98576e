import type { SkillServices } from '../../skill';
import { answerQuestion } from './answer-question';
import type { KnowledgeAnswerResult } from './knowledge-answer-result';
import { staffDocsBaseOf } from './staff-docs';

/**
 * The logs the server writes, as a noun ("the logs", "server logs", "log files"), not a call, meeting
 * or note logged in the CRM, nor the audit log of who changed what.
 */
const SERVER_LOGS =
  /^(?!.*\b(?:audit|who|calls?|meetings?|notes?|emails?|activit\w*)\b)(?=.*(?:\b(?:server|error|app|application|bot|crmpro|system)\s+logs?\b|\blog\s+(?:files?|output)\b|\b(?:the|its|their|our)\s+logs\b|\blogs\s+(?:go|goes|live|kept|stored|written|sent)\b))/i;

/** Who does it: the asker or their team ("how do i", "how can we", "how to", "i need to"), not the vendor ("do you"). */
const ASKER_DOES = String.raw`(?:\bhow\s+(?:(?:do|can|could|should|would|must)\s+)?(?:i|we)\b|\bhow\s+to\b|\b(?:i|we)\s+(?:want|need|have|got)\s+to\b)`;

/** The asker backing up the data themselves: "how do i take a backup of the data", "how to back up crmpro", "we need to make a backup". */
const BACKUP_ACTION = new RegExp(
  String.raw`${ASKER_DOES}.*?\b(?:(?:take|make|do|run|create|get)\s+(?:an?\s+|the\s+|our\s+)?(?:\w+\s+)?backups?\b|back(?:ing)?\s*up\b)|^\s*(?:please\s+)?(?:back\s*up|(?:take|make)\s+an?\s+backup)\b`,
  'i',
);

/**
 * What restoring data means here: a backup, the data, the database or store (or "one", "it" after a
 * backup), not a record of the CRM ("how do i restore a deleted deal").
 */
const RESTORED = String.raw`\brestor(?:e|ing)\s+(?:(?:a|an|the|our|my|that|this|last\s+night'?s|yesterday'?s|an?\s+older|the\s+last)\s+)?(?:backups?|data(?:base)?|db|store|crm|crmpro|everything|one|it|that|from)\b|\brestor(?:e|ing)\s*[?.!]*\s*$`;

/** The asker restoring data: "how do i restore one?", "restore the database from last nights backup". */
const RESTORE_ACTION = new RegExp(
  String.raw`${ASKER_DOES}.*?(?:${RESTORED})|^\s*(?:please\s+)?(?:${RESTORED})`,
  'i',
);

/**
 * The asker setting the optional LLM: switching it on or off, disabling, configuring, changing it
 * ("how do i switch the llm off", "how to point it at our own openai server"); not whether the product
 * works without one ("can it run with the llm switched off": the help centre's FAQ says so).
 */
const LLM_SETTING = new RegExp(
  String.raw`^(?=.*${ASKER_DOES})(?=.*\b(?:llm|llms|language\s+models?|openai|gpt|chatgpt|ai\s+models?)\b)(?=.*\b(?:switch\w*|turn\w*|disabl\w*|enabl\w*|deactivat\w*|activat\w*|configur\w*|set\s*up|change|swap|connect\w*|plug\w*|point\w*|off|on|use\s+(?:our|my|a|another|a\s+different)|(?:our|my)\s+own)\b)`,
  'i',
);

/** The settings as environment variables: "which env vars do i need", "what goes in the .env", "config variables". */
const SETTINGS_AS_VARIABLES =
  /\benv(?:ironment)?\s*(?:vars?|variables?|settings?|file)\b|(?:^|\s)\.env\b|\bconfig(?:uration)?\s+(?:vars?|variables?|options|settings|file)\b|\benvs\b/i;

/**
 * The server's health check: "where's the health check endpoint", "liveness probe", "healthcheck url";
 * "health check" alone may be the product of that name ("health check deals").
 */
const HEALTH_CHECK =
  /\bhealth\s*-?\s*checks?\s+(?:endpoints?|urls?|pages?|routes?|paths?|probes?)\b|\bhealthchecks?\b|\bhealth\s+(?:endpoints?|urls?|pages?|routes?|probes?)\b|\bhealthz\b|\breadyz\b|\b(?:liveness|readiness)\b/i;

/** An everyday wording and the staff documentation's terms for it. */
interface StaffDocumentTerm {
  words: RegExp;
  terms: string;
  /**
   * The words are about running the product (its server, logs, port, backups), not about a task in
   * it: the help centre, written for people using the product, reads them as the task they sound
   * like ("where do the logs go" found "Logging calls"), so the staff pages are asked first.
   */
  runningTheProduct: boolean;
}

/**
 * Everyday words staff use for what the operations pages spell another way, added to the question
 * when the staff documentation is asked ("more detailed logs" is the log level `debug`).
 */
const STAFF_DOCUMENT_TERMS: readonly StaffDocumentTerm[] = [
  {
    words: /\b(?:more|less|extra)\s+(?:detailed|detail|verbose)\b|\bverbose\b|\bdebug\w*\b/i,
    terms: 'LOG_LEVEL debug',
    runningTheProduct: false,
  },
  {
    words:
      /^(?=.*\blogs?\b)(?=.*\b(?:where|go|goes|written|sent|stored|kept)\b)(?!.*\b(?:level|audit|who)\b)/i,
    terms: 'the server logs JSON lines on stdout',
    runningTheProduct: false,
  },
  { words: SERVER_LOGS, terms: 'the server logs JSON lines on stdout', runningTheProduct: true },
  { words: /\bports?\b/i, terms: 'PORT TCP port of the bot server', runningTheProduct: true },
  { words: /\b(?:spreadsheets?|excel|csv)\b/i, terms: 'crmpro export', runningTheProduct: false },
  {
    words: /\bback(?:ing)?\s+up\b|\bbackups?\b/i,
    terms: 'crmpro store backup --out',
    runningTheProduct: false,
  },
  { words: /\btime\s?zones?\b/i, terms: 'DEFAULT_TIMEZONE', runningTheProduct: false },
  // W14-A: what the asker does to this installation's data (take a backup, restore one), not
  // whether or how often backups are taken for them ("do you take backups": the help centre's Cloud).
  { words: BACKUP_ACTION, terms: 'crmpro store backup --out', runningTheProduct: true },
  { words: RESTORE_ACTION, terms: 'crmpro store restore', runningTheProduct: true },
  // Switching the optional LLM on or off, or pointing it at another model: its settings.
  {
    words: LLM_SETTING,
    terms: 'OPENAI_API_KEY OPENAI_BASE_URL enables the optional LLM',
    runningTheProduct: true,
  },
  // The settings as environment variables: the essentials and the full table.
  { words: SETTINGS_AS_VARIABLES, terms: 'the essentials', runningTheProduct: true },
  // The health check: the server's liveness and readiness routes.
  { words: HEALTH_CHECK, terms: 'health and readiness /healthz', runningTheProduct: true },
];

/**
 * Everyday words the staff pages never use, read as theirs: "env vars" are "environment variables",
 * more detailed or verbose logs are the level `debug`, and taking, making or running a backup is backing up (the light verb alone would pick the sentence
 * saying "the backup taken before the upgrade" over the command that takes one).
 */
const STAFF_DOCUMENT_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\benv(?:ironment)?\s*vars?\b|\benvs\b/gi, 'environment variables'],
  // "more detailed" or "verbose" logs are the log level debug, as the configuration table says it
  [/\b(?:more|extra)\s+(?:detailed|detail|verbose)\b|\bverbose\b/gi, 'debug'],
  [
    /\b(?:take|taking|make|making|do|doing|run|running|create|creating)\s+(?:an?\s+|the\s+|our\s+)?(?:(?:full|quick|manual|new)\s+)?backups?\b/gi,
    'back up',
  ],
];

/**
 * The question as the staff pages would word it (`STAFF_DOCUMENT_WORDS`), with their terms for its
 * everyday words appended (unchanged when none applies).
 */
export function withStaffDocumentTerms(question: string): string {
  const added = [
    ...new Set(STAFF_DOCUMENT_TERMS.filter(({ words }) => words.test(question)).map(({ terms }) => terms)),
  ];
  const worded = STAFF_DOCUMENT_WORDS.reduce(
    (text, [words, theirs]) => text.replace(words, theirs),
    question,
  );
  return added.length ? `${worded} (${added.join('; ')})` : worded;
}

/** Whether the question is about running the product (its server, logs, port), which the staff pages answer first. */
export function isAboutRunningTheProduct(question: string): boolean {
  return STAFF_DOCUMENT_TERMS.some(
    ({ words, runningTheProduct }) => runningTheProduct && words.test(question),
  );
}

/**
 * A signed-in person's answer: the public documents' when they answer, else the staff
 * documentation's when it does. The two are not ranked against each other: their confidences come
 * from different corpora ("what are our support hours" scored the widget page's SUPPORT_HOURS
 * above the help centre's opening hours), so the help centre, written for people, goes first,
 * except for a question about running the product (`isAboutRunningTheProduct`), whose words the
 * help centre reads as a task in the product. An empty or instruction-only question, or a staff documentation that cannot be opened
 * (logged), keeps the public no-answer.
 */
export async function staffDocsAnswer(
  services: SkillServices,
  question: string,
  publicAnswer: KnowledgeAnswerResult,
): Promise<KnowledgeAnswerResult> {
  const publicFirst = !isAboutRunningTheProduct(question);
  if (publicFirst && !publicAnswer.noAnswer) return publicAnswer;
  if (publicAnswer.noAnswer && publicAnswer.reason !== 'no-match' && publicAnswer.reason !== 'low-confidence')
    return publicAnswer;
  try {
    const base = await staffDocsBaseOf(services);
    const answer = await answerQuestion(
      base,
      withStaffDocumentTerms(question),
      services.llm,
      services.logger,
    );
    return answer.noAnswer ? publicAnswer : answer;
  } catch (error) {
    services.logger.warn(
      { err: error },
      'staff documentation unavailable; answered from the public documents',
    );
    return publicAnswer;
  }
}
