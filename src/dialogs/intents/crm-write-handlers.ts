import type { Dialog } from 'botbuilder-dialogs';
import { createLead } from '../../skills/create-lead';
import { createTask } from '../../skills/create-task';
import { updateTask } from '../../skills/update-task';
import { logInteraction } from '../../skills/log-interaction';
import type { Caller, Skill, SkillRunner } from '../../skills/skill';
import { updateDealStage } from '../../skills/update-deal-stage';
import { updateDeal } from '../../skills/update-deal';
import { dealTermChangeOf } from '../routing/deal-change-requests';
import {
  CHANGE_DEAL_DIALOG,
  ChangeDealDialog,
  amountIn,
  closeDayIn,
  type DealTermsDraft,
} from './change-deal-dialog';
import { CREATE_LEAD_DIALOG, CreateLeadDialog } from './create-lead-dialog';
import { CHANGE_TASK_DIALOG, ChangeTaskDialog } from './change-task-dialog';
import { CREATE_TASK_DIALOG, CreateTaskDialog } from './create-task-dialog';
import { interactionDraftFrom, leadDraftFrom, stageDraftFrom } from './crm-write-requests';
import type { IntentHandler } from './intent-handler';
import { withDeadlineFollowUp } from './interaction-deadline';
import { rememberLastTask, shownTaskReading, taskChangeDraftFrom } from './task-change-draft';
import { taskDraftFrom } from './task-draft';
import { LOG_INTERACTION_DIALOG, LogInteractionDialog } from './log-interaction-dialog';
import { dueLabel, type SlotDialogDependencies, type SlotDialogOptions } from './slot-filling-dialog';
import { UPDATE_DEAL_STAGE_DIALOG, UpdateDealStageDialog } from './update-deal-stage-dialog';

export { startOverActiveDialog } from './slot-filling-dialog';

/** The dialogs "start over" restarts empty (other dialogs are cancelled instead). */
export const RESTARTABLE_DIALOGS: ReadonlySet<string> = new Set([
  LOG_INTERACTION_DIALOG,
  CREATE_LEAD_DIALOG,
  UPDATE_DEAL_STAGE_DIALOG,
  CHANGE_DEAL_DIALOG,
  CREATE_TASK_DIALOG,
  CHANGE_TASK_DIALOG,
]);

/**
 * Refuses a caller whose role may not use the skill before any question is asked: the skill runner
 * checks the role first and throws FORBIDDEN worded as everywhere else (the root dialog shows it).
 */
async function refuseUnlessAllowed(
  skill: Skill<never, unknown>,
  caller: Caller,
  skills: SkillRunner,
): Promise<void> {
  if (!skills.mayCall(skill, caller)) await skills.call(skill as Skill<unknown, unknown>, {}, caller);
}

/** "log a call with Jane at Initech: discussed renewal, follow up in May". */
export const logInteractionHandler: IntentHandler = {
  intents: ['log_interaction'],
  capability: {
    skill: logInteraction as Skill<never, unknown>,
    summary: 'log calls, emails and meetings, with a follow-up task',
    examples: [
      'log a call with Jane at Initech: discussed renewal, follow up in May',
      'add a note to Acme: they want a discount',
    ],
  },
  handle: async ({ text, understanding, memory, caller, skills }) => {
    await refuseUnlessAllowed(logInteraction as Skill<never, unknown>, caller, skills);
    const clock = { now: skills.clock(), timezone: caller.timezone };
    const draft = withDeadlineFollowUp(interactionDraftFrom(text, understanding, memory, clock), clock);
    return { beginDialog: LOG_INTERACTION_DIALOG, options: { draft } satisfies SlotDialogOptions<unknown> };
  },
};

/** "new lead: John Smith from Hooli, john@hooli.com". */
export const createLeadHandler: IntentHandler = {
  intents: ['create_lead'],
  capability: {
    skill: createLead as Skill<never, unknown>,
    summary: 'create leads',
    examples: ['new lead: John Smith from Hooli, john@hooli.com'],
  },
  handle: async ({ text, understanding, caller, skills }) => {
    await refuseUnlessAllowed(createLead as Skill<never, unknown>, caller, skills);
    return {
      beginDialog: CREATE_LEAD_DIALOG,
      options: { draft: leadDraftFrom(text, understanding) } satisfies SlotDialogOptions<unknown>,
    };
  },
};

/** "move the Acme anvil renewal to negotiation". */
export const updateDealStageHandler: IntentHandler = {
  intents: ['update_deal_stage'],
  capability: {
    skill: updateDealStage as Skill<never, unknown>,
    summary: 'move deals to another stage',
    examples: ['move the Acme rocket skates deal to negotiation'],
  },
  handle: async ({ text, understanding, memory, caller, skills }) => {
    await refuseUnlessAllowed(updateDealStage as Skill<never, unknown>, caller, skills);
    return {
      beginDialog: UPDATE_DEAL_STAGE_DIALOG,
      options: { draft: stageDraftFrom(text, understanding, memory) } satisfies SlotDialogOptions<unknown>,
    };
  },
};

