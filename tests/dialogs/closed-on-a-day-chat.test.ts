import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatCalendarDay as formatDay } from '../../src/dialogs/replies/format';
import { localDayIn } from '../../src/skills/shared/local-day';
import type { User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19 (tenth round, W7-D) through the bot core on the demo CRM: "did anyone close anything
// yesterday" is the deals won yesterday, not the quarter's. Figures are recomputed from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const DAY = 86_400_000;

describe('deals closed on a day', () => {
  let world: EvalWorld;
  let sam: User;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    sam = (await world.services.store.users.findOne({ email: SAM }))!;
  }, 120_000);
  afterAll(() => world.close());
  const yesterdayOf = (user: User) =>
    new Date(Date.parse(`${localDayIn(world.services.clock(), user.timezone)}T00:00:00Z`) - DAY)
      .toISOString()
      .slice(0, 10);

  it("a rep's deals won yesterday are those closed won that day", async () => {
    const yesterday = yesterdayOf(sam);
    const won = (await world.services.store.deals.find({ ownerId: sam._id, stage: 'closed_won' })).filter(
      (d) => d.closedAt && localDayIn(d.closedAt, sam.timezone) === yesterday,
    );
    const chat = new ChatDriver(world.services, 'c-won-yesterday', { localUser: SAM });
    const [reply] = await chat.say('did i close anything yesterday');
    const rows = reply!.text.split('\n').filter((line) => line.startsWith('• '));
    expect(rows).toHaveLength(won.length);
    for (const deal of won) expect(reply!.text).toContain(deal.name);
    if (won.length) expect(reply!.text).toMatch(new RegExp(`on ${formatDay(yesterday)}`));
  }, 60_000);

  it("a manager's 'did anyone close anything yesterday' lists only that day's wins", async () => {
    const morgan = (await world.services.store.users.findOne({ email: MORGAN }))!;
    const yesterday = formatDay(yesterdayOf(morgan));
    const chat = new ChatDriver(world.services, 'c-team-won-yesterday', { localUser: MORGAN });
    const [reply] = await chat.say('did anyone close anything yesterday');
    const rows = reply!.text.split('\n').filter((line) => line.startsWith('• '));
    expect(reply!.text).toMatch(new RegExp(`^(?:\\d+ won deals? on ${yesterday}|No won deals)`));
    for (const row of rows) expect(row).toContain(`closed ${yesterday}`);
    expect(reply!.text).not.toMatch(/Q4 2026|1 Oct 2026/);
  }, 60_000);
});
