import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Reply } from '../../src/dialogs/reply';
import { parseRecordQuestion } from '../../src/dialogs/understanding/record-question';
import { atRiskDealsReply } from '../../src/dialogs/replies/forecast-replies';
import { formatMoney } from '../../src/dialogs/replies/format';
import type { AtRiskDealsResult } from '../../src/skills/at-risk-deals';
import { forecast, type ForecastResult } from '../../src/skills/forecast';
import { invokeSkill } from '../../src/skills/skill';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

const MORGAN = 'morgan.lee@demo.crmpro.dev';
const SAM = 'sam.rivera@demo.crmpro.dev';
const text = (replies: Reply[]) =>
  replies
    .map((r) =>
      [r.title, r.text, ...(r.lists ?? []).flatMap((l) => l.items.map((i) => `${i.title} ${i.value ?? ''}`))]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n');
const CLOSED = new Set(['closed_won', 'closed_lost']);

// Issue 19, eleventh round (W10-R): follow-ups a rep or manager types after a forecast or a deal
// (every figure expected is the store's or the forecast skill's own).
describe('deal and forecast follow-ups', () => {
  let world: EvalWorld;
  let nextQuarter: ForecastResult;
  let account: string;
  let renewals: Deal[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const morgan = (await world.services.store.users.findOne({ email: MORGAN }))!;
    const caller = {
      role: 'manager' as const,
      userId: morgan._id,
      name: morgan.name,
      timezone: 'UTC',
      channel: 'cli',
    };
    nextQuarter = await invokeSkill(
      forecast,
      { scope: 'team', period: 'next quarter' },
      { caller, services: world.services },
    );
    // An account with more than one word in its name and an open renewal deal.
    const deals = await world.services.store.deals.find({ type: 'renewal' });
    const open = deals.filter((deal) => !CLOSED.has(deal.stage));
    const accounts = await world.services.store.accounts.find({});
    const named = accounts.find(
      (a) => a.name.split(' ').length === 2 && open.some((deal) => deal.accountId === a._id),
    )!;
    account = named.name;
    renewals = open.filter((deal) => deal.accountId === named._id);
  }, 120_000);
  afterAll(() => world.close());

  const chatAs = (user: string, id: string) =>
    new ChatDriver(world.services, id, { localUser: user, channelId: 'webchat' });

  // "what about next quarter" after a forecast was "What should I look at for next quarter?".
  it.each([
    'what about next quarter',
    'and next quarter?',
    'how about next quarter',
    'ok what about next quarter',
    'and for next quarter',
    'same for next quarter',
  ])(
    '"%s" after a forecast is the same forecast for next quarter',
    async (followUp) => {
      const chat = chatAs(MORGAN, `fq-${followUp}`);
      await chat.say('whats the forecast for this quarter');
      const reply = text(await chat.say(followUp));
      expect(reply).toContain(`Forecast ${nextQuarter.period.label} (team Enterprise)`);
      expect(reply).not.toMatch(/What should I look at/);
    },
    60_000,
  );

  it("keeps the people of the forecast just shown (a rep's stays the rep's)", async () => {
    const chat = chatAs(MORGAN, 'fq-olivia');
    await chat.say('forecast for olivia this quarter');
    expect(text(await chat.say('what about next quarter'))).toContain(
      `Forecast ${nextQuarter.period.label} (Olivia Chen)`,
    );
  }, 60_000);

  it.each(['my deals closing next quarter', 'what about acme'])(
    '"%s" after a forecast is not a forecast',
    async (other) => {
      const chat = chatAs(MORGAN, `fq-not-${other}`);
      await chat.say('whats the forecast for this quarter');
      expect(text(await chat.say(other))).not.toMatch(/^Forecast /m);
    },
    60_000,
  );

  // "stark industries renewal" was can't-help: an account and a deal type in the singular, nothing else.
  it.each(['%s renewal', 'the %s renewal', '%s renewal deal', 'our %s renewal opp', '%s renewal?'])(
    '"%s" lists the account\'s open renewal deals',
    async (wording) => {
      const chat = chatAs(SAM, `ren-${wording}`);
      const reply = text(await chat.say(wording.replace('%s', account.toLowerCase())));
      for (const deal of renewals) expect(reply).toContain(deal.name);
      expect(reply).not.toMatch(/can.t help/);
    },
    60_000,
  );

  // Then "whats the amount" was the documentation: the amount of the deal just shown.
  it.each([
    'whats the amount',
    "what's the amount?",
    'what is the amount',
    'the amount?',
    'and the deal value?',
  ])(
    '"%s" after the renewal is its amount',
    async (asked) => {
      const chat = chatAs(SAM, `amt-${asked}`);
      await chat.say(`${account.toLowerCase()} renewal`);
      const reply = text(await chat.say(asked));
      const amounts = renewals.map(
        (deal) => `${deal.name} is worth ${formatMoney(deal.amount, deal.currency)}`,
      );
      expect(amounts.some((said) => reply.includes(said))).toBe(true);
      expect(reply).not.toMatch(/Sources:|can.t help/);
    },
    60_000,
  );

  it.each([
    'whats the amount of the globex deal',
    "what's the total amount of my open deals",
    'the amount we won this quarter',
    'what is the value of crmpro for a small team',
  ])('"%s" is not the amount of the deals just shown', (other) => {
    const asked = parseRecordQuestion(other, undefined, {
      now: new Date('2026-12-04T15:00:00Z'),
      timezone: 'UTC',
    });
    expect(asked?.kind === 'query' && asked.refersTo === 'deals' && asked.query.field === 'amount').toBe(
      false,
    );
  });
});

// "1 of 2 open deals … are at risk; the top 1": the count said in the words it needs.
describe('the at-risk count line', () => {
  const deal = (name: string) => ({
    id: name,
    name,
    accountId: 'a',
    accountName: 'Acme',
    amount: 1000,
    currency: 'USD',
    probability: 0.3,
    stage: 'proposal',
    closeDate: '2026-12-20',
    risks: [{ reason: 'no activity in 30 days' }],
  });
  const result = (atRisk: number, considered: number, shown: number) =>
    ({
      scope: 'your deals',
      atRisk,
      considered,
      deals: Array.from({ length: shown }, (_, k) => deal(`Deal ${k + 1}`)),
    }) as unknown as AtRiskDealsResult;

  it.each([
    [1, 2, 1, '1 of 2 open deals (your deals) is at risk; here it is:'],
    [1, 1, 1, '1 of 1 open deal (your deals) is at risk; here it is:'],
    [3, 10, 3, '3 of 10 open deals (your deals) are at risk; here they are:'],
    [12, 40, 10, '12 of 40 open deals (your deals) are at risk; the top 10:'],
  ])('%i of %i, %i shown', (atRisk, considered, shown, line) => {
    expect(atRiskDealsReply(result(atRisk, considered, shown)).text).toContain(line);
  });
});
