import { ChatDriver } from '../fixtures/chat-driver';
import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

describe('log an interaction, turn by turn through the bot core', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  let initechId: string;
  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    initechId = (await temp.store.accounts.findOne({ name: 'Initech' }))!._id;
  });
  afterAll(() => temp.cleanup());

  const texts = async (chat: ChatDriver, message: string) => (await chat.say(message)).map((r) => r.text);
  const logged = (summary: string) => temp.store.interactions.find({ summary });

  it('fills the slots from one sentence, confirms, saves, and creates the follow-up task for May', async () => {
    const chat = new ChatDriver(services, 'log-happy');
    expect(await texts(chat, 'log a call with Jane at Initech: discussed renewal, follow up in May')).toEqual(
      ['Log a call with Jane Park at Initech on 15 Mar: "discussed renewal"? (yes/no)'],
    );
    expect(await texts(chat, 'yes')).toEqual([
      'Logged the call with Jane Park at Initech.',
      'Shall I create a follow-up task "Follow up with Jane Park at Initech: discussed renewal" due 1 May? (yes / no / another day)',
    ]);
    const [interaction] = await logged('discussed renewal');
    expect(interaction).toMatchObject({ type: 'call', accountId: initechId });
    expect(await texts(chat, 'yes')).toEqual([
      'Task created: "Follow up with Jane Park at Initech: discussed renewal" due 1 May.',
    ]);
    const task = await temp.store.tasks.findOne({ interactionId: interaction!._id });
    expect(task).toMatchObject({ accountId: initechId, status: 'open' });
    expect(task?.dueAt?.toISOString().slice(0, 10)).toBe('2026-05-01');
  });

  it('asks for what is missing, re-asks a bad answer with the reason, and takes a day for the follow-up', async () => {
    const chat = new ChatDriver(services, 'log-missing');
    expect(await texts(chat, 'log an interaction')).toEqual(['Which account was it with?']);
    expect((await texts(chat, 'Zeppelin Works'))[0]).toMatch(
      /^I couldn't find an account called "Zeppelin Works"/,
    );
    expect(await texts(chat, 'initech')).toEqual(['Was it a call, email, meeting, note or chat?']);
    expect(await texts(chat, 'fax')).toEqual([
      '"fax" isn\'t one of the kinds I can log.\nWas it a call, email, meeting, note or chat?',
    ]);
    expect(await texts(chat, 'meeting')).toEqual(['What was it about? One or two sentences for the log.']);
    expect(await texts(chat, 'Security review of the rollout plan')).toEqual([
      'Log a meeting at Initech on 15 Mar: "Security review of the rollout plan"? (yes/no)',
    ]);
    expect(await texts(chat, 'maybe')).toEqual([
      'Please answer yes or no (or say "start over").\nLog a meeting at Initech on 15 Mar: "Security review of the rollout plan"? (yes/no)',
    ]);
    await chat.say('yes');
    expect(await texts(chat, 'next Tuesday')).toEqual([
      'Task created: "Follow up with Initech: Security review of the rollout plan" due 17 Mar.',
    ]);
  });

  it('asks which contact when several match, and lists the contacts when none does', async () => {
    await temp.store.contacts.insertOne({
      accountId: initechId,
      firstName: 'Jane',
      lastName: 'Doe',
      nameKey: 'jane doe',
      primary: false,
    });
    const chat = new ChatDriver(services, 'log-contacts');
    const [question] = await chat.say('log a call with Jane at Initech: pricing questions');
    expect(question!.text).toBe(
      'Several contacts at Initech match "Jane".\nWhich contact at Initech?\n1. Jane Park (VP Operations)\n2. Jane Doe',
    );
    expect(question!.buttons?.map((b) => b.title)).toEqual(['Jane Park', 'Jane Doe', 'Nobody in particular']);
    expect(await texts(chat, 'Doe')).toEqual([
      'Log a call with Jane Doe at Initech on 15 Mar: "pricing questions"? (yes/no)',
    ]);
    await chat.say('no');

    expect(await texts(chat, 'log a call with Bob at Initech: intro')).toEqual([
      'I don\'t see a contact called "Bob" at Initech. Contacts there: Jane Park, Jane Doe, Bill Lumbergh.\nWho at Initech was it with? (or say "nobody")',
    ]);
    expect(await texts(chat, 'nobody')).toEqual(['Log a call at Initech on 15 Mar: "intro"? (yes/no)']);
  });

  it('saves nothing when the answer to the confirmation is no', async () => {
    const chat = new ChatDriver(services, 'log-no');
    await chat.say('add a note to Globex: wants a discount');
    expect(await texts(chat, 'no')).toEqual(["Okay, I didn't log anything."]);
    expect(await logged('wants a discount')).toHaveLength(0);
  });

  it('cancels at any step, and the next message is a new request', async () => {
    const chat = new ChatDriver(services, 'log-cancel');
    await chat.say('log a call with Jane at Initech: budget talk');
    expect(await texts(chat, 'cancel')).toEqual(['Okay, cancelled. What next?']);
    expect((await texts(chat, 'yes'))[0]).not.toMatch(/Logged/);
    expect(await logged('budget talk')).toHaveLength(0);
  });

  it('starts the same dialog over, empty, on "start over"', async () => {
    const chat = new ChatDriver(services, 'log-start-over');
    await chat.say('log a call with Jane at Initech: wrong one');
    expect(await texts(chat, 'start over')).toEqual(["Okay, let's start over.\nWhich account was it with?"]);
    expect(await texts(chat, 'Globex')).toEqual(['Was it a call, email, meeting, note or chat?']);
    expect(await texts(chat, 'start over')).toEqual(["Okay, let's start over.\nWhich account was it with?"]);
  });

  it('resumes at the confirmation after a restart (a new bot core on the same store)', async () => {
    const before = new ChatDriver(services, 'log-restart');
    await before.say('log a meeting at Acme: roadmap session');
    const after = new ChatDriver(servicesFor(temp.store), 'log-restart');
    expect(await texts(after, 'yes')).toEqual([
      'Logged the meeting at Acme Corporation.',
      'Shall I create a follow-up task "Follow up with Acme Corporation: roadmap session"? (yes / no / a day such as "next Friday")',
    ]);
    expect(await logged('roadmap session')).toHaveLength(1);
  });

  it('uses and sets the account of the conversation for follow-ups', async () => {
    const chat = new ChatDriver(services, 'log-context');
    await chat.say('tell me about Globex');
    expect(await texts(chat, 'log a call with them: intro to the new CFO')).toEqual([
      'Log a call at Globex on 15 Mar: "intro to the new CFO"? (yes/no)',
    ]);
    await chat.say('yes');
    await chat.say('no');
    await chat.say('log an email to Initech: sent the pricing sheet');
    await chat.say('yes');
    await chat.say('no');
    const [followUp] = await chat.say('and their open deals?');
    expect(followUp!.text).toMatch(/^Initech has no open deals/);
  });

  it('takes an answer that is another request as a change of subject', async () => {
    const chat = new ChatDriver(services, 'log-subject');
    await chat.say('log a call');
    const [reply] = await chat.say('tell me about Globex');
    expect(reply!.title).toBe('Globex');
  });
});
