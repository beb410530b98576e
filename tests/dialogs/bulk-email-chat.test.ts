import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';
import { ALEX, SAM } from '../fixtures/demo-users';

/** "send them an email" after a segment: the bot sends no marketing e-mail and says what it can give instead. */
describe('asking the bot to e-mail a segment or an audience', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it.each(['send them an email', 'email them', 'send these a newsletter', 'add them to a campaign'])(
    'after a segment, "%s" is told plainly that no e-mail is sent, with the audience export to use',
    async (followUp) => {
      const chat = new ChatDriver(world.services, `bulk-${followUp}`, {
        localUser: ALEX,
      });
      await chat.say('how many people are in the champions segment');
      const reply = replyText(await chat.say(followUp));
      expect(reply).toMatch(/^I don't send marketing e-mail/);
      expect(reply).toMatch(/build an audience[\s\S]*export the .+ audience to CSV/);
      expect(reply).not.toMatch(/forecast digest|Which account|lead's name/i);
    },
    60_000,
  );

  it('after an audience was built, the export of that audience is offered', async () => {
    const chat = new ChatDriver(world.services, 'bulk-audience', { localUser: ALEX });
    await chat.say('build an audience of champions in emea');
    const reply = replyText(await chat.say('send them a newsletter'));
    expect(reply).toMatch(/^I don't send marketing e-mail[\s\S]*export the .+ audience to CSV/);
    expect(reply).not.toMatch(/build an audience/);
  }, 60_000);

  it('a rep, who builds no audiences, is pointed at the CSV of the list instead', async () => {
    const chat = new ChatDriver(world.services, 'bulk-rep', { localUser: SAM });
    const reply = replyText(await chat.say('email the champions'));
    expect(reply).toMatch(/^I don't send marketing e-mail[\s\S]*CSV/);
    expect(reply).not.toMatch(/build an audience/);
  }, 60_000);
});
