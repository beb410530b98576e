import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Account, Order } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { ALEX as MARKETING, SAM as REP } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, twenty-sixth round (w27b, from dev-qa47): orders and products in other shapes than the
// product reader's sentences, through the bot core on the demo CRM; every figure recounted from the
// store's orders (cancelled ones left out, returns subtracted).
describe('orders and units in chat', () => {
  let world: EvalWorld;
  let orders: Order[];
  let accounts: Account[];
  let turn = 0;
  const chatAs = (as: string) =>
    new ChatDriver(world.services, `orders-units-${(turn += 1)}`, { localUser: as });
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    orders = await world.services.store.orders.find({});
    accounts = await world.services.store.accounts.find({});
  }, 120_000);
  afterAll(() => world.close());

  const thisYear = (o: Order) => o.orderedAt >= new Date('2026-01-01T00:00:00Z');
  const skuOf = async (name: string) => (await world.services.store.products.findOne({ name }))!.sku;
  const unitsByAccount = (sku: string, kept: (o: Order) => boolean = () => true) => {
    const units = new Map<string, number>();
    for (const o of orders.filter((o) => o.accountId && o.status !== 'cancelled' && kept(o)))
      for (const l of o.lines.filter((l) => l.sku === sku))
        units.set(
          o.accountId!,
          (units.get(o.accountId!) ?? 0) + (o.status === 'returned' ? -1 : 1) * l.quantity,
        );
    return units;
  };

  it.each([
    'has acme placed any orders this year',
    'acme orders this year',
    'any orders from acme this year?',
  ])(
    "a rep's account's orders this year: %s",
    async (message) => {
      const acme = accounts.find((a) => a.name === 'Acme Corporation')!;
      const placed = orders.filter((o) => o.accountId === acme._id && thisYear(o)).length;
      const reply = replyText(await chatAs(REP).say(message));
      expect(reply).toMatch(new RegExp(`^Acme Corporation placed ${placed} orders 1 Jan 2026 – 4 Dec 2026`));
    },
    60_000,
  );

  it.each([
    'how many kiosks did we sell this year',
    'kiosk sales this year',
    'units of tablet kiosk t10 sold this year',
  ])(
    'units of one product sold: %s',
    async (message) => {
      const units = [...unitsByAccount(await skuOf('Tablet Kiosk T10'), thisYear).values()].reduce(
        (a, b) => a + b,
        0,
      );
      const reply = replyText(await chatAs(MARKETING).say(message));
      expect(reply).toMatch(
        new RegExp(
          `^${units.toLocaleString('en-US')} units of Tablet Kiosk T10 sold 1 Jan 2026 – 4 Dec 2026 \\(all accounts\\)`,
        ),
      );
    },
    60_000,
  );

  it.each([
    'who bought the most analytics pro',
    'top buyers of analytics pro',
    'which customers buy the most analytics pro?',
  ])(
    'the biggest buyer first: %s',
    async (message) => {
      const units = unitsByAccount(await skuOf('Analytics Pro'));
      const [topId, topUnits] = [...units].sort((a, b) => b[1] - a[1])[0]!;
      const top = accounts.find((a) => a._id === topId)!;
      const reply = replyText(await chatAs(MARKETING).say(message));
      expect(reply).toMatch(new RegExp(`^${top.name} bought the most Analytics Pro: ${topUnits} units`));
    },
    60_000,
  );

  it('"just in emea" after who bought a product: the buyers in EMEA', async () => {
    const units = unitsByAccount(await skuOf('SSO & SCIM'));
    const emea = [...units.keys()].filter(
      (id) => accounts.find((a) => a._id === id)?.region === 'EMEA',
    ).length;
    const chat = chatAs(MARKETING);
    expect(replyText(await chat.say('who bought sso & scim?'))).toMatch(/accounts bought SSO & SCIM/);
    expect(replyText(await chat.say('just in emea'))).toMatch(
      new RegExp(`^${emea} accounts in EMEA bought SSO & SCIM`),
    );
  }, 60_000);

  it('customers with one product but not another', async () => {
    const slack = unitsByAccount(await skuOf('Slack Connector'));
    const teams = new Set(
      orders
        .filter((o) => o.accountId && o.status !== 'cancelled' && o.lines.some((l) => l.sku === 'INT-TEAMS'))
        .map((o) => o.accountId!),
    );
    const only = [...slack.keys()].filter((id) => !teams.has(id)).length;
    const reply = replyText(
      await chatAs(MARKETING).say('customers with the slack connector but not the teams connector'),
    );
    expect(reply).toMatch(
      new RegExp(`^${only} accounts bought Slack Connector and never bought Teams Connector`),
    );
  }, 60_000);

  it('best sellers by units this quarter, with a chart', async () => {
    const [reply] = await chatAs(MARKETING).say('best sellers by units this quarter');
    expect(reply!.text).toMatch(
      /^Best-selling products 1 Oct 2026 – 4 Dec 2026 \(all accounts\), by units:\n1\. /,
    );
    expect(reply!.images?.[0]?.alt).toMatch(/by units, /);
  }, 60_000);
});
