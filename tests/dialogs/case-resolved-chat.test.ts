import { MONTH_NAMES } from '../../src/core/month-names';
import { localDayOf } from '../../src/jobs/digests/local-day';
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Case } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const SUPPORT = 'riley.park@demo.crmpro.dev';

/**
 * Support's counts of the cases closed (resolved) in a period, on the seeded demo CRM: every figure
 * is counted here from the store's cases, independently of the skills (issue 19, ninth round).
 */
describe('cases closed in a period, in chat', () => {
  let world: EvalWorld;
  let cases: Case[];
  let timeZone: string;
  let lastMonth: string;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    cases = await world.services.store.cases.find({}, { limit: 100_000 });
    timeZone = (await world.services.store.users.findOne({ email: SUPPORT }))!.timezone;
    const [year, month] = localDayOf(world.services.clock(), timeZone).split('-').map(Number);
    lastMonth = month === 1 ? `${year! - 1}-12` : `${year}-${String(month! - 1).padStart(2, '0')}`;
  }, 120_000);
  afterAll(() => world.close());

  const ask = async (question: string) =>
    replyText(
      await new ChatDriver(world.services, `case-resolved-${question}`, { localUser: SUPPORT }).say(question),
    );
  const resolvedIn = (month: string) =>
    cases.filter((c) => c.resolvedAt && localDayOf(c.resolvedAt, timeZone).startsWith(month));

  it.each(['how many tickets did we close last month', 'how many cases were resolved last month'])(
    '"%s" counts the cases resolved last month, per priority',
    async (question) => {
      const resolved = resolvedIn(lastMonth);
      const counts = ['urgent', 'high', 'normal', 'low'].flatMap((p) => {
        const n = resolved.filter((c) => c.priority === p).length;
        return n ? [`${n} ${p}`] : [];
      });
      const reply = await ask(question);
      expect(reply).not.toMatch(/sales team|can't help/i);
      expect(reply).toMatch(new RegExp(`^${resolved.length} cases? resolved last month \\(`));
      expect(reply.split('\n')[0]).toContain(`: ${counts.join(', ')}.`);
    },
    60_000,
  );

  it('a month named alone is the one just gone ("in <last month>")', async () => {
    const name = MONTH_NAMES[Number(lastMonth.slice(5)) - 1]!;
    const resolved = resolvedIn(lastMonth);
    expect(await ask(`how many tickets got closed in ${name}`)).toMatch(
      new RegExp(`^${resolved.length} cases? resolved in ${name} \\(1 \\w+ ${lastMonth.slice(0, 4)}`),
    );
  }, 60_000);

  it('"who closed the most tickets last month" counts them per agent', async () => {
    const resolved = resolvedIn(lastMonth);
    const perAgent = new Map<string, number>();
    for (const c of resolved) if (c.ownerId) perAgent.set(c.ownerId, (perAgent.get(c.ownerId) ?? 0) + 1);
    const [topId, topCount] = [...perAgent].sort((a, b) => b[1] - a[1])[0]!;
    const top = (await world.services.store.users.findOne({ _id: topId }))!;
    const reply = await ask('who closed the most tickets last month');
    expect(reply).toContain(`${top.name} resolved the most: ${topCount}.`);
    for (const [id, count] of perAgent) {
      const user = (await world.services.store.users.findOne({ _id: id }))!;
      expect(reply).toContain(`${user.name} ${count}`);
    }
  }, 60_000);

  it('"how many deals did we close last month" is still about deals', async () => {
    expect(await ask('how many deals did we close last month')).not.toMatch(/cases? resolved/);
  }, 60_000);
});
