import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const SUPPORT = 'riley.park@demo.crmpro.dev';
const REP = 'sam.rivera@demo.crmpro.dev';
const MANAGER = 'morgan.lee@demo.crmpro.dev';

/** Team questions by whoever asks (w28c): each of us, who does best, periods of a year said relatively. */
describe('team questions, in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const ask = async (user: string, id: string, ...turns: string[]): Promise<string> => {
    const chat = new ChatDriver(world.services, id, { localUser: user });
    let last = '';
    for (const turn of turns) last = replyText(await chat.say(turn));
    return last;
  };

  it.each([
    'how many open cases does each of us have right now',
    'open cases per agent right now',
    'how many tickets has each of us got open',
  ])(
    '"%s": each agent with their open cases, whatever day they came in',
    async (text) => {
      const store = world.services.store;
      const open = await store.cases.find({ status: { $in: ['open', 'pending'] } });
      const reply = await ask(SUPPORT, `each-${text}`, text);
      expect(reply).toMatch(new RegExp(`^${open.length} open cases?\\. By agent: `));
      const owners = new Map<string, number>();
      for (const c of open) owners.set(c.ownerId!, (owners.get(c.ownerId!) ?? 0) + 1);
      for (const [ownerId, count] of owners) {
        const user = (await store.users.findOne({ _id: ownerId }))!;
        expect(reply).toContain(`${user.name} ${count}`);
      }
    },
    60_000,
  );

  it.each([
    [MANAGER, 'who on the team is doing best this quarter'],
    [MANAGER, 'whos crushing it this year'],
    [REP, 'top performer last quarter?'],
  ])(
    '%s: "%s" ranks the reps on what they won',
    async (user, text) => {
      expect(await ask(user, `best-${text}`, text)).toMatch(/ has the biggest won business /);
    },
    60_000,
  );

  it('"november compared with november last year": November 2026 against November 2025', async () => {
    const reply = await ask(
      MANAGER,
      'november-twice',
      'how many deals did we win in november compared with november last year',
    );
    expect(reply).toMatch(/^November 2026 against November 2025 /);
  }, 60_000);

  it.each([
    'why is q4 so much worse than q4 last year?',
    'compare q4 with q4 last year for the team',
    'how does q4 compare to q4 last year',
  ])(
    '"%s": Q4 2026 against Q4 2025, what was won and lost',
    async (text) => {
      expect(await ask(MANAGER, `q4-twice-${text}`, text)).toMatch(
        /Q4 2026 against Q4 2025 \(team [^)]+\):\s+Won: \d+ deals?[^\n]*\(Q4 2025: \d+ deals?/,
      );
    },
    60_000,
  );

  it('"got a call with globex in an hour - what happened at our last meeting with them?": the last one', async () => {
    expect(
      await ask(
        REP,
        'in-an-hour',
        'got a call with globex in an hour - what happened at our last meeting with them?',
      ),
    ).toMatch(/^Last (?:interaction|meeting) with Globex: /);
  }, 60_000);

  it('"last few touchpoints with initech": its latest interactions, newest first', async () => {
    expect(await ask(REP, 'touchpoints', 'last few touchpoints with initech?')).toMatch(
      /^The last \d+ interactions? with Initech:/,
    );
  }, 60_000);
});
