import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { RILEY as SUPPORT, SAM as REP } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, seventeenth round (w18k): complaints about the last answer get a repair move ("try
// again" asks the last question again, "that's wrong" an apology and an offer to redo it, "you're
// useless" a short apology and what the bot can do); a "yes" after a role refusal hears the refusal
// again; a write written as a letter is made. Through the bot core on the demo CRM; every figure and
// record expected is read from the store.
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';
const CANT_HELP = /can.t help with that|didn.t understand|nothing to cancel/i;

describe('seventeenth round: complaints and repair, a yes after a refusal, a write in a letter', () => {
  let world: EvalWorld;
  let samsNegotiation: Deal[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const sam = (await world.services.store.users.findOne({ email: REP }))!;
    samsNegotiation = (await world.services.store.deals.find({ ownerId: sam._id })).filter(
      (d) => isOpen(d) && d.stage === 'negotiation',
    );
  }, 120_000);
  afterAll(() => world.close());

  const rep = (conversation: string) => new ChatDriver(world.services, conversation, { localUser: REP });

  it.each(['try again', 'pls run that again', 'one more time', 'can you try again?'])(
    '"%s" after a question asks it again',
    async (again) => {
      const chat = rep(`c-retry-${again}`);
      const first = replyText(await chat.say('how many opps in negotiation'));
      expect(first).toMatch(new RegExp(`^${samsNegotiation.length} open deals? in negotiation`));
      const second = replyText(await chat.say(again));
      expect(second).toBe(first);
    },
    120_000,
  );

  it.each(["that's wrong", 'not what i asked', "that can't be right", 'you got it wrong'])(
    '"%s" after an answer: an apology and an offer to redo it',
    async (complaint) => {
      const chat = rep(`c-wrong-${complaint}`);
      await chat.say('how many opps in negotiation');
      const reply = replyText(await chat.say(complaint));
      expect(reply).toMatch(/^Sorry about that/);
      expect(reply).toContain('"how many opps in negotiation"');
      expect(reply).not.toMatch(CANT_HELP);
      // and "try again" then runs it again
      expect(replyText(await chat.say('try again'))).toMatch(
        new RegExp(`^${samsNegotiation.length} open deals? in negotiation`),
      );
    },
    120_000,
  );

  it.each(["you're useless", 'this is pointless', 'useless bot'])(
    '"%s": a short apology and what the bot can do, no knowledge passage',
    async (complaint) => {
      const reply = replyText(await rep(`c-useless-${complaint}`).say(complaint));
      expect(reply).toMatch(/^Sorry I haven't been much help\. I can /);
      expect(reply).not.toMatch(/forecast combines/);
      expect(reply).not.toMatch(CANT_HELP);
    },
    120_000,
  );

  it('a "yes" after a role refusal hears the refusal again, and nothing is logged', async () => {
    const chat = new ChatDriver(world.services, 'c-support-log', { localUser: SUPPORT });
    const summary = 'customer angry about the billing address on invoices';
    const refusal = replyText(await chat.say(`log a call with Sarah Murphy at Stark Industries: ${summary}`));
    expect(refusal).toMatch(/isn't available to you: logging calls/);
    expect(replyText(await chat.say('yes'))).toMatch(/isn't available to you: logging calls/);
    expect(await world.services.store.interactions.find({ summary })).toEqual([]);
  }, 120_000);

  it.each([
    "Hi there, I hope you're well! Could you please create a task for me to send the order form to Karen Evans at Wayne Enterprises by next Wednesday? Many thanks, Sam",
    'Hello again, I wonder whether you could create a task for me to send the order form to Karen Evans at Wayne Enterprises by next Wednesday? Kind regards, Sam',
    "hope you're doing well. would you be able to create a task to send the order form to Karen Evans at Wayne Enterprises by next wednesday? thanks so much",
  ])(
    'a write in a letter is made: "%s"',
    async (letter) => {
      const chat = rep(`c-letter-${letter.length}`);
      const wayne = (await world.services.store.accounts.findOne({ name: 'Wayne Enterprises' }))!;
      const confirm = replyText(await chat.say(letter));
      expect(confirm).toMatch(/^Create a task "Send the order form to Karen Evans at Wayne Enterprises"/i);
      expect(replyText(await chat.say('yes'))).toMatch(/^Task created/);
      const tasks = await world.services.store.tasks.find({ accountId: wayne._id });
      const made = tasks.filter((t) => /order form to Karen Evans/i.test(t.title));
      expect(made.length).toBeGreaterThan(0);
      // next Wednesday from the conversation's clock: a Wednesday
      expect(made.every((t) => t.dueAt!.getUTCDay() === 3)).toBe(true);
    },
    120_000,
  );
});
