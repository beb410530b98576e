import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatDate } from '../../src/dialogs/replies/format';
import { localDayIn } from '../../src/skills/shared/local-day';
import type { Deal, User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, thirteenth round (W14-Q): a message that asks two or three questions gets each answered
// by its own skill under the caller's role, in one reply and in the order asked, and the
// conversation goes on from the last question's records. Through the bot core on the demo CRM
// ("now" is Friday 4 December 2026); counts, names and dates are read from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';
const JORDAN = 'jordan.blake@demo.crmpro.dev';
const ALEX = 'alex.kim@demo.crmpro.dev';
const day = (d: Date) => d.toISOString().slice(0, 10);
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';

describe('several questions in one message', () => {
  let world: EvalWorld;
  let sam: User;
  let samsOpen: Deal[];
  let today: string;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    sam = (await world.services.store.users.findOne({ email: SAM }))!;
    samsOpen = (await world.services.store.deals.find({ ownerId: sam._id })).filter(isOpen);
    today = localDayIn(world.services.clock(), sam.timezone);
  }, 120_000);
  afterAll(() => world.close());

  it('"whats my pipeline and whats closing this month": the pipeline, then the month\'s deals, in one reply', async () => {
    const month = samsOpen.filter((d) => day(d.closeDate).slice(0, 7) === today.slice(0, 7));
    expect(month.length).toBeGreaterThan(1);
    const chat = new ChatDriver(world.services, 'c-pipeline-and-month', { localUser: SAM });
    const replies = await chat.say('whats my pipeline and whats closing this month');
    expect(replies).toHaveLength(1);
    const text = replies[0]!.text;
    const pipeline = text.indexOf(`Your open pipeline: ${samsOpen.length} deals`);
    const closing = text.indexOf(`${month.length} open deals closing`);
    expect(pipeline).toBeGreaterThanOrEqual(0);
    expect(closing).toBeGreaterThan(pipeline);
    for (const deal of month) expect(text.slice(closing)).toContain(deal.name);
    // The conversation goes on from the last question's records: the month's deals, not the pipeline.
    const [first] = await chat.say('which of them closes first');
    expect(first!.text).toContain(`It is the next of ${month.length} open deals`);
  }, 120_000);

  it.each([
    'how many open deals across all teams, and how many past their close date',
    'how many open deals across all teams? and how many are past their close date?',
  ])(
    "an admin's '%s': both counts, everyone's",
    async (message) => {
      const open = (await world.services.store.deals.find({})).filter(isOpen);
      const overdue = open.filter((d) => day(d.closeDate) < today);
      expect(overdue.length).toBeGreaterThan(0);
      const chat = new ChatDriver(world.services, `c-admin-${message}`, { localUser: JORDAN });
      const [reply] = await chat.say(message);
      const all = reply!.text.indexOf(`${open.length} open deals (everyone)`);
      const past = reply!.text.indexOf(`${overdue.length} open deals past their close date (everyone)`);
      expect(all).toBeGreaterThanOrEqual(0);
      expect(past).toBeGreaterThan(all);
    },
    120_000,
  );

  it('a record question and a question for the documentation: the pipeline, then how to connect Slack', async () => {
    const chat = new ChatDriver(world.services, 'c-pipeline-and-slack', { localUser: SAM });
    const [reply] = await chat.say('whats my pipeline and how do i connect slack');
    const [pipeline, ...howTo] = reply!.text.split('\n\n');
    expect(pipeline).toMatch(
      new RegExp(`^Pipeline — your deals\nYour open pipeline: ${samsOpen.length} deals`),
    );
    expect(howTo.join('\n\n')).toMatch(/Slack/);
    expect(reply!.sources?.some((source) => /slack/i.test(source.title))).toBe(true);
  }, 120_000);

  it('"who owns wayne enterprises and when did we last talk to them": the owner, then the account\'s last interaction', async () => {
    const wayne = (await world.services.store.accounts.findOne({ name: 'Wayne Enterprises' }))!;
    const owner = (await world.services.store.users.findOne({ _id: wayne.ownerId }))!;
    const [latest] = await world.services.store.interactions.find(
      { accountId: wayne._id },
      { sort: { occurredAt: -1 }, limit: 1 },
    );
    const chat = new ChatDriver(world.services, 'c-owner-and-last-talk', { localUser: SAM });
    const [reply] = await chat.say('who owns wayne enterprises and when did we last talk to them');
    const [ownerPart, lastPart] = reply!.text.split('\n\n');
    expect(ownerPart).toBe(`Wayne Enterprises is owned by ${owner.name}.`);
    expect(lastPart).toMatch(
      new RegExp(
        `^Last interaction with Wayne Enterprises: .* on ${formatDate(latest!.occurredAt, sam.timezone)}`,
      ),
    );
  }, 120_000);

  it("marketing's two questions: its leads answered, the pipeline refused (each under the caller's role)", async () => {
    const chat = new ChatDriver(world.services, 'c-marketing-two', { localUser: ALEX });
    const [reply] = await chat.say('how many leads came in this month and whats our pipeline');
    const [leads, pipeline] = reply!.text.split('\n\n');
    expect(leads).toMatch(/^Leads\n\d+ leads? that came in this month/);
    expect(pipeline).toMatch(/can't show you that: deals, pipelines and forecasts are for the sales team/);
  }, 120_000);

  it('"how many of my deals are overdue and whats the total" stays one question, answered once', async () => {
    const overdue = samsOpen.filter((d) => day(d.closeDate) < today);
    const chat = new ChatDriver(world.services, 'c-overdue-total', { localUser: SAM });
    const [reply] = await chat.say('how many of my deals are overdue and whats the total');
    const heads = reply!.text.split('\n').filter((line) => /^(?:\d+|No) open deals?\b/.test(line));
    expect(heads).toHaveLength(1);
    expect(heads[0]).toMatch(new RegExp(`^${overdue.length || 'No'} open deals? past their close date`));
  }, 120_000);
});
