import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, eighth round (R5): where the caller or a named rep stands against the team or another rep,
// through the bot core on the demo CRM. The places must be those of the team's ranking of what was
// won this quarter ("who closed the most this quarter"), which the store's deals decide.
const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';

/** The owners of a ranking reply ("1. Sam Rivera — 12 deals, $543k"), in its order. */
const rankingOf = (text: string) =>
  text
    .split('\n')
    .map((line) => /^\d+\.\s+(.+?)(?:\s+◀)?\s+—/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
const ORDINALS = ['1st', '2nd', '3rd'];
const ordinal = (n: number) => ORDINALS[n - 1] ?? `${n}th`;

describe('where someone stands against the team', () => {
  let world: EvalWorld;
  let ranking: string[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const chat = new ChatDriver(world.services, 'c-standing-ranking', { localUser: MORGAN });
    const [reply] = await chat.say('who closed the most this quarter');
    ranking = rankingOf(reply!.text);
  }, 120_000);
  afterAll(() => world.close());

  it('a rep hears their own place in the team ranking, and against one named rep', async () => {
    expect(ranking.length).toBeGreaterThan(2);
    const chat = new ChatDriver(world.services, 'c-standing-rep', { localUser: SAM });
    const [mine] = await chat.say('how do i compare to the team');
    const place = ranking.indexOf('Sam Rivera') + 1;
    expect(mine!.text).toMatch(new RegExp(`^You are ${ordinal(place)} of ${ranking.length} by amount won`));
    expect(rankingOf(mine!.text)).toEqual(ranking);
    const other = ranking.find((name) => name !== 'Sam Rivera')!;
    const [against] = await chat.say(`am i ahead of ${other.split(' ')[0]!.toLowerCase()}`);
    const ahead = place < ranking.indexOf(other) + 1;
    expect(against!.text).toContain(`You are ${ahead ? 'ahead of' : 'behind'} ${other}.`);
    // The ranking is the last answer: "who's last?" picks from it.
    const [last] = await chat.say("who's last?");
    expect(last!.text).toMatch(new RegExp(`^${ranking[ranking.length - 1]} is last`));
  }, 120_000);

  it("a manager hears a named rep's place", async () => {
    const chat = new ChatDriver(world.services, 'c-standing-manager', { localUser: MORGAN });
    const [reply] = await chat.say('how does sam stack up against the others');
    const place = ranking.indexOf('Sam Rivera') + 1;
    expect(reply!.text).toMatch(
      new RegExp(`^Sam Rivera is ${ordinal(place)} of ${ranking.length} by amount won`),
    );
  }, 120_000);
});
