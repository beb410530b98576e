import type { AccountChurnRisk, ChurnRiskResult } from '../../skills/churn-risk';
import type { Reply, ReplyListItem } from '../reply';
import { formatCalendarDay, formatPercent } from '../replies/format';
import { ownedElsewhereReply } from '../replies/limited-replies';

/** "34% (high): fewer interactions (down 60% on the quarters before), champion left (Jane Doe)". */
export function churnRiskLine(risk: Pick<AccountChurnRisk, 'probability' | 'level' | 'reasons'>): string {
  const reasons = risk.reasons.map((reason) => reason.text).join(', ');
  return `${formatPercent(risk.probability)} (${risk.level})${reasons ? `: ${reasons}` : ''}`;
}

/**
 * The caller's customers most likely to churn, riskiest first, each with its probability and top
 * reasons; or one account's risk; or why there is none (a prospect, an account already lost).
 */
export function churnRiskReply(result: ChurnRiskResult): Reply {
  switch (result.kind) {
    case 'limited':
      return ownedElsewhereReply(result.view);
    case 'not_customer':
      return {
        title: result.account,
        text:
          result.status === 'churned'
            ? `${result.account} has already churned${result.churnedAt ? ` (since ${formatCalendarDay(result.churnedAt)})` : ''}: there is no churn risk to score.`
            : `${result.account} is a prospect, not a customer yet: churn risk is scored for active customers.`,
      };
    case 'account': {
      const { risk } = result;
      const why = risk.reasons.length
        ? ` Why: ${risk.reasons.map((reason) => reason.text).join('; ')}.`
        : ' No warning signs stand out.';
      return {
        title: `${risk.account}: churn risk`,
        text: `${risk.account} has a ${formatPercent(risk.probability)} chance (${risk.level} risk) of churning or letting its renewal lapse in the next ${result.horizonDays} days (an average customer: ${formatPercent(risk.baseProbability)}).${why}`,
        facts: [
          { label: 'Churn risk', value: `${formatPercent(risk.probability)} (${risk.level})` },
          { label: 'Model', value: `churn ${risk.modelVersion}` },
        ],
      };
    }
    case 'list': {
      if (!result.accounts.length)
        return { title: 'Customers likely to churn', text: 'You have no active customers to score.' };
      const items: ReplyListItem[] = result.accounts.map((risk) => ({
        title: risk.account,
        subtitle: risk.reasons.length
          ? `${risk.level} · ${risk.reasons.map((reason) => reason.text).join(', ')}`
          : risk.level,
        value: formatPercent(risk.probability),
      }));
      const shown =
        result.accounts.length < result.considered
          ? `the ${result.accounts.length} most at risk of ${result.considered} active customers you see`
          : `your ${result.considered} active customers, riskiest first`;
      return {
        title: 'Customers likely to churn',
        text: [
          `Chance of churning or letting a renewal lapse in the next ${result.horizonDays} days, ${shown} (${result.high} at high risk):`,
          ...items.map((item) => `• ${item.title} — ${item.value}: ${item.subtitle}`),
        ].join('\n'),
        lists: [{ title: 'Churn risk', items }],
        facts: [{ label: 'Model', value: `churn ${result.modelVersion}` }],
        buttons: result.accounts.slice(0, 3).map((risk) => ({
          title: `Brief me on ${risk.account}`,
          value: `brief me on ${risk.account}`,
        })),
      };
    }
  }
}
