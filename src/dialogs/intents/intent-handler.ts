import type { TurnContext } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import type { Caller, Skill, SkillRunner } from '../../skills/skill';
import type { ConversationMemory } from '../conversation-memory';
import type { Reply } from '../reply';
import type { Understanding } from '../routing/understanding';

/** One message as an intent handler sees it. */
export interface IntentTurn {
  readonly context: TurnContext;
  readonly text: string;
  readonly caller: Caller;
  readonly skills: SkillRunner;
  readonly understanding: Understanding;
  /** Conversation memory; changes are saved with the conversation state. */
  readonly memory: ConversationMemory;
}

/** Start a multi-turn dialog (by id, registered with the root dialog) instead of replying at once. */
export interface BeginDialog {
  beginDialog: string;
  options?: object;
}

/** What a handler does with a turn: reply now, or hand over to a multi-turn dialog. */
export type IntentOutcome = Reply | BeginDialog;

/** What the bot can do, shown in greetings and help to callers whose role may use `skill`. */
export interface Capability {
  /** The skill whose roles decide who sees this capability (none: everyone). */
  skill?: Skill<never, unknown>;
  summary: string;
  examples: string[];
}

/**
 * Answers one or more intents. Handlers call skills (never the store directly for business logic)
 * and turn their results into channel-neutral replies.
 */
export interface IntentHandler {
  readonly intents: readonly string[];
  readonly capability?: Capability;
  /** Multi-turn dialogs this handler begins (registered with the root dialog), over the bot's skills. */
  readonly dialogs?: (skills: SkillRunner) => readonly Dialog[];
  handle(turn: IntentTurn): Promise<IntentOutcome>;
}

export function isBeginDialog(outcome: IntentOutcome): outcome is BeginDialog {
  return typeof (outcome as BeginDialog).beginDialog === 'string';
}
