import { createTask } from '../../skills/create-task';
import { logInteraction } from '../../skills/log-interaction';
import { taskTitle, type InteractionDraft } from './log-interaction-questions';
import { dayLabel, type SlotAnswer, type SlotTurn } from './slot-filling-dialog';

/**
 * Saves the confirmed interaction through the log-interaction skill; the answer says what was
 * logged and keeps it in the draft for the follow-up task question.
 */
export async function saveInteraction(
  draft: InteractionDraft,
  turn: SlotTurn,
): Promise<{ answer: SlotAnswer<InteractionDraft>; account: { id: string; name: string } }> {
  const contact = draft.contact && draft.contact !== 'none' ? draft.contact : undefined;
  const logged = await turn.skills.call(
    logInteraction,
    {
      type: draft.type,
      account: draft.account!.id,
      ...(contact ? { contact: contact.id } : {}),
      ...(draft.when ? { when: draft.when } : {}),
      summary: draft.summary,
    },
    turn.caller,
  );
  const saved = `Logged the ${logged.type}${logged.contact ? ` with ${logged.contact.name}` : ''} at ${logged.account.name}.`;
  const answer: SlotAnswer<InteractionDraft> = {
    kind: 'filled',
    preface: [{ text: saved }],
    draft: {
      ...draft,
      logged: {
        id: logged.id,
        accountId: logged.account.id,
        accountName: logged.account.name,
        ...(logged.contact ? { contactName: logged.contact.name } : {}),
        summary: logged.summary,
      },
    },
  };
  return { answer, account: logged.account };
}

/** Creates the follow-up task of the logged interaction, due on `due` when given. */
export async function createFollowUpTask(
  draft: InteractionDraft,
  due: Date | string | undefined,
  turn: SlotTurn,
): Promise<SlotAnswer<InteractionDraft>> {
  const logged = draft.logged!;
  const task = await turn.skills.call(
    createTask,
    {
      title: taskTitle(logged),
      account: logged.accountId,
      interactionId: logged.id,
      ...(due ? { due } : {}),
    },
    turn.caller,
  );
  // A due day is a calendar date (stored at noon UTC of the day): read as its UTC day, never shifted
  // to the reader's zone (noon UTC is already the next day in Auckland in summer).
  const when = task.dueAt ? ` due ${dayLabel(task.dueAt, 'UTC', turn.now)}` : '';
  return { kind: 'done', replies: [{ text: `Task created: "${task.title}"${when}.` }] };
}
