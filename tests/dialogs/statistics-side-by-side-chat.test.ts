import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { exactMoney } from '../../src/dialogs/intents/deal-metric-replies';
import { formatPercent } from '../../src/dialogs/replies/format';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { MORGAN as MANAGER, NOAH as ANALYST } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, twenty-second round (w23b), through the bot core on the demo CRM: two figures side by
// side. Several figures of deal sizes asked together (average and median, the spread: smallest,
// median, largest); two values of one filter set against each other ("healthcare vs software", "web
// deals vs referral deals"), each answered as if asked alone; an analyst's deals won or lost in two
// periods; and an analyst's follow-up that changes one thing of the last statistic ("and for
// upsells?", "what about last year"). Every figure is recomputed from the store.

describe('statistics side by side', () => {
  let world: EvalWorld;
  let deals: Deal[];
  let industryOf: Map<string, string | undefined>;
  let turn = 0;
  const chatAs = (as: string) =>
    new ChatDriver(world.services, `side-by-side-${(turn += 1)}`, { localUser: as });
  const say = async (as: string, message: string) => replyText(await chatAs(as).say(message));
  const won = () => deals.filter((d) => d.stage === 'closed_won');
  const usd = (of: readonly Deal[]) =>
    of
      .filter((d) => d.currency === 'USD')
      .map((d) => d.amount)
      .sort((a, b) => a - b);
  const rateOf = (of: readonly Deal[]) => {
    const w = of.filter((d) => d.stage === 'closed_won').length;
    const l = of.filter((d) => d.stage === 'closed_lost').length;
    return `${formatPercent(w / (w + l))} win rate`;
  };
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    deals = await world.services.store.deals.find({});
    const accounts = await world.services.store.accounts.find({});
    industryOf = new Map(accounts.map((a) => [String(a._id), a.industry]));
  }, 120_000);
  afterAll(() => world.close());

  it.each([
    'average and median size of won deals',
    'median vs average deal size for won deals',
    "what's the mean and the median won deal value",
    'give me both the avg and median deal size of closed-won deals',
  ])(
    'the average and the median together: %s',
    async (message) => {
      const amounts = usd(won());
      const mean = amounts.reduce((a, b) => a + b, 0) / amounts.length;
      const mid = Math.floor(amounts.length / 2);
      const median = amounts.length % 2 ? amounts[mid]! : (amounts[mid - 1]! + amounts[mid]!) / 2;
      const reply = await say(ANALYST, message);
      expect(reply).toContain(`average ${exactMoney(mean, 'USD')} · median ${exactMoney(median, 'USD')}`);
    },
    60_000,
  );

  it.each([
    'spread of won deal sizes - min, max and median',
    "what's the range of our won deal sizes",
    'min and max won deal size',
    'smallest and largest won deal amount, and the median',
  ])(
    'the ends of the sizes: %s',
    async (message) => {
      const amounts = usd(won());
      const reply = await say(ANALYST, message);
      expect(reply).toContain(`smallest ${exactMoney(amounts[0]!, 'USD')}`);
      expect(reply).toContain(`largest ${exactMoney(amounts.at(-1)!, 'USD')}`);
    },
    60_000,
  );

  it.each([
    ['win rate from web deals vs referral deals', 'web', 'referral'],
    ['close rate: partner deals versus event deals', 'partner', 'event'],
    ['win rate of referral deals compared with outbound deals', 'referral', 'outbound'],
  ])(
    'two sources side by side: %s',
    async (message, first, second) => {
      const reply = await say(ANALYST, message);
      const firstAt = reply.indexOf(`(everyone, from ${first})`);
      const secondAt = reply.indexOf(`(everyone, from ${second})`);
      expect(firstAt).toBeGreaterThanOrEqual(0);
      expect(secondAt).toBeGreaterThan(firstAt);
      expect(reply).toContain(rateOf(deals.filter((d) => d.source === first)));
      expect(reply).toContain(rateOf(deals.filter((d) => d.source === second)));
    },
    60_000,
  );

  it.each([
    ['average closed-won deal size in healthcare vs software', 'Healthcare', 'Software'],
    ['win rate software against healthcare', 'Software', 'Healthcare'],
  ])(
    'two industries side by side: %s',
    async (message, first, second) => {
      const reply = await say(ANALYST, message);
      expect(reply).toContain(`${first} accounts`);
      expect(reply.indexOf(`${second} accounts`)).toBeGreaterThan(reply.indexOf(`${first} accounts`));
      if (/win rate/.test(message))
        expect(reply).toContain(rateOf(deals.filter((d) => industryOf.get(String(d.accountId)) === first)));
    },
    60_000,
  );

  it('two deal types side by side, for a manager too', async () => {
    const reply = await say(MANAGER, 'win rate this year: renewals versus upsells');
    expect(reply).toMatch(/renewal deals\)/);
    expect(reply).toMatch(/upsell deals\)/);
  }, 60_000);

  it.each([
    'deals won this quarter compared with last quarter',
    'how many deals did we lose this year against last year',
    'wins in november vs october',
  ])(
    "an analyst's deals won or lost in two periods, counted: %s",
    async (message) => {
      const reply = await say(ANALYST, message);
      expect(reply).toMatch(/ against .*\(everyone\):/);
      expect(reply).toMatch(/(?:Won|Lost): \d+ deals/);
      expect(reply).not.toMatch(/•/);
    },
    60_000,
  );

  it('an analyst changes one thing of the last statistic', async () => {
    const chat = chatAs(ANALYST);
    const renewals = replyText(await chat.say('whats our win rate for renewals'));
    expect(renewals).toContain(rateOf(deals.filter((d) => d.type === 'renewal')));
    const upsells = replyText(await chat.say('and for upsells?'));
    expect(upsells).toContain(rateOf(deals.filter((d) => d.type === 'upsell')));
    expect(upsells).toContain('upsell deals');
    const lastYear = replyText(await chat.say('what about last year'));
    expect(lastYear).toMatch(/win rate, \d{4} \(everyone, upsell deals\)/);
  }, 60_000);

  it.each(['biggest open deal in each region', 'top 3 deals in each region', 'largest open opp per region'])(
    "a group's deals in several currencies are ranked in each currency apart: %s",
    async (message) => {
      const reply = await say(MANAGER, message);
      expect(reply).toMatch(/in each region/);
      const symbols: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };
      // Every deal under "EMEA, in EUR" is in euros; a group of one currency is named alone.
      let currency: string | undefined;
      for (const line of reply.split('\n')) {
        const group = /^(?:• )?([A-Z]+)(?:, in ([A-Z]{3}))?(?: \(\d+ open deals?\))?:/.exec(line);
        if (group) currency = group[2];
        const amount = / — ([$€£])/.exec(line);
        if (currency && amount) expect(amount[1]).toBe(symbols[currency]);
      }
    },
    60_000,
  );

  it.each([
    // Two accounts are the account sides' (and their records no analyst's).
    'acme vs globex open pipeline',
    // Records side by side stay with the command line.
    'list the won deals in healthcare vs software',
  ])(
    'an analyst still gets no records: %s',
    async (message) => {
      const reply = await say(ANALYST, message);
      expect(reply).not.toMatch(/•.*\$/);
    },
    60_000,
  );
});
