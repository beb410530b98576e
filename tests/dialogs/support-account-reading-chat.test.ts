import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Reply } from '../../src/dialogs/reply';
import { supportRequestOf } from '../../src/dialogs/routing/support-questions';
import type { Account } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const SUPPORT = 'riley.park@demo.crmpro.dev';
const REFUSED = /can't show you|isn't available/i;

/**
 * Support may not query the sales records but reads every customer through the customer view
 * (the visibility policy: accounts, contacts, interactions and cases in full, deals and leads none):
 * an account's owner, its latest interaction and all its cases are answered from there.
 */
describe('support reading an account', () => {
  let world: EvalWorld;
  let umbrella: Account;
  let owner: string;
  let lastSummary: string;
  let allCases: number;
  let openCases: number;
  let turn = 0;
  const say = async (...turns: string[]) => {
    const chat = new ChatDriver(world.services, `support-account-${turn++}`, { localUser: SUPPORT });
    let replies: Reply[] = [];
    for (const t of turns) replies = await chat.say(t);
    return replyText(replies);
  };

  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const { store } = world.services;
    umbrella = (await store.accounts.findOne({ name: 'Umbrella Corporation' }))!;
    owner = (await store.users.findOne({ _id: umbrella.ownerId }))!.name;
    const [last] = await store.interactions.find(
      { accountId: umbrella._id },
      { sort: { occurredAt: -1 }, limit: 1 },
    );
    lastSummary = last!.summary;
    allCases = (await store.cases.find({ accountId: umbrella._id })).length;
    openCases = (await store.cases.find({ accountId: umbrella._id, status: { $in: ['open', 'pending'] } }))
      .length;
  }, 120_000);
  afterAll(() => world.close());

  it.each([
    'who owns the umbrella corporation account',
    'who is the account owner of umbrella corporation',
    'whos the owner of umbrella',
    "who's the account owner for umbrella",
    'who owns umbrella corporation',
    "who is umbrella's account owner",
  ])('"%s" is the account owner, from the customer view', async (wording) => {
    const reply = await say(wording);
    expect(reply).toContain(`Umbrella Corporation is owned by ${owner}.`);
  });

  it.each([
    'when did we last talk to umbrella',
    'when was our last interaction with umbrella',
    'last time we spoke to umbrella corporation',
    'when did we last speak with umbrella corporation',
    'when did we last hear from umbrella',
    'when did someone last contact umbrella corporation',
  ])('"%s" is the latest interaction at the account', async (wording) => {
    const reply = await say(wording);
    expect(reply).toMatch(/^Last (?:interaction|\w+) with Umbrella Corporation: /);
    expect(reply).toContain(lastSummary);
  });

  it('"when did we last talk to them" after the account was shown is its latest interaction', async () => {
    expect(await say('who owns umbrella corporation', 'when did we last talk to them')).toContain(
      lastSummary,
    );
  });

  it.each([
    "what's the pipeline for umbrella",
    'who owns the umbrella deal',
    'what deals do we have with umbrella',
  ])('"%s" stays the sales team\'s', async (wording) => {
    expect(await say(wording)).toMatch(REFUSED);
  });

  it.each([
    'umbrella corporation are furious, show me all their cases',
    'all tickets for umbrella corporation',
    "umbrella's case history",
    'all cases for umbrella incl. closed',
    'all tickets for umbrella corporation, including the closed ones',
    'umbrella corporation is on the phone, pull up all their tickets',
  ])('"%s" lists every case of the account, closed ones too', async (wording) => {
    const reply = await say(wording);
    expect(allCases).toBeGreaterThan(openCases);
    expect(reply).toContain(`${allCases} ${allCases === 1 ? 'case' : 'cases'} for Umbrella Corporation`);
  });

  it.each([
    'open cases for umbrella',
    'umbrella corporation - all open tickets',
    'any open tickets for umbrella',
  ])('"%s" is only the open cases', async (wording) => {
    const reply = await say(wording);
    expect(reply).toMatch(
      openCases ? new RegExp(`${openCases} open cases? for Umbrella`) : /no open cases for Umbrella/,
    );
  });

  it.each([
    'the last umbrella TOPIC ticket - how did we fix it?',
    'how did we fix the latest umbrella TOPIC case',
    'what was the resolution of the most recent umbrella TOPIC ticket',
    'last umbrella corporation TOPIC issue, how was it resolved?',
    'the previous umbrella TOPIC ticket — how did support solve it',
    'umbrella: the last TOPIC case, what was the fix',
  ])('"%s" is the latest such case of the account and its resolution', async (wording) => {
    // A word of a case's subject whose newest case (the one meant) has a resolution.
    const cases = await world.services.store.cases.find(
      { accountId: umbrella._id },
      { sort: { number: -1 } },
    );
    const about = (c: (typeof cases)[number]) => `${c.subject} ${c.description}`.toLowerCase();
    const topics = cases.flatMap((c) => c.subject.toLowerCase().match(/[a-z]{5,}/g) ?? []);
    const topic = topics.find((t) => cases.find((c) => about(c).includes(t))?.resolution)!;
    const latest = cases.find((c) => about(c).includes(topic))!;
    const reply = await say(wording.replace('TOPIC', topic));
    expect(reply).toContain(`Case ${latest.number}: ${latest.subject}`);
    expect(reply).toContain(`Resolution: ${latest.resolution}`);
  });

  it('"how did we fix the last umbrella ticket" is its newest case, said unresolved when it is', async () => {
    const [newest] = await world.services.store.cases.find(
      { accountId: umbrella._id },
      { sort: { number: -1 }, limit: 1 },
    );
    const reply = await say('how did we fix the last umbrella ticket');
    expect(reply).toContain(`Case ${newest!.number}: ${newest!.subject}`);
    expect(reply).toContain(
      newest!.resolution ? `Resolution: ${newest!.resolution}` : 'no resolution recorded',
    );
  });

  it.each([
    'how do i fix a case that is stuck',
    'close case 1163: fixed the invoice',
    'how did we do last quarter',
  ])('"%s" is no question about how a case was fixed', (wording) => {
    expect(supportRequestOf(wording) ?? {}).not.toHaveProperty('fixOf');
  });

  it('"which ones are still open" after all of them is the open ones', async () => {
    const reply = await say('show me all the cases for umbrella corporation', 'which ones are still open');
    expect(reply).toMatch(openCases ? new RegExp(`${openCases} open cases?`) : /no open cases/);
  });
});
