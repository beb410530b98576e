import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Case, User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const SUPPORT = 'riley.park@demo.crmpro.dev';
const REP = 'sam.rivera@demo.crmpro.dev';
const isOpen = (c: Case) => c.status === 'open' || c.status === 'pending';
const URGENCY = ['urgent', 'high', 'normal', 'low'];
/** The calendar day of an instant in a time zone, YYYY-MM-DD. */
const dayIn = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    at,
  );
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Issue 19, thirteenth round (W14-S): support's backlog and workload asked in everyday words, on the
 * seeded demo CRM; every figure is counted here from the store's cases, independently of the skills.
 */
describe('support backlog and workload in chat', () => {
  let world: EvalWorld;
  let cases: Case[];
  let users: User[];
  let timeZone: string;
  let now: Date;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    cases = await world.services.store.cases.find({}, { limit: 100_000 });
    users = await world.services.store.users.find({}, { limit: 1000 });
    timeZone = users.find((u) => u.email === SUPPORT)!.timezone;
    now = world.services.clock();
  }, 120_000);
  afterAll(() => world.close());

  const ask = async (question: string, as = SUPPORT) =>
    replyText(
      await new ChatDriver(world.services, `w14s-${as}-${question}`, { localUser: as }).say(question),
    );
  const numbers = (of: Case[]) => of.map((c) => `Case ${c.number}:`);

  it.each(['backlog by priority pls', 'break the backlog down by priorty'])(
    '"%s" counts the open cases per priority',
    async (question) => {
      const open = cases.filter(isOpen);
      const counts = URGENCY.flatMap((p) => {
        const n = open.filter((c) => c.priority === p).length;
        return n ? [`${n} ${p}`] : [];
      });
      expect(
        (await ask(question)).startsWith(
          `${open.length} open case${open.length === 1 ? '' : 's'}: ${counts.join(', ')}.`,
        ),
      ).toBe(true);
    },
    60_000,
  );

  it.each(['how many high or urgent cases are open', 'any high/urgent tickets open?'])(
    '"%s" lists the open cases of both priorities, no others',
    async (question) => {
      const wanted = cases.filter((c) => isOpen(c) && (c.priority === 'high' || c.priority === 'urgent'));
      const reply = await ask(question);
      expect(reply).toMatch(new RegExp(`^${wanted.length} urgent or high priority open cases?`));
      for (const line of numbers(wanted)) expect(reply).toContain(line);
      for (const line of numbers(cases.filter((c) => isOpen(c) && !wanted.includes(c))))
        expect(reply).not.toContain(line);
    },
    60_000,
  );

  it.each(["what's on my plate at the moment", 'my workload?'])(
    'support\'s "%s" is their own open cases, no account looked up',
    async (question) => {
      const me = users.find((u) => u.email === SUPPORT)!;
      const mine = cases.filter((c) => isOpen(c) && c.ownerId === me._id);
      const reply = await ask(question);
      expect(reply).toMatch(new RegExp(`^Your open cases \\(${mine.length}\\)`));
      for (const line of numbers(mine.slice(0, 20))) expect(reply).toContain(line);
      expect(reply).not.toMatch(/couldn't find an account|moment/i);
    },
    60_000,
  );

  it.each(["what's anna's workload looking like", 'how busy is anna'])(
    '"%s" is that agent\'s open cases',
    async (question) => {
      const anna = users.find((u) => u.name === 'Anna Kowalski')!;
      const hers = cases.filter((c) => isOpen(c) && c.ownerId === anna._id);
      const reply = await ask(question);
      expect(reply).toMatch(new RegExp(`^${hers.length} open cases? assigned to Anna Kowalski`));
      for (const line of numbers(hers)) expect(reply).toContain(line);
      for (const line of numbers(cases.filter((c) => isOpen(c) && c.ownerId !== anna._id)))
        expect(reply).not.toContain(line);
    },
    60_000,
  );

  it('"what\'s the team\'s workload" counts the open cases per agent', async () => {
    const open = cases.filter(isOpen);
    const reply = await ask("what's the team's workload");
    expect(reply).toMatch(new RegExp(`^${open.length} open cases?\\. By agent:`));
  }, 60_000);

  it('"are we getting more cases this week than last?" counts both weeks\' arrivals', async () => {
    const today = dayIn(now, timeZone);
    const monday = addDays(today, -((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7));
    const opened = (from: string, to: string) =>
      cases.filter((c) => {
        const day = dayIn(c.createdAt!, timeZone);
        return day >= from && day <= to;
      }).length;
    const thisWeek = opened(monday, today);
    const lastWeek = opened(addDays(monday, -7), addDays(monday, -1));
    const reply = await ask('are we getting more cases this week than last?');
    expect(reply).toMatch(
      new RegExp(`${thisWeek} cases? came in this week so far \\(to [^)]+\\), against ${lastWeek} in `),
    );
    expect(reply).not.toMatch(/sales team/);
  }, 60_000);

  it('a rep\'s "what\'s on my plate at the moment" is still their tasks, not cases', async () => {
    const reply = await ask("what's on my plate at the moment", REP);
    expect(reply).toMatch(/\btasks?\b/);
    expect(reply).not.toMatch(/open cases/i);
  }, 60_000);
});
