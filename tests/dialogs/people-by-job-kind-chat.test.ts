import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { titleIsOfKind, type Contact } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';

// Issue 19, twenty-seventh round (w28b): people at accounts by a title, seniority or function, through
// the bot core on the demo CRM: counted and listed with the kinds asked said in the reply, at one
// account, and "and their emails?" after such a list. Figures are recomputed from the store.
const ALEX = 'alex.kim@demo.crmpro.dev';
const SAM = 'sam.rivera@demo.crmpro.dev';

describe('people by kind of job', () => {
  let world: EvalWorld;
  const contactsWhere = async (
    accountFilter: Record<string, unknown>,
    keep: (c: Contact) => boolean,
  ): Promise<Contact[]> => {
    const accounts = await world.services.store.accounts.find(accountFilter);
    const ids = accounts.map((a) => a._id);
    return (await world.services.store.contacts.find({ accountId: { $in: ids } })).filter(keep);
  };
  beforeAll(async () => {
    world = await openEvalScaleWorld();
  }, 120_000);
  afterAll(() => world.close());

  it('"how many it managers and heads of IT in apac" counts those titles and says so', async () => {
    const people = await contactsWhere(
      { region: 'APAC' },
      (c) => titleIsOfKind(c.title, 'it_manager') || titleIsOfKind(c.title, 'head_of_it'),
    );
    const chat = new ChatDriver(world.services, 'c-itm', { localUser: ALEX });
    const [reply] = await chat.say('how many IT managers and heads of IT do we have in apac?');
    expect(reply!.text).toContain(`${people.length} heads of IT and IT managers`);
  }, 120_000);

  it('"c-level people at our singapore software customers" lists only C-level titles', async () => {
    const chat = new ChatDriver(world.services, 'c-csuite', { localUser: ALEX });
    const [reply] = await chat.say('c-level people at our singapore software customers');
    expect(reply!.text).toMatch(/C-level people at the \d+ Software accounts in Singapore/);
    const titles = [...reply!.text.matchAll(/^• .+? \((.+?)\) — /gm)].map((m) => m[1]!);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(titleIsOfKind(title, 'c_level')).toBe(true);
  }, 120_000);

  it('a rep asks for the technical contacts at one account: only IT and security titles', async () => {
    const bennett = (await world.services.store.accounts.findOne({ name: 'Bennett Software' }))!;
    const it = (await world.services.store.contacts.find({ accountId: bennett._id })).filter((c) =>
      titleIsOfKind(c.title, 'it'),
    );
    const chat = new ChatDriver(world.services, 'c-tech', { localUser: SAM });
    const [reply] = await chat.say('technical contacts at bennett software? cto, security folks');
    expect(reply!.text).toMatch(/^IT and technical people .*at Bennett Software:/);
    for (const c of it) expect(reply!.text).toContain(`${c.firstName} ${c.lastName}`);
  }, 120_000);

  it('support asking for the technical contact at an account gets its customer view (not a refusal)', async () => {
    const chat = new ChatDriver(world.services, 'c-support-tech', {
      localUser: 'riley.park@demo.crmpro.dev',
    });
    const [reply] = await chat.say("who's the technical contact at globex? solutions architect or similar");
    expect(reply!.text).not.toMatch(/for the sales team/);
    const globex = (await world.services.store.accounts.findOne({ name: 'Globex' }))!;
    const architect = (await world.services.store.contacts.find({ accountId: globex._id })).find(
      (c) => c.title === 'Solutions Architect',
    )!;
    expect(JSON.stringify(reply)).toContain(`${architect.firstName} ${architect.lastName}`);
  }, 120_000);

  it('a logged call that mentions procurement stays a logged call', async () => {
    const chat = new ChatDriver(world.services, 'c-log-proc', { localUser: SAM });
    const [reply] = await chat.say(
      'log call w/ ryan robinson @ pacific networks - sent revised quote, procurement reviewing, follow up next wk',
    );
    expect(reply!.text).not.toMatch(/procurement people/);
    expect(reply!.text).toContain('Ryan Robinson');
  }, 120_000);

  it('"and their emails?" after the CTOs at german accounts gives each address', async () => {
    const ctos = await contactsWhere({ country: 'Germany' }, (c) => titleIsOfKind(c.title, 'cto'));
    const chat = new ChatDriver(world.services, 'c-emails', { localUser: ALEX });
    await chat.say('CTOs at german accounts');
    const [reply] = await chat.say('and their emails?');
    for (const c of ctos.filter((c) => c.email)) expect(reply!.text).toContain(c.email!);
  }, 120_000);
});
