import { CrmRecords, type LeadRecord } from '../../../src/ml/scoring/crm-records';
import { leadTimeSplit, trainLeadModelOnTimeSplit } from '../../../src/ml/scoring/lead-time-split';

/**
 * Leads with a planted rule (referrals with a company address convert most, free-mail web leads
 * least), created one a day: the time split learns from the earlier ones and ranks the later ones.
 */
function plantedLeads(count: number): LeadRecord[] {
  let state = 7;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, i) => {
    const referral = random() < 0.4;
    const freeMail = random() < 0.4;
    const p = 0.15 + (referral ? 0.45 : 0) - (freeMail ? 0.1 : 0) + (freeMail ? 0 : 0.2);
    const converted = random() < p;
    const createdAt = new Date(Date.UTC(2026, 0, 1) + i * 86_400_000);
    return {
      _id: `lead${i}`,
      name: `Lead ${i}`,
      source: referral ? 'referral' : 'web',
      status: converted ? 'converted' : i % 11 === 0 ? 'working' : 'disqualified',
      email: `lead${i}@${freeMail ? 'gmail.com' : `company${i}.example`}`,
      createdAt,
      ...(converted ? { convertedAt: new Date(createdAt.getTime() + 20 * 86_400_000) } : {}),
    } as LeadRecord;
  });
}

describe('lead conversion on a time split', () => {
  const leads = plantedLeads(600);
  const records = new CrmRecords([], [], [], [], leads);
  const now = new Date(Date.UTC(2028, 0, 1));

  it('trains on the leads created before the cutoff and tests on the later ones, open leads left out', () => {
    const split = leadTimeSplit(leads, { trainShare: 0.7 });
    expect(split.train.every((l) => l.createdAt! < split.cutoff)).toBe(true);
    expect(split.test.every((l) => l.createdAt! >= split.cutoff)).toBe(true);
    const resolved = leads.filter((l) => l.status !== 'working').length;
    expect(split.train.length + split.test.length).toBe(resolved);
    expect(split.train.length / resolved).toBeCloseTo(0.7, 1);
    expect([...split.train, ...split.test].some((l) => l.status === 'working')).toBe(false);
  });

  it('ranks the later leads by the planted rule, calibrated, with a reliability table over every test lead', () => {
    const run = trainLeadModelOnTimeSplit(records, now, { trainShare: 0.7 });
    expect(run.auc).toBeGreaterThan(0.68);
    expect(run.brier).toBeLessThan(0.23);
    expect(run.reliability.reduce((sum, bin) => sum + bin.count, 0)).toBe(run.split.test.length);
    const byRule = (source: string, free: boolean) =>
      run.split.test
        .map((lead, i) => ({ lead, p: run.probabilities[i]! }))
        .filter(({ lead }) => lead.source === source && lead.email!.includes('gmail') === free)
        .map(({ p }) => p);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(byRule('referral', false))).toBeGreaterThan(mean(byRule('web', true)) + 0.3);
  });
});
