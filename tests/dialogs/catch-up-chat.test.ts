import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { SAM } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';

// Issue 19, eighteenth round (w19c): a rep back from time away, through the bot core on the demo CRM
// as Sam: "what did i miss" (the last two weeks, said as a default), the changes on one account while
// away and "did we lose anything there?", the wins since a day and "and which ones did we lose?", and
// the new cases on the rep's accounts. The deals and cases expected are read from the store.
describe('a catch-up after time away (eighteenth round)', () => {
  let world: EvalWorld;
  let samId: string;
  beforeAll(async () => {
    world = await openEvalScaleWorld();
    samId = (await world.services.store.users.findOne({ email: SAM }))!._id;
  }, 120_000);
  afterAll(() => world.close());

  const driver = (conversation: string) => new ChatDriver(world.services, conversation, { localUser: SAM });
  const day = (d: Deal) => (d.closedAt ?? d.closeDate).toISOString().slice(0, 10);
  const closed = async (stage: string, from: string, filter: Record<string, unknown> = { ownerId: samId }) =>
    (await world.services.store.deals.find({ ...filter, stage })).filter(
      (d) => day(d) >= from && day(d) <= '2026-12-04',
    );

  it('"back from 2 weeks off, what did i miss": the won and lost deals of the two weeks, no case', async () => {
    const reply = replyText(await driver('w19c-missed').say('back from 2 weeks off 🌴 what did i miss'));
    const won = await closed('closed_won', '2026-11-21');
    const lost = await closed('closed_lost', '2026-11-21');
    expect(lost.length).toBeGreaterThan(0);
    expect(reply).toMatch(/^What changed on your deals and accounts, 21 Nov 2026 – 4 Dec 2026/m);
    expect(reply).toContain(won.length ? `Won: ${won.length} deal` : 'Won: none.');
    expect(reply).toContain(`Lost: ${lost.length} deal`);
    for (const deal of lost) expect(reply).toContain(deal.name);
    expect(reply).toMatch(/New cases on your accounts: (none\.|\d+)/);
    expect(reply).not.toMatch(/can.t help with that/);
  }, 120_000);

  it('"what happened on globex while i was away" then "did we lose anything there?": Globex\'s lost deals', async () => {
    const chat = driver('w19c-globex');
    const globex = (await world.services.store.accounts.findOne({ name: 'Globex' }))!;
    const first = replyText(await chat.say('what happened on globex while i was away'));
    expect(first).toMatch(/What changed on Globex/);
    expect(first).toMatch(/the last 14 days/);
    const lost = await closed('closed_lost', '2026-11-21', { accountId: globex._id });
    expect(lost.length).toBeGreaterThan(0);
    const second = replyText(await chat.say('did we lose anything there?'));
    expect(second).toMatch(new RegExp(`^${lost.length} lost deals?`));
    for (const deal of lost) expect(second).toContain(deal.name);
    expect(second).not.toMatch(/at risk/);
  }, 120_000);

  it('"which deals did i win since 20 november" then "and which ones did we lose?": the lost ones since then', async () => {
    const chat = driver('w19c-won-lost');
    await chat.say('which deals did i win since 20 november');
    const reply = replyText(await chat.say('and which ones did we lose?'));
    const lost = await closed('closed_lost', '2026-11-20');
    expect(reply).toMatch(new RegExp(`^${lost.length} lost deals? 20 Nov 2026–4 Dec 2026 \\(your deals\\)`));
    for (const deal of lost) expect(reply).toContain(deal.name);
  }, 120_000);

  it('"any new support cases on my accounts in the last 2 weeks?": the cases opened on them, or none', async () => {
    const accounts = await world.services.store.accounts.find({ ownerId: samId });
    const cases = (await world.services.store.cases.find({})).filter(
      (c) =>
        accounts.some((a) => a._id === c.accountId) &&
        c.createdAt >= new Date('2026-11-21T00:00:00Z') &&
        c.createdAt < new Date('2026-12-05T00:00:00Z'),
    );
    const reply = replyText(
      await driver('w19c-cases').say('any new support cases on my accounts in the last 2 weeks?'),
    );
    if (cases.length === 0) expect(reply).toMatch(/^No new cases were opened on your accounts/m);
    else for (const c of cases) expect(reply).toContain(`Case ${c.number}:`);
  }, 120_000);
});
