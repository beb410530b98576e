import type { EvalWorld } from '../../../src/cli/conversation-eval/run-conversation-eval';
import { EVAL_NOW } from '../../../src/cli/conversation-eval/run-conversation-eval';
import { comparedSidesIn } from '../../../src/dialogs/routing/two-sides';
import { ChatDriver } from '../../fixtures/chat-driver';
import { openSmallEvalWorld } from '../../fixtures/small-eval-world';

// Issue 19, nineteenth round (w20c, dev-qa35 A): two accounts or two deals named in one message
// ("acme vs globex open pipeline", "who owns each one") were answered for the first only. The
// message is now asked once for each side, each read as a question of its own; messages that name
// two accounts without setting them against each other stay whole.
describe('two accounts or deals side by side in one message', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const context = { now: EVAL_NOW, timezone: 'UTC' };
  const sidesOf = async (text: string) => {
    const whole = await world.understander.understand(text, context);
    return (await comparedSidesIn(text, whole, world.understander, context))?.texts;
  };

  it.each<[string, [string, string]]>([
    [
      'acme vs globex open pipeline',
      ['how many open deals at Acme Corporation', 'how many open deals at Globex'],
    ],
    ['initech versus hooli win rate', ['Initech win rate', 'Hooli win rate']],
    [
      'who has the better win rate this year, acme or umbrella?',
      ['win rate this year, Acme Corporation?', 'win rate this year, Umbrella Corporation?'],
    ],
    [
      'compare hooli and wayne enterprises - how much did we win from each this year',
      ['how much did we win from Hooli this year', 'how much did we win from Wayne Enterprises this year'],
    ],
    [
      'acme corp vs acme logistics, who owns each one?',
      ['who owns Acme Corporation?', 'who owns Acme Logistics?'],
    ],
    [
      'biggest open deal at acme vs biggest open deal at hooli',
      ['biggest open deal at Acme Corporation', 'biggest open deal at Hooli'],
    ],
    [
      "who's our champion at acme, and at hooli?",
      ["who's our champion at Acme Corporation?", "who's our champion at Hooli?"],
    ],
    [
      'deals at initech or globex closing this month',
      ['deals at Initech closing this month', 'deals at Globex closing this month'],
    ],
    [
      'which is bigger, our open pipeline at initech or at globex?',
      ['how many open deals at Initech', 'how many open deals at Globex'],
    ],
  ])('%s', async (text, expected) => {
    expect(await sidesOf(text)).toEqual(expected);
  });

  it('reads two deals named in one message, each by its own words', async () => {
    const sides = await sidesOf(
      'wayne annual renewal q4 2026 or wayne multi-year renewal q1 2027 - which one is worth more?',
    );
    expect(sides).toEqual([
      "what's the wayne annual renewal q4 2026 worth",
      "what's the wayne multi-year renewal q1 2027 worth",
    ]);
  });

  it.each([
    // One account, or a name that holds "and".
    'open deals at acme',
    'who owns acme',
    'Johnson and Johnson open deals',
    // Writes are never split, even with two accounts in them.
    'log a call with jane at acme and globex: discussed pricing',
    'create a task to call acme and globex tomorrow',
    // No two accounts: two periods, or an account and a person.
    'deals closing this month or next month',
    'open deals at acme or with jane',
  ])('leaves %s whole', async (text) => {
    expect(await sidesOf(text)).toBeUndefined();
  });

  it("answers both sides in one reply, each under the caller's own visibility", async () => {
    const chat = new ChatDriver(world.services, 'two-sides-chat', {
      localUser: 'sam.rivera@demo.crmpro.dev',
    });
    const [reply] = await chat.say('acme corp vs acme logistics, who owns each one?');
    expect(reply!.text).toMatch(/Acme Corporation is owned by Sam Rivera/);
    expect(reply!.text).toMatch(/Acme Logistics is owned by \w+/);
  }, 60_000);

  it('reads a long message, or one full of "and"s, as it is, with no reading per connector', async () => {
    let readings = 0;
    const counting = {
      understand: (text: string, at: typeof context) => {
        readings += 1;
        return world.understander.understand(text, at);
      },
    };
    for (const text of [
      'acme and '.repeat(400),
      'acme or globex and hooli and initech and wayne open deals',
    ]) {
      const whole = await world.understander.understand(text, context);
      readings = 0;
      expect(await comparedSidesIn(text, whole, counting, context)).toBeUndefined();
      expect(readings).toBe(0);
    }
    // A comparison of ordinary length is still split.
    expect(await sidesOf('acme vs globex open pipeline')).toBeDefined();
  }, 60_000);
});
