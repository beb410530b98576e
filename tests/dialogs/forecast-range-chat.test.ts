import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatMoney } from '../../src/dialogs/replies/format';
import { forecast, type ForecastResult } from '../../src/skills/forecast';
import { invokeSkill } from '../../src/skills/skill';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const MORGAN = 'morgan.lee@demo.crmpro.dev';

// Issue 19, eleventh round (w9h): "how confident is that forecast, whats the range" after a forecast
// is that forecast's range (won + commit, best case, the whole pipeline) and its bookings intervals,
// for the same period and team; every figure expected is the forecast skill's own.
describe("a forecast's range asked after it", () => {
  let world: EvalWorld;
  let nextQuarter: ForecastResult;
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
  }, 120_000);
  afterAll(() => world.close());

  it('gives the range of the forecast just shown, for its period and team', async () => {
    const chat = new ChatDriver(world.services, 'range-1', { localUser: MORGAN, channelId: 'webchat' });
    await chat.say('forecast for the team next quarter');
    const reply = replyText(await chat.say('how confident is that forecast, whats the range'));
    expect(reply).toContain(`How sure the forecast ${nextQuarter.period.label} is`);
    for (const c of nextQuarter.currencies) {
      expect(reply).toContain(`low ${formatMoney(c.closedWon + c.commit, c.currency)}`);
      expect(reply).toContain(`best case ${formatMoney(c.closedWon + c.commit + c.bestCase, c.currency)}`);
      expect(reply).toContain(
        `high ${formatMoney(c.closedWon + c.commit + c.bestCase + c.pipeline, c.currency)}`,
      );
    }
    if (nextQuarter.bookings) expect(reply).toMatch(/80%: .*95%: /);
    expect(reply).not.toMatch(/Which account/);
  }, 60_000);

  it.each([
    'how reliable is the forecast for next quarter',
    "whats the uncertainty in the team's forecast next quarter",
  ])(
    '"%s" is the range without a forecast before it',
    async (question) => {
      const chat = new ChatDriver(world.services, `range-${question}`, {
        localUser: MORGAN,
        channelId: 'webchat',
      });
      const reply = replyText(await chat.say(question));
      expect(reply).toContain(`How sure the forecast ${nextQuarter.period.label} is`);
    },
    60_000,
  );
});
