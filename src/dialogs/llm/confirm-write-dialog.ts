import type { TurnContext } from 'botbuilder';
import {
  Dialog,
  DialogReason,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { Logger } from '../../core/logger';
import type { SkillRunner } from '../../skills/skill';
import type { ConversationMemory } from '../conversation-memory';
import type { Reply } from '../reply';
import { messageText, sendReply } from '../turn-helpers';
import { callerOf } from '../turn-state';
import type { AgentOutcome, AgentTurn, CrmAgent } from './crm-agent';
import { DROPPED_REPLY, yesOrNo } from './write-replies';

/** Id of the dialog that holds the agent's changes until the person says yes or no. */
export const CONFIRM_WRITE_DIALOG = 'llm-confirm-write';

/** What the dialog keeps between turns (in the conversation state, so it survives a restart). */
interface ConfirmWriteState {
  threadId: string;
  confirmation: Reply;
}

export interface ConfirmWriteDependencies {
  agent: CrmAgent;
  skills: SkillRunner;
  logger: Logger;
  /** The system prompt of a resumed run (a failed change goes back to the model). */
  systemPromptFor: (turn: Omit<AgentTurn, 'systemPrompt'>, memory: ConversationMemory) => string;
  /** The reply for how the resumed run ended. */
  replyFor: (outcome: AgentOutcome, question: string) => Reply;
}

/**
 * Shows the changes the agent wants to make (exactly what each saves, yes/no buttons) and waits.
 * "yes" resumes the agent's run, which makes them; "no" resumes it declined, which makes none.
 * Anything else drops the changes and is routed as a new message. The run waits in the store
 * under `threadId`, this dialog in the conversation state, so the answer may come after a restart.
 */
export class ConfirmWriteDialog extends Dialog<ConfirmWriteState> {
  constructor(private readonly deps: ConfirmWriteDependencies) {
    super(CONFIRM_WRITE_DIALOG);
  }

  async beginDialog(dc: DialogContext, options?: ConfirmWriteState): Promise<DialogTurnResult> {
    if (!options) return dc.endDialog();
    dc.activeDialog!.state = options;
    await sendReply(dc.context, options.confirmation);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as ConfirmWriteState;
    const text = messageText(dc.context.activity);
    const answer = yesOrNo(text);
    if (!answer) {
      await this.deps.agent.discard(state.threadId);
      await sendReply(dc.context, DROPPED_REPLY);
      return dc.endDialog({ unhandledText: true });
    }
    const turn = { caller: callerOf(dc.context), runner: this.deps.skills };
    let outcome: AgentOutcome;
    try {
      outcome = await this.deps.agent.answer(state.threadId, answer, {
        ...turn,
        systemPrompt: this.deps.systemPromptFor(turn, {}),
      });
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'resuming the LLM agent failed');
      await sendReply(dc.context, {
        text: "Sorry, I couldn't finish that just now, so I can't say whether it was saved. Please check before asking again.",
      });
      return dc.endDialog();
    }
    if (outcome.kind === 'confirm') {
      // The model tried again after a change failed: ask about the new proposal.
      const next: ConfirmWriteState = {
        threadId: outcome.threadId,
        confirmation: this.deps.replyFor(outcome, text),
      };
      dc.activeDialog!.state = next;
      await sendReply(dc.context, next.confirmation);
      return Dialog.EndOfTurn;
    }
    await sendReply(dc.context, this.deps.replyFor(outcome, text));
    return dc.endDialog();
  }

  /** On "cancel" (or any other ending without an answer) the held run is dropped. */
  override async endDialog(
    _context: TurnContext,
    instance: DialogInstance,
    reason: DialogReason,
  ): Promise<void> {
    if (reason !== DialogReason.cancelCalled) return;
    const state = instance.state as ConfirmWriteState | undefined;
    if (state?.threadId) await this.deps.agent.discard(state.threadId);
  }
}
