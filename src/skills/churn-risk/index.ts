import { z } from 'zod';
import { defineSkill } from '../skill';
import { accountHistories } from '../../ml/churn/account-history';
import { riskLevelOf } from '../../ml/churn/churn-model';
import { scoreSentiment } from '../../ml/sentiment';
import {
  CHURN_RISK_ROLES,
  churnModelOf,
  churnRisksOf,
  loadChurnRecords,
  type AccountChurnRisk,
} from '../shared/churn-model';
import { RecordVisibility } from '../shared/record-visibility';
import type { LimitedAccountView } from '../shared/visibility-policy';

export {
  CHURN_RISK_ROLES,
  churnModelOf,
  churnRisksOf,
  retrainChurnModel,
  type AccountChurnRisk,
} from '../shared/churn-model';

/** The answer of `churn-risk`. */
export type ChurnRiskResult =
  | {
      kind: 'list';
      /** Active customers ranked, riskiest first (at most `limit`). */
      accounts: AccountChurnRisk[];
      /** How many active customers the caller sees and were scored. */
      considered: number;
      /** How many of them are at high risk. */
      high: number;
      horizonDays: number;
      modelVersion: string;
    }
  | { kind: 'account'; risk: AccountChurnRisk; horizonDays: number }
  | { kind: 'not_customer'; account: string; status: 'prospect' | 'churned'; churnedAt?: Date }
  | { kind: 'limited'; view: LimitedAccountView };

/**
 * Churn risk: the probability that an active customer churns or lets its renewal lapse in the
 * next 90 days, with its reasons in words (falling orders, fewer interactions, open high-priority
 * cases, negative sentiment, champion left, an open renewal). With an account: that one account;
 * without: the caller's visible active customers, riskiest first.
 */
export const churnRisk = defineSkill({
  name: 'churn-risk',
  description:
    'Churn risk of customer accounts: the probability that an active customer churns or lets its renewal lapse in the next 90 days, with the reasons (falling orders, fewer interactions, open high-priority cases, negative sentiment, champion left). Input: account (one account) or nothing (the customers the caller sees, riskiest first), scope mine|visible, limit.',
  roles: CHURN_RISK_ROLES,
  input: z.object({
    account: z.string().trim().min(1).max(200).optional(),
    scope: z.enum(['mine', 'visible']).default('visible'),
    limit: z.number().int().min(1).max(50).default(10),
  }),
  run: async (input, { caller, services }): Promise<ChurnRiskResult> => {
    const now = services.clock();
    const visibility = await RecordVisibility.of(services, caller);
    if (input.account) {
      const account = await visibility.resolveAccount(input.account);
      if ((await visibility.access(account.ownerId, 'account')) !== 'full')
        return { kind: 'limited', view: await visibility.limitedAccount(account) };
      if (account.status !== 'customer') {
        return {
          kind: 'not_customer',
          account: account.name,
          status: account.status,
          ...(account.churnedAt ? { churnedAt: account.churnedAt } : {}),
        };
      }
      const [risk] = await churnRisksOf(services, [account], now);
      const model = await churnModelOf(services);
      return { kind: 'account', risk: risk!, horizonDays: model.card.plan.horizonDays };
    }
    const customers = await visibility.onlyFull(
      await services.store.accounts.find(
        {
          status: 'customer',
          ...(input.scope === 'mine' && caller.userId ? { ownerId: caller.userId } : {}),
        },
        { projection: { name: 1, ownerId: 1 } },
      ),
      (account) => account.ownerId,
      'account',
    );
    const model = await churnModelOf(services);
    const histories = accountHistories(
      await loadChurnRecords(
        services.store,
        customers.map((a) => a._id),
      ),
      scoreSentiment,
    );
    const scored = customers.filter((a) => histories.has(a._id));
    const probabilities = model.probabilities(
      scored.map((a) => histories.get(a._id)!),
      now,
    );
    const order = scored
      .map((_, i) => i)
      .sort(
        (a, b) => probabilities[b]! - probabilities[a]! || scored[a]!.name.localeCompare(scored[b]!.name),
      );
    const top = order.slice(0, input.limit).map((i) => scored[i]!);
    const explained = top.map((account) => ({
      accountId: account._id,
      account: account.name,
      ...(account.ownerId ? { ownerId: account.ownerId } : {}),
      ...model.explain(histories.get(account._id)!, now),
      modelVersion: model.version,
    }));
    let high = 0;
    for (const probability of probabilities) if (riskLevelOf(probability) === 'high') high++;
    return {
      kind: 'list',
      accounts: explained,
      considered: scored.length,
      high,
      horizonDays: model.card.plan.horizonDays,
      modelVersion: model.version,
    };
  },
});
