import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatMoneyExact } from '../../src/dialogs/replies/format';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { SAM } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, twenty-fifth round (w26b): a change of mind at a write's confirm step, through the bot core
// on the demo CRM (its clock: Friday 4 Dec 2026). A "yes" saves the value last said, never one the
// person has since corrected; "undo that" / "wait no" cancel and leave the deal the conversation's focus.
const OPEN = ['prospecting', 'qualification', 'proposal', 'negotiation'];

describe('changing one’s mind at a write’s confirm step', () => {
  let world: EvalWorld;
  let deal: Deal;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const sam = (await world.services.store.users.findOne({ email: SAM }))!;
    const open = await world.services.store.deals.find({ ownerId: sam._id, stage: { $in: OPEN } });
    // A deal in qualification whose name no other deal's name contains.
    deal = open.find(
      (d) => d.stage === 'qualification' && !open.some((o) => o._id !== d._id && o.name.startsWith(d.name)),
    )!;
  }, 120_000);
  afterAll(() => world.close());

  const chat = (id: string) => new ChatDriver(world.services, id, { localUser: SAM });
  const stored = async () => (await world.services.store.deals.findById(deal._id))!;

  it.each<[string, number]>([
    ['actually make it 35k', 35_000],
    ['no, 36.5k', 36_500],
    ['37k instead', 37_000],
    ['wait, i meant $38,000', 38_000],
  ])(
    'an amount corrected with "%s" is asked again and the yes saves %d',
    async (correction, amount) => {
      const talk = chat(`amount-${amount}`);
      expect(replyText(await talk.say(`set the amount of ${deal.name} to 30k`))).toContain(
        `to ${formatMoneyExact(30_000, deal.currency)}? (yes/no)`,
      );
      const again = replyText(await talk.say(correction));
      expect(again).toContain(`to ${formatMoneyExact(amount, deal.currency)}? (yes/no)`);
      expect(again).not.toContain(formatMoneyExact(30_000, deal.currency));
      expect(replyText(await talk.say('yes'))).toContain(formatMoneyExact(amount, deal.currency));
      expect((await stored()).amount).toBe(amount);
    },
    120_000,
  );

  it('a close date corrected with "no, to <day>" is asked again with that day', async () => {
    const talk = chat('close-date');
    expect(replyText(await talk.say(`push the close date of ${deal.name} to jan 15`))).toContain(
      '15 Jan 2027',
    );
    expect(replyText(await talk.say('no, to january 22'))).toMatch(/22 Jan 2027\? \(yes\/no\)/);
    expect(replyText(await talk.say('make it the 29th of january'))).toMatch(/29 Jan 2027\? \(yes\/no\)/);
    expect(replyText(await talk.say('yes'))).toMatch(/to 29 Jan 2027/);
    expect((await stored()).closeDate.toISOString()).toBe('2027-01-29T00:00:00.000Z');
  }, 120_000);

  it.each(['undo that', 'wait no', 'scratch that', 'never mind'])(
    '"%s" at a stage move cancels it, and "move it to <stage> instead" is about the same deal',
    async (cancel) => {
      const talk = chat(`cancel-${cancel}`);
      expect(replyText(await talk.say(`move ${deal.name} to negotiation`))).toMatch(/\(yes\/no\)/);
      expect(replyText(await talk.say(cancel))).toMatch(/nothing changed|cancelled/);
      expect((await stored()).stage).toBe('qualification');
      const again = replyText(await talk.say('move it to proposal instead'));
      expect(again).toContain(deal.name);
      expect(again).toMatch(/to proposal\? \(yes\/no\)/);
      expect(replyText(await talk.say('no'))).toMatch(/nothing changed/);
    },
    120_000,
  );

  it('a stage corrected at the confirm step ("no, i meant proposal", "move it to proposal instead") is asked again', async () => {
    for (const [i, correction] of [
      'no, i meant proposal',
      'move it to proposal instead',
      'actually proposal',
    ].entries()) {
      const talk = chat(`stage-${i}`);
      await talk.say(`move ${deal.name} to negotiation`);
      expect(replyText(await talk.say(correction))).toMatch(/from qualification to proposal\? \(yes\/no\)/);
      expect(replyText(await talk.say('no'))).toMatch(/nothing changed/);
    }
  }, 120_000);

  it('an interaction type corrected ("oh wait it was a meeting not a call") is asked again as that type', async () => {
    const account = (await world.services.store.accounts.findById(deal.accountId))!;
    const talk = chat('log-type');
    const name = account.name;
    expect(replyText(await talk.say(`log a call with ${name}: went over the rollout plan`))).toMatch(
      /Log a call/,
    );
    expect(replyText(await talk.say('oh wait it was a meeting not a call'))).toMatch(/Log a meeting/);
    expect(replyText(await talk.say('scratch that'))).toMatch(/didn't log anything/);
  }, 120_000);

  it('a new question at the confirm step is still answered, and nothing is saved', async () => {
    const before = (await stored()).amount;
    const talk = chat('new-question');
    await talk.say(`set the amount of ${deal.name} to 12k`);
    const answered = replyText(await talk.say('how many open deals do i have in negotiation?'));
    expect(answered).not.toMatch(/\(yes\/no\)|Please answer yes or no/);
    expect(answered).toMatch(/negotiation/i);
    expect((await stored()).amount).toBe(before);
  }, 120_000);
});
