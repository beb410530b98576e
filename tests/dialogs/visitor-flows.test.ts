import type { Reply } from '../../src/dialogs/reply';
import { UNATTENDED_NOTE } from '../../src/skills/handoff';
import { ChatDriver, widgetVisitor } from '../fixtures/chat-driver';
import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

const text = (replies: Reply[]) =>
  replies.map((r) => [r.text, ...(r.buttons ?? []).map((b) => b.title)].join(' ')).join('\n');

/** Visitor flows on a channel that cannot bring a person in (the terminal, Bot Framework, the eval). */
describe('website visitor flows in everyday words', () => {
  const temp = temporaryStore();
  beforeAll(() => loadSmallCrm(temp.store));
  afterAll(() => temp.cleanup());

  let conversations = 0;
  const visitor = () => {
    conversations++;
    return widgetVisitor(servicesFor(temp.store), `flow-${conversations}`);
  };

  const NOBODY = /Nobody from our team is available/;

  it.each([
    'can i talk to a real person please',
    'talk to a human',
    'i want to speak to someone',
    "i'd like to chat with somebody from your team",
    'put me through to a real person',
    'let me talk to a representative',
    'human please',
    'speak to support',
    'could I get a live agent',
    "i'd rather speak to an actual human being",
    'is there a person i can talk to?',
    'connect me with someone on your team',
  ])('hands "%s" over to a person (nobody available: an e-mail is asked for)', async (message) => {
    const told = text(await visitor().say(message));
    expect(told).toMatch(NOBODY);
    expect(told).toMatch(/e-mail address\?/);
  });

  it.each([
    'does the widget hand the chat over to a human?',
    'how do my reps talk to website visitors?',
    'can a person on my team reply from slack?',
    'who should I contact about a refund?',
  ])('answers "%s" from the documentation, without a hand-off', async (message) => {
    expect(text(await visitor().say(message))).not.toMatch(NOBODY);
  });

  it.each([
    'are you a bot?',
    'am i talking to a real person',
    'is this a robot',
    'are you human?',
    'is this automated',
    'am I chatting with an AI?',
    'hiya are you a real person or a bot?',
    'hey there, are you a bot?',
    'good morning - am i talking to a real person',
  ])('says plainly that "%s" is asked of an automated assistant, and offers a person', async (message) => {
    const told = text(await visitor().say(message));
    expect(told).toMatch(/automated assistant/);
    expect(told).toMatch(/Talk to a person/);
    expect(told).not.toMatch(NOBODY);
  });

  it.each(['open cases for Initech', 'which customers are likely to churn?', 'who is Jane Park?'])(
    'tells a visitor asking for customer records ("%s") that they are not shared',
    async (message) => {
      const told = text(await visitor().say(message));
      expect(told).not.toMatch(/couldn't find an answer/);
      expect(told).not.toMatch(NOBODY);
    },
  );

  it.each([
    ['when a website visitor wants a human how does my team get it', true],
    ['how does the hand-off to a person work on the widget?', true],
    ['talk to a human', false],
  ])('answers staff asking "%s" about the hand-off from the documentation: %s', async (message, fromDocs) => {
    const rep = new ChatDriver(servicesFor(temp.store), `staff-handoff-${message.length}`);
    const told = text(await rep.say(message));
    if (fromDocs) {
      // A passage about the hand-off, from the help centre or (for staff) the docs: not the no-answer.
      expect(told).toMatch(/hand-?offs?\b|handoff|\bperson\b|\bhuman\b/i);
      expect(told).not.toMatch(/has no answer to that/);
      expect(told).not.toMatch(/ask your colleague/);
    } else expect(told).toMatch(/for website visitors; ask your colleague/);
  });

  it('opens a case for a hand-off nobody can take once the visitor has left their details, and names it at the end', async () => {
    const chat = visitor();
    const asked = text(await chat.say('can i talk to a real person please'));
    expect(asked).toMatch(NOBODY);
    await chat.say('jane.park@initech.com');
    await chat.say('Jane Park');
    const done = text(await chat.say('Initech'));
    const number = Number(/case (\d+)/.exec(done)?.[1]);
    expect(number).toBeGreaterThan(0);
    expect(done).toMatch(/within 24 hours/);
    expect(done).toContain('jane.park@initech.com');
    const saved = await temp.store.cases.findOne({ number });
    expect(saved).toMatchObject({ channel: 'widget', status: 'open', priority: 'normal' });
    expect(saved!.accountId).toBeDefined();
    expect(saved!.description).toContain('Jane Park <jane.park@initech.com>');
    expect(saved!.history.map((entry) => entry.value)).toContain(UNATTENDED_NOTE);
    const lead = await temp.store.leads.findOne({ email: 'jane.park@initech.com' });
    expect(lead!.notes).toContain(`Support case ${number}`);
  });

  it('opens no case when the visitor leaves no details', async () => {
    const before = await temp.store.cases.countDocuments({ channel: 'widget' });
    const chat = visitor();
    await chat.say('talk to a human');
    expect(text(await chat.say('no thanks'))).toMatch(/No problem/);
    expect(await temp.store.cases.countDocuments({ channel: 'widget' })).toBe(before);
  });

  it.each([
    'actually can i just talk to a real person',
    'talk to a human',
    'i want to speak to someone instead',
    'is there someone i can chat with?',
  ])('leaves the demo form for a hand-off when asked "%s" mid-way', async (message) => {
    const chat = visitor();
    expect(text(await chat.say("I'd like a demo"))).toMatch(/your name/);
    const told = text(await chat.say(message));
    expect(told).toMatch(NOBODY);
    expect(told).not.toMatch(/I need your name/);
  });

  it('keeps asking for an e-mail when a person is asked for again while nobody is available', async () => {
    const chat = visitor();
    await chat.say('talk to a human');
    const again = text(await chat.say('i want a real person'));
    expect(again).toMatch(/nobody/i);
    expect(again).toMatch(/e-mail address/);
  });

  it.each([
    [
      'Priya Shah, priya.shah@brightcart.co, Brightcart',
      'Priya Shah',
      'priya.shah@brightcart.co',
      'Brightcart',
    ],
    [
      'priya.shah@brightcart.co; Priya Shah; Brightcart',
      'Priya Shah',
      'priya.shah@brightcart.co',
      'Brightcart',
    ],
    [
      "I'm Tom Becker from Brightlane Logistics, tom@brightlane.io",
      'Tom Becker',
      'tom@brightlane.io',
      'Brightlane Logistics',
    ],
    [
      'Ada Lovelace - ada@analytical.example - Analytical Engines',
      'Ada Lovelace',
      'ada@analytical.example',
      'Analytical Engines',
    ],
  ])('takes several details given at once: "%s"', async (message, name, email, company) => {
    const chat = visitor();
    await chat.say("I'd like a demo");
    const done = text(await chat.say(message));
    expect(done).toMatch(/Thanks, /);
    expect(await temp.store.leads.findOne({ email })).toMatchObject({ name, company, source: 'chat' });
  });

  it('asks only for what is still missing when some details come at once', async () => {
    const chat = visitor();
    await chat.say('can I book a demo?');
    expect(text(await chat.say('Grace Hopper, grace@navy.example'))).toMatch(/Which company/);
    expect(text(await chat.say('US Navy'))).toMatch(/Thanks, Grace!/);
    expect(await temp.store.leads.findOne({ email: 'grace@navy.example' })).toMatchObject({
      name: 'Grace Hopper',
      company: 'US Navy',
    });
  });
});
