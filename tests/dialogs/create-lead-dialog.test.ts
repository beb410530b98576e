import { ChatDriver } from '../fixtures/chat-driver';
import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

describe('create a lead, turn by turn through the bot core', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  let repId: string;
  beforeAll(async () => {
    ({ repId } = await loadSmallCrm(temp.store));
  });
  afterAll(() => temp.cleanup());

  const texts = async (chat: ChatDriver, message: string) => (await chat.say(message)).map((r) => r.text);

  it('re-asks a bad email with the reason, takes a correction at the confirmation, and saves', async () => {
    const chat = new ChatDriver(services, 'lead-happy');
    expect(await texts(chat, 'new lead: John Smith from Hooli, john@hooli')).toEqual([
      "\"john@hooli\" isn't a valid email address: it needs a domain like john@company.com.\nWhat's John's email address or phone number?",
    ]);
    expect(await texts(chat, 'John@Hooli.com')).toEqual([
      'Create this lead? John Smith (Hooli), john@hooli.com, source: outbound (yes/no)',
    ]);
    expect(await texts(chat, 'source: event')).toEqual([
      'Create this lead? John Smith (Hooli), john@hooli.com, source: event (yes/no)',
    ]);
    expect(await texts(chat, 'yes')).toEqual(['Lead created: John Smith (Hooli), owned by you.']);
    expect(await temp.store.leads.findOne({ email: 'john@hooli.com' })).toMatchObject({
      name: 'John Smith',
      company: 'Hooli',
      source: 'event',
      ownerId: repId,
      status: 'new',
    });
  });

  it('reads a lead typed in lower case, names capitalised', async () => {
    const chat = new ChatDriver(services, 'lead-lower-case');
    expect(await texts(chat, 'new lead: tom baker from bright widgets co, tom@bw.io')).toEqual([
      'Create this lead? Tom Baker (Bright Widgets Co), tom@bw.io, source: outbound (yes/no)',
    ]);
    expect(await texts(chat, 'no')).toEqual(["Okay, I didn't create the lead."]);
    expect(await texts(chat, 'new lead from the webinar')).toEqual(["What's the lead's name?"]);
  });

  it('leaves the form when a question of another kind answers its question, saving nothing', async () => {
    const chat = new ChatDriver(services, 'lead-question-instead');
    expect(await texts(chat, 'create a lead')).toEqual(["What's the lead's name?"]);
    expect(await texts(chat, 'Ann Lee')).toEqual(['Which company is Ann Lee with? (or "none")']);
    const replies = await texts(chat, 'what deals does hooli have open');
    expect(replies.join('\n')).not.toMatch(/Create this lead|email address or phone/);
    expect(await temp.store.leads.findOne({ name: 'Ann Lee' })).toBeNull();
  });

  it('asks for each missing field and validates the phone number', async () => {
    const chat = new ChatDriver(services, 'lead-missing');
    expect(await texts(chat, 'create a lead')).toEqual(["What's the lead's name?"]);
    expect(await texts(chat, 'Ann Lee')).toEqual(['Which company is Ann Lee with? (or "none")']);
    expect(await texts(chat, 'none')).toEqual(["What's Ann's email address or phone number?"]);
    expect(await texts(chat, '555-12')).toEqual([
      "\"555-12\" isn't a valid phone number: include the area code, or a +country code for numbers outside the US.\nWhat's Ann's email address or phone number?",
    ]);
    expect(await texts(chat, 'ann at hooli dot com')).toEqual([
      "I need an email address or a phone number to create the lead.\nWhat's Ann's email address or phone number?",
    ]);
    expect(await texts(chat, '(415) 555-2671')).toEqual([
      'Create this lead? Ann Lee, +14155552671, source: outbound (yes/no)',
    ]);
    await chat.say('yes');
    expect(await temp.store.leads.findOne({ phone: '+14155552671' })).toMatchObject({ name: 'Ann Lee' });
  });

  it('says so instead of creating a duplicate', async () => {
    const chat = new ChatDriver(services, 'lead-duplicate');
    await chat.say('new lead: Johnny Smith from Hooli, john@hooli.com');
    expect(await texts(chat, 'yes')).toEqual([
      "There is already a lead with john@hooli.com: John Smith (Hooli), status new. I didn't create a second one.",
    ]);
    expect(await temp.store.leads.countDocuments({ email: 'john@hooli.com' })).toBe(1);
  });

  it('creates nothing on "no", restarts empty on "start over", and abandons on "cancel"', async () => {
    const chat = new ChatDriver(services, 'lead-no');
    await chat.say('add Mary Jones from Initech as a lead, mary@initech.com');
    expect(await texts(chat, 'no')).toEqual(["Okay, I didn't create the lead."]);
    await chat.say('add Mary Jones from Initech as a lead, mary@initech.com');
    expect(await texts(chat, 'start over')).toEqual(["Okay, let's start over.\nWhat's the lead's name?"]);
    expect(await texts(chat, 'Mary Jones')).toEqual(['Which company is Mary Jones with? (or "none")']);
    expect(await texts(chat, 'cancel')).toEqual(['Okay, cancelled. What next?']);
    expect(await temp.store.leads.countDocuments({ name: 'Mary Jones' })).toBe(0);
  });

  it('resumes after a restart in the middle', async () => {
    const before = new ChatDriver(services, 'lead-restart');
    await before.say('create a lead');
    await before.say('Lena Kraus');
    const after = new ChatDriver(servicesFor(temp.store), 'lead-restart');
    expect(await texts(after, 'Kraus GmbH')).toEqual(["What's Lena's email address or phone number?"]);
    expect(await texts(after, 'lena@kraus.de')).toEqual([
      'Create this lead? Lena Kraus (Kraus GmbH), lena@kraus.de, source: outbound (yes/no)',
    ]);
  });
});
