import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const REP = 'sam.rivera@demo.crmpro.dev';
const MANAGER = 'morgan.lee@demo.crmpro.dev';
/** The first question of every write dialog, or its result. */
const WRITE_STARTED =
  /Create this lead|Create a task|Log an? \w+ at|Which account was it with|Move "|Which deal should I move|Done: you will get|Updated: you will get|Stopped:|Lead created|Task created|Logged the/;

/** Questions about a write route never write; requests write only after the confirmation. */
describe('questions about writes, and the confirmation turn of write dialogs', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const counts = async () => ({
    subscriptions: await world.services.store.digestSubscriptions.find({}).then((all) => JSON.stringify(all)),
    tasks: await world.services.store.tasks.countDocuments({}),
    leads: await world.services.store.leads.countDocuments({}),
    interactions: await world.services.store.interactions.countDocuments({}),
  });

  it.each([
    [MANAGER, 'when does the forecast digest arrive in teams'],
    [MANAGER, 'does the digest include deals at risk'],
    [MANAGER, 'how does the forecast digest work'],
    [MANAGER, 'is the digest sent on weekends?'],
    [MANAGER, 'can the digest go to a slack channel'],
    [MANAGER, 'who gets the forecast digest'],
    [MANAGER, 'when do i get my forecast digest'],
    [MANAGER, 'how do i unsubscribe from the digest'],
    [MANAGER, 'what happens if i stop the digest'],
    [REP, 'does crmpro log my calls automatically'],
    [REP, 'when i log a meeting does it update the deal'],
    [REP, 'what happens when i create a task'],
    [REP, 'how are new leads created'],
    [REP, 'can i move deals from chat'],
  ])(
    '%s asking "%s" writes nothing and starts no write',
    async (user, question) => {
      const before = await counts();
      const chat = new ChatDriver(world.services, `q-${question}`, { localUser: user });
      expect(replyText(await chat.say(question))).not.toMatch(WRITE_STARTED);
      expect(await counts()).toEqual(before);
    },
    60_000,
  );

  it('subscribes on a request, and a question afterwards lists it without writing', async () => {
    const chat = new ChatDriver(world.services, 'q-digest-request', { localUser: MANAGER });
    const asked = await counts();
    expect(replyText(await chat.say('can you send me the forecast digest every weekday at 7am'))).toMatch(
      /Send you the forecast digest .* every weekday at 07:00 .*\(yes\/no/s,
    );
    expect(await counts()).toEqual(asked);
    expect(replyText(await chat.say('yes'))).toMatch(/(?:Done|Updated): you will get the forecast digest/);
    const before = await counts();
    expect(replyText(await chat.say('when do i get my forecast digest?'))).toMatch(
      /forecast digest: weekdays 07:00/,
    );
    expect(await counts()).toEqual(before);
    // Stopping asks first, as subscribing does; nothing changes before the yes.
    expect(replyText(await chat.say('stop the forecast digest'))).toMatch(
      /^Stop the forecast digest .*\(yes\/no\)/,
    );
    expect(await counts()).toEqual(before);
    expect(replyText(await chat.say('yes'))).toContain('Stopped: forecast digest');
  }, 60_000);

  it.each(['yes', 'yep', 'sure', 'do it', 'go ahead', 'yes please', 'ok, go ahead'])(
    'creates the lead on "%s" after "new lead: name, company, email"',
    async (yes) => {
      const email = `mia.${yes.replace(/\W+/g, '')}@nordlys.no`;
      const chat = new ChatDriver(world.services, `lead-${yes}`, { localUser: REP });
      expect(replyText(await chat.say(`new lead: Mia Sorensen, Nordlys AS, ${email}`))).toContain(
        `Create this lead? Mia Sorensen (Nordlys AS), ${email}`,
      );
      expect(replyText(await chat.say(yes))).toContain('Lead created: Mia Sorensen (Nordlys AS)');
      expect(await world.services.store.leads.countDocuments({ email })).toBe(1);
    },
    60_000,
  );

  it.each(['no', 'nope', 'cancel', 'never mind'])(
    'saves nothing on "%s"',
    async (no) => {
      const email = `tom.${no.replace(/\W+/g, '')}@fjordtech.no`;
      const chat = new ChatDriver(world.services, `lead-no-${no}`, { localUser: REP });
      expect(replyText(await chat.say(`new lead: Tom Berg, Fjord Tech, ${email}`))).toContain(
        'Create this lead?',
      );
      expect(replyText(await chat.say(no))).not.toMatch(/Lead created|Create this lead/);
      expect(await world.services.store.leads.countDocuments({ email })).toBe(0);
    },
    60_000,
  );

  it('never takes a bare yes or no for a value it asked for', async () => {
    const email = 'ola@nordlys.no';
    const chat = new ChatDriver(world.services, 'lead-value-yes', { localUser: REP });
    expect(replyText(await chat.say(`new lead: Ola Berg ${email}`))).toContain(
      'Which company is Ola Berg with?',
    );
    const again = replyText(await chat.say('yes'));
    expect(again).toContain('Which company is Ola Berg with?');
    expect(again).not.toContain('(yes)');
    expect(replyText(await chat.say('no'))).toContain('nothing was saved');
    expect(await world.services.store.leads.countDocuments({ email })).toBe(0);
  }, 60_000);

  it.each(['sure', 'do it', 'go ahead'])(
    'creates the reminder on "%s"',
    async (yes) => {
      const title = `Call Initech about ${yes}`;
      const chat = new ChatDriver(world.services, `task-${yes}`, { localUser: REP });
      expect(replyText(await chat.say(`remind me to call Initech about ${yes} tomorrow`))).toContain(
        'Create a task',
      );
      expect(replyText(await chat.say(yes))).toContain('Task created');
      expect(await world.services.store.tasks.countDocuments({ title })).toBe(1);
    },
    60_000,
  );
});
