import { generateDemoCrm } from '../../src/store/seed';

describe('demo users', () => {
  const anchor = new Date('2026-06-30T00:00:00Z');

  it('gives every manager a Slack id and a Teams id, the same ones on every seeding', () => {
    const managers = (seed?: number) =>
      generateDemoCrm({ anchor, scale: 0.05, ...(seed === undefined ? {} : { seed }) })
        .users.filter((user) => user.role === 'manager')
        .map(({ email, slackUserId, teamsUserId }) => ({ email, slackUserId, teamsUserId }));
    const first = managers();
    expect(first.map((m) => m.email)).toEqual(['morgan.lee@demo.crmpro.dev', 'priya.nair@demo.crmpro.dev']);
    for (const manager of first) {
      expect(manager.slackUserId).toMatch(/^U0[A-Z0-9]{9}$/);
      expect(manager.teamsUserId).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
    expect(managers()).toEqual(first);
    expect(new Set([...first, ...managers(7)].map((m) => m.teamsUserId)).size).toBe(4);
  });
});
