import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { leadScoreReply, topLeadsReply } from '../../src/dialogs/replies/scoring-replies';
import { leadScore, retrainLeadScore, topLeads } from '../../src/skills/lead-score';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';
import { loadForecastCrm, NOW, type ForecastCrm } from './forecast-crm-fixture';

describe('lead-score and top-leads skills', () => {
  const temp = temporaryStore();
  const services = {
    ...servicesFor(temp.store, NOW),
    modelsDir: mkdtempSync(path.join(tmpdir(), 'crmpro-lead-score-')),
  };
  let crm: ForecastCrm;
  let rep: Caller;
  beforeAll(async () => {
    crm = await loadForecastCrm(temp.store);
    rep = { role: 'rep', userId: crm.repId, timezone: 'UTC' };
  });
  afterAll(() => temp.cleanup());

  it('trains a model from the CRM and finds the planted driver (a champion, with its meetings)', async () => {
    const { model, dir } = await retrainLeadScore(services);
    expect(path.basename(dir)).toBe(model.version);
    expect(model.card.data.closedDeals).toBe(241);
    expect(model.card.metrics.deal.auc).toBeGreaterThan(0.7);
    const top = model.card.importances.deal.slice(0, 3).map((i) => i.feature);
    expect(top.some((f) => f === 'champion' || f === 'meetings')).toBe(true);
  });

  it('scores a deal with a champion and meetings above one without, and says why in words', async () => {
    const withChampion = await invokeSkill(
      leadScore,
      { dealId: crm.deals.championDeal },
      { caller: rep, services },
    );
    const without = await invokeSkill(
      leadScore,
      { dealId: crm.deals.noChampionDeal },
      { caller: rep, services },
    );
    if (withChampion.kind !== 'deals' || without.kind !== 'deals') throw new Error('expected deals');
    expect(withChampion.deals[0]!.probability).toBeGreaterThan(without.deals[0]!.probability + 0.2);
    const reasonsUp = withChampion.deals[0]!.up.map((f) => f.text);
    expect(
      reasonsUp.some((text) => text === 'a champion at the account' || /meetings? on the deal/.test(text)),
    ).toBe(true);
    expect(without.deals[0]!.down.map((f) => f.text)).toContain('no champion at the account');
    const reply = leadScoreReply(withChampion);
    expect(reply.text).toMatch(/Champion deal \(Company 0\) has a \d+% chance to win; its stage says 40%/);
    expect(reply.text).toMatch(/Pushing it up: /);
  });

  it('scores every open deal of an account named in chat', async () => {
    const result = await invokeSkill(leadScore, { account: 'company 4' }, { caller: rep, services });
    expect(result.kind === 'deals' && result.deals.map((d) => d.name)).toEqual(['Slipped deal']);
    await expect(invokeSkill(leadScore, { account: 'Company 3' }, { caller: rep, services })).rejects.toThrow(
      /has no open deals/,
    );
    await expect(invokeSkill(leadScore, {}, { caller: rep, services })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('ranks the caller’s open deals by win chance; team scope adds teammates, never another team', async () => {
    const mine = await invokeSkill(topLeads, {}, { caller: rep, services });
    expect(mine.scope).toBe('your deals');
    expect(mine.deals.every((d) => d.ownerId === crm.repId)).toBe(true);
    const probabilities = mine.deals.map((d) => d.probability);
    expect(probabilities).toEqual([...probabilities].sort((a, b) => b - a));
    const team = await invokeSkill(topLeads, { scope: 'team', limit: 50 }, { caller: rep, services });
    expect(team.deals.some((d) => d.ownerId === crm.teammateId)).toBe(true);
    expect(team.deals.some((d) => d.ownerId === crm.westRepId)).toBe(false);
    expect(topLeadsReply(team).text).toMatch(/^Team East's top \d+ of 8 open deals/);
  });

  it('keeps reps to their team, and managers too under CRM_VISIBILITY=team; with all, managers may look anywhere', async () => {
    await expect(invokeSkill(topLeads, { scope: 'all' }, { caller: rep, services })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(invokeSkill(topLeads, { rep: 'Wes Long' }, { caller: rep, services })).rejects.toMatchObject(
      { code: 'FORBIDDEN' },
    );
    const manager: Caller = { role: 'manager', userId: crm.managerId, timezone: 'UTC' };
    // Changed by the visibility policy (issue 13): another team's pipeline is its own team's (and admins').
    await expect(invokeSkill(topLeads, { rep: 'wes' }, { caller: manager, services })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const west = await invokeSkill(
      topLeads,
      { rep: 'wes' },
      { caller: manager, services: { ...services, visibility: 'all' } },
    );
    expect(west.deals.map((d) => d.name)).toEqual(['West deal']);
    await expect(
      invokeSkill(topLeads, {}, { caller: { role: 'visitor', timezone: 'UTC' }, services }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