/** "change the amount on the bennett medical renewal to 30k", "push the close date of the acme renewal to 15 feb". */
export const changeDealHandler: IntentHandler = {
  intents: ['change_deal'],
  capability: {
    skill: updateDeal as Skill<never, unknown>,
    summary: "change a deal's amount or close date",
    examples: [
      'change the amount on the Acme renewal to 30k',
      'push the close date of the Globex deal to 15 feb',
    ],
  },
  handle: async ({ text, understanding, memory, caller, skills }) => {
    await refuseUnlessAllowed(updateDeal as Skill<never, unknown>, caller, skills);
    const change = dealTermChangeOf(text);
    const draft: DealTermsDraft = { term: change?.term ?? 'amount' };
    if (change) {
      const words = change.dealWords.replace(/^(?:the|my|our|that|this)\s+/i, '');
      // "change the amount to 45k" names no deal ("the" is no deal's name): the one just talked about.
      const named = DEAL_REFERENCE.test(words) ? 'it' : words;
      const stageDraft = stageDraftFrom(`move ${named} to x`, understanding, memory);
      if (stageDraft.account) draft.account = stageDraft.account;
      if (stageDraft.recentDealId) draft.recentDealId = stageDraft.recentDealId;
      else if (named !== 'it') {
        draft.dealMention = words.replace(/\s+(?:deal|opportunity|opp)$/i, '');
        if (stageDraft.accountHints) draft.accountHints = stageDraft.accountHints;
      }
      if (change.term === 'amount') {
        const amount = amountIn(change.valueWords);
        if (amount !== undefined) draft.amount = amount;
      } else {
        const day = closeDayIn(change.valueWords, skills.clock(), caller.timezone);
        if (day) draft.closeDate = day;
      }
    }
    return { beginDialog: CHANGE_DEAL_DIALOG, options: { draft } satisfies SlotDialogOptions<unknown> };
  },
};

/** Words that point at a deal rather than name one. */
const DEAL_REFERENCE = /^(?:(?:the|that|this)\s+)?(?:the|it|its|that|this|deal|opportunity|opp|one)$/i;

/** "remind me to send the MSA to Kevin Adams at Acme next tuesday", "add a to-do: call Globex back friday". */
export const createTaskHandler: IntentHandler = {
  intents: ['create_task'],
  capability: {
    skill: createTask as Skill<never, unknown>,
    summary: 'create tasks and reminders',
    examples: ['remind me to send the proposal to Globex next tuesday'],
  },
  handle: async ({ text, understanding, memory, caller, skills }) => {
    await refuseUnlessAllowed(createTask as Skill<never, unknown>, caller, skills);
    const draft = taskDraftFrom(text, understanding, memory, {
      now: skills.clock(),
      timezone: caller.timezone,
    });
    return { beginDialog: CREATE_TASK_DIALOG, options: { draft } satisfies SlotDialogOptions<unknown> };
  },
};

/** "mark the QBR agenda task as done", "push my Acme task to next monday", "actually make it friday". */
export const changeTaskHandler: IntentHandler = {
  intents: ['change_task'],
  capability: {
    skill: updateTask as Skill<never, unknown>,
    summary: 'mark tasks done, cancel them or move their due day',
    examples: ['mark the QBR agenda task as done', 'push my Acme task to next monday'],
  },
  handle: async ({ text, memory, caller, skills }) => {
    await refuseUnlessAllowed(updateTask as Skill<never, unknown>, caller, skills);
    const clock = { now: skills.clock(), timezone: caller.timezone };
    const draft = taskChangeDraftFrom(text, memory, clock);
    // "the second one" after a task list: that task, and "it" for a change next.
    const picked = draft ? undefined : shownTaskReading(text, memory, memory.previousFocus, clock);
    if (picked) {
      const { task } = picked;
      rememberLastTask(memory, {
        id: task.id,
        title: task.title,
        ...(task.due ? { dueAt: new Date(`${task.due}T12:00:00Z`) } : {}),
        ...(task.account ? { account: task.account } : {}),
      });
      const details = [
        ...(task.due ? [`due ${dueLabel(task.due, clock.now)}`] : []),
        ...(task.account && !task.title.includes(task.account) ? [task.account] : []),
        ...(task.owner ? [`${task.owner}'s task`] : []),
      ];
      return {
        text: `"${task.title}"${details.length ? ` (${details.join(', ')})` : ''}. Say "mark it done" or "move it to friday" to change it.`,
      };
    }
    if (!draft)
      return {
        text: 'Say which task and what to change, for example "mark the QBR agenda task as done" or "push my Acme task to next monday".',
      };
    return { beginDialog: CHANGE_TASK_DIALOG, options: { draft } satisfies SlotDialogOptions<unknown> };
  },
};

/** The handlers of the CRM write requests, for the root dialog. */
export const crmWriteHandlers: readonly IntentHandler[] = [
  logInteractionHandler,
  createLeadHandler,
  updateDealStageHandler,
  changeDealHandler,
  createTaskHandler,
  changeTaskHandler,
];

/** The multi-turn dialogs the write handlers begin, to register with the root dialog. */
export function crmWriteDialogs(deps: SlotDialogDependencies): Dialog[] {
  return [
    new LogInteractionDialog(deps),
    new CreateLeadDialog(deps),
    new UpdateDealStageDialog(deps),
    new ChangeDealDialog(deps),
    new CreateTaskDialog(deps),
    new ChangeTaskDialog(deps),
  ];
}
