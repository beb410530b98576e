import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';
import type { Deal, User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';

// Issue 19, thirteenth round (w14r): a rep's filters, periods and counts said in everyday words.
// Through the bot core on the demo CRM ("now" is Friday 4 December 2026); names and counts are read
// from the store, never from a reply.
const SAM = 'sam.rivera@demo.crmpro.dev';
const day = (d: Date) => d.toISOString().slice(0, 10);
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';

describe('a rep’s filters, periods and counts', () => {
  let world: EvalWorld;
  let sam: User;
  let samsOpen: Deal[];
  beforeAll(async () => {
    world = await openEvalScaleWorld();
    sam = (await world.services.store.users.findOne({ email: SAM }))!;
    samsOpen = (await world.services.store.deals.find({ ownerId: sam._id })).filter(isOpen);
  }, 120_000);
  afterAll(() => world.close());

  it.each([
    'is there anything of mine due to close between 01/01 and 31/01?',
    'my deals closing from 1 jan to 31 jan',
  ])(
    '%s: the open deals closing in January 2027, no other',
    async (text) => {
      const january = samsOpen.filter(
        (d) => day(d.closeDate) >= '2027-01-01' && day(d.closeDate) <= '2027-01-31',
      );
      expect(january.length).toBeGreaterThan(0);
      expect(january.length).toBeLessThan(samsOpen.length);
      const chat = new ChatDriver(world.services, `c-between-${text}`, { localUser: SAM });
      const [reply] = await chat.say(text);
      expect(reply!.text).toMatch(new RegExp(`^${january.length} open deals?`));
      for (const deal of january) expect(reply!.text).toContain(deal.name);
      for (const deal of samsOpen.filter((d) => !january.includes(d)))
        expect(reply!.text).not.toContain(`${deal.name} —`);
    },
    120_000,
  );

  it.each(['are any of my deals looking a bit dodgy at the moment?', 'which of my opps look iffy'])(
    '%s: the deals at risk among the rep’s open deals',
    async (text) => {
      const chat = new ChatDriver(world.services, `c-dodgy-${text}`, { localUser: SAM });
      const [reply] = await chat.say(text);
      expect(reply!.text).toMatch(
        new RegExp(`\\d+ of ${samsOpen.length} open deals \\(your deals\\) are at risk`),
      );
    },
    120_000,
  );

  it.each(['@crmpro top 5 deals by $$ pls :moneybag:', 'top 5 deals by money'])(
    '%s: the five biggest open deals by amount',
    async (text) => {
      const biggest = [...samsOpen].sort((a, b) => b.amount - a.amount).slice(0, 5);
      const chat = new ChatDriver(world.services, `c-top-${text}`, { localUser: SAM });
      const [reply] = await chat.say(text);
      const shown = reply!.text.split('\n').filter((line) => line.startsWith('• '));
      expect(shown).toHaveLength(5);
      biggest.forEach((deal, i) => expect(shown[i]).toContain(deal.name));
    },
    120_000,
  );

  it.each([
    [SAM, '@crmpro stale deals? nothing touched in 3 wks :zzz:'],
    ['morgan.lee@demo.crmpro.dev', "which of sam's deals have gone quiet? nothing logged in 3 weeks"],
  ])(
    '%s asks "%s": open deals with nothing logged on the deal in 21 days',
    async (user, text) => {
      const since = new Date('2026-11-13T00:00:00Z');
      const recent = (await world.services.store.interactions.find({})).filter((i) => i.occurredAt >= since);
      const quiet = samsOpen.filter((d) => !recent.some((i) => i.dealId === d._id));
      // The case the definition is for: a quiet deal whose account had activity on another deal.
      expect(quiet.some((d) => recent.some((i) => i.accountId === d.accountId))).toBe(true);
      const chat = new ChatDriver(world.services, `c-quiet-${text}`, { localUser: user });
      const [reply] = await chat.say(text);
      expect(reply!.text).toMatch(new RegExp(`^${quiet.length} open deals?`));
      expect(reply!.text).toContain('logged on the deal in the last 21 days');
      for (const deal of quiet) expect(reply!.text).toContain(`• ${deal.name} —`);
      for (const deal of samsOpen.filter((d) => !quiet.includes(d)))
        expect(reply!.text).not.toContain(`• ${deal.name} —`);
    },
    120_000,
  );

  it.each(['any team deals with no close date', 'deals without a close date on my team'])(
    'a manager asks "%s": none when every open deal has one, not every open deal',
    async (text) => {
      const morgan = (await world.services.store.users.findOne({ email: 'morgan.lee@demo.crmpro.dev' }))!;
      const team = await world.services.store.users.find({ team: morgan.team });
      const open = (
        await world.services.store.deals.find({ ownerId: { $in: team.map((u) => u._id) } })
      ).filter(isOpen);
      const undated = open.filter((d) => !d.closeDate);
      const chat = new ChatDriver(world.services, `c-undated-${text}`, {
        localUser: 'morgan.lee@demo.crmpro.dev',
      });
      const [reply] = await chat.say(text);
      if (undated.length)
        expect(reply!.text).toMatch(new RegExp(`^${undated.length} open deals? .*with no close date`));
      else expect(reply!.text).toMatch(/^None: every one of the open deals \(team \w+\) has a close date\.$/);
      expect(reply!.text).not.toContain(open[0]!.name);
    },
    120_000,
  );
});
