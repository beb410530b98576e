import { startApp, type App } from '../../../src/app';
import { silentLogger } from '../../../src/core/logger';
import { FIXTURE_NOW, loadSmallCrm, temporaryStore } from '../../fixtures/small-crm';
import { testConfig } from '../../fixtures/test-config';
import { WidgetClient, type StreamedEvent } from './widget-client';

const textOf = (events: StreamedEvent[]) => events.map((e) => e.data.reply?.text ?? '').join('\n');

/**
 * A visitor asking the widget for sales ("talk to sales", a quote) is handed to the sales side: the
 * enquiry becomes a lead (source chat, their words in its notes) for the account's rep or the lead
 * queue, not a support case; "talk to support" still takes the support hand-off.
 */
describe('the widget over HTTP: a sales enquiry', () => {
  const temp = temporaryStore();
  let app: App;
  let base: string;
  const clients: WidgetClient[] = [];
  const visitor = async () => {
    const client = new WidgetClient(base);
    clients.push(client);
    await client.startSession();
    await client.connectGreeted();
    return client;
  };

  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    app = await startApp(testConfig(temp.dataDir), temp.store, silentLogger(), () => FIXTURE_NOW);
    base = `http://127.0.0.1:${app.port}`;
  });
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await app.stop();
    await temp.cleanup();
  });

  it('"talk to sales" takes the visitor\'s details as a sales lead and opens no case', async () => {
    const client = await visitor();
    const cases = await temp.store.cases.countDocuments({});
    expect(textOf(await client.ask('talk to sales'))).toMatch(/put you in touch with our sales team.*name\?/);
    const thanks = textOf(await client.ask('Priya Shah, priya.shah@brightcart.co, Brightcart'));
    expect(thanks).toMatch(/passed your enquiry to our sales team.*priya\.shah@brightcart\.co/);
    const lead = await temp.store.leads.findOne({ email: 'priya.shah@brightcart.co' });
    expect(lead).toMatchObject({ name: 'Priya Shah', company: 'Brightcart', source: 'chat', status: 'new' });
    expect(lead!.notes).toMatch(/talk to sales on the website/);
    expect(lead!.notes).toMatch(/talk to sales/);
    expect(await temp.store.cases.countDocuments({})).toBe(cases);
    expect(client.events.some((e) => e.event === 'handoff')).toBe(false);
  }, 60_000);

  it('a quote asked after the visitor gave their details is logged at once, with their words', async () => {
    const client = await visitor();
    await client.ask("i'd like a demo");
    await client.ask('Tom Becker, tom@brightlane.io, Brightlane Logistics');
    const reply = textOf(await client.ask("i'd like a quote for 40 seats"));
    expect(reply).toMatch(/Thanks, Tom! I've passed your enquiry to our sales team/);
    const lead = await temp.store.leads.findOne({ email: 'tom@brightlane.io' });
    // One lead per address: the sales enquiry is told to the team again, not duplicated.
    expect(await temp.store.leads.countDocuments({ email: 'tom@brightlane.io' })).toBe(1);
    expect(lead!.source).toBe('chat');
  }, 60_000);

  it('"talk to support" still goes to the support hand-off', async () => {
    const client = await visitor();
    const reply = textOf(await client.ask('talk to support'));
    expect(reply).toMatch(/Nobody from our team is available/);
    expect(reply).not.toMatch(/sales team/);
  }, 60_000);
});
