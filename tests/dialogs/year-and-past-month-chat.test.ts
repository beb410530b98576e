import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { extractEntities } from '../../src/dialogs/understanding/entities/extract-entities';
import { yearPeriodsIn } from '../../src/dialogs/understanding/entities/year-periods';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, eleventh round (w11b): a year said right after a sales measure ("win rate 2026",
// "revenue 2025?") is that year; a month alone asked after an answer about closed deals ("how many
// deals did the team win in november" -> "what about october", in December) is the month just gone,
// not next year's. "Now" is Friday 4 December 2026, as in the conversation evaluation.
const NOW = new Date('2026-12-04T15:00:00Z');
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const SAM = 'sam.rivera@demo.crmpro.dev';
const day = (d: Date) => d.toISOString().slice(0, 10);
const yearsOf = (text: string) =>
  extractEntities(text, { now: NOW, timeZone: 'UTC' }).periods.filter((p) => p.granularity === 'year');

describe('a year right after a sales measure is that year', () => {
  it.each([
    ['win rate 2026', '2026'],
    ['my win rate 2025?', '2025'],
    ['revenue 2025', '2025'],
    ['bookings 2026', '2026'],
    ['team wins 2025', '2025'],
    ['quota attainment 2026', '2026'],
    ['closed won 2025', '2025'],
  ])('"%s" names %s', (text, year) => {
    expect(yearsOf(text)).toEqual([
      expect.objectContaining({ start: `${year}-01-01`, end: `${year}-12-31`, granularity: 'year' }),
    ]);
  });

  it.each([
    'who came to the saas connect 2026 event',
    'win rate of the sales kickoff 2026 leads',
    'revenue 2026 plan document',
    'deals won over 2026',
    'sales 2026b',
  ])('"%s" names no year of its own', (text) => {
    expect(yearPeriodsIn(text.toLowerCase())).toEqual([]);
  });
});

describe('in chat', () => {
  let world: EvalWorld;
  let deals: Deal[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    deals = await world.services.store.deals.find({});
  }, 120_000);
  afterAll(() => world.close());

  const wonIn = (ownerIds: Set<string>, from: string, to: string) =>
    deals.filter(
      (d) =>
        d.stage === 'closed_won' &&
        d.closedAt &&
        ownerIds.has(String(d.ownerId)) &&
        day(d.closedAt) >= from &&
        day(d.closedAt) <= to,
    );

  it('"win rate 2026" is the year 2026, not this quarter', async () => {
    const chat = new ChatDriver(world.services, 'c-win-rate-year', { localUser: SAM });
    for (const wording of ['win rate 2026', 'whats my win rate 2026']) {
      const [reply] = await chat.say(wording);
      expect(reply!.text).toMatch(/2026/);
      expect(reply!.text).not.toMatch(/Q4 2026/);
    }
  }, 120_000);

  it.each([
    ['what about october', '2026-10-01', '2026-10-31'],
    ['and october?', '2026-10-01', '2026-10-31'],
    ['how about september', '2026-09-01', '2026-09-30'],
  ])(
    'after the team\'s wins in november, "%s" is this year\'s month',
    async (wording, from, to) => {
      const morgan = (await world.services.store.users.findOne({ email: MORGAN }))!;
      const team = await world.services.store.users.find({ team: morgan.team });
      const ids = new Set(team.map((u) => String(u._id)));
      const chat = new ChatDriver(world.services, `c-past-month-${from}`, { localUser: MORGAN });
      await chat.say('how many deals did the team win in november');
      const [reply] = await chat.say(wording);
      const won = wonIn(ids, from, to);
      expect(won.length).toBeGreaterThan(0);
      expect(reply!.text).not.toMatch(/2027/);
      expect(reply!.text).toMatch(new RegExp(`\\b${won.length}\\b`));
    },
    120_000,
  );

  it.each([
    "I'm doing Olivia Chen's appraisal next week - how did she do this year?",
    "olivia's review is next month, how did she do this year",
    "ahead of next week's review: how did olivia chen do this year",
    'before her appraisal next week, what did olivia win this year',
  ])(
    '"%s" is her results this year, not next week\'s',
    async (wording) => {
      const olivia = (await world.services.store.users.findOne({ name: 'Olivia Chen' }))!;
      const won = wonIn(new Set([String(olivia._id)]), '2026-01-01', '2026-12-31');
      expect(won.length).toBeGreaterThan(1);
      const chat = new ChatDriver(world.services, `c-appraisal-${wording.length}`, { localUser: MORGAN });
      const [reply] = await chat.say(wording);
      expect(reply!.text).toMatch(/Olivia Chen/);
      expect(reply!.text).toMatch(new RegExp(`\\b${won.length}\\b`));
      expect(reply!.text).toMatch(/2026-01-01 to 2026-12-31|1 Jan 2026–31 Dec 2026/);
    },
    120_000,
  );

  it('a period ahead asked about the future stays ahead', async () => {
    const chat = new ChatDriver(world.services, 'c-ahead-question', { localUser: MORGAN });
    const [reply] = await chat.say("what's closing next month for olivia this year");
    expect(reply!.text).toMatch(/Jan 2027|January 2027/);
  }, 120_000);

  it.each([
    ['acme ltv', 'Acme Corporation'],
    ["what's the lifetime value of globex", 'Globex'],
    ['ltv for acme?', 'Acme Corporation'],
    ['customer lifetime value of initech', 'Initech'],
    ['globex clv', 'Globex'],
    ["whats acme's ltv", 'Acme Corporation'],
  ])(
    '"%s" is the won deals of %s over all time, said how it was counted',
    async (wording, name) => {
      const account = (await world.services.store.accounts.findOne({ name }))!;
      const won = deals.filter(
        (d) => d.stage === 'closed_won' && String(d.accountId) === String(account._id),
      );
      expect(won.length).toBeGreaterThan(1);
      const chat = new ChatDriver(world.services, `c-ltv-${wording.length}`, { localUser: SAM });
      const [reply] = await chat.say(wording);
      expect(reply!.text).toContain(`${name}'s lifetime value: `);
      expect(reply!.text).toContain(`its ${won.length} won deals added up over all time`);
    },
    120_000,
  );

  it("a lifetime value with no account is not one account's", async () => {
    const chat = new ChatDriver(world.services, 'c-ltv-none', { localUser: SAM });
    const [reply] = await chat.say('what is customer lifetime value');
    expect(reply!.text).not.toMatch(/'s lifetime value: /);
  }, 120_000);

  it('a month ahead after open deals closing stays ahead', async () => {
    const chat = new ChatDriver(world.services, 'c-ahead-month', { localUser: SAM });
    await chat.say('which deals close this month?');
    const [reply] = await chat.say('what about january');
    expect(reply!.text).toMatch(/Jan 2027|January 2027/);
  }, 120_000);
});
