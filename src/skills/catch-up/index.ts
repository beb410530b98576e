import { z } from 'zod';
import type { Filter } from '../../store/store';
import { isOpenStage, type Case, type Deal, type DealStage, type Task } from '../../vocabulary';
import { resolveDealScope, ownerFilter } from '../shared/deal-scope';
import { onlyVisibleCases } from '../shared/case-views';
import { calendarDayOf, dayAfter, startOfLocalDay } from '../shared/local-day';
import { RecordVisibility } from '../shared/record-visibility';
import { defineSkill } from '../skill';
import { calendarDaySchema } from '../shared/calendar-day-schema';

const day = calendarDaySchema;

/** One deal as the catch-up shows it. */
export interface CatchUpDeal {
  id: string;
  name: string;
  account: string;
  amount: number;
  currency: string;
  stage: DealStage;
  owner: string;
  /** Won or lost: the day it closed; moved: the day of its last move in the period; created: the day it was entered. */
  day: string;
  closeDate: string;
  lostReason?: string;
  /** Moved: the stage it left (absent when it entered the CRM in the period). */
  movedFrom?: DealStage;
  /** Close date pushed: the close date before the move, as the note of the move records it. */
  closeDateFrom?: string;
}

/** One case opened on an account of the scope in the period. */
export interface CatchUpCase {
  number: number;
  subject: string;
  account: string;
  priority: string;
  status: string;
  openedOn: string;
}

/** One open task that fell due in the period and is still not done. */
export interface CatchUpTask {
  id: string;
  title: string;
  owner: string;
  account?: string;
  dueOn: string;
}

/**
 * What changed on the caller's records over a period ("what did i miss", "catch me up since 20
 * november"): deals won and lost, open deals moved to another stage, new deals, open deals whose
 * close date passed in the period, new cases on the scope's accounts, and open tasks that fell due
 * and were not done. Close-date and amount changes are not kept by the CRM (a deal holds its
 * current close date and amount only), so `notTracked` says so rather than guessing.
 */
export interface CatchUp {
  /** "your deals", "team Enterprise", "Sam Rivera", "everyone". */
  scopeLabel: string;
  account?: { id: string; name: string };
  from: string;
  to: string;
  won: CatchUpDeal[];
  lost: CatchUpDeal[];
  moved: CatchUpDeal[];
  created: CatchUpDeal[];
  /** Open deals whose close date fell in the period and passed: they slipped (or wait to be closed). */
  pastCloseDate: CatchUpDeal[];
  /**
   * Close dates moved in the period, as the deal's notes record them ("close date moved from
   * 2026-11-04 to 2026-12-21"; `day` the day of the note, `closeDateFrom` the date before, `closeDate` the one after).
   */
  closeDatesMoved: CatchUpDeal[];
  cases: CatchUpCase[];
  overdueTasks: CatchUpTask[];
  notTracked: string[];
}

const NOT_TRACKED = [
  'changes of amounts (a deal keeps only its current one), and close dates moved without a note saying so',
];

/** The note a close-date change leaves on its deal (the same the at-risk skill reads). */
const CLOSE_DATE_MOVED = /close date moved from (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})/i;

function byAmount(a: CatchUpDeal, b: CatchUpDeal): number {
  return b.amount - a.amount || a.name.localeCompare(b.name);
}

/**
 * "What did i miss", "catch me up", "what happened on globex since 20 november": the changes on
 * the deals, cases and tasks of the caller's scope (a rep their own, a manager their team's, an
 * admin everyone's; or one account's, as far as the caller sees it) between two days.
 */
