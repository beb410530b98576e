import { agentAssist } from '../../src/skills/agent-assist';
import { customerView } from '../../src/skills/customer-view';
import { openCase, updateCase } from '../../src/skills/cases';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { loadSupportCrm, type SupportCrm } from './support-crm';

let crm: SupportCrm;
beforeAll(async () => {
  crm = await loadSupportCrm();
}, 60_000);
afterAll(() => crm.cleanup());

const call = <I, O>(skill: Parameters<typeof invokeSkill<I, O>>[0], input: unknown, caller: Caller) =>
  invokeSkill(skill, input, { caller, services: crm.services });

describe('customer-view', () => {
  it('shows support the contact with preferences, the account, interactions, cases and products', async () => {
    const jane = (await crm.store.contacts.findOne({ firstName: 'Jane', lastName: 'Cooper' }))!;
    // Her last five interactions sour (the churn engineer's lexicon scores them when seeded with it).
    const hers = await crm.store.interactions.find({ contactId: jane._id }, { sort: { occurredAt: -1 } });
    expect(hers.length).toBeGreaterThanOrEqual(6);
    for (const [i, interaction] of hers.entries())
      await crm.store.interactions.updateOne(
        { _id: interaction._id },
        { $set: { sentiment: i < 5 ? -0.6 : 0.4 } },
      );
    const view = await call(customerView, { who: 'Jane Cooper' }, crm.support);
    expect(view.account.name).toBe('Initech');
    expect(view.contact).toMatchObject({
      name: 'Jane Cooper',
      email: jane.email,
      preferences: { channel: jane.preferredChannel, language: jane.preferredLanguage },
    });
    expect(view.contact?.preferences.emailOptOut).toBe(jane.emailOptOut === true);
    expect(view.interactions!.length).toBeGreaterThan(0);
    expect(view.cases).toBeDefined();
    expect(view.products!.length).toBeGreaterThan(0);
    // Scored interactions give a trend: the last five against the five before.
    expect(view.sentiment).toEqual({ recent: -0.6, before: 0.4, direction: 'worsening' });
    expect(view.interactions![0]!.sentiment).toBe(-0.6);
  });

  it('shows an account, its contacts and its open cases by the account name', async () => {
    const opened = await call(openCase, { subject: 'CSV import fails', account: 'Initech' }, crm.support);
    const view = await call(customerView, { who: 'Initech' }, crm.support);
    expect(view.contact).toBeUndefined();
    expect(view.contacts!.some((c) => c.name === 'Jane Cooper')).toBe(true);
    expect(view.cases!.open.map((c) => c.number)).toContain(opened.number);
  });

  it('gives the account team the view, another team nothing, marketing and visitors a refusal', async () => {
    const forRep = await call(customerView, { who: 'Initech' }, crm.rep);
    expect(forRep.cases).toBeDefined();
    expect(forRep.interactions).toBeDefined();
    const otherTeam = (await crm.store.users.find({ role: 'rep', team: { $ne: crm.rep.team } })).map(
      (u) => u._id,
    );
    const elsewhere = (await crm.store.accounts.findOne({ ownerId: { $in: otherTeam } }))!;
    await expect(call(customerView, { who: elsewhere.name }, crm.rep)).rejects.toThrow(
      /for its team and support/,
    );
    await expect(call(customerView, { who: elsewhere.name }, crm.support)).resolves.toMatchObject({
      account: { name: elsewhere.name },
    });
    const forAnalyst = await call(customerView, { who: elsewhere.name }, crm.analyst);
    expect(forAnalyst.cases).toBeDefined();
    for (const caller of [crm.marketing, crm.visitor])
      await expect(call(customerView, { who: 'Initech' }, caller)).rejects.toThrow(/can't ask me that/);
  });
});

describe('agent-assist', () => {
  it('finds the seeded SSO resolution for a question in other words, and drafts a reply with sources', async () => {
    const assist = await call(
      agentAssist,
      { question: 'Since the morning none of our people can sign in with single sign-on, what do we do?' },
      crm.support,
    );
    expect(assist.similarCases.length).toBeGreaterThan(0);
    expect(assist.similarCases[0]!.resolution).toMatch(/SAML|certificate/);
    expect(assist.reply).toHaveProperty('sources');
  });

  it('finds a case resolved a moment ago (the index is rebuilt when cases change)', async () => {
    const before = await call(agentAssist, { question: 'the fax gateway drops pages' }, crm.support);
    expect(before.similarCases.every((c) => !/fax/i.test(c.subject))).toBe(true);
    const opened = await call(
      openCase,
      { subject: 'Fax gateway drops pages', account: 'Initech' },
      crm.support,
    );
    await call(
      updateCase,
      { number: opened.number, resolution: 'Raised the fax gateway timeout to 90 seconds.' },
      crm.support,
    );
    const after = await call(agentAssist, { question: 'our faxes lose pages' }, crm.support);
    expect(after.similarCases[0]).toMatchObject({ number: opened.number, resolution: /90 seconds/ });
  });

  it('is for support and admins only', async () => {
    for (const caller of [crm.rep, crm.manager, crm.marketing, crm.analyst, crm.visitor])
      await expect(call(agentAssist, { question: 'login fails' }, caller)).rejects.toThrow(
        /can't ask me that/,
      );
  });
});
