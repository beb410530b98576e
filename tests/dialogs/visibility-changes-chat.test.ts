import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Deal, User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

const ADMIN = 'jordan.blake@demo.crmpro.dev';
const REP = 'sam.rivera@demo.crmpro.dev';
const TEAMMATE = 'marcus.johnson@demo.crmpro.dev';
const OTHER_TEAM_REP = 'diego.fernandes@demo.crmpro.dev';

/**
 * The caller's user record and the owners' are kept between turns until a user changes: a change
 * of role, team or owner is seen by the very next message of the same conversation.
 */
describe('visibility changes, seen by the next message', () => {
  let world: EvalWorld;
  const userOf = async (email: string): Promise<User> =>
    (await world.services.store.users.findOne({ email }))!;
  const setUser = (user: User, fields: Partial<User>) =>
    world.services.store.users.updateOne({ _id: user._id }, { $set: fields });
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it('an admin demoted to a rep sees another team’s account limited on the next turn', async () => {
    const admin = await userOf(ADMIN);
    const chat = new ChatDriver(world.services, 'demoted-admin', { localUser: ADMIN });
    expect(replyText(await chat.say('open deals at soylent'))).toMatch(/Soylent has \d+ open deals? worth/);
    await setUser(admin, { role: 'rep' });
    try {
      const reply = replyText(await chat.say('open deals at soylent'));
      expect(reply).toMatch(/belongs to another team/);
      expect(reply).not.toMatch(/open deals? worth/);
    } finally {
      await setUser(admin, { role: 'admin' });
    }
    expect(replyText(await chat.say('open deals at soylent'))).toMatch(/Soylent has \d+ open deals? worth/);
  }, 120_000);

  it('a rep moved to another team sees that team’s account in full on the next turn', async () => {
    const rep = await userOf(REP);
    const chat = new ChatDriver(world.services, 'moved-rep', { localUser: REP });
    expect(replyText(await chat.say('open deals at soylent'))).toMatch(/belongs to another team/);
    await setUser(rep, { team: 'Mid-Market' });
    try {
      expect(replyText(await chat.say('open deals at soylent'))).toMatch(/Soylent has \d+ open deals? worth/);
    } finally {
      await setUser(rep, { team: rep.team });
    }
  }, 120_000);

  it("a deal reassigned to another team, or its owner moved to one, leaves a rep's next answer", async () => {
    const [rep, teammate, otherTeamRep] = await Promise.all([
      userOf(REP),
      userOf(TEAMMATE),
      userOf(OTHER_TEAM_REP),
    ]);
    const acme = (await world.services.store.accounts.findOne({ name: 'Acme Corporation' }))!;
    const open = await world.services.store.deals.find({
      accountId: acme._id,
      ownerId: rep._id,
      stage: { $nin: ['closed_won', 'closed_lost'] },
    });
    const deal: Deal = open[0]!;
    const chat = new ChatDriver(world.services, 'reassigned-deal', { localUser: REP });
    const setOwner = (ownerId: string) =>
      world.services.store.deals.updateOne({ _id: deal._id }, { $set: { ownerId } });
    try {
      expect(replyText(await chat.say('open deals at acme corporation'))).toContain(deal.name);
      // Given to a rep of another team: gone from the very next answer.
      await setOwner(otherTeamRep._id);
      expect(replyText(await chat.say('open deals at acme corporation'))).not.toContain(deal.name);
      // Given to a teammate: back; the teammate moves to another team: gone again.
      await setOwner(teammate._id);
      expect(replyText(await chat.say('open deals at acme corporation'))).toContain(deal.name);
      await setUser(teammate, { team: 'Mid-Market' });
      expect(replyText(await chat.say('open deals at acme corporation'))).not.toContain(deal.name);
    } finally {
      await setUser(teammate, { team: teammate.team });
      await setOwner(rep._id);
    }
  }, 120_000);
});
