import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Order } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const MARKETING = 'alex.kim@demo.crmpro.dev';
const REP = 'sam.rivera@demo.crmpro.dev';

/** Sales by product in chat, on the seeded demo CRM; the figures are recounted from the store's orders. */
describe('sales by product, in chat', () => {
  let world: EvalWorld;
  let orders: Order[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    orders = await world.services.store.orders.find({});
  }, 120_000);
  afterAll(() => world.close());

  const unitsBySku = (kept: Order[]) => {
    const units = new Map<string, number>();
    for (const o of kept)
      for (const l of o.lines)
        units.set(l.sku, (units.get(l.sku) ?? 0) + (o.status === 'returned' ? -1 : 1) * l.quantity);
    return [...units].sort((a, b) => b[1] - a[1]);
  };

  it('"best-selling product this quarter" ranks by revenue and names the most units, this quarter to today', async () => {
    const now = world.services.clock();
    const quarterStart = new Date(Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3, 1));
    const kept = orders.filter((o) => o.accountId && o.status !== 'cancelled' && o.orderedAt >= quarterStart);
    const [sku] = unitsBySku(kept)[0]!;
    const product = (await world.services.store.products.findOne({ sku }))!;
    const chat = new ChatDriver(world.services, 'best-sellers', { localUser: MARKETING });
    for (const wording of [
      'best-selling product this quarter',
      'what sold the most this quarter?',
      'Top Products This Quarter',
    ]) {
      const reply = replyText(await chat.say(wording));
      expect(reply).toMatch(/^Best-selling products 1 Oct 2026 – 4 Dec 2026 \(all accounts\), by revenue:/);
      expect(reply).toContain(`Most units: ${product.name}`);
      expect(reply).toContain(`${kept.length.toLocaleString('en-US')} orders counted`);
    }
  }, 60_000);

  it('"who bought analytics pro" counts every buyer and lists the ones the rep may see', async () => {
    const buyers = new Set(
      orders
        .filter((o) => o.accountId && o.status !== 'cancelled' && o.lines.some((l) => l.sku === 'ANL-PRO'))
        .map((o) => o.accountId!),
    );
    const marketing = new ChatDriver(world.services, 'buyers-marketing', { localUser: MARKETING });
    expect(replyText(await marketing.say('who bought analytics pro'))).toMatch(
      new RegExp(`^${buyers.size} accounts bought Analytics Pro`),
    );
    const rep = new ChatDriver(world.services, 'buyers-rep', { localUser: REP });
    expect(replyText(await rep.say('which customers purchased Analytics Pro?'))).toMatch(
      new RegExp(`^${buyers.size} accounts bought Analytics Pro; the \\d+ of your team's`),
    );
    expect(replyText(await rep.say('who bought unicorn dust'))).toMatch(
      /don't know a product called "unicorn dust"/,
    );
  }, 60_000);

  it('"how many orders has acme placed" counts every order, cancelled and returned ones said apart', async () => {
    const acme = (await world.services.store.accounts.findOne({ name: 'Acme Corporation' }))!;
    const theirs = orders.filter((o) => o.accountId === acme._id);
    const cancelled = theirs.filter((o) => o.status === 'cancelled').length;
    const chat = new ChatDriver(world.services, 'acme-orders', { localUser: MARKETING });
    const reply = replyText(await chat.say('how many orders has acme corporation placed'));
    expect(reply).toMatch(new RegExp(`^Acme Corporation placed ${theirs.length} orders`));
    if (cancelled) expect(reply).toContain(`${cancelled} cancelled`);
  }, 60_000);
});
