import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';
import type { Deal, User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';

// Issue 19, tenth round (W8-J): a follow-up that narrows the list just shown (by the kind of deal,
// why deals were lost, whose they are) keeps every other filter of that list; a field asked of the
// one person just shown with a pronoun is that person's. Through the bot core on the demo CRM
// ("now" is Friday 4 December 2026); every name and count is recomputed from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const TODAY = '2026-12-04';
const day = (d: Date) => d.toISOString().slice(0, 10);
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';
const bullets = (text: string) => text.split('\n').filter((line) => line.startsWith('• '));

describe('narrowing the list just shown', () => {
  let world: EvalWorld;
  let sam: User;
  beforeAll(async () => {
    // The evaluation's own scale: the small world has too few open and lost deals to narrow.
    world = await openEvalScaleWorld();
    sam = (await world.services.store.users.findOne({ email: SAM }))!;
  }, 120_000);
  afterAll(() => world.close());

  it("'only the renewals' after what closes this month: the renewals closing this month", async () => {
    const deals = (await world.services.store.deals.find({ ownerId: sam._id })).filter(isOpen);
    const thisMonth = deals.filter(
      (d) => day(d.closeDate) >= '2026-12-01' && day(d.closeDate) <= '2026-12-31',
    );
    const renewals = thisMonth.filter((d) => d.type === 'renewal');
    const others = deals.filter((d) => !renewals.includes(d));
    expect(renewals.length).toBeGreaterThan(1);
    const chat = new ChatDriver(world.services, 'c-renewals', { localUser: SAM });
    await chat.say('whats closing for me this month');
    const [reply] = await chat.say('only the renewals');
    expect(reply!.text).toMatch(new RegExp(`^${renewals.length} open renewal deals`));
    for (const deal of renewals) expect(reply!.text).toContain(deal.name);
    for (const deal of others) expect(reply!.text).not.toContain(`${deal.name} —`);
    expect(bullets(reply!.text)).toHaveLength(renewals.length);
  }, 120_000);

  it("'which ones did we lose on price' after the deals lost this quarter: those lost on price", async () => {
    const lost = (await world.services.store.deals.find({ ownerId: sam._id, stage: 'closed_lost' })).filter(
      (d) => day(d.closedAt ?? d.closeDate) >= '2026-10-01' && day(d.closedAt ?? d.closeDate) <= TODAY,
    );
    const onPrice = lost.filter((d) => /price/i.test(d.lostReason ?? ''));
    expect(onPrice.length).toBeGreaterThan(0);
    expect(onPrice.length).toBeLessThan(lost.length);
    const chat = new ChatDriver(world.services, 'c-price', { localUser: SAM });
    await chat.say('deals i lost this quarter');
    const [reply] = await chat.say('which ones did we lose on price');
    for (const deal of onPrice) expect(reply!.text).toContain(deal.name);
    for (const deal of lost.filter((d) => !onPrice.includes(d)))
      expect(reply!.text).not.toContain(`${deal.name} —`);
    expect(bullets(reply!.text)).toHaveLength(onPrice.length);
  }, 120_000);

  it("'just sophie's' after the team's deals past due: her deals past due only", async () => {
    const sophie = (await world.services.store.users.findOne({ name: 'Sophie Laurent' }))!;
    const hers = (await world.services.store.deals.find({ ownerId: sophie._id })).filter(isOpen);
    const late = hers.filter((d) => day(d.closeDate) < TODAY);
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThan(hers.length);
    const chat = new ChatDriver(world.services, 'c-sophie', { localUser: MORGAN });
    await chat.say('deals past due on my team');
    const [reply] = await chat.say("just sophie's");
    expect(reply!.text).toMatch(
      new RegExp(`^${late.length} open deals past their close date \\(Sophie Laurent\\)`),
    );
    for (const deal of late.slice(0, 5)) expect(reply!.text).toContain(deal.name);
    for (const deal of hers.filter((d) => !late.includes(d)))
      expect(reply!.text).not.toContain(`${deal.name} —`);
  }, 120_000);

  it("'and his phone number' after one contact: that contact's phone", async () => {
    const bill = (await world.services.store.contacts.findOne({ firstName: 'Bill', lastName: 'Lumbergh' }))!;
    expect(bill.phone).toBeTruthy();
    const chat = new ChatDriver(world.services, 'c-phone', { localUser: SAM });
    await chat.say('show me bill lumbergh');
    const [reply] = await chat.say('and his phone number');
    expect(reply!.text).toContain(bill.phone!);
    expect(reply!.text).toContain('Bill Lumbergh');
  }, 120_000);
});
