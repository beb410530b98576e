import { accountHistories, type AccountHistory } from '../../../src/ml/churn/account-history';
import { churnFeatures } from '../../../src/ml/churn/churn-features';
import { trainChurnModel, type ChurnModel } from '../../../src/ml/churn/churn-model';
import { churnSnapshots, snapshotCutoffs } from '../../../src/ml/churn/churn-snapshots';
import { scoreSentiment, SENTIMENT_LEXICON } from '../../../src/ml/sentiment';
import { generateDemoCrm } from '../../../src/store/seed';

const ANCHOR = new Date('2026-03-02T00:00:00Z');
const DAY = 86_400_000;

describe('the churn model on the demo CRM', () => {
  const crm = generateDemoCrm({ anchor: ANCHOR, scale: 0.3 });
  const options = { sentimentOf: scoreSentiment, lexicon: SENTIMENT_LEXICON };
  let model: ChurnModel;
  let histories: Map<string, AccountHistory>;
  beforeAll(() => {
    model = trainChurnModel(crm, ANCHOR, options);
    histories = accountHistories(crm, scoreSentiment);
  });

  it('learns from snapshots at past cutoffs and ranks the accounts lost next quarter higher on a time split', () => {
    const { data, metrics, plan } = model.card;
    expect(data.cutoffs).toBeGreaterThan(10);
    expect(new Date(data.lastCutoff).getTime()).toBeLessThanOrEqual(
      ANCHOR.getTime() - (plan.horizonDays + plan.settleDays) * DAY,
    );
    const test = metrics.test!;
    expect(test.positives).toBeGreaterThan(5);
    expect(test.auc).toBeGreaterThan(0.72);
    expect(test.brier).toBeLessThan(test.baseBrier);
    expect(test.reliability.reduce((sum, bin) => sum + bin.count, 0)).toBe(test.rows);
  });

  it('uses only what was known at the cutoff: a row does not change when later history is added', () => {
    const [cutoff] = snapshotCutoffs(histories, ANCHOR).slice(-1);
    const lost = churnSnapshots(histories, [cutoff!], 90);
    const index = lost.labels.indexOf(1);
    const history = histories.get(lost.accountIds[index]!)!;
    const later = {
      ...history,
      orders: [...history.orders, cutoff! + 10 * DAY],
      interactions: [...history.interactions, { at: cutoff! + 5 * DAY, sentiment: -0.9 }],
    };
    expect(churnFeatures(later, cutoff!)).toEqual(lost.rows[index]);
  });

  it('names the planted cause: a champion who left and souring interactions raise the risk and are the reasons', () => {
    // A healthy customer with a champion: the same account, then its champion leaves and its touches sour.
    const candidates = [...histories.values()].filter(
      (h) => h.account.status === 'customer' && h.champions.some((c) => c.leftAt === Infinity),
    );
    const probabilities = model.probabilities(candidates, ANCHOR);
    const healthy = candidates[probabilities.indexOf(Math.min(...probabilities))]!;
    const before = model.explain(healthy, ANCHOR);
    const now = ANCHOR.getTime();
    const troubled: AccountHistory = {
      ...healthy,
      champions: healthy.champions.map((c) => ({ ...c, leftAt: now - 40 * DAY })),
      interactions: healthy.interactions.map((i) => (i.at > now - 90 * DAY ? { ...i, sentiment: -0.5 } : i)),
    };
    const after = model.explain(troubled, ANCHOR, 5);
    expect(after.probability).toBeGreaterThan(before.probability + 0.05);
    const kinds = after.reasons.map((r) => r.kind);
    expect(kinds).toContain('champion_left');
    expect(kinds).toContain('negative_sentiment');
    const championReason = after.reasons.find((r) => r.kind === 'champion_left')!;
    expect(championReason.text).toMatch(/^champion left \(.+\)$/);
  });

  it('refuses to train on a history with too few losses', () => {
    const tiny = { ...crm, accounts: crm.accounts.slice(0, 5), deals: [] };
    expect(() => trainChurnModel(tiny, ANCHOR, options)).toThrow(/Not enough history/);
  });
});
