import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Contact } from '../../src/vocabulary';
import { ChatDriver, widgetVisitor } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, nineteenth round (w20r): marketing sees every account's contacts with their e-mail, so
// it may ask who can be e-mailed: opted out, without an address, reachable (an address, not opted
// out, still at the company), across the CRM or at one account, and a title across the CRM. Before,
// these were refused ("deals ... are for the sales team", "data profiles are for admins") or read as
// a segment. Every figure is recomputed from the store; a website visitor still sees none of it.
const ALEX = 'alex.kim@demo.crmpro.dev';
const JORDAN = 'jordan.blake@demo.crmpro.dev';
const count = (n: number) => n.toLocaleString('en-US');

describe("marketing's questions of contacts and e-mail consent", () => {
  let world: EvalWorld;
  let contacts: Contact[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    contacts = await world.services.store.contacts.find({});
  }, 120_000);
  afterAll(() => world.close());

  it('counts the opted out, those without an address and the reachable across the CRM', async () => {
    const chat = new ChatDriver(world.services, 'c-consent', { localUser: ALEX });
    const optedOut = contacts.filter((c) => c.emailOptOut).length;
    const none = contacts.filter((c) => !c.email).length;
    const reachable = contacts.filter((c) => c.email && !c.emailOptOut && !c.leftAt).length;
    const [out] = await chat.say('how many contacts have opted out of email?');
    expect(out!.text).toMatch(new RegExp(`^${count(optedOut)} contacts .*opted out of marketing e-mail`));
    const [missing] = await chat.say('how many people have no email address');
    expect(missing!.text).toMatch(new RegExp(`^${count(none)} contacts? .*no e-mail address`));
    const [ok] = await chat.say('how many contacts can we actually email, total?');
    expect(ok!.text).toMatch(new RegExp(`^${count(reachable)} contacts .*can be sent marketing e-mail`));
  }, 120_000);

  it("lists one account's reachable people, and then those opted out of the account just shown", async () => {
    const globex = (await world.services.store.accounts.findOne({ name: 'Globex' }))!;
    const theirs = contacts.filter((c) => c.accountId === globex._id);
    const chat = new ChatDriver(world.services, 'c-globex', { localUser: ALEX });
    const [reply] = await chat.say('which globex contacts can get our marketing emails');
    for (const c of theirs) {
      const line = `${c.firstName} ${c.lastName} `;
      if (c.email && !c.emailOptOut && !c.leftAt) expect(reply!.text).toContain(line);
      else expect(reply!.text).not.toContain(line);
    }
    await chat.say('contacts at globex');
    const [back] = await chat.say('which of them opted out?');
    const out = theirs.filter((c) => c.emailOptOut);
    expect(back!.text).toContain(out.length ? `${out.length} ` : 'No contacts at Globex');
    for (const c of out) expect(back!.text).toContain(`${c.firstName} ${c.lastName}`);
  }, 120_000);

  it('lists and counts a title across the CRM, for marketing and an admin', async () => {
    const ceos = contacts.filter((c) => /\bCEO\b|chief executive/i.test(c.title ?? '')).length;
    const cfos = contacts.filter((c) =>
      /\bCFO\b|chief financial|finance director/i.test(c.title ?? ''),
    ).length;
    const chat = new ChatDriver(world.services, 'c-titles', { localUser: ALEX });
    const [list] = await chat.say('list all the CEOs');
    expect(list!.text).toMatch(new RegExp(`^${ceos} CEOs`));
    const admin = new ChatDriver(world.services, 'c-titles-admin', { localUser: JORDAN });
    const [counted] = await admin.say('how many CFOs do we have in the crm');
    expect(counted!.text).toMatch(new RegExp(`^${cfos} CFOs`));
  }, 120_000);

  it('a website visitor is told nothing of the contacts', async () => {
    const chat = widgetVisitor(world.services, 'consent');
    const [reply] = await chat.say('how many contacts have opted out of email?');
    expect(reply!.text).not.toMatch(/\d+ contacts/);
  }, 120_000);
});
