import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { RILEY, SAM } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

/**
 * Issue 19, eighteenth round (w19t): one-word and emoji replies in the middle of a conversation
 * ("more", "ok and?", "👍", "huh?") and messages in another language, on the seeded demo CRM.
 * Records are read from the store.
 */
describe('one-word replies and other languages in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it('goes on with the last question after "ok and?" or "more", and acknowledges a thumbs-up', async () => {
    const sam = (await world.services.store.users.find({ email: SAM }))[0]!;
    const open = await world.services.store.tasks.find({ ownerId: sam._id, status: 'open' });
    expect(open.length).toBeGreaterThan(0);
    const chat = new ChatDriver(world.services, 'short-more', { localUser: SAM });
    await chat.say('what tasks do i have');
    // (After a list, "more" and "next" page it: the list follow-ups' own reading.)
    const more = replyText(await chat.say('ok and?'));
    for (const task of open) expect(more).toContain(task.title);
    expect(replyText(await chat.say('👍'))).toMatch(/^👍 Anything else/);
    const huh = replyText(await chat.say('huh?'));
    expect(huh).toContain('"what tasks do i have"');
    expect(huh).not.toMatch(/can.t help|didn.t understand/);

    // A briefing is a dialog, not a question "try again" repeats: "ok and?" is that account again.
    const account = (await world.services.store.accounts.find({ ownerId: sam._id }))[0]!;
    const briefing = new ChatDriver(world.services, 'short-briefing', { localUser: SAM });
    await briefing.say(`brief me on ${account.name}`);
    expect(replyText(await briefing.say('more'))).toContain(account.name);
    // Nothing asked before: asked what about.
    const fresh = new ChatDriver(world.services, 'short-fresh', { localUser: SAM });
    expect(replyText(await fresh.say('more'))).toMatch(/What would you like to know more about/);
  }, 120_000);

  it('says it reads English to a message in another language it cannot place', async () => {
    for (const [user, text] of [
      [SAM, 'montre-moi mes tâches'],
      [RILEY, 'montre-moi mes cas ouverts'],
    ] as const) {
      const chat = new ChatDriver(world.services, `language-${user}`, { localUser: user });
      const reply = replyText(await chat.say(text));
      expect(reply).toMatch(/only understand English/);
      expect(reply).not.toMatch(/can.t help with that/);
    }
  }, 120_000);

  it('"shorter" and "tl;dr" give the last answer again, cut to its headline (w20f)', async () => {
    const chat = new ChatDriver(world.services, 'short-shorter', { localUser: SAM });
    const full = replyText(await chat.say('my open deals'));
    const headline = full.split('\n')[0]!;
    for (const wording of ['shorter', 'make it shorter', 'tl;dr']) {
      const short = replyText(await chat.say(wording));
      expect(short.startsWith(headline)).toBe(true);
      expect(short.split('\n').length).toBeLessThanOrEqual(5);
    }
    const none = new ChatDriver(world.services, 'short-shorter-none', { localUser: SAM });
    expect(replyText(await none.say('shorter'))).toMatch(/no earlier answer to shorten/);
  }, 120_000);
});
