import { ChatDriver } from '../fixtures/chat-driver';
import { FIXTURE_NOW, loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

const day = 86_400_000;

/**
 * Follow-ups people type after a list (w4b): the period next to the last one, the caller's own
 * deals among an account's, tasks they are behind on; and field questions wrapped in courtesy.
 * Sam Rivera's world on 15 Mar 2026: Acme deals closing in April, one more of the manager's.
 */
describe('follow-ups and polite field questions in chat', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  beforeAll(async () => {
    const { acmeId, managerId, repId } = await loadSmallCrm(temp.store);
    await temp.store.deals.insertOne({
      name: 'Acme tunnel paint',
      accountId: acmeId,
      ownerId: managerId,
      stage: 'proposal',
      amount: 30_000,
      currency: 'USD',
      closeDate: new Date(FIXTURE_NOW.getTime() + 50 * day),
      probability: 50,
      forecastCategory: 'pipeline',
      type: 'new_business',
      stageHistory: [{ stage: 'proposal', at: FIXTURE_NOW }],
    });
    await temp.store.tasks.insertMany([
      {
        title: 'Send the anvil quote',
        ownerId: repId,
        status: 'open',
        dueAt: new Date(FIXTURE_NOW.getTime() - 3 * day),
      },
      {
        title: 'Book the skates demo',
        ownerId: repId,
        status: 'open',
        dueAt: new Date(FIXTURE_NOW.getTime() + 4 * day),
      },
    ]);
  });
  afterAll(() => temp.cleanup());

  /** The reply as a reader sees it: its text, title and lists. */
  const text = async (chat: ChatDriver, message: string) =>
    (await chat.say(message)).map((r) => JSON.stringify([r.title, r.text, r.lists])).join('\n');

  it('moves the last list to the month after, and back', async () => {
    const chat = new ChatDriver(services, 'shift');
    expect(await text(chat, 'my deals closing next month pls')).toMatch(
      /1 Apr 2026–30 Apr 2026[\s\S]*Acme anvil fleet renewal/,
    );
    const after = await text(chat, 'and the month after that?');
    expect(after).toMatch(/1 May 2026–31 May 2026/);
    expect(after).toMatch(/Acme tunnel paint|No open deals|no open deals/);
    expect(after).not.toMatch(/Acme anvil fleet renewal/);
    expect(await text(chat, 'and the month before that?')).toMatch(
      /1 Apr 2026–30 Apr 2026[\s\S]*Acme rocket skates/,
    );
  });

  it("keeps the caller's own deals among the account's just shown", async () => {
    const chat = new ChatDriver(services, 'mine');
    expect(await text(chat, 'Could you please show me the open deals at Acme Corporation?')).toMatch(
      /Acme tunnel paint/,
    );
    const mine = await text(chat, 'Which of those are mine?');
    expect(mine).toMatch(/Acme anvil fleet renewal/);
    expect(mine).toMatch(/Acme rocket skates/);
    expect(mine).not.toMatch(/Acme tunnel paint/);
  });

  it('lists the tasks the caller is behind on as the overdue ones', async () => {
    const chat = new ChatDriver(services, 'behind');
    const reply = await text(chat, "any tasks i'm behind on lol");
    expect(reply).toMatch(/Send the anvil quote/);
    expect(reply).not.toMatch(/Book the skates demo/);
  });

  it('answers a field of a deal named inside a polite request', async () => {
    const chat = new ChatDriver(services, 'polite');
    expect(
      await text(chat, 'Could you please let me know when the Acme rocket skates deal is expected to close?'),
    ).toMatch(/Acme rocket skates closes on 29 Apr 2026/);
    expect(
      await text(
        chat,
        'Would you be so kind as to tell me which stage the Acme anvil fleet renewal is currently in?',
      ),
    ).toMatch(/Acme anvil fleet renewal is in negotiation/);
  });
});
