import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, eighth round (r6): a message that is only a name, typed or said, answers about that
// record through the bot core — the account's briefing, the person's card — not "can't help".
const SAM = 'sam.rivera@demo.crmpro.dev';

describe('a name alone, in chat', () => {
  let world: EvalWorld;
  let n = 0;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const say = async (text: string) => {
    const chat = new ChatDriver(world.services, `c-terse-name-${n++}`, { localUser: SAM });
    return (await chat.say(text)).map((reply) => reply.text).join('\n');
  };

  it.each([
    ['globex?', /^Globex \(/],
    ['inner tech', /^Initech \(/],
    ['initek', /^Initech \(/],
    ['glow bex', /^Globex \(/],
    ['a cme', /^Acme Corporation \(/],
    ['jane cooper', /^Jane Cooper — .* at Initech/],
    ['Jane Cooper?', /^Jane Cooper — .* at Initech/],
    ['jane cooper pls', /^Jane Cooper — .* at Initech/],
  ])('%s', async (text, reply) => {
    expect(await say(text)).toMatch(reply);
  });

  it.each(['thanks', 'cooper', 'help'])('not a record card: %s', async (text) => {
    expect(await say(text)).not.toMatch(/^(?:Jane Cooper — |Initech \(|Globex \()/);
  });
});
