import { POLITE } from './task-words';

/**
 * Asking for a task or a reminder in everyday words, at the start of the message: "remind me to
 * send the MSA next tuesday", "create a task for me to review the commit on monday", "add a to-do:
 * call Globex back friday", "don't let me forget to …", "set a reminder for tomorrow to …". Only
 * the start counts: "log a call with Jane …, remind me to follow up in May" is a logged call with a
 * follow-up, and "remind me what tasks I have" is a question.
 */

const TASK_NOUN = String.raw`(?:task|to-?do|todo|reminder|follow[- ]?up\s+task|action\s+item)`;

/** The request's opening words, whose end is where what to do begins. */
const TASK_CUE = new RegExp(
  String.raw`^\s*${POLITE}(?:` +
    [
      String.raw`remind\s+(?:me|myself)\b(?:\s+(?:to|that\s+i\s+(?:need|have|must)\s+to|about|of|re)\b)?`,
      // "ping me tomorrow to …", "nudge me on friday about …" ("ping me the numbers" is no reminder)
      String.raw`(?:ping|nudge)\s+me\b(?=\s+(?:to|about|on|tomorrow|tmrw|next|in|later|at|this|monday|tuesday|wednesday|thursday|friday)\b)(?:\s+(?:to|about)\b)?`,
      String.raw`(?:create|add|make|set\s+up|open|put(?:\s+in)?|log|schedule)\s+(?:me\s+)?(?:a\s+|an\s+)?(?:new\s+|quick\s+)?${TASK_NOUN}\b(?:\s+in)?(?:\s+for\s+me)?(?:\s+(?:to|for|about|that)\b|\s*[:-])?`,
      // "schedule a follow up with them for tuesday", "set up a call with Kevin next week": a call or
      // meeting to hold later is a task; its noun stays in the title ("Follow up with them").
      String.raw`(?:schedule|set\s+up|plan|arrange)\s+(?:me\s+)?(?:a\s+|an\s+)?(?:quick\s+)?(?=(?:follow[- ]?up|call|meeting|check[- ]?in)\b(?!\s+(?:digest|report|summary)))`,
      String.raw`(?:new|quick)\s+${TASK_NOUN}\b(?:\s+for\s+me)?(?:\s+(?:to|for|about)\b|\s*[:-])?`,
      String.raw`set\s+(?:me\s+)?(?:a|an)\s+reminder\b(?:\s+for\s+me)?(?:\s+(?:to|about|that)\b|\s*[:-])?`,
      String.raw`(?:do\s+not|don'?t|dont)\s+let\s+me\s+forget\s+(?:to|about)?`,
      String.raw`make\s+sure\s+i\s+(?:remember\s+to\b)?`,
      String.raw`note\s+to\s+self\s*[:-]?`,
      String.raw`add\s+(?:this\s+|it\s+)?to\s+my\s+(?:to-?do|todo|task)(?:\s+list)?\s*[:-]?`,
      String.raw`put\s+(?:this\s+|it\s+)?on\s+my\s+(?:to-?do|todo|task)?\s*list\s*[:-]?`,
      String.raw`${TASK_NOUN}\s*:`,
    ].join('|') +
    ')',
  'i',
);

/** What follows "remind me" that makes it a question, not a reminder ("remind me what tasks I have"). */
const QUESTION_AFTER =
  /^\s*(?:what|which|who|when|where|how|why|whether|if|of\s+my|my\s+(?:tasks|to-?dos|reminders))\b/i;

/**
 * The words of what to do after a task request's opening words ("send the MSA to Kevin next
 * tuesday"), or undefined when the message is not a task request. An empty string when the
 * request says nothing more ("set a reminder").
 */
export function taskRequestOf(text: string): string | undefined {
  const cue = TASK_CUE.exec(text);
  if (!cue) return undefined;
  const rest = text.slice(cue[0].length);
  if (QUESTION_AFTER.test(rest)) return undefined;
  return rest.trim();
}

/**
 * "remind me who's on my team", "can you remind me again, what stage is acme in": a question after
 * "remind me". "remind me how the digest works" asks how something works, read whole (the documentation's).
 */
const REMIND_ME_THEN_QUESTION = new RegExp(
  String.raw`^\s*${POLITE}remind\s+(?:me|us)(?:\s+again)?\s*[,:-]?\s*(?=(?:who|what|which|when|where|how\s+(?:much|many|big|far)|whether|if)\b)`,
  'i',
);

/**
 * The question a "remind me …" lead-in asks ("remind me who's on my team" → "who's on my team"),
 * or undefined when the message is not worded so: "remind me to …" is a task, not a question.
 */
export function questionAfterRemindMe(text: string): string | undefined {
  const lead = REMIND_ME_THEN_QUESTION.exec(text);
  if (!lead) return undefined;
  const question = text.slice(lead[0].length).trim();
  return question || undefined;
}
