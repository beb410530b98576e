import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Reply } from '../../src/dialogs/reply';
import { formatMoneyExact } from '../../src/dialogs/replies/format';
import { supportRequestOf } from '../../src/dialogs/routing/support-questions';
import { OPEN_CASE_STATUSES } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const REP = 'sam.rivera@demo.crmpro.dev';

/** Twenty-second round, reps: open cases asked plainly, and list totals to the unit. */
describe('twenty-second round: a rep asking about cases and totals', () => {
  let world: EvalWorld;
  let turn = 0;
  const say = async (...turns: string[]) => {
    const chat = new ChatDriver(world.services, `round22-rep-${turn++}`, { localUser: REP });
    let replies: Reply[] = [];
    for (const t of turns) replies = await chat.say(t);
    return replyText(replies);
  };
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it.each([
    ['acme cases - anything still open?', 'acme'],
    ['globex tickets, any of them open?', 'globex'],
    ['hooli support cases: anything outstanding', 'hooli'],
    ['is anything still open for initech on the support side', 'initech'],
    ['does wayne enterprises have anything open with support', 'wayne enterprises'],
  ])('reads "%s" as the open cases of %s', (text, account) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'account', account });
  });

  it.each(['acme cases', 'acme deals - anything closing this week?', 'anything still open on my plate'])(
    'leaves "%s" to other readers',
    (text) => {
      const read = supportRequestOf(text);
      expect(read?.intent === 'case_list' && read.scope === 'account').toBeFalsy();
    },
  );

  it('answers an account with no open case plainly, even when other words read as its history ("before")', async () => {
    const { store } = world.services;
    const accounts = await store.accounts.find({ name: { $in: ['Globex', 'Acme Corporation', 'Initech'] } });
    for (const account of accounts) {
      const open = await store.cases.find({
        accountId: account._id,
        status: { $in: [...OPEN_CASE_STATUSES] },
      });
      const first = account.name.split(' ')[0]!.toLowerCase();
      for (const question of [
        `any open support cases at ${first} before my renewal call`,
        `${first} cases - anything still open?`,
      ]) {
        const reply = await say(question);
        if (open.length === 0) expect(reply).toMatch(/no open cases/i);
        else expect(reply).toMatch(new RegExp(`${open.length} open cases? for`));
        expect(reply).not.toMatch(/\bresolved —|\bclosed —/);
      }
    }
  }, 240_000);

  it('gives a list of deals, and a briefing, its total to the unit beside the rounded one', async () => {
    const { store } = world.services;
    const [sam] = await store.users.find({ email: REP });
    const acme = (await store.accounts.findOne({ name: 'Acme Corporation' }))!;
    const open = await store.deals.find({
      ownerId: sam!._id,
      accountId: acme._id,
      stage: { $in: ['prospecting', 'qualification', 'proposal', 'negotiation'] },
    });
    const total = open.reduce((sum, d) => sum + d.amount, 0);
    for (const question of [
      'acme open deals',
      'open deals at acme?',
      'tell me about acme',
      'show me my open deals at acme',
      'how many open deals does acme have',
    ])
      expect(await say(question)).toContain(formatMoneyExact(total, 'USD'));
  }, 120_000);
});
