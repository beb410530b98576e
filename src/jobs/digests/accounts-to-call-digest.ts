import { accountsToCall, CALL_REASONS, DigestLedger, type CallReason } from '../../skills/digests';
import { callerOfUser } from '../../skills/shared/user-directory';
import { invokeSkill, type SkillServices } from '../../skills/skill';
import type { User } from '../../vocabulary';
import type { DigestSubscription } from '../../vocabulary/digest';
import { churnRiskOfAccounts } from './churn-risk-reasons';
import type { ComposedDigest, DigestReply } from './forecast-digest';
import { renderReasonChart } from './digest-charts';
import { formatMoney } from './digest-money';

/** The figures of a rep's weekly accounts-to-call digest (`digest.json` in a preview). */
export interface AccountsToCallFigures {
  kind: 'accounts-to-call';
  generatedAt: string;
  subscriber: { name: string; email: string; team: string; timezone: string };
  noContactDays: number;
  renewalDays: number;
  ownedAccounts: number;
  total: number;
  byReason: Record<CallReason, number>;
  /** Whether the churn-risk skill scored the accounts (false when no churn model could be trained). */
  churnRiskIncluded: boolean;
  /** True for a first digest: falling scores are compared from the next one on. */
  firstDigest: boolean;
  accounts: {
    id: string;
    name: string;
    status: string;
    lastContactAt?: string;
    openDeals: number;
    openAmount: number;
    currency?: string;
    reasons: { code: CallReason; text: string }[];
  }[];
}

/** Words of each reason in charts and headings. */
export const REASON_LABELS: Record<CallReason, string> = {
  'renewal-due': 'Renewal coming up',
  'score-falling': 'Win score falling',
  'no-contact': 'No recent contact',
  'churn-risk': 'Churn risk',
};

/**
 * Composes a rep's weekly "accounts to call": their own accounts with a renewal coming up, a deal
 * whose win score fell since the last digest (the snapshot keeps the scores), no contact in 30
 * days, or churn risk — each reason in words — and a bar chart of the week's list by reason.
 */
export async function composeAccountsToCallDigest(
  services: SkillServices,
  subscription: DigestSubscription,
  user: User,
): Promise<ComposedDigest<AccountsToCallFigures>> {
  const caller = callerOfUser(user, subscription.timezone);
  const previous = await new DigestLedger(services.store).snapshotOf(subscription._id);
  const churn = await churnRiskOfAccounts(services, caller);
  const result = await invokeSkill(
    accountsToCall,
    {
      previous: (previous?.deals ?? []).map((d) => ({ id: d.id, probability: d.probability })),
      ...(churn.available ? { churnRisk: churn.accounts } : {}),
    },
    { caller, services },
  );
  const figures: AccountsToCallFigures = {
    kind: 'accounts-to-call',
    generatedAt: result.asOf,
    subscriber: { name: user.name, email: user.email, team: user.team, timezone: subscription.timezone },
    noContactDays: result.noContactDays,
    renewalDays: result.renewalDays,
    ownedAccounts: result.ownedAccounts,
    total: result.total,
    byReason: result.byReason,
    churnRiskIncluded: churn.available,
    firstDigest: previous === null,
    accounts: result.accounts,
  };
  const reasons = CALL_REASONS.filter((r) => r !== 'churn-risk' || churn.available);
  const chartPng = await renderReasonChart(
    'Accounts to call this week, by reason',
    reasons.map((r) => ({ label: REASON_LABELS[r], count: result.byReason[r] })),
  );
  return {
    figures,
    reply: accountsToCallReply(figures, chartPng),
    chartPng,
    chartName: 'accounts-to-call.png',
    snapshot: result.deals,
  };
}

/** The digest as a channel-neutral reply: the count by reason as facts, the accounts with their reasons. */
export function accountsToCallReply(figures: AccountsToCallFigures, chartPng: Buffer): DigestReply {
  const shown = figures.accounts.length;
  const headline = figures.total
    ? `${figures.total} of your ${figures.ownedAccounts} accounts are worth a call this week${shown < figures.total ? ` (the ${shown} most pressing below)` : ''}.`
    : `None of your ${figures.ownedAccounts} accounts needs a call this week: no renewal within ${figures.renewalDays} days, no falling score, everyone contacted in the last ${figures.noContactDays} days.`;
  const notes = [
    ...(figures.firstDigest ? ['First digest: falling scores are compared from the next one on.'] : []),
  ];
  const lines = figures.accounts.map((a) => `${a.name}: ${a.reasons.map((r) => r.text).join('; ')}`);
  return {
    title: `Accounts to call this week: ${figures.subscriber.name}`,
    text: [headline, ...lines, ...notes].join('\n\n'),
    facts: (Object.keys(REASON_LABELS) as CallReason[])
      .filter((r) => r !== 'churn-risk' || figures.churnRiskIncluded)
      .map((r) => ({ label: REASON_LABELS[r], value: String(figures.byReason[r]) })),
    lists: shown
      ? [
          {
            title: 'Call these accounts',
            items: figures.accounts.map((a) => ({
              title: a.name,
              subtitle: a.reasons.map((r) => r.text).join('; '),
              ...(a.currency && a.openAmount ? { value: money(a.openAmount, a.currency) } : {}),
            })),
          },
        ]
      : [],
    images: [
      { alt: 'Accounts to call by reason', url: `data:image/png;base64,${chartPng.toString('base64')}` },
    ],
  };
}

function money(amount: number, currency: string): string {
  return formatMoney(amount, currency);
}
