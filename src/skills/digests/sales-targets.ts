import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import type { SalesTarget } from '../../vocabulary/digest';
import { defineSkill } from '../skill';

/** A target period as written: `2026-Q1`, `2026-03` or `2026`. */
export const TARGET_PERIOD = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

/** The target key of a team and period. */
export function salesTargetIdOf(team: string, period: string): string {
  return `${team.trim().toLowerCase()}:${period.toUpperCase()}`;
}

/** The period key of a forecast period's start and end (quarter, month or year), as targets name it. */
export function targetPeriodOf(from: Date, to: Date): string {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  const year = from.getUTCFullYear();
  if (months === 3) return `${year}-Q${Math.floor(from.getUTCMonth() / 3) + 1}`;
  if (months === 1) return `${year}-${String(from.getUTCMonth() + 1).padStart(2, '0')}`;
  return String(year);
}

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

/** A team's target for a period, or null. */
export async function salesTargetOf(
  store: { salesTargets: { findById(id: string): Promise<SalesTarget | null> } },
  team: string,
  period: string,
): Promise<SalesTarget | null> {
  return store.salesTargets.findById(salesTargetIdOf(team, period));
}
