import { recommendationsReply } from '../../src/dialogs/replies/recommendation-replies';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { recommendProducts } from '../../src/skills/recommendations';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';
import { fullView } from './full-view';
import { loadOrdersFixture } from './segments-fixture';

const rep: Caller = { role: 'rep', userId: 'r', timezone: 'UTC' };

describe('recommend-products skill over the CRM store', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  beforeAll(() => loadOrdersFixture(temp.store));
  afterAll(() => temp.cleanup());
  const pitch = async (account: string, extra: Record<string, unknown> = {}) =>
    fullView(await invokeSkill(recommendProducts, { account, ...extra }, { caller: rep, services }));

  it('suggests re-orders with their rhythm for a regular buyer', async () => {
    const result = await pitch('Acme Corporation');
    expect(result.basis).toBe('history');
    expect(
      result.suggestions
        .map((s) => s.productId)
        .slice(0, 2)
        .sort(),
    ).toEqual(['CNS-BATT', 'LIC-PRO']);
    const text = recommendationsReply(result).text;
    expect(text).toMatch(/^What to pitch to Acme Corporation, best first/);
    expect(text).toMatch(/Product LIC-PRO \(LIC-PRO\) — re-orders every \d+ days, last order 7 days ago/);
  });

  it('offers KIT-Y to the account that just bought KIT-X, saying why', async () => {
    const result = await pitch('Soylent');
    const all = [...result.suggestions, ...result.newForThem];
    const refill = all.find((s) => s.productId === 'KIT-Y');
    expect(refill?.reason).toMatchObject({ kind: 'also-bought', becauseProductId: 'KIT-X' });
    expect(recommendationsReply(result).text).toMatch(
      /accounts like Soylent that bought KIT-X Product KIT-X also bought this \(\d+ of \d+\)/,
    );
    const onlyNew = await pitch('Soylent', { onlyNew: true });
    expect(onlyNew.suggestions[0]?.productId).toBe('KIT-Y');
    expect(onlyNew.suggestions.every((s) => s.reason.kind !== 'reorder')).toBe(true);
  });

  it('falls back to popular products for an account without orders', async () => {
    const result = await pitch('Initech');
    expect(result.basis).toBe('popular');
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions.every((s) => s.reason.kind === 'popular')).toBe(true);
    expect(recommendationsReply(result).text).toMatch(
      /^Initech has no orders yet, so here are the products most accounts buy now:/,
    );
  });

  it('says NOT_FOUND for an unknown account', async () => {
    await expect(pitch('Massive Dynamic')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
