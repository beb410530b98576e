import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Lead } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const MARKETING = 'alex.kim@demo.crmpro.dev';
const dayIn = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    at,
  );
const percent = (part: number, whole: number) => `${Number(((part / whole) * 100).toFixed(1))}%`;

/**
 * Issue 19, fifteenth round (w16w): marketing's shares of leads, the total of all leads, this month
 * against "last", and a source asked again after a count, on the seeded demo CRM; every figure is
 * counted here from the store.
 */
describe('shares and counts of leads in marketing words, in chat', () => {
  let world: EvalWorld;
  let leads: Lead[];
  let timeZone: string;
  let today: string;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    leads = await world.services.store.leads.find({}, { limit: 100_000 });
    timeZone = (await world.services.store.users.findOne({ email: MARKETING }))!.timezone;
    today = dayIn(world.services.clock(), timeZone);
  }, 120_000);
  afterAll(() => world.close());

  const chat = (id: string) => new ChatDriver(world.services, `lead-shares-${id}`, { localUser: MARKETING });
  const lastMonth = () => {
    const [year, month] = today.split('-').map(Number) as [number, number];
    return {
      first: new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 10),
      last: new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10),
    };
  };
  const cameIn = (from: string, to: string, source?: Lead['source']) =>
    leads.filter((lead) => {
      const day = dayIn(lead.createdAt!, timeZone);
      return day >= from && day <= to && (!source || lead.source === source);
    }).length;

  it.each([
    ['what share of our leads come from events', 'event'],
    ['what % of leads came from the website', 'web'],
    ['percentage of all leads from referrals?', 'referral'],
  ] as const)(
    '"%s": that source\'s leads of all, with the share',
    async (question, source) => {
      const part = leads.filter((lead) => lead.source === source).length;
      const reply = replyText(await chat(question).say(question));
      expect(reply).toContain(`${part} of the ${leads.length} leads`);
      expect(reply).toMatch(
        new RegExp(`\\(${percent(part, leads.length)}\\) (?:are ${source} leads|is an? ${source} lead)\\.`),
      );
    },
    120_000,
  );

  it('"share of leads that are qualified": the qualified leads of all', async () => {
    const part = leads.filter((lead) => lead.status === 'qualified').length;
    const reply = replyText(await chat('qualified').say('share of leads that are qualified'));
    expect(reply).toContain(
      `${part} of the ${leads.length} leads you can see (${percent(part, leads.length)})`,
    );
  }, 120_000);

  it('"how many leads total": every lead', async () => {
    const reply = replyText(await chat('total').say('how many leads total'));
    expect(reply).toMatch(new RegExp(`^Leads\\n${leads.length} leads\\.`));
  }, 120_000);

  it('"leads from events" then "what % of all leads is that": the event leads of all', async () => {
    const driver = chat('events-then-share');
    await driver.say('leads from events');
    const part = leads.filter((lead) => lead.source === 'event').length;
    const reply = replyText(await driver.say('what % of all leads is that'));
    expect(reply).toContain(
      `${part} of the ${leads.length} leads you can see (${percent(part, leads.length)})`,
    );
  }, 120_000);

  it('"how many leads came in last month" then "and from chat?": last month\'s chat leads', async () => {
    const { first, last } = lastMonth();
    const driver = chat('last-month-chat');
    expect(replyText(await driver.say('how many leads came in last month'))).toContain(
      `${cameIn(first, last)} leads that came in last month`,
    );
    expect(replyText(await driver.say('and from chat?'))).toMatch(
      new RegExp(`^Chat leads\\n${cameIn(first, last, 'chat')} chat leads? that came in last month`),
    );
  }, 120_000);

  it('"how many leads came in this month vs last": both months counted', async () => {
    const { first, last } = lastMonth();
    const now = cameIn(`${today.slice(0, 7)}-01`, today);
    const reply = replyText(await chat('vs-last').say('how many leads came in this month vs last'));
    expect(reply).toMatch(
      new RegExp(
        `\\b${now} leads? came in \\w+ \\d{4} so far \\(to [^)]+\\), against ${cameIn(first, last)} in`,
      ),
    );
  }, 120_000);
});
