import { taskRequestOf } from './task-requests';
import { POLITE } from './task-words';
import { patternOf } from '../../core/patterns';

/**
 * Changing a task in everyday words: "mark the qbr agenda task as done", "tick off my acme to-do",
 * "cancel the globex reminder", "push my acme task to next monday", "change the due date of the
 * msa task to friday", "reopen the qbr task". The task is named with a task word ("task", "to-do",
 * "reminder") or by the words of its title after "mark … done", "tick off" and "cross off", so
 * "close the acme deal", "mark case 1207 as resolved" and "move the acme deal to negotiation"
 * stay what they are. Right after a task was made, "actually make it friday", "move it to next
 * week" and "mark it done" change that task (`recentTaskChangeOf`).
 */

/** What a request does to a task. */
export type TaskChangeKind = 'done' | 'cancelled' | 'open' | 'due';

/** A change of a task as asked. */
export interface TaskChangeRequest {
  change: TaskChangeKind;
  /** The words that name the task ("the qbr agenda task"); empty for "it" (the task just made). */
  taskWords: string;
  /** The words of the new due day ("next monday"), for a move. */
  dayWords?: string;
}

const TASK_NOUN = String.raw`(?:task|to-?do|todo|reminder|action\s+item)s?`;
/** A task named with a task word: "the qbr agenda task", "my acme to-do", "that reminder". */
const NAMED_TASK = String.raw`(?:(?:the|my|that|this|our)\s+(?:[^,.;!?]*?\s)?)?${TASK_NOUN}(?:\s+(?:to|for|about)\s+[^,.;!?]+?)?`;
/** The words of a day after "to": never holding another "to" ("the task to call kevin to friday": friday). */
const DAY = String.raw`(?<day>(?:(?!\s(?:to|till|until)\s)[^,;!?])+?)`;
const DONE = String.raw`(?:done|complete|completed|finished|closed)`;
const NOT_DONE = String.raw`(?:not\s+done|undone|open|incomplete|not\s+complete)`;
/** Records of other kinds, whose words rule a task out ("mark case 1207 as done", "mark the acme deal done"). */
const OTHER_RECORD =
  /\b(?:deals?|opps?|opportunit(?:y|ies)|cases?|tickets?|leads?|accounts?|contacts?|digests?)\b/i;
/** Longest message read as a change of a task: a longer one is a question or a note of its own (and the patterns stay cheap). */
const MAX_LENGTH = 300;
const END = String.raw`\s*[.!]*(?:[\s,]+(?:thanks|thank\s+you|thx|ty|pls|please))?[.!]*\s*$`;

interface Pattern {
  change: TaskChangeKind;
  pattern: RegExp;
}

const PATTERNS: readonly Pattern[] = [
  // "mark the acme task as not done" (before "mark … done")
  {
    change: 'open',
    pattern: new RegExp(
      String.raw`^\s*${POLITE}mark\s+(?<task>.+?)\s+(?:as\s+)?${NOT_DONE}(?:\s+again)?${END}`,
      'i',
    ),
  },
  // "mark the qbr agenda task as done", "mark send acme the agenda complete"
  {
    change: 'done',
    pattern: new RegExp(String.raw`^\s*${POLITE}mark\s+(?<task>.+?)\s+(?:as\s+)?${DONE}${END}`, 'i'),
  },
  // "tick off the qbr agenda", "check off my acme to-do", "cross the msa task off"
  {
    change: 'done',
    pattern: new RegExp(
      String.raw`^\s*${POLITE}(?:tick|check|cross)\s+(?:off\s+(?<task>.+?)|(?<task2>.+?)\s+off)${END}`,
      'i',
    ),
  },
  // "complete the qbr task", "close my acme to-do", "finish that reminder"
  {
    change: 'done',
    pattern: new RegExp(
      String.raw`^\s*${POLITE}(?:complete|finish|close(?:\s+out)?)\s+(?<task>${NAMED_TASK})${END}`,
      'i',
    ),
  },
  // "i've done the qbr task", "finished my acme to-do"
  {
    change: 'done',
    pattern: new RegExp(
      String.raw`^\s*(?:i\s*(?:'ve|’ve|\s+have)?\s+|just\s+)?(?:done|did|finished|completed)\s+(?<task>${NAMED_TASK})${END}`,
      'i',
    ),
  },
  // "the qbr task is done", "my acme to-do is finished"
  {
    change: 'done',
    pattern: new RegExp(
      String.raw`^\s*(?<task>${NAMED_TASK})\s+(?:is|'s|’s)\s+(?:now\s+)?${DONE}${END}`,
      'i',
    ),
  },
  // "cancel the globex reminder", "delete my qbr task", "get rid of that to-do"
  {
    change: 'cancelled',
    pattern: new RegExp(
      String.raw`^\s*${POLITE}(?:cancel|delete|remove|drop|scrap|bin|get\s+rid\s+of|kill)\s+(?<task>${NAMED_TASK})${END}`,
      'i',
    ),
  },
  // "reopen the qbr task", "mark the acme to-do as not done"
  {
    change: 'open',
    pattern: new RegExp(
      String.raw`^\s*${POLITE}(?:re-?open|undo|un-?mark)\s+(?<task>${NAMED_TASK})${END}`,
      'i',
    ),
  },
  // "change the due date of the msa task to friday", "set the due day for my acme to-do to next week"
  {
    change: 'due',
    pattern: new RegExp(
      String.raw`^\s*${POLITE}(?:change|move|set|push|update)\s+the\s+(?:due\s+(?:date|day)|deadline)\s+(?:of|on|for)\s+(?<task>.+?)\s+(?:to|till|until|for)\s+${DAY}${END}`,
      'i',
    ),
  },
  // "push my acme task to next monday", "move the qbr reminder to friday", "reschedule that to-do for tomorrow"
  {
    change: 'due',
    pattern: new RegExp(
      String.raw`^\s*${POLITE}(?:move|push|reschedule|shift|bump|postpone|defer|delay|change)\s+(?<task>${NAMED_TASK})(?:'s\s+due\s+(?:date|day))?\s+(?:(?:back\s+|out\s+|off\s+)?to|till|until|for|due|by|on)\s+${DAY}${END}`,
      'i',
    ),
  },
];

