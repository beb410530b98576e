/**
 * Asking the audit log in chat ("show me the audit log for yesterday", "who exported data this week",
 * "activity log for sam", "who looked at acme"): what was read, changed or erased, by whom. The word
 * "log" here names a log to read, not a call to log ("log a call with Jane" keeps the write form).
 */

/** The log named as a thing to read: "audit log", "access log", "activity log", "audit trail". */
const LOG_NAMED =
  /\b(?:audit|access)\s+(?:logs?|trails?|entries|history)\b|\b(?:activity|usage)\s+logs?\b|^(?:please\s+)?audit\b|\baudit\s+(?:of|for|who|what)\b/;
/** Someone's reads, changes or exports asked after ("who looked at acme", "who exported data"). */
const WHO_DID =
  /\bwho(?:'s|\s+has|\s+have|\s+had)?\s+(?:been\s+)?(?:exported|exporting|downloaded|viewed|viewing|looked\s+at|looking\s+at|accessed|accessing|read|seen|saw|changed|edited|modified|erased|deleted|touched)\b/;
/**
 * Whether anyone did it ("has anyone exported data this week", "did somebody look at the acme
 * account", "was any data downloaded today"): the same question as "who …", asked yes or no.
 */
const ANYONE_DID =
  /\b(?:has|have|did)\s+(?:anyone|anybody|someone|somebody|any\s+(?:users?|admins?|one))\s+(?:been\s+)?(?:exported|exporting|export|downloaded|download|viewed|view|looked\s+at|look\s+at|accessed|access|erased|erase|deleted|delete)\b|\b(?:has|have|was|were)\s+(?:any\s+)?(?:data|anything|something|records?|contacts?)\s+(?:been\s+)?(?:exported|downloaded|erased)\b/;
/**
 * "what did sam look at", "what has priya exported this week", "what did sam change today" (the verb
 * after "did" in its plain form): one person's trail (not "I", "we", "you").
 */
const WHAT_DID =
  /\bwhat\s+(?:did|has|have)\s+(?!(?:i|we|you|they|it)\b)[a-z][\w.'-]*(?:\s+[a-z][\w'-]*)?\s+(?:been\s+)?(?:look(?:ed|ing)?\s+at|view(?:ed|ing)?|access(?:ed|ing)?|export(?:ed|ing)?|read(?:ing)?|chang(?:e|ed|ing)|edit(?:ed|ing)?|updat(?:e|ed|ing)|modif(?:y|ied|ying)|touch(?:ed|ing)?|delet(?:e|ed|ing)|eras(?:e|ed|ing))\b/;
/** Sign-ins asked after: "who logged in today", "last login of sam", "sign-in history". */
const SIGN_INS =
  /\bwho\b.*\b(?:logged|signed)\s+(?:in|on)\b|\b(?:log-?in|sign-?in)\s+(?:logs?|history|records?|activity|times?)\b|\blast\s+(?:log-?in|sign-?in)\b/;
/** Who used the bot ("who used the bot today", "who has been using crmpro this week"). */
const BOT_USE = /\bwho\b.*\b(?:used|using|uses)\s+(?:the\s+)?(?:bot|crm|crmpro|chat|assistant)\b/;
/** Exports asked after, not requested ("who exported data", "any exports this week", "exports log"). */
const EXPORTS =
  /\b(?:exported|exporting|downloaded)\b|\b(?:any|which|recent|all|the|of)\s+(?:data\s+)?exports\b|\bexports?\s+(?:log|history)\b/;
/** Exports asked after without a "who" or a log named ("any exports this week?"). */
const EXPORTS_ASKED = /\b(?:any|which|recent)\s+(?:data\s+)?exports\b|\bexports?\s+(?:log|history)\b/;
const CHANGES =
  /\b(?:changed|changing|changes|edited|edits|modified|updated|writes)\b|\bwhat\s+(?:did|has|have)\b.*\b(?:change|edit|update|modify)\b/;
