import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { OPEN_STAGES, type Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const REP = 'sam.rivera@demo.crmpro.dev';
const MANAGER = 'morgan.lee@demo.crmpro.dev';

/** Reshaping the list just shown, on the seeded demo CRM; the rows expected are read from the store. */
describe('reshaping the last list, in chat', () => {
  let world: EvalWorld;
  let samOpen: Deal[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const sam = (await world.services.store.users.findOne({ email: REP }))!;
    samOpen = (
      await world.services.store.deals.find({ ownerId: sam._id, stage: { $in: [...OPEN_STAGES] } })
    ).sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name));
  }, 120_000);
  afterAll(() => world.close());

  /** The deal names a reply lists, in its order. */
  const listed = (reply: string) =>
    samOpen
      .filter((d) => reply.includes(d.name))
      .sort((a, b) => reply.indexOf(a.name) - reply.indexOf(b.name))
      .map((d) => d.name);

  it('"sort that by amount" then "just the top 3": the biggest three, biggest first', async () => {
    expect(samOpen.length).toBeGreaterThan(4);
    const chat = new ChatDriver(world.services, 'reshape-sort', { localUser: REP });
    await chat.say('my open deals');
    const sorted = replyText(await chat.say('sort that by amount'));
    expect(listed(sorted)[0]).toBe(samOpen[0]!.name);
    const top = replyText(await chat.say('just the top 3'));
    expect(listed(top)).toEqual(samOpen.slice(0, 3).map((d) => d.name));
  }, 60_000);

  it('"show me the rest" after the top 3: the rows after them, said which ones', async () => {
    const chat = new ChatDriver(world.services, 'reshape-rest', { localUser: REP });
    expect(listed(replyText(await chat.say('top 3 open deals by amount')))).toEqual(
      samOpen.slice(0, 3).map((d) => d.name),
    );
    const rest = replyText(await chat.say('show me the rest'));
    const shown = Math.min(25, samOpen.length - 3);
    expect(rest).toContain(`; 4–${3 + shown}`);
    expect(listed(rest)).toEqual(samOpen.slice(3, 3 + shown).map((d) => d.name));
    if (3 + shown >= samOpen.length)
      expect(replyText(await chat.say('more'))).toBe(
        `That was all of them: all ${samOpen.length} open deals were shown.`,
      );
  }, 60_000);

  it('"more" after a count lists the records counted, from the first', async () => {
    const chat = new ChatDriver(world.services, 'reshape-count', { localUser: REP });
    expect(replyText(await chat.say('how many open deals do i have'))).toMatch(
      new RegExp(`\\b${samOpen.length} open deals`),
    );
    const listedAfter = replyText(await chat.say('show me the rest'));
    expect(listedAfter).toContain(samOpen[0]!.name);
    expect(listedAfter).not.toMatch(/That was all/);
  }, 60_000);

  it('"only the ones in germany" after the team pipeline: its open deals at German accounts', async () => {
    const store = world.services.store;
    const manager = (await store.users.findOne({ email: MANAGER }))!;
    const team = await store.users.find({ team: manager.team });
    const german = new Set((await store.accounts.find({ country: 'Germany' })).map((a) => a._id));
    const deals = (
      await store.deals.find({ ownerId: { $in: team.map((u) => u._id) }, stage: { $in: [...OPEN_STAGES] } })
    ).filter((d) => german.has(d.accountId));
    const chat = new ChatDriver(world.services, 'reshape-country', { localUser: MANAGER });
    await chat.say('team open pipeline');
    const reply = replyText(await chat.say('only the ones in germany'));
    expect(reply).toMatch(new RegExp(`^${deals.length} open deals? `));
    for (const deal of deals.slice(0, 5)) expect(reply).toContain(deal.name);
  }, 60_000);

  it('"drop the amount filter" after a filtered list: the same list without its amount bound, the rest kept', async () => {
    const inProposal = samOpen.filter((d) => d.stage === 'proposal');
    expect(inProposal.some((d) => d.amount <= 100_000)).toBe(true);
    const chat = new ChatDriver(world.services, 'reshape-loosen', { localUser: REP });
    const filtered = replyText(await chat.say('my proposal deals over 100k'));
    expect(filtered).toMatch(
      new RegExp(`^${inProposal.filter((d) => d.amount > 100_000).length} open deals? `),
    );
    for (const wording of [
      'drop the amount filter',
      'and without the amount limit?',
      'same but any amount',
    ]) {
      const chatAgain = new ChatDriver(world.services, `reshape-loosen-${wording}`, { localUser: REP });
      await chatAgain.say('my proposal deals over 100k');
      const loosened = replyText(await chatAgain.say(wording));
      expect(loosened).toMatch(new RegExp(`^${inProposal.length} open deals? in proposal`));
    }
    // Nothing to take off: the message is left to be read as it was said.
    const unfiltered = new ChatDriver(world.services, 'reshape-loosen-none', { localUser: REP });
    await unfiltered.say('my proposal deals');
    expect(replyText(await unfiltered.say('drop the region filter'))).not.toMatch(
      new RegExp(`^${inProposal.length} open deals? in proposal`),
    );
  }, 90_000);
});
