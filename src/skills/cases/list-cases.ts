import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import type { Filter, Sort } from '../../store/store';
import { CASE_STATUSES, OPEN_CASE_STATUSES, type CaseStatus } from '../../vocabulary';
import { caseViewsOf, onlyVisibleCases, type CaseView } from '../shared/case-views';
import { endOfLocalDay } from '../shared/local-day';
import { RecordVisibility } from '../shared/record-visibility';
import { defineSkill } from '../skill';

/** Which cases a list holds. */
export const CASE_LIST_SCOPES = ['mine', 'account', 'breaching', 'status', 'number'] as const;

/** A list of cases: the ones shown (at most `limit`), how many match, and what was asked. */
export interface CaseList {
  scope: (typeof CASE_LIST_SCOPES)[number];
  statuses: CaseStatus[];
  account?: { id: string; name: string };
  /** For `breaching`: the end of the caller's day, by which these cases are (or were) due. */
  dueBy?: Date;
  total: number;
  cases: CaseView[];
}

/** Cases looked at before the visibility filter; more than support has open at once. */
const SCAN_LIMIT = 2_000;

/**
 * Lists support cases: the caller's own open ones (`mine`), an account's (`account`), the open ones
 * due under their SLA by the end of today in the caller's time zone, breached ones included
 * (`breaching`), all with a status (`status`), or one case by its number, whatever its status
 * (`number`). Reps and managers see their team's accounts' cases.
 */
export const listCases = defineSkill({
  name: 'list-cases',
  description:
    "List support cases with their numbers: scope 'mine' (the caller's open cases), 'account' (an account's cases; name it), 'breaching' (open cases past or reaching their SLA by the end of today), 'status' (every case with a status), or 'number' (one case by its number, any status). Optional status filter (default: open and pending; 'all' for every status).",
  roles: ['support', 'admin', 'analyst', 'rep', 'manager'],
  input: z.object({
    scope: z.enum(CASE_LIST_SCOPES).default('mine'),
    account: z.string().trim().min(1).max(200).optional(),
    number: z.number().int().positive().optional(),
    status: z.enum([...CASE_STATUSES, 'all']).optional(),
    limit: z.number().int().min(1).max(100).default(20),
  }),
  run: async (input, { caller, services }): Promise<CaseList> => {
    const visibility = await RecordVisibility.of(services, caller);
    const now = services.clock();
    const statuses: CaseStatus[] =
      input.status === 'all' || (input.scope === 'number' && !input.status)
        ? [...CASE_STATUSES]
        : input.status
          ? [input.status]
          : [...OPEN_CASE_STATUSES];
    const filter: Filter = { status: { $in: statuses } };
    let account: CaseList['account'];
    let dueBy: Date | undefined;
    switch (input.scope) {
      case 'mine':
        if (!caller.userId)
          throw new CrmError(ErrorCode.InvalidInput, 'I need to know who you are in the CRM.');
        filter.ownerId = caller.userId;
        break;
      case 'account': {
        if (!input.account) throw new CrmError(ErrorCode.InvalidInput, 'Which account?');
        const found = await visibility.resolveAccount(input.account);
        if ((await visibility.access(found.ownerId, 'case')) !== 'full')
          throw new CrmError(
            ErrorCode.Forbidden,
            `The cases of ${found.name} are for its own team and support.`,
          );
        account = { id: found._id, name: found.name };
        filter.accountId = found._id;
        break;
      }
      case 'breaching':
        dueBy = endOfLocalDay(now, caller.timezone);
        filter.status = { $in: statuses.filter((s) => OPEN_CASE_STATUSES.includes(s)) };
        filter.slaDueAt = { $lte: dueBy };
        break;
      case 'status':
        break;
      case 'number':
        if (input.number === undefined) throw new CrmError(ErrorCode.InvalidInput, 'Which case number?');
        filter.number = input.number;
        break;
    }
    const sort: Sort = input.scope === 'breaching' ? { slaDueAt: 1 } : { number: -1 };
    const found = await onlyVisibleCases(
      visibility,
      await services.store.cases.find(filter, { sort, limit: SCAN_LIMIT }),
    );
    return {
      scope: input.scope,
      statuses,
      ...(account ? { account } : {}),
      ...(dueBy ? { dueBy } : {}),
      total: found.length,
      cases: await caseViewsOf(services.store, found.slice(0, input.limit), now),
    };
  },
});
