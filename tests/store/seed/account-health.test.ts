import { scoreSentiment } from '../../../src/ml/sentiment';
import { NEGATIVE_TEMPLATES } from '../../../src/store/seed/account-health';
import { generateDemoCrm } from '../../../src/store/seed';
import { Random } from '../../../src/store/seed/random';

const ANCHOR = new Date('2026-03-02T00:00:00Z');
const DAY = 86_400_000;

describe('the demo CRM account-health story', () => {
  const crm = generateDemoCrm({ anchor: ANCHOR, scale: 0.3 });
  const churned = crm.accounts.filter((a) => a.status === 'churned');

  it('dates every churn after the account last bought, and only churned accounts have one', () => {
    expect(churned.length).toBeGreaterThan(10);
    const lastOrder = new Map<string, number>();
    for (const order of crm.orders) {
      if (order.status === 'cancelled') continue;
      lastOrder.set(
        order.accountId!,
        Math.max(lastOrder.get(order.accountId!) ?? 0, order.orderedAt.getTime()),
      );
    }
    for (const account of crm.accounts) {
      if (account.status !== 'churned') {
        expect(account.churnedAt).toBeUndefined();
        continue;
      }
      expect(account.churnedAt!.getTime()).toBeLessThan(ANCHOR.getTime());
      const last = lastOrder.get(account._id);
      if (last !== undefined) expect(account.churnedAt!.getTime()).toBeGreaterThanOrEqual(last + 29 * DAY);
    }
  });

  it('makes account touches in the eight months before a churn more negative than the rest', () => {
    const churnedAt = new Map(churned.map((a) => [a._id, a.churnedAt!.getTime()]));
    const near: number[] = [];
    const other: number[] = [];
    for (const interaction of crm.interactions) {
      if (!interaction.accountId || interaction.dealId || interaction.leadId) continue;
      const churn = churnedAt.get(interaction.accountId);
      const close = churn !== undefined && churn - interaction.occurredAt.getTime() < 240 * DAY;
      (close ? near : other).push(scoreSentiment(interaction.summary));
    }
    const negativeShare = (scores: number[]) => scores.filter((s) => s < -0.1).length / scores.length;
    expect(near.length).toBeGreaterThan(30);
    expect(negativeShare(near)).toBeGreaterThan(2 * negativeShare(other));
  });

  it('has champions leave churned accounts far more often than the others', () => {
    const status = new Map(crm.accounts.map((a) => [a._id, a.status]));
    const champions = crm.contacts.filter((c) => c.buyingRole === 'champion');
    const share = (accountStatus: string) => {
      const list = champions.filter((c) => status.get(c.accountId) === accountStatus);
      return list.filter((c) => c.leftAt).length / Math.max(1, list.length);
    };
    expect(share('churned')).toBeGreaterThan(share('customer') + 0.15);
    expect(share('customer')).toBeGreaterThan(0);
  });

  it('writes negative summaries the sentiment lexicon reads as negative', () => {
    const random = new Random(3);
    for (const templates of Object.values(NEGATIVE_TEMPLATES)) {
      for (const template of templates) {
        for (let i = 0; i < 5; i++)
          expect(scoreSentiment(template('Jane Doe', 'Initech', random))).toBeLessThan(-0.1);
      }
    }
  });
});
