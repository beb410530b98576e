import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Lead } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const MARKETING = 'alex.kim@demo.crmpro.dev';
/** The calendar day of an instant in a time zone, YYYY-MM-DD. */
const dayIn = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    at,
  );

/**
 * Marketing's "how many leads this month vs last month" on the seeded demo CRM (issue 19, ninth
 * round): the leads that came in each month, counted here from the store.
 */
describe('leads of two periods, compared in chat', () => {
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

  const ask = async (question: string) =>
    replyText(
      await new ChatDriver(world.services, `lead-compare-${question}`, { localUser: MARKETING }).say(
        question,
      ),
    );
  const cameIn = (from: string, to: string, source?: Lead['source']) =>
    leads.filter((lead) => {
      const day = dayIn(lead.createdAt!, timeZone);
      return day >= from && day <= to && (!source || lead.source === source);
    }).length;
  const lastMonth = () => {
    const [year, month] = today.split('-').map(Number) as [number, number];
    const first = new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 10);
    const last = new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
    return { first, last };
  };

  it.each(['how many leads this month vs last month', 'compare leads this month and last month'])(
    '"%s" counts the leads that came in each month',
    async (question) => {
      const { first, last } = lastMonth();
      const now = cameIn(`${today.slice(0, 7)}-01`, today);
      const then = cameIn(first, last);
      const reply = await ask(question);
      expect(reply).toMatch(
        new RegExp(
          `\\b${now} leads? came in \\w+ \\d{4} so far \\(to [^)]+\\), against ${then} in \\w+ \\d{4}:`,
        ),
      );
      const sameDay = `${first.slice(0, 8)}${today.slice(8)}`;
      expect(reply).toContain(`Up to the same day`);
      expect(reply).toMatch(new RegExp(`: ${cameIn(first, sameDay <= last ? sameDay : last)} \\(`));
    },
    60_000,
  );

  it('"web leads this month vs last month" counts only the web leads', async () => {
    const { first, last } = lastMonth();
    expect(await ask('web leads this month vs last month')).toMatch(
      new RegExp(
        `\\b${cameIn(`${today.slice(0, 7)}-01`, today, 'web')} web leads? came in .* against ${cameIn(first, last, 'web')} in`,
      ),
    );
  }, 60_000);
});
