import type { CasePriority } from '../../vocabulary';
import { openCase, updateCase } from '../../skills/cases';
import {
  caseAssignedReply,
  caseNotedReply,
  caseOpenedReply,
  casePriorityReply,
  caseToOpenText,
  caseUpdatedReply,
} from './case-replies';
import {
  SlotFillingDialog,
  YES_NO_BUTTONS,
  type SlotAnswer,
  type SlotDialogDependencies,
  type SlotQuestion,
  type SlotStep,
  type SlotTurn,
} from './slot-filling-dialog';

export const CASE_CONFIRM_DIALOG = 'case-confirm';

/**
 * The case change waiting for a yes: a case to open, one to close with its resolution, a note to add
 * to one, or one to give to another support agent (`owner` their full name; `subject` the case's).
 */
export type CaseDraft =
  | {
      action: 'open';
      account: string;
      subject: string;
      description: string;
      priority: CasePriority;
    }
  | { action: 'close'; number: number; resolution: string }
  | { action: 'note'; number: number; subject: string; note: string }
  | { action: 'assign'; number: number; subject: string; owner: string }
  | { action: 'priority'; number: number; subject: string; from: CasePriority; priority: CasePriority };

/**
 * Confirms a case change before making it: shows the case to be opened (account, subject,
 * priority), the case to be closed with its resolution, the note to add or the agent to give the
 * case to, and asks yes or no. "yes" runs the open-case or update-case skill and replies with the
 * case number; "no" changes nothing.
 */
export class CaseConfirmDialog extends SlotFillingDialog<CaseDraft> {
  constructor(deps: SlotDialogDependencies) {
    super(CASE_CONFIRM_DIALOG, deps, ['case_open', 'case_close', 'case_update']);
  }

  protected emptyDraft(): CaseDraft {
    return { action: 'close', number: 0, resolution: '' };
  }

  protected async nextStep(draft: CaseDraft): Promise<SlotStep<CaseDraft>> {
    const text =
      draft.action === 'open'
        ? `${caseToOpenText(draft)} (yes/no)`
        : draft.action === 'note'
          ? `Add this note to case ${draft.number} (${draft.subject}): "${draft.note}"? (yes/no)`
          : draft.action === 'assign'
            ? `Assign case ${draft.number} (${draft.subject}) to ${draft.owner}? (yes/no)`
            : draft.action === 'priority'
              ? `Change the priority of case ${draft.number} (${draft.subject}) from ${draft.from} to ${draft.priority}? (yes/no)`
              : `Close case ${draft.number} with the resolution "${draft.resolution}"? (yes/no)`;
    return { draft, question: { slot: 'confirm', text, buttons: YES_NO_BUTTONS } };
  }

  protected async answer(
    question: SlotQuestion,
    text: string,
    draft: CaseDraft,
    turn: SlotTurn,
  ): Promise<SlotAnswer<CaseDraft>> {
    if (question.slot !== 'confirm') return { kind: 'unhandled' };
    const answer = /^\s*cancel\b/i.test(text) ? 'no' : await this.yesOrNo(text, turn);
    if (answer === 'no')
      return {
        kind: 'done',
        replies: [
          {
            text:
              draft.action === 'open'
                ? 'Okay, no case opened.'
                : `Okay, case ${draft.number} stays as it is.`,
          },
        ],
      };
    if (answer !== 'yes') return { kind: 'problem', problem: 'Please answer yes or no.' };
    if (draft.action === 'open') {
      const opened = await turn.skills.call(
        openCase,
        {
          account: draft.account,
          subject: draft.subject,
          description: draft.description,
          priority: draft.priority,
          channel: 'chat',
        },
        turn.caller,
      );
      if (opened.account) await this.rememberAccount(turn.context, opened.account);
      return { kind: 'done', replies: [caseOpenedReply(opened, turn.caller.timezone)] };
    }
    if (draft.action === 'note') {
      const { case: noted } = await turn.skills.call(
        updateCase,
        { number: draft.number, note: draft.note },
        turn.caller,
      );
      return { kind: 'done', replies: [caseNotedReply(noted, draft.note)] };
    }
    if (draft.action === 'assign') {
      const { case: assigned } = await turn.skills.call(
        updateCase,
        { number: draft.number, owner: draft.owner },
        turn.caller,
      );
      return { kind: 'done', replies: [caseAssignedReply(assigned)] };
    }
    if (draft.action === 'priority') {
      const { case: changed } = await turn.skills.call(
        updateCase,
        { number: draft.number, priority: draft.priority },
        turn.caller,
      );
      return { kind: 'done', replies: [casePriorityReply(changed)] };
    }
    const { case: closed } = await turn.skills.call(
      updateCase,
      { number: draft.number, status: 'closed', resolution: draft.resolution },
      turn.caller,
    );
    return { kind: 'done', replies: [caseUpdatedReply(closed)] };
  }
}
