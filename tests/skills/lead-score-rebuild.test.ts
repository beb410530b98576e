import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { retrainLeadScore } from '../../src/skills/lead-score';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';
import { loadForecastCrm, NOW } from './forecast-crm-fixture';

/**
 * The shipped lead-score model is rebuilt by `scripts/rebuild-lead-score-model.sh` (seed the demo
 * CRM with a fixed anchor, then `crmpro scoring retrain --as-of` that day): training as of a fixed
 * day must give the same boosters every time, versioned by that day, whatever the clock says.
 */
describe('lead-score model rebuilt as of a fixed day', () => {
  const temp = temporaryStore();
  beforeAll(() => loadForecastCrm(temp.store));
  afterAll(() => temp.cleanup());

  it('gives a byte-identical booster and the version of that day on every run', async () => {
    const asOf = new Date(Date.UTC(2026, 2, 2));
    const runs = [];
    for (const clock of [NOW, new Date(NOW.getTime() + 86_400_000 * 30)]) {
      const services = {
        ...servicesFor(temp.store, clock),
        modelsDir: mkdtempSync(path.join(tmpdir(), 'crmpro-lead-rebuild-')),
      };
      runs.push(await retrainLeadScore(services, { asOf }));
    }
    expect(runs.map((r) => r.model.version)).toEqual(['v20260302-000000', 'v20260302-000000']);
    // The fixture has too few resolved leads for a lead model; the deal model is the one to compare.
    const [first, second] = runs.map((r) => readFileSync(path.join(r.dir, 'deal', 'booster.json'), 'utf8'));
    expect(second).toBe(first);
    expect(runs[1]!.model.card.metrics).toEqual(runs[0]!.model.card.metrics);
  });
});
