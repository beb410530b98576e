import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { isOpenStage, type Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { SAM } from '../fixtures/demo-users';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

// Issue 19, seventeenth round (w18r): CRM abbreviations and an account named by its first word,
// through the bot core on the demo CRM as the rep Sam: the point of contact ("POC @ initech?"),
// an account's owner ("who owns the stark acct"), an account's deals with the next word of its
// name shortened and their total ("wayne ent opps" -> "total?"), and another team's account
// ("whats the ACV on the soylent opps": who owns it, never its deals' amounts). Every name and
// figure is read from the store.
describe('CRM abbreviations and first-word names in chat (seventeenth round)', () => {
  let world: EvalWorld;
  const accountNamed = async (name: string) => (await world.services.store.accounts.findOne({ name }))!;
  const userOf = async (id: string | undefined) => (await world.services.store.users.findById(id!))!;
  const openDealsOf = async (accountId: string): Promise<Deal[]> =>
    (await world.services.store.deals.find({ accountId })).filter((d) => isOpenStage(d.stage));
  beforeAll(async () => {
    world = await openEvalScaleWorld();
  }, 120_000);
  afterAll(() => world.close());
  const say = async (conversation: string, ...turns: string[]): Promise<string> => {
    const chat = new ChatDriver(world.services, conversation, { localUser: SAM });
    let reply = '';
    for (const turn of turns) reply = replyText(await chat.say(turn));
    return reply;
  };

  it('"POC @ initech?": the people at Initech', async () => {
    const initech = await accountNamed('Initech');
    const people = await world.services.store.contacts.find({ accountId: initech._id });
    expect(people.length).toBeGreaterThan(0);
    const reply = await say('w18r-poc', 'POC @ initech?');
    for (const person of people) expect(reply).toContain(`${person.firstName} ${person.lastName}`);
  }, 120_000);

  it.each(['who owns the stark acct', 'who owns stark'])(
    '"%s": the owner of Stark Industries',
    async (text) => {
      const stark = await accountNamed('Stark Industries');
      const owner = await userOf(stark.ownerId);
      expect(await say(`w18r-owner-${text.length}`, text)).toContain(
        `Stark Industries is owned by ${owner.name}`,
      );
    },
    120_000,
  );

  it('"wayne ent opps" then "total?": the open deals of Wayne Enterprises, added up', async () => {
    const wayne = await accountNamed('Wayne Enterprises');
    const deals = await openDealsOf(wayne._id);
    const total = deals.reduce((sum, d) => sum + d.amount, 0);
    const first = await say('w18r-wayne', 'wayne ent opps');
    for (const deal of deals) expect(first).toContain(deal.name);
    const reply = await say('w18r-wayne', 'total?');
    expect(reply).toContain(`($${total.toLocaleString('en-US')}) across ${deals.length} deals`);
  }, 120_000);

  it('"whats the ACV on the soylent opps": another team\'s account, named with its owner, no amounts', async () => {
    const soylent = await accountNamed('Soylent');
    const owner = await userOf(soylent.ownerId);
    const deals = (await world.services.store.deals.find({ accountId: soylent._id })).filter(
      (d) => d.amount > 0,
    );
    expect(deals.length).toBeGreaterThan(0);
    const reply = await say('w18r-soylent', 'whats the ACV on the soylent opps');
    expect(reply).toContain(`owned by ${owner.name}`);
    expect(reply).toContain('belongs to another team');
    for (const deal of deals) expect(reply).not.toContain(deal.amount.toLocaleString('en-US'));
    expect(reply).not.toMatch(/can.t help/);
  }, 120_000);
});
