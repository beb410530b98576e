import { atRiskDeals, type AtRiskDeal, type AtRiskDealsResult } from '../../skills/at-risk-deals';
import type { PipelineSummary } from '../../skills/pipeline-summary';
import type { Caller, SkillRunner } from '../../skills/skill';
import { formatMoney, formatMoneyList } from '../replies/format';
import type { Reply } from '../reply';

/** At-risk deals named in the talking points; the rest are counted. */
const DEALS_TO_RAISE = 3;

function dealWords(deal: AtRiskDeal): string {
  return `${deal.name} (${formatMoney(deal.amount, deal.currency)})`;
}

/**
 * Talking points for a one-to-one, each drawn from a fact of the rep's summary or risks: the deals
 * at risk with their reasons, close dates already passed, quiet deals, losses, the biggest win, and
 * an open pipeline with little at the late stages.
 */
export function talkingPointsOf(summary: PipelineSummary, risks: AtRiskDealsResult): string[] {
  const points: string[] = [];
  for (const deal of risks.deals.slice(0, DEALS_TO_RAISE))
    points.push(
      `Ask about ${dealWords(deal)}: ${deal.risks.map((r) => r.reason).join('; ')}. What is the next step?`,
    );
  const overdue = risks.deals.filter((d) => d.risks.some((r) => r.kind === 'overdue'));
  if (overdue.length > 1)
    points.push(`${overdue.length} deals have close dates in the past: agree new dates, or close them out.`);
  const quiet = risks.deals.filter((d) => d.risks.some((r) => r.kind === 'quiet'));
  if (quiet.length > 1)
    points.push(`${quiet.length} deals have had no meeting or call for weeks: who is re-engaging them?`);
  if (risks.atRisk > DEALS_TO_RAISE)
    points.push(`${risks.atRisk} of ${risks.considered} open deals show a risk: which can still be saved?`);
  if (summary.lost.count > 0)
    points.push(
      `${summary.periodLabel}: ${summary.lost.count} lost (${formatMoneyList(summary.lost.totals)}). What was learnt from them?`,
    );
  const win = summary.won.biggest[0];
  if (win) points.push(`Recognise the win: ${win.name} (${formatMoney(win.amount, win.currency)}).`);
  else if (summary.won.count === 0)
    points.push(`No deals won in ${summary.periodLabel} yet: what is closest to closing?`);
  const late = summary.byStage
    .filter((s) => s.stage === 'proposal' || s.stage === 'negotiation')
    .reduce((sum, s) => sum + s.count, 0);
  if (summary.open.count >= 5 && late * 4 < summary.open.count)
    points.push(
      `Only ${late} of ${summary.open.count} open deals are at proposal or negotiation: what moves the others forward?`,
    );
  return points;
}

/**
 * "prep me for my 1:1 with sam": the rep's summary (pipeline, won and lost in the period) followed by
 * the talking points drawn from it and from the rep's deals at risk.
 */
export async function oneToOnePrepAnswer(
  rep: string,
  summary: PipelineSummary,
  summaryReply: Reply,
  caller: Caller,
  skills: SkillRunner,
): Promise<Reply> {
  const risks = await skills.call(atRiskDeals, { rep, limit: 10 }, caller);
  const points = talkingPointsOf(summary, risks);
  return {
    title: `One-to-one with ${summary.scopeLabel}`,
    text: [
      `For your one-to-one with ${summary.scopeLabel}:`,
      summaryReply.text,
      ...(points.length ? ['Talking points:', ...points.map((p) => `• ${p}`)] : []),
    ].join('\n'),
  };
}
