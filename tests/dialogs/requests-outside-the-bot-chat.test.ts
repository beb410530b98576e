import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver, widgetVisitor } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

/** A poem, a joke or the weather asked of the bot: said plainly, in every role, then back to work. */
describe('requests outside what the bot does, in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it('tells a website visitor what it does instead of "no answer in our documentation"', async () => {
    const visitor = widgetVisitor(world.services, 'outside');
    const poem = replyText(await visitor.say('write a poem about sales pipelines'));
    expect(poem).toMatch(/^Sorry, writing poems, songs, stories or jokes isn't something I do\./);
    expect(poem).not.toMatch(/couldn't find an answer/);
    expect(replyText(await visitor.say("what's the weather in london"))).toMatch(
      /^Sorry, I can't look up the weather, news or other general information\./,
    );
    // The next product question is answered as usual.
    expect(replyText(await visitor.say('how much is the team plan?'))).toMatch(/\$29|\$24/);
  }, 60_000);

  it('tells a rep plainly, offers what the rep can ask, and still briefs on an account next', async () => {
    const rep = (await world.services.store.users.find({ active: true, role: 'rep' }))[0]!;
    const chat = new ChatDriver(world.services, 'outside-rep', { localUser: rep.email });
    const song = await chat.say('write me a song about acme');
    expect(replyText(song)).toMatch(
      /^Sorry, writing poems, songs, stories or jokes isn't something I do\. I'm your CRM assistant/,
    );
    expect(replyText(song)).not.toMatch(/Acme Corporation \(/);
    expect(replyText(await chat.say('tell me about acme'))).toMatch(/Acme Corporation/);
  }, 60_000);
});
