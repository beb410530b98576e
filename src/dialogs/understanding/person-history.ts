import type { InteractionType } from '../../vocabulary';

/**
 * What is asked of one named person over time: their interactions (all of them, or of some kinds,
 * maybe in a period), or their open tasks.
 */
export type PersonHistory =
  { kind: 'interactions'; types?: InteractionType[]; counting: boolean } | { kind: 'tasks' };

/** Kinds of interaction said in the plural ("calls with jane", "emails to kevin adams"). */
const PLURAL_TYPES: Array<[RegExp, InteractionType]> = [
  [/\b(?:phone\s+)?calls\b/, 'call'],
  [/\bmeetings\b|\bmtgs\b/, 'meeting'],
  [/\be-?mails\b/, 'email'],
  [/\bnotes\b/, 'note'],
];
/** Kinds said in the singular after "every", "all", "each" or "any" ("every call with jane"). */
const EVERY_TYPES: Array<[RegExp, InteractionType]> = [
  [/\b(?:every|each|any|all)\s+(?:(?:the|our|my|single)\s+)?(?:phone\s+)?call\b/, 'call'],
  [/\b(?:every|each|any|all)\s+(?:(?:the|our|my|single)\s+)?meeting\b/, 'meeting'],
  [/\b(?:every|each|any|all)\s+(?:(?:the|our|my|single)\s+)?e-?mail\b/, 'email'],
];
/** Interactions of any kind: "every interaction", "all touchpoints", "activity", "history", "timeline". */
const ANY_KIND =
  /\binteractions\b|\b(?:every|each|any|all)\s+(?:(?:the|our|my|single)\s+)?interaction\b|\btouch-?points?\b|\btouches\b|\bactivit(?:y|ies)\b|\bconversations\b|\bhistory\b|\btimeline\b|\beverything\s+(?:we|i)\s+(?:have\s+)?(?:logged|had|did)\b/;
/** The person's tasks: "open tasks for jane cooper", "any to-dos with kevin adams", "follow-ups with nancy". */
const TASKS = /\btasks?\b|\bto-?dos?\b|\bfollow-?ups\b|\breminders\b/;
/** The latest one only ("last call with jane", "when did we last email her"): another reading's. */
const LATEST = /\b(?:last|latest|most recent|recent(?:ly)?)\b|\bwhen\b/;
/** A request to do something ("log a call with jane", "email kevin the notes"), not a question. */
const WRITE =
  /^(?:please\s+|can you\s+|could you\s+)?(?:log|schedule|book|set\s+up|create|add|remind|send|draft|write|e-?mail|call|ring|phone|plan|new|make|mark|move|change|update|delete|cancel|close|complete)\b/;
/** Words that make it a question about the tasks, not a request to make one. */
const TASKS_ASKED =
  /\b(?:open|pending|outstanding|overdue|due|any|what|which|list|show|all|how many|do i have|are there|is there)\b/;

/**
 * What a question about one named person asks over time: "show me every interaction with jane
 * cooper", "calls with bill lumbergh this month", "how many meetings have we had with nancy
 * johnson", "emails to kevin adams in november", "open tasks for jane cooper". Undefined for the
 * latest one alone ("last email to kevin"), a field ("jane's email"), or a write ("log a call with
 * jane"). The person is named elsewhere in the message; this reads only what is asked of them.
 */
export function personHistoryOf(message: string): PersonHistory | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'").trim();
  if (WRITE.test(text) || LATEST.test(text)) return undefined;
  if (TASKS.test(text)) return TASKS_ASKED.test(text) ? { kind: 'tasks' } : undefined;
  const counting = /\bhow many\b|\bcount\b|\bnumber of\b/.test(text);
  const types = [
    ...new Set(
      [...PLURAL_TYPES, ...EVERY_TYPES].filter(([pattern]) => pattern.test(text)).map(([, type]) => type),
    ),
  ];
  if (types.length && !ANY_KIND.test(text)) return { kind: 'interactions', types, counting };
  return ANY_KIND.test(text) ? { kind: 'interactions', counting } : undefined;
}
