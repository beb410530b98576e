import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { leadConversionReply } from '../../src/dialogs/replies/lead-conversion-replies';
import { saveLeadScore, trainLeadScore } from '../../src/ml/scoring/crm-lead-score';
import { CrmRecords } from '../../src/ml/scoring/crm-records';
import { leadConversion } from '../../src/skills/lead-conversion';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { DEMO_REP_EMAIL, generateDemoCrm } from '../../src/store/seed';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';

/**
 * Lead conversion on the demo CRM (whose leads convert by source, fit and engagement, see
 * src/store/seed/demo-leads.ts): the lead model is trained from the generated CRM, the store holds
 * its users, leads and the leads' touches, and the skill ranks the open leads a caller may see.
 */
describe('lead-conversion skill on the demo CRM', () => {
  const anchor = new Date(Date.UTC(2026, 10, 25));
  const crm = generateDemoCrm({ scale: 0.5, anchor });
  const temp = temporaryStore();
  const services = {
    ...servicesFor(temp.store, anchor),
    modelsDir: mkdtempSync(path.join(tmpdir(), 'crmpro-lc-')),
  };
  const callers: Record<string, Caller> = {};
  const latestWebinar = crm.leads
    .filter((l) => l.campaign?.includes('webinar'))
    .sort((a, b) => b.createdAt!.getTime() - a.createdAt!.getTime())[0]!.campaign!;

  beforeAll(async () => {
    const records = new CrmRecords(crm.deals, crm.accounts, crm.contacts, crm.interactions, crm.leads);
    await saveLeadScore(services.modelsDir, trainLeadScore(records, anchor));
    await temp.store.users.insertMany(crm.users as never);
    await temp.store.leads.insertMany(crm.leads as never);
    await temp.store.interactions.insertMany(crm.interactions.filter((i) => i.leadId) as never);
    const user = (role: string) => crm.users.find((u) => u.role === role)!;
    const rep = crm.users.find((u) => u.email === DEMO_REP_EMAIL)!;
    for (const [name, u] of Object.entries({
      marketing: user('marketing'),
      rep,
      manager: user('manager'),
      support: user('support'),
      analyst: user('analyst'),
    }))
      callers[name] = { role: u.role, userId: u._id, timezone: 'UTC' };
    callers.visitor = { role: 'visitor', timezone: 'UTC' };
  }, 120_000);
  afterAll(() => temp.cleanup());

  const call = (caller: string, input: object) =>
    invokeSkill(leadConversion, input, { caller: callers[caller]!, services });

  it('ranks every new and working lead for marketing, most likely first, with reasons and no contact details', async () => {
    const result = await call('marketing', { limit: 50 });
    const open = crm.leads.filter((l) => l.status === 'new' || l.status === 'working');
    expect(result.considered).toBe(open.length);
    const probabilities = result.leads.map((l) => l.probability);
    expect(probabilities).toEqual([...probabilities].sort((a, b) => b - a));
    expect(new Set(probabilities.map((p) => p.toFixed(3))).size).toBeGreaterThan(3);
    for (const lead of result.leads) {
      expect(['new', 'working']).toContain(lead.status);
      expect(lead.reasons.length + lead.against.length).toBeGreaterThan(0);
      expect([...lead.reasons, ...lead.against].join(' ')).not.toMatch(/undefined|NaN|null/);
      expect(Object.keys(lead)).not.toEqual(expect.arrayContaining(['email']));
      expect(lead).not.toHaveProperty('phone');
      expect(lead).not.toHaveProperty('ownerId');
    }
    const reply = leadConversionReply(result);
    expect(reply.text).toMatch(/Conversion chance of/);
    expect(reply.text).toMatch(/\d+%/);
  });

  it('learned the planted fit: a company address scores above a free-mail one, and says so in words', async () => {
    const result = await call('marketing', { statuses: ['new', 'working', 'qualified'], limit: 50 });
    const emailOf = new Map(crm.leads.map((l) => [l._id, l.email!]));
    const free = result.leads.filter((l) => /@(gmail|outlook|yahoo|hotmail)\./.test(emailOf.get(l.id)!));
    const company = result.leads.filter((l) => !free.includes(l));
    expect(free.length).toBeGreaterThan(2);
    const mean = (xs: { probability: number }[]) => xs.reduce((s, x) => s + x.probability, 0) / xs.length;
    expect(mean(company)).toBeGreaterThan(mean(free));
    const words = result.leads.flatMap((l) => [...l.reasons, ...l.against]);
    expect(words.some((w) => w === 'free-mail address' || w === 'company email address')).toBe(true);
    expect(words.some((w) => /^company of [\d,]+ employees$/.test(w) || /^came in via /.test(w))).toBe(true);
  });

  it('scores the leads of the latest campaign matching "webinar", with how the campaign did', async () => {
    const result = await call('marketing', { campaign: 'the webinar' });
    expect(result.campaign?.name).toBe(latestWebinar);
    const ofCampaign = crm.leads.filter((l) => l.campaign === latestWebinar);
    const c = result.campaign!;
    expect(c.leads).toBe(ofCampaign.length);
    expect(c.converted + c.disqualified + c.open).toBe(ofCampaign.length);
    expect(result.leads.every((l) => l.campaign === latestWebinar)).toBe(true);
    expect(result.leads.every((l) => ['new', 'working', 'qualified'].includes(l.status))).toBe(true);
    expect(leadConversionReply(result).text).toContain(`${latestWebinar} brought ${ofCampaign.length} lead`);
  });

  it('names the known campaigns when none matches', async () => {
    await expect(call('marketing', { campaign: 'moon landing' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/Campaigns with leads: .*webinar/),
    });
  });

  it("gives a rep their team's and unowned leads only; marketing sees every lead", async () => {
    const rep = crm.users.find((u) => u.email === DEMO_REP_EMAIL)!;
    const team = new Set(crm.users.filter((u) => u.team === rep.team).map((u) => u._id));
    const mine = await call('rep', { limit: 50 });
    const all = await call('marketing', { limit: 50 });
    const ownerOf = new Map(crm.leads.map((l) => [l._id, l.ownerId]));
    expect(mine.considered).toBeLessThan(all.considered);
    for (const lead of mine.leads) {
      const owner = ownerOf.get(lead.id);
      expect(owner === undefined || team.has(owner)).toBe(true);
    }
    expect((await call('manager', {})).considered).toBeGreaterThan(0);
  });

  it("answers one person's lead by name, whatever its status, with its probability", async () => {
    const converted = crm.leads.find((l) => l.status === 'converted')!;
    const result = await call('marketing', { lead: converted.name.toLowerCase() });
    expect(result.named).toBe(converted.name.toLowerCase());
    expect(result.leads.map((l) => l.id)).toContain(converted._id);
    expect(result.leads.every((l) => l.name.toLowerCase().includes(converted.name.toLowerCase()))).toBe(true);
    const text = leadConversionReply(result).text;
    expect(text).toMatch(
      new RegExp(
        `${converted.name}.*: \\d+% chance to convert by the model \\(the lead is already converted\\)`,
      ),
    );
    const nobody = await call('marketing', { lead: 'Zebulon Quixotic' });
    expect(nobody.leads).toEqual([]);
    expect(leadConversionReply(nobody).text).toContain('I couldn\'t find a lead named "Zebulon Quixotic"');
  });

  it('refuses visitors, support and analysts', async () => {
    for (const role of ['visitor', 'support', 'analyst'])
      await expect(call(role, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
