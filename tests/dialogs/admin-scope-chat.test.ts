import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { isOpenStage } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';
import { JORDAN, SAM } from '../fixtures/demo-users';

/**
 * An admin sees every record: "show me …" asks for the company's records, not the admin's own
 * (issue 19, eighth round, w4a); accounts are counted region by region from the store.
 */
describe("an admin's questions about everyone's records", () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const chatAs = (email: string, id: string) => new ChatDriver(world.services, id, { localUser: email });

  it('"show me all open deals for the apac region" counts every owner\'s APAC deals', async () => {
    const apac = new Set(
      (await world.services.store.accounts.find({ region: 'APAC' })).map((account) => account._id),
    );
    const deals = await world.services.store.deals.find({});
    const count = deals.filter((deal) => isOpenStage(deal.stage) && apac.has(deal.accountId)).length;
    expect(count).toBeGreaterThan(0);
    const reply = replyText(
      await chatAs(JORDAN, 'admin-apac').say('show me all open deals for the apac region'),
    );
    expect(reply).not.toMatch(/your deals|No open deals/);
    expect(reply).toContain(`${count} open deal`);
  }, 60_000);

  it('a rep asking the same hears their own deals', async () => {
    const reply = replyText(await chatAs(SAM, 'rep-apac').say('show me all open deals for the apac region'));
    expect(reply).toMatch(/your deals/);
  }, 60_000);

  it('"how many accounts do we have in each region" gives each region\'s count from the store', async () => {
    const accounts = await world.services.store.accounts.find({});
    const perRegion = new Map<string, number>();
    for (const account of accounts)
      perRegion.set(account.region ?? 'no region', (perRegion.get(account.region ?? 'no region') ?? 0) + 1);
    const reply = replyText(
      await chatAs(JORDAN, 'admin-regions').say('how many accounts do we have in each region'),
    );
    expect(reply).toContain(`${accounts.length} accounts`);
    for (const [region, n] of perRegion) expect(reply).toContain(`${region} ${n}`);
  }, 60_000);
});
