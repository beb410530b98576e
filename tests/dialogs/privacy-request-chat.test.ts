import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Contact } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const ADMIN = 'jordan.blake@demo.crmpro.dev';
const REP = 'sam.rivera@demo.crmpro.dev';

/**
 * An admin's privacy requests for a named person on the seeded demo CRM (issue 19, ninth round):
 * the exact `crmpro privacy` commands for that person's e-mail, with what is held under it counted
 * here from the store; nothing is erased from chat, and other roles are refused.
 */
describe("a person's data erased or exported, asked in chat", () => {
  let world: EvalWorld;
  let person: Contact;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const contacts = await world.services.store.contacts.find({}, { limit: 100_000 });
    // A contact whose name no other contact or lead shares, with an e-mail.
    person = contacts.find((c) => c.email && contacts.filter((o) => o.nameKey === c.nameKey).length === 1)!;
  }, 120_000);
  afterAll(() => world.close());

  const ask = async (question: string, as = ADMIN) =>
    replyText(
      await new ChatDriver(world.services, `privacy-${as}-${question}`, { localUser: as }).say(question),
    );
  const name = () => `${person.firstName} ${person.lastName}`;

  it('"delete everything we have on <person>" gives the erase commands for their e-mail and erases nothing', async () => {
    const interactions = await world.services.store.interactions.countDocuments({ contactId: person._id });
    const reply = await ask(`delete everything we have on ${name().toLowerCase()}`);
    expect(reply).toMatch(/not in chat: I haven't erased anything/);
    expect(reply).toContain(`crmpro privacy erase --email ${person.email!.toLowerCase()} --dry-run`);
    if (interactions) expect(reply).toMatch(new RegExp(`\\b${interactions} logged interactions?\\b`));
    expect(await world.services.store.contacts.findOne({ _id: person._id })).not.toBeNull();
  }, 60_000);

  it('"export all data we hold on <person>" gives the export command', async () => {
    expect(await ask(`export all data we hold on ${name()}`)).toContain(
      `crmpro privacy export --email ${person.email!.toLowerCase()} --out ./`,
    );
  }, 60_000);

  it('a rep asking the same is refused', async () => {
    expect(await ask(`delete everything we have on ${name()}`, REP)).toMatch(/are for admins/);
  }, 60_000);
});
