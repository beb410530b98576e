import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Reply } from '../../src/dialogs/reply';
import type { Deal, User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, fourteenth round (W15-R): periods, filters and getting started, asked in chat on the
// evaluation's demo CRM (4 December 2026). Figures are read from the seeded store.
const REP = 'sam.rivera@demo.crmpro.dev';
const text = (replies: Reply[]) =>
  replies.map((r) => [r.title, r.text].filter(Boolean).join('\n')).join('\n');

describe('fourteenth round periods and filters, in chat', () => {
  let world: EvalWorld;
  let rep: User;
  let deals: Deal[];
  let turn = 0;
  const say = async (message: string, user = REP) =>
    text(await new ChatDriver(world.services, `w15r-${(turn += 1)}`, { localUser: user }).say(message));
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const users: User[] = await world.services.store.users.find({ active: true });
    rep = users.find((u) => u.email === REP)!;
    deals = await world.services.store.deals.find({});
  }, 120_000);
  afterAll(() => world.close());

  it.each(['how much deals i win in november', 'HOW MANY DEAL I WIN IN NOVEMBER?'])(
    '"%s" counts the rep\'s deals won in November just gone',
    async (message) => {
      const won = deals.filter(
        (d) =>
          d.ownerId === rep._id &&
          d.stage === 'closed_won' &&
          (d.closedAt ?? d.closeDate).toISOString().startsWith('2026-11'),
      );
      const reply = await say(message);
      expect(reply).toMatch(new RegExp(`\\b${won.length}\\b`));
      expect(reply).not.toMatch(/2027/);
    },
    60_000,
  );
});
