import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Accounts ranked by the business they bring, and a manager's "my accounts" as the team's, through
// the bot core on the demo CRM; the expected accounts and counts come from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const numbered = (text: string) => text.split('\n').filter((line) => /^\d+\. /.test(line));

/** The accounts of these deals by their total in the deals' most common currency, the biggest first. */
async function accountsByAmount(world: EvalWorld, deals: readonly Deal[]): Promise<string[]> {
  const currencies = new Map<string, number>();
  for (const d of deals) currencies.set(d.currency, (currencies.get(d.currency) ?? 0) + 1);
  const main = [...currencies].sort((a, b) => b[1] - a[1])[0]![0];
  const totals = new Map<string, number>();
  for (const d of deals)
    totals.set(d.accountId, (totals.get(d.accountId) ?? 0) + (d.currency === main ? d.amount : 0));
  const ids = [...totals].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const accounts = await world.services.store.accounts.find({ _id: { $in: ids } });
  return ids.map((id) => accounts.find((a) => a._id === id)!.name);
}

describe('accounts ranked by their deals', () => {
  let world: EvalWorld;
  let samId: string;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    samId = (await world.services.store.users.findOne({ email: SAM }))!._id;
  }, 120_000);
  afterAll(() => world.close());

  it("ranks a rep's accounts on what they won with them, over all time unless a period is said", async () => {
    const won = await world.services.store.deals.find({ ownerId: samId, stage: 'closed_won' });
    const expected = await accountsByAmount(world, won);
    const chat = new ChatDriver(world.services, 'c-accounts-won', { localUser: SAM });
    const [reply] = await chat.say('who are my biggest customers?');
    expect(reply!.text.split('\n')[0]).toMatch(
      new RegExp(
        `^${expected[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} has the biggest won business over all time \\(your deals\\)`,
      ),
    );
    expect(numbered(reply!.text).length).toBe(Math.min(10, expected.length));
    const [three] = await chat.say('top 3 accounts by revenue');
    expect(numbered(three!.text).map((line) => line.replace(/^\d+\. /, '').split(' — ')[0])).toEqual(
      expected.slice(0, 3),
    );
  }, 120_000);

  it('ranks them on their open pipeline when that is what is asked', async () => {
    const open = (await world.services.store.deals.find({ ownerId: samId })).filter(
      (d) => d.stage !== 'closed_won' && d.stage !== 'closed_lost',
    );
    const expected = await accountsByAmount(world, open);
    const chat = new ChatDriver(world.services, 'c-accounts-open', { localUser: SAM });
    const [reply] = await chat.say('which of my accounts has the biggest open pipeline');
    expect(reply!.text).toMatch(/has the biggest open pipeline \(your deals\)/);
    expect(reply!.text.startsWith(`${expected[0]} has`)).toBe(true);
  }, 120_000);

  it('reads a manager\'s "my accounts" as her team\'s, counted and listed', async () => {
    const morgan = (await world.services.store.users.findOne({ email: MORGAN }))!;
    const team = await world.services.store.users.find({ team: morgan.team });
    const owned = await world.services.store.accounts.countDocuments({
      ownerId: { $in: team.map((u) => u._id) },
    });
    expect(owned).toBeGreaterThan(0);
    const chat = new ChatDriver(world.services, 'c-accounts-manager', { localUser: MORGAN });
    const [count] = await chat.say('how many accounts do I have');
    expect(count!.text).toMatch(new RegExp(`^${owned} accounts? \\(team ${morgan.team}'s accounts\\)`));
    const [list] = await chat.say('my accounts');
    expect(list!.text).toMatch(new RegExp(`^${owned} accounts? \\(team ${morgan.team}'s accounts\\)`));
    const [biggest] = await chat.say('my biggest accounts');
    expect(biggest!.text).toMatch(
      new RegExp(`has the biggest won business over all time \\(team ${morgan.team}\\)`),
    );
  }, 120_000);

  it('lists a rep\'s own accounts for "my accounts" said alone', async () => {
    const owned = await world.services.store.accounts.countDocuments({ ownerId: samId });
    const chat = new ChatDriver(world.services, 'c-accounts-rep', { localUser: SAM });
    const [list] = await chat.say('my accounts');
    expect(list!.text).toMatch(new RegExp(`^${owned} accounts? \\(your accounts\\)`));
  }, 120_000);
});