const ERASURES = /\b(?:erased?|erasures?|deleted?|deletions?)\b/;
const READS = /\b(?:read|reads|viewed|viewing|look(?:ed|ing)?\s+at|saw|seen|accessed|accessing)\b/;
/**
 * How the log works, whether it exists, whether one may do something with the log itself ("can we
 * export the audit log", "is it possible to download the audit trail"): the documentation's question,
 * not a request to read it ("can i see the audit log for acme" reads it).
 */
const ABOUT_THE_LOG =
  /\b(?:(?:can|could|may)\s+(?:i|we|you|an?\s+admin|admins)\s+(?:also\s+)?|is\s+it\s+possible\s+to\s+|are\s+we\s+able\s+to\s+)(?:export|exprot|exoprt|download|archive|copy|back\s*up|delete|purge|clear|stream|forward|ship|turn\s+off|disable)\b(?=.*\b(?:audit|access|activity)\s+(?:logs?|trails?)\b)|\b(?:(?:where|how)\s+(?:can|could|do|would)\s+(?:i|we|an?\s+admin)\s+(?:see|find|check|look|get|tell)|is\s+there\s+a\s+way|how\s+(?:do|does|can|long|is|are)|is\s+there|are\s+there|do\s+(?:you|we)\s+(?:keep|have|store)|does\s+(?:crmpro|the\s+bot|it|the\s+product|the\s+crm)\s+(?:keep|have|log|store|record)|what\s+is\s+(?:an?|the)\s+(?:audit|access|activity))\b/;

/** Users' roles, rights or access named ("a user role", "sam's role", "admin rights", "permissions"). */
const USER_ACCESS = /\b(?:roles?|permissions?|privileges?|(?:admin|access|user)\s+rights|an?\s+admin)\b/;
/** A change to them asked after, not made: a question's opening, or "recent"/"lately" ("make alex an admin" is a request). */
const ASKED_AFTER_CHANGE =
  /^(?:did|has|have|had|were|was|any|who|when|recent)\b.*\b(?:chang(?:e|ed|es|ing)|modified|updated|gave|given|granted|made|promoted|demoted|revoked|removed)\b|\b(?:role|permission|access)\s+changes?\b.*\b(?:recently|lately|this|last|since|today|yesterday)\b|\bchanges?\s+to\s+(?:user\s+)?(?:roles|permissions|access)\b/;

/** What an audit question asks for. */
export interface AuditRequest {
  /** Changes to users' roles or access, which `crmpro users` makes unlogged: the bot says so and shows the record changes. */
  users?: true;
  /** Sign-ins ("who logged in"), which CRMPro does not log: the bot says so and shows who used it. */
  signIns?: true;
  /** Only exports of data. */
  exports?: true;
  action?: 'read' | 'change' | 'erase';
}

/** The audit question a message asks, or undefined for anything else (a call to log, an export to make). */
export function auditRequestOf(message: string): AuditRequest | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'");
  if (ABOUT_THE_LOG.test(text)) return undefined;
  if (SIGN_INS.test(text) || BOT_USE.test(text)) return { signIns: true };
  if (USER_ACCESS.test(text) && ASKED_AFTER_CHANGE.test(text)) return { users: true };
  if (
    !LOG_NAMED.test(text) &&
    !WHO_DID.test(text) &&
    !ANYONE_DID.test(text) &&
    !WHAT_DID.test(text) &&
    !EXPORTS_ASKED.test(text) &&
    !/\bwho\b.*\bexports?\b/.test(text)
  )
    return undefined;
  if (EXPORTS.test(text)) return { exports: true };
  if (ERASURES.test(text)) return { action: 'erase' };
  if (CHANGES.test(text)) return { action: 'change' };
  if (READS.test(text) && !LOG_NAMED.test(text)) return { action: 'read' };
  return {};
}
