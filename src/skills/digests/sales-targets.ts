import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import type { Store } from '../../store/store';
import type { SalesTarget } from '../../vocabulary/digest';
import type { User } from '../../vocabulary/user';
import { parseForecastPeriod } from '../shared/forecast-period';
import { salesTargetIdOf, salesTargetOf, targetPeriodOf } from '../shared/sales-target-records';
import { defineSkill } from '../skill';

export { salesTargetIdOf, salesTargetOf, targetPeriodOf } from '../shared/sales-target-records';

/** A target period as written: `2026-Q1`, `2026-03` or `2026`. */
export const TARGET_PERIOD = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

/**
 * Sets a team's sales target for a period (`crmpro targets set --team EMEA --period 2026-Q1
 * --amount 1200000`, or "set the EMEA target for Q1 to 1.2M" in chat). Managers set their own team's;
 * admins any team's. The forecast digest compares the weighted forecast with it.
 */
export const setSalesTarget = defineSkill({
  name: 'set-sales-target',
  description:
    "Set a team's sales target for a quarter, month or year (the forecast digest compares against it).",
  roles: ['manager', 'admin'],
  changesData: true,
  input: z.object({
    team: z.string().trim().min(1).max(80),
    period: z
      .string()
      .trim()
      .transform((p) => p.toUpperCase())
      .pipe(z.string().regex(TARGET_PERIOD, 'use 2026-Q1, 2026-03 or 2026')),
    amount: z.number().positive().max(1e13),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .default('USD'),
  }),
  run: async (input, { caller, services }): Promise<SalesTarget> => {
    const member = await services.store.users.findOne({
      team: new RegExp(`^${input.team.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'),
    });
    if (!member) throw new CrmError(ErrorCode.NotFound, `I don't know a team called "${input.team}".`);
    if (caller.role !== 'admin' && caller.team?.toLowerCase() !== member.team.toLowerCase())
      throw new CrmError(ErrorCode.Forbidden, "Managers set their own team's target only.");
    const _id = salesTargetIdOf(member.team, input.period);
    await services.store.salesTargets.updateOne(
      { _id },
      { $set: { team: member.team, period: input.period, amount: input.amount, currency: input.currency } },
      { upsert: true },
    );
    return (await services.store.salesTargets.findById(_id))!;
  },
});

/**
 * The target period key of a period as people say it ("this quarter", "Q1", "Q1 2026", "2026-Q1",
 * "next month", "2026"), relative to `now`; INVALID_INPUT for a span targets are not set for (H1).
 */
export function targetPeriodOfWords(text: string, now: Date): string {
  const said = text.trim();
  if (TARGET_PERIOD.test(said.toUpperCase())) return said.toUpperCase();
  const period = parseForecastPeriod(said, now);
  const key = targetPeriodOf(period.from, period.to);
  const months =
    (period.to.getUTCFullYear() - period.from.getUTCFullYear()) * 12 +
    period.to.getUTCMonth() -
    period.from.getUTCMonth();
  if (![1, 3, 12].includes(months))
    throw new CrmError(
      ErrorCode.InvalidInput,
      `Targets are set per quarter, month or year, not for ${period.label}.`,
    );
  return key;
}

/** The answer of `sales-target`. */
export interface SalesTargetAnswer {
  team: string;
  period: string;
  target: SalesTarget | null;
  /** The person named where a team was expected ("Olivia's target"): the team is theirs. */
  person?: string;
}

/**
 * A team's sales target for a period ("what's our target this quarter?"): the caller's own team
 * unless another is named (managers and admins may look at any team's; reps at their own).
 */
export const salesTarget = defineSkill({
  name: 'sales-target',
  description:
    "A team's sales target for a quarter, month or year (default: the caller's team, this quarter).",
  roles: ['rep', 'manager', 'admin'],
  input: z.object({
    team: z.string().trim().min(1).max(80).optional(),
    period: z.string().trim().min(1).max(40).default('this quarter'),
  }),
  run: async (input, { caller, services }): Promise<SalesTargetAnswer> => {
    const period = targetPeriodOfWords(input.period, services.clock());
    const named = input.team ?? caller.team;
    if (!named)
      throw new CrmError(
        ErrorCode.InvalidInput,
        'Which team? Say e.g. "what is the EMEA target this quarter?"',
      );
    const teamMember = await services.store.users.findOne({ team: teamPattern(named) });
    const personal = teamMember ? undefined : await onlyTeamOfPerson(services.store, named);
    const member = teamMember ?? personal?.member;
    if (!member) throw new CrmError(ErrorCode.NotFound, `I don't know a team called "${named}".`);
    if (caller.role === 'rep' && caller.team?.toLowerCase() !== member.team.toLowerCase())
      throw new CrmError(ErrorCode.Forbidden, "Reps see their own team's target only.");
    return {
      team: member.team,
      period,
      target: await salesTargetOf(services.store, member.team, period),
      ...(personal ? { person: personal.person } : {}),
    };
  },
});

/**
 * Targets are per team: "Sam's quota" is the target of Sam's team, when the name (a first name, a
 * last name or a whole one) is one user's, or several users' of one team. `person` is the whole
 * name when one user has it, else the name as said.
 */
async function onlyTeamOfPerson(
  store: Store,
  name: string,
): Promise<{ member: User; person: string } | undefined> {
  const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const people = await store.users.find({ name: new RegExp(`(?:^|\\s)${escaped}(?:\\s|$)`, 'i') });
  const teams = new Set(people.map((p) => p.team?.toLowerCase()));
  if (people.length === 0 || teams.size !== 1 || !people[0]!.team) return undefined;
  return { member: people[0]!, person: people.length === 1 ? people[0]!.name : name.trim() };
}

function teamPattern(team: string): RegExp {
  return new RegExp(`^${team.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
}