/** The change a message asks of a task it names, or undefined when it asks none. */
export function taskChangeOf(text: string): TaskChangeRequest | undefined {
  const said = text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  // "make a task for me: send the proposal on friday", "set a reminder to …": a task to create.
  if (said.length > MAX_LENGTH || taskRequestOf(said) !== undefined) return undefined;
  for (const { change, pattern } of PATTERNS) {
    const match = pattern.exec(said);
    const task = (match?.groups?.task ?? match?.groups?.task2)?.trim();
    if (!match || !task) continue;
    // "mark case 1207 as done", "tick off the acme deal": another kind of record, unless a task word says otherwise.
    if (OTHER_RECORD.test(task) && !patternOf(String.raw`\b${TASK_NOUN}\b`, 'i').test(task)) continue;
    const day = match.groups?.day?.trim();
    return { change, taskWords: isPronoun(task) ? '' : task, ...(day ? { dayWords: day } : {}) };
  }
  return undefined;
}

/** "it", "that", "that one", "this task": the task just made, not words of a title. */
function isPronoun(words: string): boolean {
  return /^(?:it|that|this|that\s+one|this\s+one|(?:that|this|the)\s+(?:task|to-?do|todo|reminder))$/i.test(
    words,
  );
}

const LEAD = String.raw`(?:(?:actually|no|nah|sorry|oh|oops|wait|hmm|hm|ok|okay|um|uh|on\s+second\s+thought)\b[,.\s]*)*`;
/** "actually make it friday", "move it to next week", "can you push that to monday instead" */
const MOVE_IT = new RegExp(
  String.raw`^\s*${LEAD}${POLITE}(?:make|change|move|push|set|shift|bump|reschedule|postpone)\s+(?:it|that|this)(?:\s+one|\s+task|\s+reminder)?(?:\s+(?:(?:back\s+|out\s+)?to|till|until|for|due|on))?\s+(?<day>.+?)(?:\s+instead)?${END}`,
  'i',
);
/** "friday instead", "actually next monday" */
const DAY_INSTEAD = new RegExp(
  String.raw`^\s*${LEAD}(?<day>(?:on\s+|next\s+|this\s+)?[a-z0-9 ]{3,20}?)\s+instead${END}`,
  'i',
);
/** "mark it done", "mark that as complete", "it's done", "cancel it" (a bare "cancel" stops what is under way). */
const DONE_IT = new RegExp(
  String.raw`^\s*${LEAD}${POLITE}(?:mark\s+(?:it|that|this)(?:\s+one)?\s+(?:as\s+)?${DONE}|(?:it|that)(?:'s|\s+is)\s+(?:already\s+)?done(?:\s+already)?)${END}`,
  'i',
);
const CANCEL_IT = new RegExp(
  String.raw`^\s*${LEAD}${POLITE}(?:cancel|delete|remove|drop|scrap)\s+(?:that|this|the)\s+(?:task|to-?do|reminder)${END}`,
  'i',
);

/**
 * The change a short message asks of the task just made ("actually make it friday", "mark it
 * done", "delete that task"), or undefined. Only meaningful right after a task was created; the
 * root dialog asks it then, with `namesDay` saying whether words name a day ("make it a
 * priority" moves nothing).
 */
export function recentTaskChangeOf(
  text: string,
  namesDay: (words: string) => boolean,
): TaskChangeRequest | undefined {
  const said = text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  if (said.length > MAX_LENGTH) return undefined;
  const named = taskChangeOf(said);
  if (named && !named.taskWords && (named.change !== 'due' || namesDay(named.dayWords ?? ''))) return named;
  // "make it a priority", "the other one instead": no day, so no move.
  const moved = MOVE_IT.exec(said) ?? DAY_INSTEAD.exec(said);
  const day = moved?.groups?.day?.trim();
  if (day && namesDay(day)) return { change: 'due', taskWords: '', dayWords: day };
  if (DONE_IT.test(said)) return { change: 'done', taskWords: '' };
  if (CANCEL_IT.test(said)) return { change: 'cancelled', taskWords: '' };
  return undefined;
}
