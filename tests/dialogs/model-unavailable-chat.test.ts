import { seedDemoCrm } from '../../src/store/seed';
import { ChatDriver } from '../fixtures/chat-driver';
import { loadSmallCrm, REP_EMAIL, servicesFor, temporaryStore } from '../fixtures/small-crm';

const ANCHOR = new Date('2026-12-05T00:00:00Z');
const MARKETING = 'alex.kim@demo.crmpro.dev';
const APOLOGY = /something went wrong/i;

/**
 * A skill whose model cannot be trained yet (too little history in a fresh CRM) says so in its own
 * words, with what is missing and the command an admin runs, through the bot turn — not the
 * apology with a reference that any internal failure gets.
 */
describe('a model not trained yet, asked about in chat', () => {
  describe('a young CRM with closed deals but too few resolved leads', () => {
    const temp = temporaryStore();
    const services = servicesFor(temp.store, ANCHOR);
    beforeAll(async () => {
      await seedDemoCrm(temp.store, { anchor: ANCHOR, scale: 0.02 });
    }, 120_000);
    afterAll(() => temp.cleanup());

    it.each([
      'which new leads are most likely to convert?',
      'score the open leads',
      'top 5 leads by conversion chance',
    ])(
      '"%s" tells marketing the lead model is missing and how an admin trains it',
      async (text) => {
        const [reply] = await new ChatDriver(services, `c-no-lead-model-${text}`, {
          localUser: MARKETING,
        }).say(text);
        expect(reply!.text).not.toMatch(APOLOGY);
        expect(reply!.text).toMatch(/There is no lead conversion model yet/);
        expect(reply!.text).toMatch(/\d+ converted and \d+ disqualified \(at least 10 of each are needed\)/);
        expect(reply!.text).toMatch(/an admin can train it with `crmpro scoring retrain`/);
      },
      120_000,
    );

    it("answers one named lead's chance the same way", async () => {
      const lead = (await temp.store.leads.find({ status: 'new' }))[0]!;
      const [reply] = await new ChatDriver(services, 'c-no-lead-model-named', {
        localUser: MARKETING,
      }).say(`what are the chances ${lead.name} converts`);
      expect(reply!.text).not.toMatch(APOLOGY);
      expect(reply!.text).toMatch(/There is no lead conversion model yet.*crmpro scoring retrain/s);
    }, 120_000);
  });

  describe('a CRM with a handful of records', () => {
    const temp = temporaryStore();
    const services = servicesFor(temp.store, ANCHOR);
    beforeAll(() => loadSmallCrm(temp.store));
    afterAll(() => temp.cleanup());

    it('tells a rep asking for lead conversion that there are too few closed deals, and the command', async () => {
      const [reply] = await new ChatDriver(services, 'c-no-deal-model', { localUser: REP_EMAIL }).say(
        'which new leads are most likely to convert?',
      );
      expect(reply!.text).not.toMatch(APOLOGY);
      expect(reply!.text).toMatch(/Not enough closed deals to learn from yet \(\d+ won, \d+ lost/);
      expect(reply!.text).toMatch(/`crmpro scoring retrain`/);
    }, 120_000);

    it('tells a manager asking about churn that there is too little history, and the command', async () => {
      const [reply] = await new ChatDriver(services, 'c-no-churn-model', {
        localUser: 'morgan.lee@demo.crmpro.dev',
      }).say('which customers are likely to churn?');
      expect(reply!.text).not.toMatch(APOLOGY);
      expect(reply!.text).toMatch(/Not enough history to learn churn from yet/);
      expect(reply!.text).toMatch(/`crmpro churn train`/);
    }, 120_000);
  });
});
