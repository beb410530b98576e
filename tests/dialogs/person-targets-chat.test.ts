import { isSalesTargetMessage, targetDraftOf } from '../../src/dialogs/intents/sales-target-chat';
import { personOfStandingQuestion } from '../../src/dialogs/intents/target-standing';
import { ChatDriver } from '../fixtures/chat-driver';
import { FIXTURE_NOW, loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

// Targets are per team: a person's target asked or set is their team's, said so plainly.
describe("a person's sales target", () => {
  it.each([
    ['has olivia hit her target', 'olivia'],
    ['has Sam hit his quota yet?', 'Sam'],
    ['did olivia chen make her number this quarter', 'olivia chen'],
    ['is sam on track for his target', 'sam'],
    ['has sam already reached his quota', 'sam'],
    ['will olivia meet her sales target this quarter', 'olivia'],
    ['is marcus going to hit his number', 'marcus'],
  ])('"%s" asks where %s stands against the target', (said, person) => {
    expect(isSalesTargetMessage(said)).toBe(true);
    expect(personOfStandingQuestion(said)).toBe(person);
  });

  it.each([
    'has the deal hit its close date',
    'did olivia close the acme deal',
    'has olivia logged her calls',
    'what is the target list of champions?',
    'did we hit the uptime target',
    "what's sam's pipeline this quarter",
  ])('"%s" names no person against a target', (said) => {
    expect(personOfStandingQuestion(said)).toBeUndefined();
  });

  it('reads the person where a team was expected in a set request', () => {
    expect(targetDraftOf("set olivia chen's target for q1 2027 to 600k", FIXTURE_NOW)).toEqual({
      team: 'chen',
      period: '2027-Q1',
      amount: 600_000,
      currency: 'USD',
    });
  });

  describe('in chat', () => {
    const temp = temporaryStore();
    afterAll(() => temp.cleanup());

    it("answers and sets the person's team's target, saying targets are per team", async () => {
      await loadSmallCrm(temp.store);
      const services = servicesFor(temp.store);
      const manager = new ChatDriver(services, 'person-targets', { localUser: 'morgan.lee@demo.crmpro.dev' });
      const say = async (message: string) => (await manager.say(message)).map((r) => r.text).join('\n');

      expect(await say('has sam hit his target')).toBe(
        'Targets are set per team, not per person: Sam Rivera is on the Enterprise team. No target is set for Enterprise for 2026-Q1. Say "set the Enterprise target for 2026-Q1 to 1.2M" to set one.',
      );
      expect(await say("set sam rivera's target for q2 2026 to 600k")).toBe(
        'Targets are set per team, not per person: Sam Rivera is on the Enterprise team. Set the Enterprise target for 2026-Q2 to $600,000 (none is set yet)? (yes/no)',
      );
      expect(await temp.store.salesTargets.find({})).toEqual([]);
      expect(await say('yes')).toMatch(
        /^Done: the Enterprise target for 2026-Q2 is \$600,000 \(Sam Rivera's team's: targets are set per team, not per person\)/,
      );
      expect(await temp.store.salesTargets.find({})).toEqual([
        expect.objectContaining({ team: 'Enterprise', period: '2026-Q2', amount: 600_000 }),
      ]);
      expect(await say('is sam on track for his quota in q2 2026')).toMatch(
        /^Targets are set per team, not per person: Sam Rivera is on the Enterprise team\. The Enterprise target for 2026-Q2 is \$600,000\./,
      );
    }, 180_000);
  });
});
