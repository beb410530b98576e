import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Order } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';

// Issue 19, twenty-seventh round (w28b): one account's products and orders in chat — whether it has
// a product, when it last ordered, what plan it is on — named or pointed back at, for a rep and for
// support; and "who bought X? just the number of accounts". Figures come from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';
const RILEY = 'riley.park@demo.crmpro.dev';
const ALEX = 'alex.kim@demo.crmpro.dev';
const day = (d: Date) => d.toISOString().slice(0, 10);

describe("one account's products and orders, in chat", () => {
  let world: EvalWorld;
  const ordersOf = async (name: string): Promise<Order[]> => {
    const account = (await world.services.store.accounts.findOne({ name }))!;
    return (await world.services.store.orders.find({ accountId: account._id })).filter(
      (o) => o.status !== 'cancelled',
    );
  };
  beforeAll(async () => {
    world = await openEvalScaleWorld();
  }, 120_000);
  afterAll(() => world.close());

  it('"does bennett software already own analytics pro?" says yes with its orders of it', async () => {
    const chat = new ChatDriver(world.services, 'c-owns', { localUser: SAM });
    const [reply] = await chat.say('does bennett software already own analytics pro?');
    expect(reply!.text).toMatch(/^Yes: Bennett Software already has Analytics Pro, \d+ in \d+ orders?/);
  }, 120_000);

  it('"when was their last order?" after what an account bought: the day of its latest order', async () => {
    const latest = (await ordersOf('Greenville Transit Authority'))
      .map((o) => o.orderedAt)
      .sort((a, b) => b.getTime() - a.getTime())[0]!;
    const chat = new ChatDriver(world.services, 'c-last-order', { localUser: SAM });
    await chat.say('what has Greenville Transit Authority bought from us');
    const [reply] = await chat.say('when was their last order?');
    expect(reply!.text).toContain("Greenville Transit Authority's last order was on");
    expect(day(latest)).toBe('2026-11-10');
    expect(reply!.text).toContain('10 Nov 2026');
  }, 120_000);

  it('support: "what plan are they on? what have they bought" after a customer view', async () => {
    const chat = new ChatDriver(world.services, 'c-plan', { localUser: RILEY });
    await chat.say('customer view for cedar group plc');
    const [reply] = await chat.say('what plan are they on? what have they bought');
    expect(reply!.text).toMatch(/^Cedar Group plc is on Core Platform Enterprise/);
    expect(reply!.text).toContain('SSO & SCIM');
  }, 120_000);

  it('"do they have api access" after a customer view: no, from all their orders', async () => {
    const chat = new ChatDriver(world.services, 'c-no-api', { localUser: RILEY });
    await chat.say('customer view for cedar group plc');
    const [reply] = await chat.say('do they have api access?');
    expect(reply!.text).toMatch(/^No: Cedar Group plc has no order of API Access/);
  }, 120_000);

  it('"who bought analytics pro? just the number of accounts" gives the accounts counted', async () => {
    const product = (await world.services.store.products.find({})).find((p) => p.name === 'Analytics Pro')!;
    const orders = await world.services.store.orders.find({ status: { $ne: 'cancelled' } });
    const buyers = new Set(
      orders.filter((o) => o.lines.some((l) => l.sku === product.sku)).map((o) => o.accountId),
    );
    const chat = new ChatDriver(world.services, 'c-buyers', { localUser: ALEX });
    const [reply] = await chat.say('who bought Analytics Pro? just the number of accounts');
    expect(reply!.text).toMatch(new RegExp(`^${buyers.size} accounts bought Analytics Pro`));
    expect(reply!.text).not.toMatch(/^•/m);
  }, 120_000);
});
