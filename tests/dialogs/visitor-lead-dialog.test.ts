import { widgetVisitor } from '../fixtures/chat-driver';
import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

describe('a website visitor asking for a demo (no channel able to reach a person)', () => {
  const temp = temporaryStore();
  beforeAll(() => loadSmallCrm(temp.store));
  afterAll(() => temp.cleanup());

  const visitor = (id: string) => widgetVisitor(servicesFor(temp.store), id);

  it('re-asks an unusable name or address with the reason, and saves the lead once all is given', async () => {
    const chat = visitor('lead-1');
    expect((await chat.say('I want a demo')).map((r) => r.text).join(' ')).toMatch(/your name/);
    expect((await chat.say('42')).map((r) => r.text).join(' ')).toMatch(/I need your name/);
    await chat.say('Katherine Johnson');
    expect((await chat.say('katherine at nasa')).map((r) => r.text).join(' ')).toMatch(/isn't a valid email/);
    await chat.say('katherine@nasa.example');
    const done = (await chat.say('no')).map((r) => r.text).join(' ');
    expect(done).toMatch(/Thanks, Katherine!/);
    expect(await temp.store.leads.findOne({ email: 'katherine@nasa.example' })).toMatchObject({
      name: 'Katherine Johnson',
      source: 'chat',
    });
    expect((await temp.store.leads.findOne({ email: 'katherine@nasa.example' }))!.company).toBeUndefined();
  });

  it('lets the visitor decline, and takes a question asked instead of an answer as a question', async () => {
    const chat = visitor('lead-2');
    await chat.say("I'd like a demo");
    expect((await chat.say('How much is the Team plan?')).map((r) => r.text).join(' ')).toMatch(/\$29/);
    await chat.say("I'd like a demo");
    expect((await chat.say('no thanks')).map((r) => r.text).join(' ')).toMatch(/No problem/);
    expect(await temp.store.leads.countDocuments({ source: 'chat' })).toBe(1);
  });

  it('offers to leave an e-mail when asked for a person and nobody can be reached', async () => {
    const chat = visitor('lead-3');
    const offer = (await chat.say('talk to a human')).map((r) => r.text).join(' ');
    expect(offer).toMatch(/Nobody from our team is available/);
    expect(offer).toMatch(/e-mail address\?/);
  });

  it('takes the details given with the demo request itself and asks only for what is missing', async () => {
    const chat = visitor('lead-same-line');
    const replies = (await chat.say("i'd like a demo, i'm maria from brightbakes, maria@brightbakes.example"))
      .map((r) => r.text)
      .join(' ');
    expect(replies).not.toMatch(/your name|e-mail address|Which company/);
    // The name typed in lower case is thanked and saved as names are written.
    expect(replies).toMatch(/Thanks, Maria!/);
    expect(await temp.store.leads.findOne({ email: 'maria@brightbakes.example' })).toMatchObject({
      name: 'Maria',
      company: 'brightbakes',
      source: 'chat',
    });
    const partial = visitor('lead-same-line-2');
    expect((await partial.say('can i get a demo? ada@engines.example')).map((r) => r.text).join(' ')).toMatch(
      /your name/,
    );
  });
});
