import type { RequestClock } from './crm-write-requests';
import type { InteractionDraft } from './log-interaction-questions';
import { dueDayOf } from './task-draft';

/** A day something is due by, in what was said: "by friday", "before the 15th", "no later than next week". */
const DEADLINE = /\b(?:by|before|until|till|no\s+later\s+than|due(?:\s+on)?)\s+(\S+(?:\s+\S+){0,4})/i;

/** What may stand between the deadline word and its day: "by friday", "by the end of the month". */
const DAY_FIRST = /^(?:the\s+)?(?:end\s+of\s+)?$/i;

/**
 * "he wants the revised quote by friday": a day what was said is due by is the day of the
 * follow-up task offered after logging, unless the request asked for a follow-up of its own
 * ("..., follow up in May"). The day must be what the deadline word is followed by ("by phone" is none).
 */
export function withDeadlineFollowUp(draft: InteractionDraft, clock: RequestClock): InteractionDraft {
  if (draft.followUp || !draft.summary) return draft;
  const words = DEADLINE.exec(draft.summary)?.[1];
  const day = words ? dueDayOf(words, clock) : undefined;
  const at = day && words ? words.toLowerCase().indexOf(day.text.toLowerCase()) : -1;
  if (!day || !words || at < 0 || !DAY_FIRST.test(words.slice(0, at))) return draft;
  return { ...draft, followUp: { due: day.due } };
}
