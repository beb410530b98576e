import { seedDemoCrm } from '../../src/store/seed';
import { ChatDriver } from '../fixtures/chat-driver';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';

const ANCHOR = new Date('2026-03-02T00:00:00Z');

describe('segments, recommendations and knowledge through the bot core', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store, ANCHOR);
  beforeAll(async () => {
    await seedDemoCrm(temp.store, { anchor: ANCHOR, scale: 0.05 });
  }, 120_000);
  afterAll(() => temp.cleanup());

  it('tells which segment an account is in, and what to pitch to it next', async () => {
    const chat = new ChatDriver(services, 'c-segment');
    const [segment] = await chat.say('which segment is Acme in?');
    expect(segment!.text).toContain('Acme Corporation');
    expect(segment!.text).toMatch(/Champions|Loyal|Promising|At risk|Hibernating|New|segment|no purchase/i);

    const [pitch] = await chat.say('what should I pitch to them?');
    expect(pitch!.text).toContain('Acme Corporation');
    expect(pitch!.lists?.[0]?.items.length ?? 0).toBeGreaterThan(0);
    for (const item of pitch!.lists![0]!.items) expect(item.subtitle ?? '').not.toBe('');
  });

  it('repeats the last request for another account on "and to Initech?", and not for a new question', async () => {
    const chat = new ChatDriver(services, 'c-elliptical');
    const [globex] = await chat.say('what should I pitch to Globex?');
    expect(globex!.text).toContain('Globex');
    const [initech] = await chat.say('and to Initech?');
    expect(initech!.text).toContain('Initech');
    expect(initech!.lists?.[0]?.items.length ?? 0).toBeGreaterThan(0);
    const [segment] = await chat.say('and which segment is Acme in?');
    expect(segment!.text).toMatch(/segment|no purchase/i);
    expect(segment!.lists?.[0]?.title ?? '').not.toMatch(/pitch|suggest/i);
  });

  it('lists a segment with a CSV export for marketing', async () => {
    const chat = new ChatDriver(services, 'c-members', { localUser: 'morgan.lee@demo.crmpro.dev' });
    const [inRegion] = await chat.say('list champions in EMEA');
    expect(inRegion!.title).toMatch(/^Champions.* in EMEA$/);
    const [reply] = await chat.say('list our champions');
    expect(reply!.text).toMatch(/Champions/);
    expect(reply!.files?.[0]?.name).toMatch(/^segment-champions-.*\.csv$/);
    const csv = Buffer.from(reply!.files![0]!.base64!, 'base64').toString('utf8');
    expect(csv.split('\n')[0]).toContain('account_id');
  });

  it('answers who moved between segments', async () => {
    const chat = new ChatDriver(services, 'c-moves');
    const [reply] = await chat.say('who moved to At risk this month?');
    expect(reply!.text).toMatch(/At risk|moved|No account/i);
  });

  it('answers a product question from the knowledge base with its source', async () => {
    const chat = new ChatDriver(services, 'c-knowledge');
    const [reply] = await chat.say('do you have an SLA for uptime?');
    expect(reply!.sources?.length).toBeGreaterThan(0);
    expect(reply!.sources?.[0]?.title).toMatch(/Service level agreement|SLA/i);
    // The channel renders the sources once; the text does not repeat them.
    expect(reply!.text).not.toMatch(/Sources?:/);
  });

  it('answers how users are added or removed when an admin asks for it, never opening a new lead', async () => {
    const chat = new ChatDriver(services, 'c-user-admin', { localUser: 'jordan.blake@demo.crmpro.dev' });
    const [add] = await chat.say('add a new user for priya shah as a rep on the enterprise team');
    expect(add!.text).toMatch(
      /crmpro users add --email \S+ --name "Priya Shah" --role rep --team Enterprise/,
    );
    expect(add!.text).toMatch(/Settings › Users/);
    expect(add!.text).not.toMatch(/lead/i);
    const [remove] = await chat.say("please remove tom baker's access");
    expect(remove!.text).toMatch(
      /crmpro users deactivate --email <their e-mail>[\s\S]*know an active user called Tom Baker/,
    );
  });

  it("ranks the rep's open deals, scores an account's deals with reasons, forecasts the quarter and flags deals at risk", async () => {
    const chat = new ChatDriver(services, 'c-sales');
    const [top] = await chat.say('my top deals');
    expect(top!.lists?.[0]?.items.length ?? 0).toBeGreaterThan(0);
    expect(top!.text).toMatch(/\d+%/);

    const [score] = await chat.say('score for the Acme deal');
    expect(score!.text).toContain('Acme');
    expect(score!.text).toMatch(/\d+%/);

    const [quarter] = await chat.say('forecast this quarter');
    expect(quarter!.text).toMatch(/forecast|commit|pipeline/i);
    expect(quarter!.images?.[0]?.url).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);

    const [risk] = await chat.say('which deals are at risk?');
    expect(risk!.text).toMatch(/risk/i);
  }, 120_000);

  it('lists what the bot can do in help', async () => {
    const chat = new ChatDriver(services, 'c-help');
    const [reply] = await chat.say('help');
    for (const capability of [
      'brief you on an account',
      'customer segment',
      'pitch',
      'documentation',
      'forecast',
      'at risk',
    ]) {
      expect(reply!.text).toContain(capability);
    }
  });
});
