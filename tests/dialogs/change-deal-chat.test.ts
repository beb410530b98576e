import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatMoneyExact } from '../../src/dialogs/replies/format';
import { ChatDriver } from '../fixtures/chat-driver';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

const REP = 'sam.rivera@demo.crmpro.dev';
const SUPPORT = 'riley.park@demo.crmpro.dev';

/** Changing a deal's amount or close date from chat, on the seeded demo CRM (its clock: Friday 4 Dec 2026). */
describe("changing a deal's amount or close date in chat", () => {
  let world: EvalWorld;
  let deal: { _id: string; name: string; amount: number; currency: string };
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const [sam] = await world.services.store.users.find({ email: REP });
    const open = await world.services.store.deals.find({
      ownerId: sam!._id,
      stage: { $in: ['qualification', 'proposal', 'negotiation'] },
    });
    // A deal whose name no other deal's name contains.
    deal = open.find((d) => !open.some((o) => o._id !== d._id && o.name.startsWith(d.name)))!;
  }, 120_000);
  afterAll(() => world.close());

  it('confirms an amount said casually and saves it only after the yes', async () => {
    const chat = new ChatDriver(world.services, 'deal-amount', { localUser: REP });
    const asked = replyText(await chat.say(`change the amount on ${deal.name} to 31.5k`));
    expect(asked).toContain(`Change the amount of "${deal.name}"`);
    expect(asked).toContain(`to ${formatMoneyExact(31_500, deal.currency)}? (yes/no)`);
    expect((await world.services.store.deals.findById(deal._id))?.amount).toBe(deal.amount);
    expect(replyText(await chat.say('yes'))).toMatch(/amount changed from .* to .*31,500/);
    expect((await world.services.store.deals.findById(deal._id))?.amount).toBe(31_500);
  }, 120_000);

  it('moves the close date forward to the day named, and a no changes nothing', async () => {
    const chat = new ChatDriver(world.services, 'deal-close-date', { localUser: REP });
    expect(replyText(await chat.say(`push the close date of ${deal.name} to 15 feb`))).toContain(
      `Move the close date of "${deal.name}"`,
    );
    expect(replyText(await chat.say('no'))).toMatch(/stays as it was/);
    expect(replyText(await chat.say(`slip ${deal.name} deal to 15 feb`))).toMatch(
      /15 Feb 2027\? \(yes\/no\)/,
    );
    expect(replyText(await chat.say('yes'))).toMatch(/close date moved from .* to 15 Feb 2027/);
    expect((await world.services.store.deals.findById(deal._id))?.closeDate.toISOString()).toBe(
      '2027-02-15T00:00:00.000Z',
    );
  }, 120_000);

  it('asks which deal when the words only point at one ("change the amount to 45k"), never a deal called "the"', async () => {
    for (const [index, message] of [
      'change the amount to 45k',
      'change the deal amount to 45k',
      "update that deal's value to 45k",
    ].entries()) {
      const chat = new ChatDriver(world.services, `deal-amount-unnamed-${index}`, { localUser: REP });
      const asked = replyText(await chat.say(message));
      expect(asked).toMatch(/Which deal's amount should I change\?/);
      expect(asked).not.toMatch(/couldn't find a deal called/);
    }
  }, 120_000);

  it('reaches the deal just moved to another stage when the next change names none ("change the amount to 45k")', async () => {
    // The account's other open deals make "it" ambiguous unless the conversation remembers the deal.
    const [sam] = await world.services.store.users.find({ email: REP });
    const open = await world.services.store.deals.find({
      ownerId: sam!._id,
      stage: { $in: ['prospecting', 'qualification', 'proposal', 'negotiation'] },
    });
    const moved = open.find(
      (d) =>
        d.stage === 'qualification' &&
        d._id !== deal._id &&
        !open.some((o) => o._id !== d._id && o.name.startsWith(d.name)) &&
        open.some((o) => o._id !== d._id && o.accountId === d.accountId),
    )!;
    const wordings: Array<[string, string]> = [
      ['change the amount to 45k', `Change the amount of "${moved.name}"`],
      ['set the value to $46,000', `Change the amount of "${moved.name}"`],
      ['push the close date to friday', `Move the close date of "${moved.name}"`],
      ["update that deal's amount to 47k", `Change the amount of "${moved.name}"`],
    ];
    for (const [index, [message, expected]] of wordings.entries()) {
      const chat = new ChatDriver(world.services, `deal-after-move-${index}`, { localUser: REP });
      expect(replyText(await chat.say(`move ${moved.name} to proposal`))).toMatch(/\? \(yes\/no\)/);
      expect(replyText(await chat.say('yes'))).toMatch(/moved from qualification to proposal/i);
      const asked = replyText(await chat.say(message));
      expect(asked).toContain(expected);
      expect(asked).not.toMatch(/Several deals|Which deal/);
      expect(replyText(await chat.say('no'))).toMatch(/stays as it was/);
      // Back where it was, for the next wording.
      await world.services.store.deals.updateOne({ _id: moved._id }, { $set: { stage: 'qualification' } });
    }
  }, 240_000);

  it('refuses a role that may not change deals', async () => {
    const support = new ChatDriver(world.services, 'deal-amount-support', { localUser: SUPPORT });
    expect(replyText(await support.say(`change the amount on ${deal.name} to 1k`))).toMatch(
      /(?:isn't|is not) available to you|can't change|support role/i,
    );
    expect((await world.services.store.deals.findById(deal._id))?.amount).toBe(31_500);
  }, 120_000);
});
