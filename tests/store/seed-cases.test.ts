import { CASE_SLA_HOURS, FIRST_CASE_NUMBER, OPEN_CASE_STATUSES } from '../../src/vocabulary';
import { generateDemoCrm, type DemoCrm } from '../../src/store/seed';
import { DEMO_SUPPORT_EMAIL } from '../../src/store/seed/demo-users';

const anchor = new Date(Date.UTC(2026, 11, 4));
let crm: DemoCrm;
beforeAll(() => {
  crm = generateDemoCrm({ anchor, scale: 0.1 });
});

describe('demo support cases', () => {
  it('numbers cases from 1001 in the order they were opened, owned by the support specialists', () => {
    expect(crm.cases.length).toBeGreaterThan(50);
    expect(crm.cases.map((c) => c.number)).toEqual(crm.cases.map((_, i) => FIRST_CASE_NUMBER + i));
    const opened = crm.cases.map((c) => c.createdAt!.getTime());
    expect(opened).toEqual([...opened].sort((a, b) => a - b));
    const support = new Set(crm.users.filter((u) => u.role === 'support').map((u) => u._id));
    expect(crm.cases.every((c) => support.has(c.ownerId!))).toBe(true);
    expect(crm.cases.every((c) => c.createdAt! < anchor)).toBe(true);
  });

  it('closes most with a resolution, and keeps some open with SLA due times around the anchor', () => {
    const open = crm.cases.filter((c) => OPEN_CASE_STATUSES.includes(c.status));
    const done = crm.cases.filter((c) => !OPEN_CASE_STATUSES.includes(c.status));
    expect(done.length).toBeGreaterThan(open.length * 5);
    expect(done.every((c) => c.resolution && c.resolvedAt && c.resolvedAt <= anchor)).toBe(true);
    expect(open.length).toBeGreaterThanOrEqual(5);
    for (const c of crm.cases) {
      expect(c.slaDueAt!.getTime() - c.createdAt!.getTime()).toBe(CASE_SLA_HOURS[c.priority] * 3_600_000);
    }
    // Some already breached, some due later: "which cases breach their SLA today?" has answers.
    expect(open.some((c) => c.slaDueAt! < anchor)).toBe(true);
    expect(open.some((c) => c.slaDueAt! > anchor)).toBe(true);
    const riley = crm.users.find((u) => u.email === DEMO_SUPPORT_EMAIL)!;
    expect(open.some((c) => c.ownerId === riley._id)).toBe(true);
  });

  it('covers the six themes in words agent assist can retrieve', () => {
    const words = crm.cases.map((c) => `${c.subject} ${c.resolution ?? ''}`).join(' ');
    for (const word of [/SAML|SSO/, /invoice/i, /import/i, /sync|webhook/i, /slow|outage/i, /export|users/i])
      expect(words).toMatch(word);
  });

  it('has churned accounts open more cases, more of them high or urgent, before they go quiet', () => {
    const churned = new Set(crm.accounts.filter((a) => a.status === 'churned').map((a) => a._id));
    const customers = crm.accounts.filter((a) => a.status === 'customer').length;
    const perAccount = (inChurned: boolean) =>
      crm.cases.filter((c) => churned.has(c.accountId!) === inChurned).length /
      Math.max(1, inChurned ? churned.size : customers);
    expect(perAccount(true)).toBeGreaterThan(perAccount(false));
    const urgentShare = (inChurned: boolean) => {
      const cases = crm.cases.filter((c) => churned.has(c.accountId!) === inChurned);
      return cases.filter((c) => c.priority === 'high' || c.priority === 'urgent').length / cases.length;
    };
    expect(urgentShare(true)).toBeGreaterThan(urgentShare(false));
  });

  it('gives contacts preferences: a channel, a language, and a few opt-outs', () => {
    expect(crm.contacts.every((c) => c.preferredChannel && c.preferredLanguage)).toBe(true);
    const optedOut = crm.contacts.filter((c) => c.emailOptOut).length / crm.contacts.length;
    expect(optedOut).toBeGreaterThan(0.03);
    expect(optedOut).toBeLessThan(0.2);
    const german = crm.contacts.filter(
      (c) => crm.accounts.find((a) => a._id === c.accountId)?.country === 'Germany',
    );
    if (german.length >= 5)
      expect(german.filter((c) => c.preferredLanguage === 'de').length).toBeGreaterThan(german.length / 3);
  });
});
