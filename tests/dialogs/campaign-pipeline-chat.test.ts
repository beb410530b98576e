/**
 * Campaigns or sources asked for the pipeline they brought in (issue 19, eleventh round, W10-M):
 * marketing's "which campaign brought in the most pipeline" was refused as the sales team's deals.
 * Pipeline is not credited to campaigns (a lead reaches a deal only through the account it converted
 * to), and marketing sees no deals: the campaigns are ranked by how their leads converted, said so,
 * as revenue already was. The counts here come from the store.
 */
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { leadRateQuestionOf } from '../../src/dialogs/routing/lead-rate-questions';
import { marketingIntentOf } from '../../src/dialogs/routing/marketing-questions';
import type { Lead } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

const MARKETING = 'alex.kim@demo.crmpro.dev';

describe('campaigns and sources ranked by the pipeline they brought in', () => {
  it.each([
    ['which campaign brought in the most pipeline', 'campaign'],
    ['what campaign generated the most pipeline', 'campaign'],
    ['which of our campaigns created the most pipeline', 'campaign'],
    ['which webinar sourced the most pipeline', 'campaign'],
    ['which event drove the most opportunities', 'campaign'],
    ['which source brings in the most pipeline', 'source'],
    ['what channel generates the most pipeline for us', 'source'],
  ])('"%s" ranks by %s, saying pipeline is not attributed', (text, by) => {
    expect(leadRateQuestionOf(text)).toEqual({ kind: 'ranked', by, revenue: true, pipeline: true });
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it.each([
    'which rep brought in the most pipeline',
    'show me the pipeline',
    'which campaign brought in the most leads',
    'how much pipeline did we create this quarter',
    'which campaign brought in the most revenue',
  ])('"%s" is no pipeline ranking of campaigns', (text) => {
    const question = leadRateQuestionOf(text);
    expect(question?.kind === 'ranked' ? question.pipeline : undefined).toBeUndefined();
  });
});

describe('the pipeline of campaigns, in chat', () => {
  let world: EvalWorld;
  let leads: Lead[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    leads = await world.services.store.leads.find({ campaign: { $exists: true } });
  }, 120_000);
  afterAll(() => world.close());

  it.each(['which campaign brought in the most pipeline', 'what campaign generated the most pipeline'])(
    'marketing\'s "%s" ranks the campaigns by their leads, saying pipeline is not credited to them',
    async (text) => {
      const chat = new ChatDriver(world.services, `c-campaign-pipeline-${text.length}`, {
        localUser: MARKETING,
      });
      const reply = (await chat.say(text)).map((r) => r.text).join('\n');
      expect(reply).toMatch(/^Pipeline isn't counted per campaign/m);
      expect(reply).not.toMatch(/can't show you that|for the sales team\./);
      // Every campaign with leads is named, the ranked ones with their lead count from the store.
      for (const name of new Set(leads.map((lead) => lead.campaign!))) {
        const total = leads.filter((lead) => lead.campaign === name).length;
        expect(reply).toContain(name);
        if (reply.includes(`• ${name} —`)) expect(reply).toContain(`${total} leads`);
      }
    },
  );
});
