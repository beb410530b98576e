import { materialiseReply } from '../../src/bots/render/materialise-reply';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { atRiskDealsReply, forecastReply } from '../../src/dialogs/replies/forecast-replies';
import { atRiskDeals } from '../../src/skills/at-risk-deals';
import { forecast, parseForecastPeriod } from '../../src/skills/forecast';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';
import { loadForecastCrm, NOW, type ForecastCrm } from './forecast-crm-fixture';

describe('forecast and at-risk-deals skills', () => {
  const temp = temporaryStore();
  const services = {
    ...servicesFor(temp.store, NOW),
    modelsDir: mkdtempSync(path.join(tmpdir(), 'crmpro-forecast-')),
  };
  let crm: ForecastCrm;
  let manager: Caller;
  beforeAll(async () => {
    crm = await loadForecastCrm(temp.store);
    manager = { role: 'manager', userId: crm.managerId, timezone: 'UTC' };
  });
  afterAll(() => temp.cleanup());

  it('forecasts this quarter for the team: won, categories and model weighting per currency, never mixed', async () => {
    const result = await invokeSkill(forecast, {}, { caller: manager, services });
    expect(result.period.label).toBe('Q1 2026');
    expect(result.scope).toBe('team East');
    const usd = result.currencies.find((c) => c.currency === 'USD')!;
    const eur = result.currencies.find((c) => c.currency === 'EUR')!;
    expect(eur.openDeals).toBe(1);
    expect(eur.pipeline + eur.bestCase + eur.commit).toBe(30_000);
    // Open USD deals in Q1 for team East: champion, no champion, overdue (closed date in Q1), slipped, stalled, healthy, moved today.
    expect(usd.openDeals).toBe(7);
    expect(usd.closedWon).toBeGreaterThanOrEqual(50_000);
    expect(usd.weighted).toBeGreaterThan(usd.closedWon);
    expect(usd.weighted).toBeLessThan(usd.closedWon + usd.commit + usd.bestCase + usd.pipeline);
    expect(result.modelVersion).toMatch(/^v2026/);
    const reply = forecastReply(result);
    expect(reply.text).toMatch(/never added up/);
    expect(reply.text).toMatch(/USD: weighted \$[\d.]+[kM]? by the model/);
  });

  it('says what changed since yesterday: the deal won today and the stage move today', async () => {
    const result = await invokeSkill(
      forecast,
      { period: 'this quarter', chart: false },
      { caller: manager, services },
    );
    expect(result.changes.won.map((d) => d.name)).toEqual(['Won today']);
    expect(result.changes.stageMoves.map((m) => [m.name, m.from, m.to])).toEqual([
      ['Moved today', 'prospecting', 'negotiation'],
    ]);
    const before = result.changes.weightedBefore.find((b) => b.currency === 'USD')!.amount;
    expect(result.currencies.find((c) => c.currency === 'USD')!.weighted).toBeGreaterThan(before);
    expect(forecastReply(result).text).toMatch(/Since yesterday: .*won Won today/);
  });

  it('forecasts monthly bookings with intervals and a PNG chart', async () => {
    const result = await invokeSkill(forecast, {}, { caller: manager, services });
    const bookings = result.bookings!;
    expect(bookings.currency).toBe('USD');
    expect(bookings.history.length).toBeGreaterThanOrEqual(20);
    expect(bookings.forecast).toHaveLength(3);
    for (const m of bookings.forecast) {
      expect(m.lo95).toBeLessThanOrEqual(m.lo80);
      expect(m.lo80).toBeLessThanOrEqual(m.forecast);
      expect(m.forecast).toBeLessThanOrEqual(m.hi80);
      expect(m.hi80).toBeLessThanOrEqual(m.hi95);
    }
    // The skill returns the figures; the channel's renderer draws the chart.
    const reply = await materialiseReply(forecastReply(result));
    expect(reply.images?.[0]?.url).toMatch(/^data:image\/png;base64,/);
    const png = reply.images![0]!.url!.slice('data:image/png;base64,'.length);
    expect(Buffer.from(png, 'base64').subarray(1, 4).toString()).toBe('PNG');
  });

  it('answers an empty period plainly', async () => {
    const result = await invokeSkill(
      forecast,
      { period: 'Q3 2030', chart: false },
      { caller: manager, services },
    );
    expect(result.currencies).toEqual([]);
    expect(forecastReply({ ...result, bookings: null }).text).toMatch(
      /Nothing is won or expected to close in Q3 2030/,
    );
    // With the bookings forecast (months from now), the empty period is still said plainly.
    const withBookings = await invokeSkill(forecast, { period: 'Q3 2030' }, { caller: manager, services });
    expect(withBookings.bookings).toBeTruthy();
    const text = forecastReply(withBookings).text;
    expect(text).toMatch(/Nothing is won or expected to close in Q3 2030 for team East yet/);
    expect(text).toMatch(/Bookings forecast for the coming months \(USD/);
  });

  it('lists deals at risk with their reasons, and leaves healthy deals out', async () => {
    const result = await invokeSkill(atRiskDeals, { limit: 50 }, { caller: manager, services });
    const reasons = new Map(result.deals.map((d) => [d.id, d.risks.map((r) => r.kind)]));
    expect(reasons.get(crm.deals.overdueDeal)).toContain('overdue');
    expect(reasons.get(crm.deals.slippedDeal)).toContain('slipped');
    expect(reasons.get(crm.deals.stalledDeal)).toContain('stalled');
    expect(reasons.has(crm.deals.healthyDeal)).toBe(false);
    const text = atRiskDealsReply(result).text;
    expect(text).toMatch(/close date passed 12 days ago/);
    expect(text).toMatch(/close date pushed from 2026-03-05 to 2026-03-29/);
    expect(text).toMatch(/Stalled deal .*\n.*120 days in qualification/);
  });

  it('reads periods the way people say them', () => {
    expect(parseForecastPeriod('next quarter', NOW).label).toBe('Q2 2026');
    expect(parseForecastPeriod('Q1', NOW).label).toBe('Q1 2026');
    expect(parseForecastPeriod('q4 2025', NOW)).toMatchObject({
      label: 'Q4 2025',
      from: new Date('2025-10-01T00:00:00Z'),
      to: new Date('2026-01-01T00:00:00Z'),
    });
    expect(parseForecastPeriod('this month', NOW).label).toBe('March 2026');
    expect(parseForecastPeriod('jan', NOW).label).toBe('January 2027');
    expect(parseForecastPeriod('2026', NOW).label).toBe('2026');
    expect(() => parseForecastPeriod('someday', NOW)).toThrow(/can't tell which period/);
  });
});

describe('forecast with no history', () => {
  const temp = temporaryStore();
  const services = {
    ...servicesFor(temp.store, NOW),
    modelsDir: mkdtempSync(path.join(tmpdir(), 'crmpro-forecast-empty-')),
  };
  afterAll(() => temp.cleanup());

  it('falls back to stage probabilities and says why, with no bookings forecast', async () => {
    const [manager] = await temp.store.users.insertMany([
      { email: 'm@example.com', name: 'M', role: 'manager', team: 'T', timezone: 'UTC', active: true },
    ]);
    const [account] = await temp.store.accounts.insertMany([
      { name: 'Solo', nameKey: 'solo', status: 'prospect' },
    ]);
    await temp.store.deals.insertOne({
      name: 'Only deal',
      accountId: account!._id,
      ownerId: manager!._id,
      stage: 'proposal',
      amount: 1000,
      currency: 'GBP',
      closeDate: new Date('2026-03-30T00:00:00Z'),
      probability: 40,
      forecastCategory: 'best_case',
      type: 'new_business',
      stageHistory: [{ stage: 'proposal', at: new Date('2026-03-01T00:00:00Z') }],
    });
    const result = await invokeSkill(
      forecast,
      {},
      { caller: { role: 'manager', userId: manager!._id, timezone: 'UTC' }, services },
    );
    expect(result.modelVersion).toBeUndefined();
    expect(result.modelUnavailable).toMatch(/Not enough closed deals to learn from yet \(0 won, 0 lost/);
    expect(result.currencies).toEqual([
      expect.objectContaining({ currency: 'GBP', weighted: 400, stageWeighted: 400, bestCase: 1000 }),
    ]);
    expect(result.bookings).toBeNull();
    const text = forecastReply(result).text;
    expect(text).toMatch(/Weighted by stage probabilities: Not enough closed deals/);
    expect(text).toMatch(/Not enough won-deal history yet/);
  });
});
