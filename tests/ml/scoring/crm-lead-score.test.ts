import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadLatestLeadScore, saveLeadScore, trainLeadScore } from '../../../src/ml/scoring/crm-lead-score';
import { CrmRecords } from '../../../src/ml/scoring/crm-records';
import { generateDemoCrm } from '../../../src/store/seed';

describe('lead score trained on the demo CRM (whose win model is known)', () => {
  const anchor = new Date('2026-03-15T00:00:00Z');
  const crm = generateDemoCrm({ seed: 3, scale: 0.1, anchor });
  const records = new CrmRecords(
    crm.deals as never,
    crm.accounts as never,
    crm.contacts as never,
    crm.interactions as never,
    crm.leads as never,
  );
  const trained = trainLeadScore(records, anchor);
  const share = Object.fromEntries(trained.model.card.importances.deal.map((i) => [i.feature, i.share]));

  it('ranks held-out deals better than chance', () => {
    expect(trained.model.card.metrics.deal.auc).toBeGreaterThan(0.65);
    expect(trained.model.card.metrics.deal.brier).toBeLessThan(0.25);
  });

  it('leans on the planted drivers (champion, meetings) more than on the planted noise (emails)', () => {
    expect(share.champion!).toBeGreaterThan(share.emails!);
    expect(share.meetings!).toBeGreaterThan(share.emails!);
  });

  it('explains an open deal in words a rep understands', () => {
    const open = crm.deals.find((d) => !d.stage.startsWith('closed'))!;
    const explained = trained.model.explainDeal(open as never, records, anchor);
    const texts = [...explained.up, ...explained.down].map((f) => f.text);
    expect(texts.length).toBeGreaterThan(2);
    for (const text of texts) expect(text).toMatch(/^[a-z0-9$]|^[A-Z]/);
    expect(texts.join(' ')).not.toMatch(/undefined|NaN|null/);
  });

  it('is written as a versioned artifact with its card and read back the same', async () => {
    const modelsDir = mkdtempSync(path.join(tmpdir(), 'crmpro-models-'));
    const dir = await saveLeadScore(modelsDir, trained);
    expect(dir).toBe(path.join(modelsDir, 'lead-score', trained.model.version));
    const loaded = await loadLatestLeadScore(modelsDir);
    expect(loaded.card).toEqual(JSON.parse(JSON.stringify(trained.model.card)));
    const open = crm.deals.filter((d) => !d.stage.startsWith('closed')).slice(0, 20) as never[];
    const a = trained.model.scoreDeals(open, records, anchor);
    const b = loaded.scoreDeals(open, records, anchor);
    a.forEach((p, i) => expect(b[i]).toBeCloseTo(p, 6));
    await expect(loadLatestLeadScore(path.join(modelsDir, 'none'))).rejects.toThrow(
      /No lead-score model has been trained yet/,
    );
  });

  it('refuses to train without enough closed deals of each outcome', () => {
    const few = new CrmRecords(
      crm.deals.filter((d) => d.stage === 'closed_won').slice(0, 30) as never,
      [],
      [],
      [],
    );
    expect(() => trainLeadScore(few, anchor)).toThrow(
      'Not enough closed deals to learn from yet (30 won, 0 lost; at least 10 of each are needed).',
    );
  });
});
