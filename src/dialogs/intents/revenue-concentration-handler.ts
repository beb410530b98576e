import { revenueConcentration, type RevenueConcentration } from '../../skills/data-profile';
import type { Skill } from '../../skills/skill';
import { extractPeriodsAndDates } from '../understanding/entities/periods';
import { formatCalendarDay, formatMoneyExact } from '../replies/format';
import type { Reply } from '../reply';
import { revenueConcentrationOf } from '../routing/revenue-concentration-requests';
import type { IntentHandler } from './intent-handler';

/** A share with one decimal: 0.518 → "51.8%". */
const percent = (share: number) => `${Number((share * 100).toFixed(1))}%`;

/**
 * The top accounts' share of won revenue, per currency (never converted): "The top 10 accounts
 * brought 51.8% of the revenue won in USD ($16,738,000 of $32,300,700; 166 accounts won business in
 * USD). …", the first three of the biggest currency named.
 */
export function revenueConcentrationReply(result: RevenueConcentration, period?: string): Reply {
  const when =
    result.closedFrom && result.closedTo
      ? ` ${period ? `${period} ` : ''}(${formatCalendarDay(result.closedFrom)}–${formatCalendarDay(result.closedTo)})`
      : ' (all time)';
  const [first, ...others] = result.currencies;
  if (!first)
    return {
      text: `No deals were won${when.replace(' (all time)', '')}, so there is no revenue to share out.`,
    };
  const line = (c: RevenueConcentration['currencies'][number]) => {
    const money = `${formatMoneyExact(c.topTotal, c.currency)} of ${formatMoneyExact(c.total, c.currency)}`;
    return c.accounts <= result.top
      ? `in ${c.currency} all of it (${formatMoneyExact(c.total, c.currency)}: only ${c.accounts} ${c.accounts === 1 ? 'account' : 'accounts'} won business in ${c.currency})`
      : `in ${c.currency} ${percent(c.share)} (${money}; ${c.accounts} accounts won business in ${c.currency})`;
  };
  const head = `The top ${result.top} accounts by won revenue brought, of the revenue won${when}: ${line(first)}${others.map((c) => `; ${line(c)}`).join('')}.`;
  const leaders = first.leaders
    .slice(0, 3)
    .map((l) => `${l.name} (${formatMoneyExact(l.amount, first.currency)})`)
    .join(', ');
  return {
    text: [
      head,
      `The biggest in ${first.currency}: ${leaders}.`,
      'Each currency is counted on its own: amounts are never converted.',
    ].join('\n'),
  };
}

/**
 * "what share of revenue comes from our top 10 accounts", "how concentrated is our revenue": the
 * `revenue-concentration` skill's shares (admins and analysts, over every won deal); other roles are
 * told plainly who may ask it.
 */
export const revenueConcentrationHandler: IntentHandler = {
  intents: ['revenue_concentration'],
  capability: {
    skill: revenueConcentration as Skill<never, unknown>,
    summary: "the top accounts' share of won revenue, per currency",
    examples: ['what share of revenue comes from our top 10 accounts'],
  },
  handle: async ({ text, caller, skills }) => {
    if (!skills.mayCall(revenueConcentration as Skill<never, unknown>, caller))
      return {
        text: "I can't work out revenue concentration for you: the top accounts' share of all won revenue is for admins and analysts.",
      };
    const top = revenueConcentrationOf(text)?.top ?? 10;
    const period = extractPeriodsAndDates(text, {
      now: skills.clock(),
      timeZone: caller.timezone,
      prefer: 'past',
    }).periods[0];
    const result = await skills.call(
      revenueConcentration,
      { top, ...(period ? { closedFrom: period.start, closedTo: period.end } : {}) },
      caller,
    );
    return revenueConcentrationReply(result, period?.text);
  },
};
