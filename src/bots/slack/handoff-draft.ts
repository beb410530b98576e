import { isPersonFacingError } from '../../core/errors';
import { agentAssistReply } from '../../dialogs/intents/case-replies';
import type { Reply } from '../../dialogs/reply';
import { agentAssist } from '../../skills/agent-assist';
import type { Caller, SkillRunner } from '../../skills/skill';

/**
 * "draft a reply", "suggest a reply", "@CRMPro could you draft a response to the visitor?": a
 * person in a hand-off thread asking the bot for a draft (the bot's mention already removed).
 */
const DRAFT_REQUEST =
  /^(?:(?:can|could|would)\s+you\s+|please\s+)?(?:draft|suggest|write|propose)\s+(?:me\s+)?(?:a\s+|an\s+|the\s+)?(?:reply|response|answer|draft)(?:\s+(?:to|for)\s+(?:the\s+|this\s+|their\s+|his\s+|her\s+)?(?:visitor|customer|them|him|her|this|that|it|(?:last\s+)?(?:message|question)))?(?:,?\s+please)?[\s.!?]*$/i;

/** True when a message in a hand-off thread asks the bot for a draft reply (it is not for the visitor). */
export function isDraftRequest(text: string): boolean {
  return DRAFT_REQUEST.test(text.trim());
}

/** The title of a draft posted in a hand-off thread: it says plainly that nobody has sent it. */
export const DRAFT_TITLE = 'Draft reply (not sent to the visitor)';

/** What a Slack user whose role may not use agent assist is told instead of a draft. */
export const DRAFT_REFUSED = 'Sorry, draft replies are for support specialists and admins.';

/** The longest stretch of the visitor's message quoted above a draft. */
const QUOTED_CHARS = 300;

/** What the bot posts when asked for a draft: the draft itself, or why there is none (only to the asker). */
export type HandoffDraft = { kind: 'draft'; reply: Reply } | { kind: 'refusal'; text: string };

/**
 * A draft reply to a hand-off visitor's last message for the person who asked in the thread: agent
 * assist run as that person (support and admins; anyone else is refused in plain words), drawn as
 * a staff-only draft with its citations and similar resolved cases. `question` undefined means the
 * thread is no hand-off this server knows (ended over a day ago, or before a restart).
 */
export async function handoffDraft(
  skills: SkillRunner,
  caller: Caller,
  question: string | undefined,
): Promise<HandoffDraft> {
  if (!skills.mayCall(agentAssist, caller)) return { kind: 'refusal', text: DRAFT_REFUSED };
  if (question === undefined)
    return {
      kind: 'refusal',
      text: "I don't have this hand-off's conversation any more (it ended over a day ago, or the server restarted), so I can't draft from it. Ask me with the question pasted: suggest a reply to: …",
    };
  try {
    const assist = agentAssistReply(await skills.call(agentAssist, { question }, caller));
    const quoted = question.length > QUOTED_CHARS ? `${question.slice(0, QUOTED_CHARS)}…` : question;
    return {
      kind: 'draft',
      reply: {
        ...assist,
        title: DRAFT_TITLE,
        text: `For the visitor's last message: "${quoted}"\n\n${assist.text}\n\nOnly your team sees this draft. To send it, write it (edited as you like) as a reply in this thread.`,
      },
    };
  } catch (error) {
    if (isPersonFacingError(error)) return { kind: 'refusal', text: error.message };
    throw error;
  }
}
