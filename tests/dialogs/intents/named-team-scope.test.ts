import { scopeOf, teamNamedIn } from '../../../src/dialogs/intents/sales-handlers';
import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { forecast } from '../../../src/skills/forecast';
import { invokeSkill } from '../../../src/skills/skill';
import { loadSmallCrm, servicesFor, temporaryStore } from '../../fixtures/small-crm';

const NOW = new Date('2026-12-04T15:00:00Z');

function scopeIn(text: string) {
  const entities = extractEntities(text, { now: NOW, timeZone: 'UTC' });
  return scopeOf(text, { intent: 'forecast', confidence: 1, entities });
}

describe('a team named in a question about deals', () => {
  it('is read from "the <name> team" and "team <Name>"', () => {
    expect(teamNamedIn('forecast for the mid-market team')).toBe('mid-market');
    expect(teamNamedIn("what's the Enterprise team's forecast for Q1")).toBe('Enterprise');
    expect(teamNamedIn('deals at risk for team APAC')).toBe('APAC');
    expect(scopeIn('forecast for the mid-market team this quarter')).toEqual({ team: 'mid-market' });
  });

  it('is not read from "my team", "the whole team" or "our sales team"', () => {
    for (const text of [
      'forecast for my team in Q3',
      'how is the whole team doing',
      'top deals for our sales team',
      'what is the team forecast',
    ])
      expect(teamNamedIn(text)).toBeUndefined();
    expect(scopeIn('forecast for my team in Q3')).toEqual({ scope: 'team' });
  });

  describe('reaches the forecast skill, which keeps each role to what it may see', () => {
    const temp = temporaryStore();
    afterAll(() => temp.cleanup());

    it("forecasts the named team for an admin and refuses another team's to a manager", async () => {
      const { managerId } = await loadSmallCrm(temp.store);
      const services = servicesFor(temp.store);
      const named = scopeIn('forecast for the enterprise team');
      const forAdmin = await invokeSkill(forecast, named, {
        caller: { role: 'admin', timezone: 'UTC' },
        services,
      });
      expect(JSON.stringify(forAdmin)).toMatch(/team Enterprise/);
      await temp.store.users.insertOne({
        name: 'Priya Nair',
        email: 'priya.nair@demo.crmpro.dev',
        role: 'manager',
        team: 'Mid-Market',
        active: true,
      } as never);
      await expect(
        invokeSkill(forecast, scopeIn('forecast for the mid-market team'), {
          caller: { role: 'manager', userId: managerId, timezone: 'UTC' },
          services,
        }),
      ).rejects.toThrow(/your own team only/);
    });
  });
});
