import type { AtRiskDealsResult } from '../../skills/at-risk-deals';
import { formatCalendarDay, formatMoney, formatPercent, formatStage } from './format';
import type { Reply } from '../reply';

/**
 * Why a named deal is at risk: its own reasons (close date passed, days in its stage, no meeting
 * …), or that it shows none; several open deals matching the words: each of them.
 */
export function namedDealRiskReply(result: AtRiskDealsResult, words: string): Reply {
  const named = result.named ?? [];
  if (!named.length) return { text: `I found no open deal matching "${words}" among the deals you can see.` };
  const lines = result.deals.map(
    (deal) =>
      `${deal.name} is at risk: ${deal.risks.map((r) => r.reason).join('; ')}.\n   ${formatMoney(deal.amount, deal.currency)} · ${formatStage(deal.stage)} · closes ${formatCalendarDay(deal.closeDate)} · ${formatPercent(deal.probability)} win chance${deal.ownerName ? ` · ${deal.ownerName}` : ''}`,
  );
  const fine = named.filter((d) => !d.atRisk).map((d) => d.name);
  if (fine.length)
    lines.push(
      `${fine.join(', ')} ${fine.length === 1 ? 'shows' : 'show'} none of the warning signs: no passed or pushed-out close date, no stage held much longer than won deals hold it, no falling win score, no long silence.`,
    );
  return { title: 'Why at risk', text: lines.join('\n') };
}
