import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatMoney } from '../../src/dialogs/replies/format';
import { setSalesTarget } from '../../src/skills/digests';
import { forecast } from '../../src/skills/forecast';
import { pipelineSummary } from '../../src/skills/pipeline-summary';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { ChatDriver } from '../fixtures/chat-driver';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';
import { loadForecastCrm, NOW, type ForecastCrm } from './forecast-crm-fixture';

const Q1 = { from: '2026-01-01', to: '2026-03-31', label: 'Q1 2026' };

describe('pipeline summaries: the weighted forecast against the team target', () => {
  const temp = temporaryStore();
  const services = {
    ...servicesFor(temp.store, NOW),
    modelsDir: mkdtempSync(path.join(tmpdir(), 'crmpro-summary-')),
  };
  let crm: ForecastCrm;
  let manager: Caller;
  let rep: Caller;
  let westRep: Caller;
  beforeAll(async () => {
    crm = await loadForecastCrm(temp.store);
    manager = { role: 'manager', userId: crm.managerId, timezone: 'UTC', team: 'East' };
    rep = { role: 'rep', userId: crm.repId, timezone: 'UTC', team: 'East' };
    westRep = { role: 'rep', userId: crm.westRepId, timezone: 'UTC', team: 'West' };
    await invokeSkill(
      setSalesTarget,
      { team: 'East', period: '2026-Q1', amount: 2_000_000, currency: 'USD' },
      { caller: manager, services },
    );
  }, 120_000);
  afterAll(() => temp.cleanup());

  const forecastOf = async (caller: Caller, input: { period: string; scope: 'mine' | 'team' }) =>
    (await invokeSkill(forecast, input, { caller, services })).currencies;

  it("gives a manager's team summary the forecast skill's weighted figure against the target, other currencies apart", async () => {
    const summary = await invokeSkill(
      pipelineSummary,
      { owner: { scope: 'team' }, ...Q1 },
      { caller: manager, services },
    );
    const currencies = await forecastOf(manager, { period: 'Q1 2026', scope: 'team' });
    const usd = currencies.find((c) => c.currency === 'USD')!;
    const eur = currencies.find((c) => c.currency === 'EUR')!;
    expect(usd.weighted).toBeGreaterThan(0);
    expect(summary.forecastAgainstTarget).toEqual({
      team: 'East',
      period: '2026-Q1',
      target: { amount: 2_000_000, currency: 'USD' },
      weighted: usd.weighted,
      attainment: usd.weighted / 2_000_000,
      gap: 2_000_000 - usd.weighted,
      otherCurrencies: [{ amount: eur.weighted, currency: 'EUR' }],
    });
  });

  it('says nothing about targets when none is set for the period, for one rep, or for another team without one', async () => {
    // March 2026 is a month with no target (the target is the quarter's).
    const march = await invokeSkill(
      pipelineSummary,
      { owner: { scope: 'team' }, from: '2026-03-01', to: '2026-03-31', label: 'March 2026' },
      { caller: manager, services },
    );
    expect(march.forecastAgainstTarget).toBeUndefined();
    // A span that is not a whole month, quarter or year has no target to compare with.
    const span = await invokeSkill(
      pipelineSummary,
      { owner: { scope: 'team' }, from: '2026-01-01', to: '2026-03-30', label: 'lately' },
      { caller: manager, services },
    );
    expect(span.forecastAgainstTarget).toBeUndefined();
    // A rep's own figures, or a named rep's, are not measured against the whole team's target.
    const own = await invokeSkill(
      pipelineSummary,
      { owner: { scope: 'mine' }, ...Q1 },
      { caller: rep, services },
    );
    expect(own.scopeLabel).toBe('your deals');
    expect(own.forecastAgainstTarget).toBeUndefined();
    const named = await invokeSkill(
      pipelineSummary,
      { owner: { rep: 'Ana Ortiz' }, ...Q1 },
      { caller: manager, services },
    );
    expect(named.forecastAgainstTarget).toBeUndefined();
    // West has no target: its rep's team summary says nothing about East's.
    const west = await invokeSkill(
      pipelineSummary,
      { owner: { scope: 'team' }, ...Q1 },
      { caller: westRep, services },
    );
    expect(west.scopeLabel).toBe('team West');
    expect(west.forecastAgainstTarget).toBeUndefined();
  });

  it('a rep asking about their team gets their own team’s figure against its target, the same as the forecast skill gives them', async () => {
    const summary = await invokeSkill(
      pipelineSummary,
      { owner: { scope: 'team' }, ...Q1 },
      { caller: rep, services },
    );
    const usd = (await forecastOf(rep, { period: 'Q1 2026', scope: 'team' })).find(
      (c) => c.currency === 'USD',
    )!;
    expect(summary.forecastAgainstTarget?.weighted).toBe(usd.weighted);
  });

  it('says it in chat to the manager, and not to a rep about their own pipeline or for a period without a target', async () => {
    const currencies = await forecastOf(manager, { period: 'Q1 2026', scope: 'team' });
    const usd = currencies.find((c) => c.currency === 'USD')!;
    const eur = currencies.find((c) => c.currency === 'EUR')!;
    const say = async (chat: ChatDriver, message: string) =>
      (await chat.say(message)).map((r) => r.text).join('\n');

    const mia = new ChatDriver(services, 'summary-manager', { localUser: 'mia@example.com' });
    const team = await say(mia, 'how is my team doing this quarter?');
    expect(team).toContain('team East');
    const percent = Math.round((usd.weighted / 2_000_000) * 100);
    expect(team).toContain(
      `Forecast against the East target for 2026-Q1: weighted ${formatMoney(usd.weighted, 'USD')} of $2M (${percent}%), ${formatMoney(2_000_000 - usd.weighted, 'USD')} short (not counted against it: ${formatMoney(eur.weighted, 'EUR')} weighted in other currencies).`,
    );
    const lastMonth = await say(mia, 'how did my team do last month?');
    expect(lastMonth).toContain('February 2026');
    expect(lastMonth).not.toMatch(/target/i);

    const ana = new ChatDriver(services, 'summary-rep', { localUser: 'ana@example.com' });
    const mine = await say(ana, "how's my pipeline looking?");
    expect(mine).toMatch(/^Your open pipeline/);
    expect(mine).not.toMatch(/target/i);
  }, 120_000);
});
