import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatDate } from '../../src/dialogs/replies/format';
import { localDayIn } from '../../src/skills/shared/local-day';
import type { User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19 (tenth round, W7-D) through the bot core on the demo CRM: after a briefing of Initech, a
// question about the rep's own activity is all of it (not Initech's), and "when did i last email
// them" is Initech's latest email. Figures are recomputed from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';
const DAY = 86_400_000;

describe('activity questions after an account was shown', () => {
  let world: EvalWorld;
  let sam: User;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    sam = (await world.services.store.users.findOne({ email: SAM }))!;
  }, 120_000);
  afterAll(() => world.close());

  it("a rep's calls this week after a briefing are all of them, not the account's", async () => {
    const today = localDayIn(world.services.clock(), sam.timezone);
    const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
    const monday = new Date(Date.parse(`${today}T00:00:00Z`) - weekday * DAY);
    const calls = await world.services.store.interactions.find({
      userId: sam._id,
      type: 'call',
      occurredAt: { $gte: monday, $lt: new Date(monday.getTime() + 7 * DAY) },
    });
    const chat = new ChatDriver(world.services, 'c-own-calls', { localUser: SAM });
    await chat.say("what's new with initech");
    const [reply] = await chat.say('how many calls did i make this week');
    expect(reply!.text).toMatch(new RegExp(`^${calls.length} calls? \\(yours,`));
    expect(reply!.text).not.toMatch(/Initech/);
    // Pointing back keeps the account.
    const [there] = await chat.say('how many calls did i make to them this week');
    expect(there!.text).toMatch(/at Initech/);
  }, 60_000);

  it('"when did i last email them" after a briefing is the account\'s latest email', async () => {
    const initech = (await world.services.store.accounts.findOne({ name: 'Initech' }))!;
    const [latest] = await world.services.store.interactions.find(
      { accountId: initech._id, type: 'email' },
      { sort: { occurredAt: -1 }, limit: 1 },
    );
    const chat = new ChatDriver(world.services, 'c-last-email', { localUser: SAM });
    await chat.say("what's new with initech");
    const [reply] = await chat.say('when did i last email them');
    expect(reply!.text).toBe(
      `Last email with Initech: ${formatDate(latest!.occurredAt, sam.timezone)} — ${latest!.summary} (Sam Rivera).`,
    );
  }, 60_000);
});
