import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Reply } from '../../src/dialogs/reply';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const REP = 'sam.rivera@demo.crmpro.dev';

/** Twenty-third round, reps (w24b): thanks before a question, and one person across time. */
describe('twenty-third round: a rep thanking first, and asking about one person over time', () => {
  let world: EvalWorld;
  let turn = 0;
  const say = async (...turns: string[]) => {
    const chat = new ChatDriver(world.services, `round23-rep-${turn++}`, { localUser: REP });
    let replies: Reply[] = [];
    for (const t of turns) replies = await chat.say(t);
    return replyText(replies);
  };
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it('answers the question after thanks, not only the thanks', async () => {
    for (const thanks of ['thanks!', 'thanks so much.', 'cheers,', 'great, thank you -']) {
      const reply = await say('my deals in negotiation', `${thanks} and how much are they worth altogether?`);
      expect(reply).toMatch(/add up to/);
      expect(reply).not.toMatch(/welcome/i);
    }
    expect(await say('my deals in negotiation', 'thanks!')).toMatch(/welcome/i);
    expect(await say('thanks so much')).toMatch(/welcome/i);
  }, 240_000);

  it("gives the latest interaction of the kind asked with a person, and that person's interactions and tasks", async () => {
    const { store } = world.services;
    const jane = (await store.contacts.findOne({ firstName: 'Jane', lastName: 'Cooper' }))!;
    const interactions = await store.interactions.find({ contactId: jane._id }, { sort: { occurredAt: -1 } });
    const email = interactions.find((i) => i.type === 'email');
    for (const question of ['when did we last email jane cooper', 'last email to jane cooper']) {
      const reply = await say(question);
      if (email) expect(reply).toContain(email.summary);
      expect(reply).toMatch(/^Last e-mail with Jane Cooper/);
    }
    const every = await say('show me every interaction with jane cooper');
    expect(every).toMatch(/with Jane Cooper/);
    if (interactions[0]) expect(every).toContain(interactions[0].summary);
    // After an account's briefing, the person's history, not their card.
    expect(await say('tell me about initech', 'show me every interaction with jane cooper')).toMatch(
      /interactions? \(.*with Jane Cooper/,
    );
    const tasks = await store.tasks.find({ contactId: jane._id, status: 'open' });
    const taskReply = await say('open tasks for jane cooper');
    for (const task of tasks.filter((t) => t.ownerId)) expect(taskReply).toContain(task.title);
  }, 240_000);

  it('answers a question about deals lost in a period asked again with the same period (lead)', async () => {
    const question = 'how many deals did I lose this quarter';
    const first = await say(question);
    expect(first).toMatch(/lost deals? 1 Oct 2026–31 Dec 2026/);
    expect(await say(question, question)).toBe(first);
    // Said as an instruction after the list, "lose" still takes the period off.
    expect(await say(question, 'lose the date filter')).not.toMatch(/1 Oct 2026–31 Dec 2026/);
  }, 240_000);
});
