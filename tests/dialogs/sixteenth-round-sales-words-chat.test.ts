import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatMoney } from '../../src/dialogs/replies/format';
import { isOpenStage, type Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { SAM } from '../fixtures/demo-users';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

// Issue 19, sixteenth round (w17f): sales words through the bot core on the demo CRM — a deal's win
// chance said as a noun, an account's turnover, the rep's whales, and one forecast figure asked right
// after a forecast ("upside?"). The figures are read from the store, not copied from a reply.
describe('sales words in chat', () => {
  let world: EvalWorld;
  let samId: string;
  const openDealsOf = async (filter: Record<string, unknown>): Promise<Deal[]> =>
    (await world.services.store.deals.find(filter)).filter((d) => isOpenStage(d.stage));
  beforeAll(async () => {
    world = await openEvalScaleWorld();
    samId = (await world.services.store.users.findOne({ email: SAM }))!._id;
  }, 120_000);
  afterAll(() => world.close());

  it('"so what\'s the win chance of the hooli sales team pilot": that deal\'s chance', async () => {
    const hooli = (await world.services.store.accounts.findOne({ name: 'Hooli' }))!;
    const pilots = (await openDealsOf({ accountId: hooli._id })).filter((d) =>
      /sales team pilot/i.test(d.name),
    );
    expect(pilots).toHaveLength(1);
    const chat = new ChatDriver(world.services, 'w17f-win-chance-noun', { localUser: SAM });
    const reply = replyText(await chat.say("so what's the win chance of the hooli sales team pilot"));
    expect(reply.split('\n')[0]).toMatch(new RegExp(`^${pilots[0]!.name.replace(/[()]/g, '\\$&')}: \\d+%$`));
  }, 120_000);

  it.each(["what's acme's turnover", 'annual revenue of acme corporation'])(
    '"%s": the account\'s annual revenue as recorded',
    async (text) => {
      const acme = (await world.services.store.accounts.findOne({ name: 'Acme Corporation' }))!;
      expect(acme.annualRevenue).toBeGreaterThan(0);
      const chat = new ChatDriver(world.services, `w17f-turnover-${text.length}`, { localUser: SAM });
      const reply = replyText(await chat.say(text));
      expect(reply).toContain(`Acme Corporation's annual revenue (turnover): `);
      expect(reply).toContain(`${acme.annualRevenue!.toLocaleString('en-US')} USD`);
    },
    120_000,
  );

  it('"who are my whales": the rep\'s biggest open deals, not the reps ranked', async () => {
    const mine = (await openDealsOf({ ownerId: samId })).filter((d) => d.currency === 'USD');
    const biggest = mine.sort((a, b) => b.amount - a.amount).slice(0, 2);
    const chat = new ChatDriver(world.services, 'w17f-whales', { localUser: SAM });
    const reply = replyText(await chat.say('who are my whales'));
    for (const deal of biggest) expect(reply).toContain(deal.name);
    expect(reply).not.toMatch(/has the biggest open pipeline/);
  }, 120_000);

  it('"upside?" right after a forecast: the best-case deals beyond commit in that forecast', async () => {
    const inQ4 = (await openDealsOf({ ownerId: samId })).filter(
      (d) =>
        d.currency === 'USD' &&
        d.forecastCategory === 'best_case' &&
        d.closeDate >= new Date('2026-10-01T00:00:00Z') &&
        d.closeDate < new Date('2027-01-01T00:00:00Z'),
    );
    const upside = inQ4.reduce((sum, d) => sum + d.amount, 0);
    expect(upside).toBeGreaterThan(0);
    const chat = new ChatDriver(world.services, 'w17f-upside', { localUser: SAM });
    await chat.say('forecast for the quarter');
    const reply = replyText(await chat.say('upside?'));
    expect(reply).toContain(
      `Upside, Q4 2026 (your deals): USD ${formatMoney(upside, 'USD')} in best-case deals beyond commit`,
    );
  }, 120_000);

  it('"best case?" stays a forecast figure after a forecast of another quarter', async () => {
    const chat = new ChatDriver(world.services, 'w17f-best-case-next', { localUser: SAM });
    await chat.say('forecast next quarter');
    expect(replyText(await chat.say('and best case?'))).toMatch(/^Best case, Q1 2027 \(your deals\): USD /m);
  }, 120_000);

  it('"we need to close $1M this quarter, where am i": the gap to what is won, from the store', async () => {
    const won = (await world.services.store.deals.find({ ownerId: samId, stage: 'closed_won' })).filter(
      (d) =>
        d.currency === 'USD' &&
        d.closedAt !== undefined &&
        d.closedAt >= new Date('2026-10-01T00:00:00Z') &&
        d.closedAt < new Date('2027-01-01T00:00:00Z'),
    );
    const wonSum = won.reduce((sum, d) => sum + d.amount, 0);
    expect(wonSum).toBeGreaterThan(0);
    expect(wonSum).toBeLessThan(1_000_000);
    const chat = new ChatDriver(world.services, 'w17f-stated-target', { localUser: SAM });
    const reply = replyText(await chat.say('we need to close $1M this quarter, where am i'));
    expect(reply).toContain('Against a target of $1M for Q4 2026 (your deals)');
    expect(reply).toContain(`the gap to won is ${(1_000_000 - wonSum).toLocaleString('en-US')} USD`);
    expect(reply).toContain('not saved');
  }, 120_000);
});
