import { audienceRequestOf } from '../../src/dialogs/intents/audience-definition';
import { audienceExportReply, audienceSpendReply } from '../../src/dialogs/replies/audience-replies';
import {
  audienceSpendChange,
  buildAudience,
  exportAudience,
  listAudiences,
  refreshAudience,
  showAudience,
} from '../../src/skills/audiences';
import { invokeSkill, type Caller, type SkillServices } from '../../src/skills/skill';
import { FIXTURE_NOW, servicesFor, temporaryStore } from '../fixtures/small-crm';
import { loadTwoTeamCrm, type TwoTeamCrm } from '../fixtures/two-team-crm';

const DAY = 86_400_000;

describe('campaign audiences', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store, FIXTURE_NOW);
  let crm: TwoTeamCrm;
  let callers: Record<string, Caller>;
  const as = (caller: string, on: SkillServices = services) => ({ caller: callers[caller]!, services: on });

  beforeAll(async () => {
    crm = await loadTwoTeamCrm(temp.store);
    const c = (role: Caller['role'], userId?: string): Caller => ({
      role,
      ...(userId ? { userId } : {}),
      timezone: 'UTC',
    });
    callers = {
      marketing: c('marketing', crm.users.alex),
      manager: c('manager', crm.users.morgan),
      rep: c('rep', crm.users.ana),
      admin: c('admin', crm.users.jordan),
      support: c('support', crm.users.riley),
      analyst: c('analyst', crm.users.noah),
      visitor: c('visitor'),
    };
  });
  afterAll(() => temp.cleanup());

  it('builds and saves the audience a request describes, with a name made from it, and lists it', async () => {
    const { definition } = audienceRequestOf("build an audience of customers who haven't bought in 90 days");
    expect(definition).toEqual({ noOrderForDays: 90 });
    const view = await invokeSkill(buildAudience, { definition }, as('marketing'));
    expect(view.name).toBe('Customers no order 90d');
    expect(view.size).toBeGreaterThan(0);
    const lastOrder = new Map<string, number>();
    for (const order of await temp.store.orders.find({
      accountId: { $in: view.members.map((m) => m.accountId) },
    }))
      lastOrder.set(
        order.accountId!,
        Math.max(lastOrder.get(order.accountId!) ?? 0, order.orderedAt.getTime()),
      );
    for (const member of view.members)
      expect(lastOrder.get(member.accountId)!).toBeLessThan(FIXTURE_NOW.getTime() - 89 * DAY);
    expect(view.members.map((m) => m.accountName)).not.toContain('Northwind Traders');
    const listed = await invokeSkill(listAudiences, {}, as('manager'));
    expect(listed.audiences.map((a) => a.name)).toContain('Customers no order 90d');
    await expect(invokeSkill(buildAudience, { definition }, as('admin'))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('exports contacts with e-mail and never one who opted out, saying how many were left out', async () => {
    await invokeSkill(buildAudience, { definition: { region: 'EMEA' }, name: 'EMEA all' }, as('marketing'));
    const fabrikam = crm.subjects.other;
    await temp.store.contacts.updateOne({ _id: fabrikam.contact.id }, { $set: { emailOptOut: true } });
    const result = await invokeSkill(exportAudience, { name: 'emea all' }, as('marketing'));
    const emails = result.rows.map((row) => row[result.columns.indexOf('email')]);
    expect(emails).not.toContain(fabrikam.contact.email);
    expect(result.rows.some((row) => row[0] === fabrikam.accountName)).toBe(true);
    expect(result.optedOut).toBe(1);
    const reply = audienceExportReply(result);
    expect(reply.text).toMatch(/Left out: 1 opted out of marketing e-mail/);
    expect(reply.files?.[0]?.table?.rows).toHaveLength(result.rows.length);
    // A manager exports only the contacts they may see: another team's are left out, and counted.
    const forManager = await invokeSkill(exportAudience, { name: 'EMEA all' }, as('manager'));
    expect(forManager.hiddenMembers).toBeGreaterThan(0);
    expect(forManager.rows.some((row) => row[0] === fabrikam.accountName)).toBe(false);
  });

  it('refreshes on today’s data and keeps the earlier build in its history', async () => {
    const before = await invokeSkill(showAudience, { name: 'EMEA all' }, as('marketing'));
    const moved = before.members.find((m) => m.accountName !== crm.subjects.other.accountName)!;
    await temp.store.accounts.updateOne({ _id: moved.accountId }, { $set: { region: 'NA' } });
    const refreshed = await invokeSkill(refreshAudience, { name: 'EMEA all' }, as('marketing'));
    expect(refreshed.change).toMatchObject({ added: 0, removed: 1, previousSize: before.size });
    expect(refreshed.size).toBe(before.size - 1);
    const stored = await temp.store.audiences.findOne({ nameKey: 'emea all' });
    expect(stored!.history).toHaveLength(1);
    expect(stored!.history[0]).toMatchObject({ size: before.size, removed: 1 });
  });

  it("compares the members' spend since the build with as many days before it", async () => {
    await invokeSkill(buildAudience, { definition: { region: 'NA' }, name: 'Spring NA' }, as('marketing'));
    const northwind = crm.subjects.own;
    await temp.store.orders.insertOne({
      orderNumber: 'AUD-1',
      accountId: northwind.accountId,
      orderedAt: new Date(FIXTURE_NOW.getTime() + 5 * DAY),
      status: 'shipped',
      currency: 'USD',
      lines: [{ sku: 'LIC-PRO', quantity: 1, unitPrice: 777 }],
      total: 777,
    });
    const later = servicesFor(temp.store, new Date(FIXTURE_NOW.getTime() + 20 * DAY));
    const change = await invokeSkill(audienceSpendChange, { name: 'spring' }, as('marketing', later));
    expect(change.days).toBe(20);
    expect(change.since).toEqual({ USD: 777 });
    expect(change.buyersSince).toBe(1);
    expect(change.before.USD).toBeGreaterThan(777);
    expect(audienceSpendReply(change).text).toMatch(/\$777 since vs \$[\d.,]+k? before/);
  });

  it('is for marketing, managers and admins: never reps, support, analysts or visitors', async () => {
    for (const role of ['rep', 'support', 'analyst', 'visitor']) {
      await expect(invokeSkill(listAudiences, {}, as(role))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(invokeSkill(exportAudience, { name: 'EMEA all' }, as(role))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    await expect(invokeSkill(showAudience, { name: 'no such thing' }, as('marketing'))).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
        message: expect.stringMatching(/Audiences: .*EMEA all/),
      },
    );
  });
});
