import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import {
  CASE_PRIORITIES,
  CASE_STATUSES,
  OPEN_CASE_STATUSES,
  slaDueAtFor,
  type Case,
  type CaseHistoryEntry,
} from '../../vocabulary';
import { caseAgentNamed } from '../shared/case-agents';
import { caseByNumber } from '../shared/case-records';
import { caseViewsOf, onlyVisibleCases, type CaseView } from '../shared/case-views';
import { RecordVisibility } from '../shared/record-visibility';
import { defineSkill } from '../skill';

/** What `update-case` changed, and the case as it is now. */
export interface UpdatedCase {
  case: CaseView;
  /** The history entries this call appended, in order. */
  changes: CaseHistoryEntry[];
}

/**
 * Changes a case by its number: its status (resolving or closing needs a resolution, unless it has
 * one), its priority (the SLA due time moves with it, counted from when it was opened), the support
 * agent working it (by name), or adds a note. Every change is appended to the case's history with who and when.
 */
export const updateCase = defineSkill({
  name: 'update-case',
  description:
    'Change a support case by its number: resolve or close it with a resolution, set its status (open, pending, resolved, closed) or priority (low, normal, high, urgent), assign it to a support agent (owner: their name), or add a note. Returns the case and the changes made.',
  roles: ['support', 'admin'],
  changesData: true,
  input: z
    .object({
      number: z.number().int().positive(),
      status: z.enum(CASE_STATUSES).optional(),
      priority: z.enum(CASE_PRIORITIES).optional(),
      resolution: z.string().trim().min(1).max(8000).optional(),
      note: z.string().trim().min(1).max(8000).optional(),
      owner: z.string().trim().min(1).max(200).optional(),
    })
    .refine((v) => v.status || v.priority || v.resolution || v.note || v.owner, {
      message: 'say what to change: a status, a priority, a resolution, a note or the agent working it',
    }),
  run: async (input, { caller, services }): Promise<UpdatedCase> => {
    const visibility = await RecordVisibility.of(services, caller);
    const found = await caseByNumber(services.store, input.number);
    if (!(await onlyVisibleCases(visibility, [found])).length)
      throw new CrmError(ErrorCode.NotFound, `I couldn't find case ${input.number}.`);
    const now = services.clock();
    const by = caller.userId ? { userId: caller.userId } : {};
    const changes: CaseHistoryEntry[] = [];
    const set: Partial<Case> = {};
    const status =
      input.status ??
      (input.resolution && OPEN_CASE_STATUSES.includes(found.status) ? 'resolved' : undefined);
    const resolving = status === 'resolved' || status === 'closed';
    if (resolving && !input.resolution && !found.resolution)
      throw new CrmError(
        ErrorCode.InvalidInput,
        `How was case ${found.number} resolved? Say it after a colon: "close case ${found.number}: fixed by reset".`,
        {
          issues: ['resolution: required to resolve or close a case'],
        },
      );
    if (input.resolution) {
      set.resolution = input.resolution;
      changes.push({ at: now, ...by, action: 'note', value: input.resolution });
    }
    if (input.note) changes.push({ at: now, ...by, action: 'note', value: input.note });
    const owner = input.owner ? await caseAgentNamed(services.store, input.owner) : undefined;
    if (owner && owner._id !== found.ownerId) {
      set.ownerId = owner._id;
      changes.push({ at: now, ...by, action: 'assigned', value: owner._id });
    }
    if (input.priority && input.priority !== found.priority) {
      const openedAt = found.history.find((entry) => entry.action === 'opened')?.at ?? found.createdAt ?? now;
      set.priority = input.priority;
      set.slaDueAt = slaDueAtFor(input.priority, openedAt);
      changes.push({ at: now, ...by, action: 'priority', value: input.priority });
    }
    if (status && status !== found.status) {
      set.status = status;
      if (resolving && !found.resolvedAt) set.resolvedAt = now;
      changes.push({ at: now, ...by, action: 'status', value: status });
    }
    if (!changes.length)
      throw new CrmError(
        ErrorCode.InvalidInput,
        `Case ${found.number} is already like that; nothing changed.`,
      );
    const updated = await services.store.cases.findOneAndUpdate(
      { _id: found._id },
      { $set: set, $push: { history: { $each: changes } } },
    );
    return { case: (await caseViewsOf(services.store, [updated ?? found], now))[0]!, changes };
  },
});