export const catchUp = defineSkill({
  name: 'catch-up',
  description:
    "What changed on a rep's, team's or account's records over a period: deals won, lost, moved and created, close dates passed, new cases and overdue tasks",
  roles: ['rep', 'manager', 'admin'],
  input: z
    .object({
      owner: z
        .union([
          z.object({ scope: z.enum(['mine', 'team', 'all']) }).strict(),
          z.object({ rep: z.string().min(1).max(100) }).strict(),
          z.object({ team: z.string().min(1).max(100) }).strict(),
        ])
        .optional(),
      accountId: z.string().min(1).max(64).optional(),
      from: day,
      to: day,
    })
    .strict(),
  run: async (input, { services, caller }): Promise<CatchUp> => {
    const store = services.store;
    const now = services.clock();
    const visibility = await RecordVisibility.of(services, caller);
    const scope = await resolveDealScope(services, caller, input.owner ?? {});
    const start = startOfLocalDay(input.from, caller.timezone);
    const end = startOfLocalDay(dayAfter(input.to), caller.timezone);
    const inWindow = (at: Date | undefined) => at !== undefined && at >= start && at < end;

    // One account, as far as the caller sees it; else the accounts the scope's people own.
    const account = input.accountId ? await store.accounts.findById(input.accountId) : null;
    const dealFilter: Filter = account ? { accountId: account._id } : ownerFilter(scope);
    const deals = await visibility.onlyFull(await store.deals.find(dealFilter), (d) => d.ownerId, 'deal');
    const accountFilter: Filter = account
      ? { _id: account._id }
      : scope.ownerIds
        ? { ownerId: { $in: scope.ownerIds } }
        : {};
    const accounts = await store.accounts.find(accountFilter, { projection: { name: 1, ownerId: 1 } });
    const accountIds = new Set(accounts.map((a) => a._id));
    const dealAccounts = await store.accounts.find(
      { _id: { $in: [...new Set(deals.map((d) => d.accountId))] } },
      { projection: { name: 1 } },
    );
    const accountName = new Map([...accounts, ...dealAccounts].map((a) => [a._id, a.name]));
    await visibility.preload(deals.map((d) => d.ownerId));
    const ownerName = async (id: string | undefined) => (await visibility.ownerOf(id))?.name ?? '';

    const view = async (
      deal: Deal,
      dayOf: string,
      extra: Partial<CatchUpDeal> = {},
    ): Promise<CatchUpDeal> => ({
      id: deal._id,
      name: deal.name,
      account: accountName.get(deal.accountId) ?? '',
      amount: deal.amount,
      currency: deal.currency,
      stage: deal.stage,
      owner: await ownerName(deal.ownerId),
      day: dayOf,
      closeDate: calendarDayOf(deal.closeDate),
      ...(deal.lostReason && deal.stage === 'closed_lost' ? { lostReason: deal.lostReason } : {}),
      ...extra,
    });
    const closedOn = (deal: Deal) => calendarDayOf(deal.closedAt ?? deal.closeDate);
    const won: CatchUpDeal[] = [];
    const lost: CatchUpDeal[] = [];
    const moved: CatchUpDeal[] = [];
    const created: CatchUpDeal[] = [];
    const pastCloseDate: CatchUpDeal[] = [];
    const today = calendarDayOf(now);
    for (const deal of deals) {
      const closed = closedOn(deal);
      if (deal.stage === 'closed_won' && closed >= input.from && closed <= input.to)
        won.push(await view(deal, closed));
      if (deal.stage === 'closed_lost' && closed >= input.from && closed <= input.to)
        lost.push(await view(deal, closed));
      if (inWindow(deal.createdAt)) created.push(await view(deal, calendarDayOf(deal.createdAt)));
      if (!isOpenStage(deal.stage)) continue;
      // A move into another open stage in the period (the deal's last one there), from the stage before it.
      const history = [...(deal.stageHistory ?? [])].sort((a, b) => a.at.getTime() - b.at.getTime());
      const lastMove = history
        .map((change, k) => ({ change, k }))
        .filter(({ change }) => inWindow(change.at))
        .pop();
      if (lastMove && lastMove.k > 0) {
        moved.push(
          await view(deal, calendarDayOf(lastMove.change.at), { movedFrom: history[lastMove.k - 1]!.stage }),
        );
      }
      const close = calendarDayOf(deal.closeDate);
      if (close >= input.from && close <= input.to && close < today)
        pastCloseDate.push(await view(deal, close));
    }

    // Close dates moved in the period, as the deals' notes say (the latest move of each deal).
    const openById = new Map(deals.filter((d) => isOpenStage(d.stage)).map((d) => [d._id, d]));
    const notes = openById.size
      ? await store.interactions.find({
          dealId: { $in: [...openById.keys()] },
          occurredAt: { $gte: start, $lt: end },
        } as Filter)
      : [];
    const latestMove = new Map<string, { at: Date; from: string; to: string }>();
    for (const note of notes) {
      const move = CLOSE_DATE_MOVED.exec(note.summary ?? '');
      if (!move || !note.dealId || note.occurredAt > now) continue;
      const known = latestMove.get(note.dealId);
      if (!known || known.at < note.occurredAt)
        latestMove.set(note.dealId, { at: note.occurredAt, from: move[1]!, to: move[2]! });
    }
    const closeDatesMoved: CatchUpDeal[] = [];
    for (const [id, move] of latestMove)
      closeDatesMoved.push(
        await view(openById.get(id)!, calendarDayOf(move.at), {
          closeDateFrom: move.from,
          closeDate: move.to,
        }),
      );

    // New cases on the scope's accounts (or the one account), as far as the caller sees cases.
    const opened = await store.cases.find({
      accountId: { $in: [...accountIds] },
      createdAt: { $gte: start, $lt: end },
    } as Filter);
    const cases = (await onlyVisibleCases(visibility, opened as Case[]))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((c) => ({
        number: c.number,
        subject: c.subject,
        account: accountName.get(c.accountId ?? '') ?? '',
        priority: c.priority,
        status: c.status,
        openedOn: calendarDayOf(c.createdAt),
      }));

    // Open tasks that fell due in the period and before now: the scope's people's, or the account's.
    const taskFilter: Filter = account
      ? { accountId: account._id, status: 'open' }
      : scope.ownerIds
        ? { ownerId: { $in: scope.ownerIds }, status: 'open' }
        : { status: 'open' };
    const tasks = (
      await visibility.onlyFull(await store.tasks.find(taskFilter), (t: Task) => t.ownerId, 'interaction')
    ).filter((t) => t.dueAt && inWindow(t.dueAt) && t.dueAt < now);
    const taskAccounts = await store.accounts.find(
      { _id: { $in: [...new Set(tasks.flatMap((t) => (t.accountId ? [t.accountId] : [])))] } },
      { projection: { name: 1 } },
    );
    const taskAccount = new Map(taskAccounts.map((a) => [a._id, a.name]));
    const overdueTasks: CatchUpTask[] = [];
    for (const task of tasks.sort((a, b) => a.dueAt!.getTime() - b.dueAt!.getTime())) {
      overdueTasks.push({
        id: task._id,
        title: task.title,
        owner: await ownerName(task.ownerId),
        ...(task.accountId && taskAccount.has(task.accountId)
          ? { account: taskAccount.get(task.accountId)! }
          : {}),
        dueOn: calendarDayOf(task.dueAt!),
      });
    }
    return {
      scopeLabel: account ? account.name : scope.label,
      ...(account ? { account: { id: account._id, name: account.name } } : {}),
      from: input.from,
      to: input.to,
      won: won.sort(byAmount),
      lost: lost.sort(byAmount),
      moved: moved.sort(byAmount),
      created: created.sort(byAmount),
      pastCloseDate: pastCloseDate.sort(byAmount),
      closeDatesMoved: closeDatesMoved.sort(byAmount),
      cases,
      overdueTasks,
      notTracked: NOT_TRACKED,
    };
  },
});
