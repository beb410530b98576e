import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatMoneyExact } from '../../src/dialogs/replies/format';
import { ChatDriver } from '../fixtures/chat-driver';
import { JORDAN as ADMIN, NOAH as ANALYST, SAM as REP } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, eighteenth round (w19m), through the bot core on the demo CRM: the top accounts' share
// of all won revenue, per currency (never converted), for the analyst and the admin; a rep is told
// who may ask it. Every figure is recomputed from the store.

describe("the top accounts' share of revenue, in chat", () => {
  let world: EvalWorld;
  let turn = 0;
  const say = async (as: string, message: string) => {
    const chat = new ChatDriver(world.services, `concentration-${(turn += 1)}`, { localUser: as });
    return replyText(await chat.say(message));
  };
  /** Per currency: every won amount added up, and what its `top` biggest accounts brought. */
  const sharesOf = async (top: number) => {
    const won = await world.services.store.deals.find({ stage: 'closed_won' });
    const byCurrency = new Map<string, Map<string, number>>();
    for (const deal of won) {
      const accounts = byCurrency.get(deal.currency) ?? new Map<string, number>();
      accounts.set(deal.accountId, (accounts.get(deal.accountId) ?? 0) + deal.amount);
      byCurrency.set(deal.currency, accounts);
    }
    return [...byCurrency].map(([currency, accounts]) => {
      const amounts = [...accounts.values()].sort((a, b) => b - a);
      const total = amounts.reduce((sum, a) => sum + a, 0);
      const topTotal = amounts.slice(0, top).reduce((sum, a) => sum + a, 0);
      return { currency, total, topTotal, accounts: amounts.length };
    });
  };
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it.each([ANALYST, ADMIN])(
    'gives %s the share of each currency',
    async (as) => {
      const shares = await sharesOf(3);
      expect(shares.length).toBeGreaterThan(0);
      const reply = await say(as, 'what share of revenue comes from our top 3 accounts');
      for (const share of shares) {
        const total = formatMoneyExact(share.total, share.currency);
        if (share.accounts <= 3) expect(reply).toContain(`in ${share.currency} all of it (${total}`);
        else {
          const percent = `${Number(((share.topTotal / share.total) * 100).toFixed(1))}%`;
          expect(reply).toContain(
            `in ${share.currency} ${percent} (${formatMoneyExact(share.topTotal, share.currency)} of ${total}`,
          );
        }
      }
      expect(reply).toContain('amounts are never converted');
    },
    60_000,
  );

  it('tells a rep plainly who may ask it', async () => {
    const reply = await say(REP, 'what share of revenue comes from our top 10 accounts');
    expect(reply).toContain('for admins and analysts');
  }, 60_000);
});
