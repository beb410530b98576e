/** A visitor's question with any embedded instructions or data requests taken out. */
export interface GuardedQuestion {
  /** What is left to look up in the knowledge base (may be empty). */
  readonly question: string;
  /** Why parts were removed: `instructions` (prompt injection) or `crm-data` (asks for records). */
  readonly removed: ReadonlyArray<'instructions' | 'crm-data'>;
}

const INSTRUCTION_PATTERNS: readonly RegExp[] = [
  /\b(ignore|disregard|forget|override|bypass|skip)\b.{0,40}\b(instructions?|prompts?|rules|guidelines|polic(y|ies)|restrictions?|context|everything|above|previous|prior)\b/i,
  /\b(system|hidden|initial|original|developer)\s+(prompt|message|instructions?)\b/i,
  /\b(you are now|from now on|act as|pretend (to be|you are)|role-?play|jailbreak|developer mode|DAN mode|do anything now)\b/i,
  /\b(reveal|print|show|repeat|output)\b.{0,30}\b(your|the)\s+(instructions|prompt|rules|configuration|api key|secrets?)\b/i,
  /<\/?(system|assistant|user|instructions?)>|\[\/?(INST|SYS)\]|^\s*(system|assistant)\s*:/im,
];

const CRM_DATA = String.raw`(customers?|clients?|contacts?|deals?|leads?|accounts?|users?|orders?|records?|emails?|e-mail addresses|phone numbers?|passwords?|credentials|api keys?|tokens?|tables?|database|pipeline|crm data|revenue figures|invoices?)`;
const DATA_REQUEST_PATTERNS: readonly RegExp[] = [
  // Imperatives that ask for records ("list all customers", "print the deals table"), not how-to questions.
  new RegExp(
    String.raw`^\s*(please\s+|now\s+|then\s+|and\s+)*(list|show|print|dump|export|give( me)?|display|output|send( me)?|tell me|read( out)?|fetch|retrieve|select|reveal|leak|copy)\b.{0,60}\b${CRM_DATA}\b`,
    'i',
  ),
  // SQL statements, not sentences using their verbs ("if we delete a contact how long until it's gone
  // from your backups" asks about backups): delete, insert, drop and truncate as SQL writes them.
  /\bselect\b[\s\S]{0,80}\b(?:from|into)\b|\bdelete\s+(?:\*\s+)?from\b|\binsert\s+into\b|\bupdate\s+\w+\s+set\b|\b(?:select|insert|update|delete|drop|truncate)\b[\s\S]{0,80}\btables?\b/i,
  new RegExp(
    String.raw`\b(who|which)\b.{0,30}\b(are|is)\b.{0,20}\byour\b.{0,20}\b(customers?|clients?|contacts?|leads?)\b`,
    'i',
  ),
];

/**
 * Removes the parts of a question that try to change the bot's rules or ask for CRM records, so
 * only a genuine knowledge question is looked up. The knowledge skill never reads the CRM anyway;
 * this keeps such text out of retrieval and out of any LLM prompt, and lets the reply say why.
 */
export function guardQuestion(text: string): GuardedQuestion {
  const removed = new Set<'instructions' | 'crm-data'>();
  const kept: string[] = [];
  for (const clause of clauses(text)) {
    if (INSTRUCTION_PATTERNS.some((pattern) => pattern.test(clause))) removed.add('instructions');
    else if (DATA_REQUEST_PATTERNS.some((pattern) => pattern.test(clause))) removed.add('crm-data');
    else kept.push(clause);
  }
  return { question: kept.join(' ').replace(/\s+/g, ' ').trim(), removed: [...removed] };
}

/** Sentences and the parts joined by ", and" / "; " / " then ", each judged on its own. */
function clauses(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(
      /(?<=[.?!;:])\s+|\s*;\s*|,?\s+(?:and then|and also|then|and)\s+(?=(?:please\s+)?(?:ignore|disregard|forget|list|show|print|dump|export|give|display|output|send|tell|reveal|act|pretend|you are)\b)/i,
    )
    .map((clause) => clause.trim())
    .filter(Boolean);
}
