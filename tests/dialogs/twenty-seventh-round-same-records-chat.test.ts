import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const REP = 'sam.rivera@demo.crmpro.dev';
const MANAGER = 'morgan.lee@demo.crmpro.dev';
const MARKETING = 'alex.kim@demo.crmpro.dev';
const ANALYST = 'noah.singh@demo.crmpro.dev';

/**
 * Follow-ups that keep the last answer's records and change one thing (w28c): the order said with
 * its key apart, another figure of the same deals, the same records narrowed by a new filter.
 */
describe('follow-ups on the same records, in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const say = async (user: string, id: string, ...turns: string[]): Promise<string[]> => {
    const chat = new ChatDriver(world.services, id, { localUser: user });
    const replies: string[] = [];
    for (const turn of turns) replies.push(replyText(await chat.say(turn)));
    return replies;
  };

  it('"sort by amount, biggest first" then "just the top 3" keeps the stage of the list', async () => {
    const [, sorted, top] = await say(
      REP,
      'same-sort',
      'pls list my open deals in prospecting',
      'sort by amount, biggest first',
      'just the top 3',
    );
    expect(sorted).toMatch(/open deals? in prospecting/);
    expect(top).toMatch(/open deals? in prospecting/);
    expect(top).not.toMatch(/· (?:qualification|proposal|negotiation) ·/);
  }, 60_000);

  it('"sort them by amount, smallest first": the same deals, smallest first', async () => {
    const [, sorted] = await say(
      REP,
      'same-smallest',
      'my open deals',
      'sort them by amount, smallest first',
    );
    const amounts = [...(sorted ?? '').matchAll(/— \$([\d.]+)(k|M)?/g)].map(
      ([, n, unit]) => Number(n) * (unit === 'M' ? 1e6 : unit === 'k' ? 1e3 : 1),
    );
    expect(amounts.length).toBeGreaterThan(1);
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
  }, 60_000);

  it.each([
    [ANALYST, ['average won deal size?', 'and the median?'], /median won deal size, all time/],
    [
      ANALYST,
      ['median won deal size in emea', 'and the average then'],
      /average won deal size, all time \(everyone, in EMEA\)/,
    ],
    [MANAGER, ['average deal size this year for the team', 'median?'], /median won deal size, 2026 \(team /],
    [
      REP,
      ['how much did i win last quarter', 'whats the avg'],
      /average won deal size, Q3 2026 \(your deals\)/,
    ],
    [REP, ['my won deals this quarter', 'and the average?'], /average won deal size, Q4 2026 \(your deals\)/],
  ])(
    '%s: %j gives the other figure of the same deals',
    async (user, turns, expected) => {
      const replies = await say(user, `same-figure-${turns.join('-')}`, ...turns);
      expect(replies.at(-1)).toMatch(expected);
    },
    60_000,
  );

  it('"and in total?" after a list of deals: their total, the list kept', async () => {
    const [, total] = await say(REP, 'same-total', 'list my open deals in negotiation', 'and in total?');
    expect(total).toMatch(/^Open deals in negotiation \(your deals\) add up to /);
  }, 60_000);

  it.each([
    [
      'how many contacts do we have in the uk',
      'and how many of them opted out of email',
      /United Kingdom .*opted out/,
    ],
    ['how many contacts at german accounts', 'how many of those have opted out?', /in Germany .*opted out/],
    [
      'how many contacts do we have in healthcare',
      'how many of them can we email?',
      /Healthcare accounts .*can be sent marketing e-mail/,
    ],
    ['contacts in france', 'which of them opted out', /in France .*opted out/],
  ])(
    '"%s" → "%s": the same people, narrowed',
    async (first, second, expected) => {
      const [, narrowed] = await say(MARKETING, `same-people-${second}`, first, second);
      expect(narrowed).toMatch(expected);
      expect(narrowed).not.toMatch(/at the \d+ accounts \(all accounts\)/);
    },
    60_000,
  );

  it('"how many of those are customers" after the accounts in emea: the customers there', async () => {
    const [, customers] = await say(
      MANAGER,
      'same-accounts',
      'how many accounts do we have in emea',
      'how many of those are customers',
    );
    expect(customers).toMatch(/customers? in EMEA \(team /);
  }, 60_000);

  it.each([
    [
      'meeting wayne enterprises thursday',
      "who's the decision maker over there?",
      /^Decision maker at Wayne Enterprises: /,
    ],
    ['call with globex yesterday', "what's their biggest open deal?", /^The biggest open deals? \(Globex\)/],
    ['log a call with initech', 'who is the cfo there?', /\bInitech\b/],
  ])(
    '"%s", then a question instead of what it was about: "%s" is answered, of that account',
    async (log, question, expected) => {
      const [asked, answered] = await say(REP, `log-then-ask-${question}`, log, question);
      expect(asked).toMatch(/What was it about\?/);
      expect(answered).toMatch(expected);
      expect(answered).not.toMatch(/\(yes\/no\)/);
    },
    60_000,
  );

  it("the words of the log stay the log's, a question mark or not when no question is put", async () => {
    const [, confirm] = await say(
      REP,
      'log-then-words',
      'meeting wayne enterprises thursday',
      'discussed renewal terms, they want a discount',
    );
    expect(confirm).toMatch(
      /^Log a meeting at Wayne Enterprises .*"discussed renewal terms, they want a discount"\? \(yes\/no\)/,
    );
  }, 60_000);

  it('keeps an account named in the follow-up: "how many contacts at globex opted out" is Globex\'s', async () => {
    const [, globex] = await say(
      MARKETING,
      'same-own-account',
      'how many contacts do we have in the uk',
      'how many contacts at globex opted out of email',
    );
    expect(globex).not.toMatch(/United Kingdom/);
  }, 60_000);
});
