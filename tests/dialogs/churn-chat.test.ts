import { seedDemoCrm } from '../../src/store/seed';
import { scoreSentiment } from '../../src/ml/sentiment';
import { ChatDriver } from '../fixtures/chat-driver';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';

const ANCHOR = new Date('2026-03-02T00:00:00Z');
const MANAGER = 'morgan.lee@demo.crmpro.dev';
const REP = 'sam.rivera@demo.crmpro.dev';
const SUPPORT = 'riley.park@demo.crmpro.dev';
const MARKETING = 'alex.kim@demo.crmpro.dev';

describe('churn questions in chat', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store, ANCHOR);
  beforeAll(async () => {
    await seedDemoCrm(temp.store, { anchor: ANCHOR, scale: 0.1, sentimentOf: scoreSentiment });
  }, 180_000);
  afterAll(() => temp.cleanup());

  it("lists the manager's customers most likely to churn, with probabilities and reasons", async () => {
    const chat = new ChatDriver(services, 'c-churn-list', { localUser: MANAGER });
    const [reply] = await chat.say('which customers are likely to churn?');
    expect(reply!.title).toBe('Customers likely to churn');
    expect(reply!.text).toMatch(/Chance of churning or letting a renewal lapse in the next 90 days/);
    const items = reply!.lists![0]!.items;
    expect(items.length).toBeGreaterThan(2);
    const percents = items.map((item) => Number(/^(\d+(?:\.\d+)?)%$/.exec(item.value!)![1]));
    expect([...percents].sort((a, b) => b - a)).toEqual(percents);
    // The riskiest customers come with their reasons in words.
    expect(items[0]!.subtitle).toMatch(/high|medium|low/);
    expect(reply!.text).toMatch(
      /falling orders|no orders|last order|fewer interactions|interaction|negative sentiment|case|champion left|renewal/,
    );
    // Every listed account is an active customer of the manager's team.
    const me = (await temp.store.users.findOne({ email: MANAGER }))!;
    for (const item of items) {
      const account = (await temp.store.accounts.findOne({ name: item.title }))!;
      expect(account.status).toBe('customer');
      const owner = await temp.store.users.findById(account.ownerId!);
      expect(owner!.team).toBe(me.team);
    }
  }, 180_000);

  it('answers "is ACCOUNT at risk?" for one account, and leaves deals at risk to the deals answer', async () => {
    const chat = new ChatDriver(services, 'c-churn-one', { localUser: MANAGER });
    const [list] = await chat.say('which accounts are at risk of leaving?');
    const riskiest = list!.lists![0]!.items[0]!.title;
    const [one] = await chat.say(`is ${riskiest} at risk?`);
    expect(one!.title).toBe(`${riskiest}: churn risk`);
    expect(one!.text).toMatch(
      new RegExp(`has a \\d+(\\.\\d+)?% chance \\((high|medium|low) risk\\) of churning`),
    );
    expect(one!.text).toContain(list!.lists![0]!.items[0]!.value!);

    const [deals] = await chat.say('which deals are at risk?');
    expect(deals!.title ?? '').not.toMatch(/churn/i);
    expect(deals!.text).not.toMatch(/chance of churning/i);
  }, 120_000);

  it('shows the churn risk line in the briefing of an active customer', async () => {
    const chat = new ChatDriver(services, 'c-churn-brief', { localUser: MANAGER });
    const [list] = await chat.say('which customers are likely to churn?');
    const account = list!.lists![0]!.items[0]!;
    const [briefing] = await chat.say(`brief me on ${account.title}`);
    expect(briefing!.text).toContain(`Churn risk ${account.value} (`);
  }, 120_000);

  it("scores a briefed account's churn risk once a day: the same day's next briefing reads no history for it", async () => {
    const chat = new ChatDriver(services, 'c-churn-daily', { localUser: MANAGER });
    const [list] = await chat.say('which customers are likely to churn?');
    const account = list!.lists![0]!.items[0]!.title;
    await chat.say(`brief me on ${account}`);
    const reads = jest.spyOn(temp.store.interactions, 'find');
    try {
      const [again] = await chat.say(`brief me on ${account}`);
      expect(again!.text).toContain('Churn risk');
      const briefingOnly = reads.mock.calls.length;
      const tomorrow = { ...services, clock: () => new Date(ANCHOR.getTime() + 86_400_000) };
      const [nextDay] = await new ChatDriver(tomorrow, 'c-churn-daily-2', { localUser: MANAGER }).say(
        `brief me on ${account}`,
      );
      expect(nextDay!.text).toContain('Churn risk');
      expect(reads.mock.calls.length).toBeGreaterThan(2 * briefingOnly);
    } finally {
      reads.mockRestore();
    }
  }, 120_000);

  it("lets a rep see only their team's customers and support every customer; marketing is refused", async () => {
    const rep = (await temp.store.users.findOne({ email: REP }))!;
    const [repReply] = await new ChatDriver(services, 'c-churn-rep', { localUser: REP }).say(
      'which of our customers might churn soon?',
    );
    for (const item of repReply!.lists![0]!.items) {
      const account = (await temp.store.accounts.findOne({ name: item.title }))!;
      expect((await temp.store.users.findById(account.ownerId!))!.team).toBe(rep.team);
    }
    const [supportReply] = await new ChatDriver(services, 'c-churn-support', { localUser: SUPPORT }).say(
      'which customers are likely to churn?',
    );
    const customers = await temp.store.accounts.countDocuments({ status: 'customer' });
    expect(supportReply!.text).toContain(`of ${customers} active customers you see`);

    const [marketingReply] = await new ChatDriver(services, 'c-churn-marketing', {
      localUser: MARKETING,
    }).say('which customers are likely to churn?');
    expect(marketingReply!.lists ?? []).toHaveLength(0);
    expect(marketingReply!.text).not.toMatch(/chance of churning/i);
  }, 120_000);
});
