import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatMoney } from '../../src/dialogs/replies/format';
import type { Account, Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { MORGAN, SAM } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';

// Issue 19, fifteenth round (w16g), through the bot core on the evaluation's demo CRM: deals of
// accounts of an industry or in a country, deals in one currency, a rep's accounts in a country and
// a conversion asked of the deals just shown (no exchange rates: the total per currency). Every
// figure is read from the store here, never from a reply.
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';

describe('places, industries and currencies as filters', () => {
  let world: EvalWorld;
  let accounts: Map<string, Account>;
  beforeAll(async () => {
    world = await openEvalScaleWorld();
    accounts = new Map((await world.services.store.accounts.find({})).map((a) => [a._id, a]));
  }, 180_000);
  afterAll(() => world.close());

  async function openDealsOf(email: string, wholeTeam: boolean): Promise<Deal[]> {
    const { store } = world.services;
    const user = (await store.users.findOne({ email }))!;
    const owners = wholeTeam ? (await store.users.find({ team: user.team })).map((u) => u._id) : [user._id];
    return (await store.deals.find({ ownerId: { $in: owners } })).filter(isOpen);
  }

  /** The deals' totals per currency, each as the bot writes money ("€179k"). */
  function totalsOf(deals: readonly Deal[]): string[] {
    const sums = new Map<string, number>();
    for (const d of deals) sums.set(d.currency, (sums.get(d.currency) ?? 0) + d.amount);
    return [...sums].map(([currency, amount]) => formatMoney(amount, currency));
  }

  it("a rep's open deals at healthcare accounts are those deals, no others", async () => {
    const mine = await openDealsOf(SAM, false);
    const healthcare = mine.filter((d) => accounts.get(d.accountId)?.industry === 'Healthcare');
    const other = mine.find((d) => accounts.get(d.accountId)?.industry !== 'Healthcare')!;
    const text = replyText(
      await new ChatDriver(world.services, 'c-w16g-industry', { localUser: SAM }).say(
        'my open deals in healthcare',
      ),
    );
    expect(text).toMatch(new RegExp(`^${healthcare.length} open deals? at Healthcare accounts`));
    for (const deal of healthcare.slice(0, 25)) expect(text).toContain(deal.name);
    expect(text).not.toContain(other.name);
  }, 60_000);

  it("a rep's accounts in canada, and the open pipeline of the canadian ones", async () => {
    const sam = (await world.services.store.users.findOne({ email: SAM }))!;
    const canadian = [...accounts.values()].filter((a) => a.ownerId === sam._id && a.country === 'Canada');
    const chat = new ChatDriver(world.services, 'c-w16g-canada', { localUser: SAM });
    const listed = replyText(await chat.say('my accounts in canada'));
    expect(listed).toMatch(new RegExp(`^${canadian.length} accounts? in Canada`));
    for (const account of canadian) expect(listed).toContain(account.name);
    const deals = (await openDealsOf(SAM, false)).filter(
      (d) => accounts.get(d.accountId)?.country === 'Canada',
    );
    const sum = replyText(await chat.say('total open pipeline in my canadian accounts'));
    for (const total of totalsOf(deals)) expect(sum).toContain(total);
    expect(sum).toContain(`across ${deals.length} deal`);
  }, 60_000);

  it("a manager's EUR deals, and the largest GBP deal", async () => {
    const team = await openDealsOf(MORGAN, true);
    const eur = team.filter((d) => d.currency === 'EUR');
    const chat = new ChatDriver(world.services, 'c-w16g-currency', { localUser: MORGAN });
    const listed = replyText(await chat.say('list the EUR deals'));
    expect(listed).toMatch(new RegExp(`^${eur.length} open deals? in EUR`));
    expect(listed).not.toMatch(/\$|£/);
    const largest = team.filter((d) => d.currency === 'GBP').sort((a, b) => b.amount - a.amount)[0]!;
    const top = replyText(await chat.say('largest GBP deal'));
    expect(top).toContain(largest.name);
    expect(top).toContain(formatMoney(largest.amount, 'GBP'));
  }, 60_000);

  it('"how much is that in euros" after the deals in germany: no exchange rates, the total per currency', async () => {
    const german = (await openDealsOf(MORGAN, true)).filter(
      (d) => accounts.get(d.accountId)?.country === 'Germany',
    );
    const chat = new ChatDriver(world.services, 'c-w16g-convert', { localUser: MORGAN });
    const listed = replyText(await chat.say('open deals in germany'));
    expect(listed).toMatch(new RegExp(`^${german.length} open deals? in Germany`));
    const converted = replyText(await chat.say('how much is that in euros'));
    expect(converted).toMatch(/no exchange rates/);
    for (const total of totalsOf(german)) expect(converted).toContain(total);
    expect(converted).not.toMatch(/We bill in/);
  }, 60_000);
});
